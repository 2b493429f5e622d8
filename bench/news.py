"""Benchmark of the news: builds N articles with random topics in a throwaway database, then
times the filtered listing, the unfiltered listing and an article page through Django's
test client and reports the median, the 95th percentile and the query count of each.

    .venv/bin/python bench/news.py                      # 10,000 articles, SQLite in a temp folder
    .venv/bin/python bench/news.py --articles 1000 --runs 50
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/inhope_bench .venv/bin/python bench/news.py

With DATABASE_URL set, that database is created afresh (and dropped at the end), so never
point it at a database you want to keep. Numbers are wall-clock times of the whole
request, with a warm cache, as a visitor's second request would see them.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles to create (10000)")
    parser.add_argument("--topics", type=int, default=10, help="how many topics exist (10)")
    parser.add_argument("--max-topics-per-article", type=int, default=5, help="each article gets 1 to this many (5)")
    parser.add_argument("--runs", type=int, default=30, help="timed requests per URL (30)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed, for repeatable data (2024)")
    return parser.parse_args()


def configure_database():
    """A throwaway database: a temporary SQLite file, or a fresh test database on the server
    named by DATABASE_URL."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inhope_cms.settings.test")
    temporary = None
    if not os.environ.get("DATABASE_URL"):
        temporary = tempfile.mkdtemp(prefix="inhope-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{temporary}/bench.sqlite3"
    import django

    django.setup()
    from django.test.utils import setup_databases

    old_config = setup_databases(verbosity=0, interactive=False)
    return old_config, temporary


def build_site():
    """An English home page with its footer as the default site's root; returns the home page."""
    from wagtail.models import Locale, Page, Site

    from core.factories import FooterContentFactory
    from home.factories import HomePageFactory

    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="INHOPE")
    FooterContentFactory()
    return home


def build_news(args):
    from django.db import connection

    from articles.factories import ArticleIndexPageFactory, SourceFactory, TopicFactory, create_articles_in_bulk
    from articles.models import ArticlePageTopic

    rng = random.Random(args.seed)
    index = ArticleIndexPageFactory(parent=build_site())
    topics = [TopicFactory(name=f"Topic {n}", slug=f"topic-{n}") for n in range(args.topics)]
    sources = [SourceFactory(name=f"Source {n}", slug=f"source-{n}") for n in range(3)]

    started = time.perf_counter()
    articles = []
    for batch_start in range(0, args.articles, 1000):
        size = min(1000, args.articles - batch_start)
        articles += create_articles_in_bulk(index, size, topics, 0, source=rng.choice(sources))
    links = [
        ArticlePageTopic(page=article, topic=topic, sort_order=position, locale_id=index.locale_id)
        for article in articles
        for position, topic in enumerate(rng.sample(topics, rng.randint(1, args.max_topics_per_article)))
    ]
    ArticlePageTopic.objects.bulk_create(links, batch_size=2000)
    elapsed = time.perf_counter() - started
    print(f"Created {len(articles):,} articles with {len(links):,} topic links in {elapsed:.1f} s")
    # Refresh the planner's statistics, as autovacuum does on a live database after a bulk load.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return articles, topics, sources


def measure(client, url, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm the caches, as a live site has them
    assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)  # read now: the next request clears Django's query log
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
    return statistics.median(timings), p95, query_count


def run_benchmark(build_urls, runs):
    """Builds the data in a throwaway database (`build_urls` returns {label: url}), times each
    URL and prints a table, then drops the database. Shared with bench/hotlines.py."""
    old_config, temporary = configure_database()
    try:
        from django.db import connection
        from django.test import Client

        urls = build_urls()
        client = Client()
        print(f"Database: {connection.vendor}; {runs} timed requests per URL\n")
        print(f"{'page':42} {'median ms':>10} {'p95 ms':>10} {'queries':>8}")
        for label, url in urls.items():
            median, p95, queries = measure(client, url, runs)
            print(f"{label:42} {median:10.1f} {p95:10.1f} {queries:8}")
    finally:
        from django.test.utils import teardown_databases

        teardown_databases(old_config, verbosity=0)
        if temporary:
            import shutil

            shutil.rmtree(temporary, ignore_errors=True)


def news_urls(args):
    articles, topics, sources = build_news(args)
    middle = articles[len(articles) // 2]
    return {
        "listing, unfiltered": "/en/articles/",
        "listing, 2 topics + source": f"/en/articles/?topic={topics[0].slug}&topic={topics[1].slug}"
        f"&source={sources[0].slug}",
        "listing, 2 topics (all) + year, page 2": f"/en/articles/?topic={topics[2].slug}&topic={topics[3].slug}"
        f"&match=all&year={middle.date.year}&page=2",
        "article page": f"/en/articles/{middle.slug}/",
    }


def main():
    args = parse_args()
    run_benchmark(lambda: news_urls(args), args.runs)


if __name__ == "__main__":
    main()
