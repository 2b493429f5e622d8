"""Pinned query counts for the news: the listing (filtered or not, any page), the article
page, the feed and the home page's latest articles run the same number of queries with 10
articles and one topic each as with 1,000 articles and ten topics each. Counts are taken
with a warm cache, as on a live site."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import SourceFactory, TopicFactory, create_articles_in_bulk

# Seven of these are Wagtail's own: the site, the active locale, the home page (twice, for
# routing and its specific fields), the listing page, and the view-restriction check (two).
LISTING_QUERIES = 12
ARTICLE_PAGE_QUERIES = 12
FEED_QUERIES = 11
HOME_PAGE_QUERIES = 7  # no highlighted pages here; one query looks for a summit to tease


def count_queries(client, url):
    client.get(url)  # warm the caches a live site keeps warm (chrome, renditions, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    if response.context is not None and "articles" in response.context:
        assert response.context["articles"], f"{url} should list articles, or its count proves little"
    return len(queries)


@pytest.fixture(params=[(10, 1), (1000, 10)], ids=["10-articles-1-topic", "1000-articles-10-topics"])
def sized_news(request, news):
    article_count, topics_per_article = request.param
    topics = list(news["topics"].values()) + [TopicFactory() for _ in range(10)]
    source = SourceFactory(name="Safer Internet Centre", slug="sic")
    create_articles_in_bulk(news["index"], article_count, topics, topics_per_article, source=source)
    return news


LISTING_URLS = [
    "/en/articles/",
    "/en/articles/?topic=sextortion",
    "/en/articles/?topic=sextortion&topic=grooming&match=all",
    "/en/articles/?topic=grooming&source=inhope&year=2023",
    "/en/articles/?page=2",
]


def test_query_counts_are_flat_as_the_news_grows(client, sized_news):
    """Each URL is measured on the same data; the fixture runs this at both sizes."""
    counts = {url: count_queries(client, url) for url in LISTING_URLS}
    counts["article"] = count_queries(client, "/en/articles/both/")
    counts["feed"] = count_queries(client, "/en/articles/feed/rss/?topic=grooming")
    counts["home"] = count_queries(client, "/en/")  # shows the latest three articles
    assert counts == {
        "home": HOME_PAGE_QUERIES,
        **dict.fromkeys(LISTING_URLS, LISTING_QUERIES),
        "article": ARTICLE_PAGE_QUERIES,
        "feed": FEED_QUERIES,
    }
