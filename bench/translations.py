"""Benchmark of Reports → Translations: N English articles, translated into every other
language of settings.LANGUAGES (some fully, some sent for translation and half done, some
missing), then times the report as an administrator sees it.

    .venv/bin/python bench/translations.py                         # 2,000 pages, SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/inhope_bench .venv/bin/python bench/translations.py

Target: under one second for 9 languages and 2,000 pages on PostgreSQL. As bench/news.py
(whose database set-up and timing it shares): with DATABASE_URL set, that database is
created afresh and dropped at the end. Times are of the whole request.
"""

import argparse
import datetime
import time

from news import configure_database, measure


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="how many English articles to create (2000)")
    parser.add_argument("--sent", type=int, default=300, help="how many of them go through wagtail-localize (300)")
    parser.add_argument("--runs", type=int, default=10, help="timed requests per URL (10)")
    return parser.parse_args()


def build(args):
    from django.conf import settings
    from news import build_site
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    from articles.factories import ArticleIndexPageFactory, TopicFactory, create_articles_in_bulk
    from articles.models import ArticlePage

    started = time.perf_counter()
    home = build_site()
    index = ArticleIndexPageFactory(parent=home)
    topic = TopicFactory(name="Topic", slug="topic")
    english = create_articles_in_bulk(index, args.pages, [topic], 1)
    others = [Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES if code != "en"]
    for number, locale in enumerate(others):
        translated_index = index.copy_for_translation(locale, copy_parents=True)
        translated_index.save_revision().publish()
        # Each language has a different share of the articles, the rest missing.
        share = english[: args.pages * (len(others) - number) // len(others)]
        for position, article in enumerate(share, start=1):
            ArticlePage(
                title=f"{article.title} ({locale.language_code})",
                draft_title=article.title,
                slug=article.slug,
                path=ArticlePage._get_path(translated_index.path, translated_index.depth + 1, position),
                depth=translated_index.depth + 1,
                numchild=0,
                url_path=f"{translated_index.url_path}{article.slug}/",
                locale=locale,
                live=position % 7 != 0,
                date=article.date or datetime.date(2024, 1, 1),
                summary=article.summary,
                translation_key=article.translation_key,
            ).save_base()
        translated_index.numchild = len(share)
        translated_index.save(update_fields=["numchild"])
    # wagtail-localize's records for some articles: sources, translations, half the strings.
    for article in english[: args.sent]:
        source, _created = TranslationSource.get_or_create_from_instance(article)
        Translation.objects.bulk_create(
            [Translation(source=source, target_locale=locale) for locale in others], ignore_conflicts=True
        )
        segments = list(StringSegment.objects.filter(source=source).select_related("string"))
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(translation_of=segment.string, locale=locale, context_id=segment.context_id, data="…")
                for locale in others[:4]
                for segment in segments[: max(1, len(segments) // 2)]
            ],
            ignore_conflicts=True,
        )
    print(
        f"Created {args.pages:,} English articles in {len(others) + 1} languages "
        f"({ArticlePage.objects.count():,} article pages) in {time.perf_counter() - started:.1f} s"
    )


def main():
    args = parse_args()
    old_config, temporary = configure_database()
    try:
        from django.contrib.auth import get_user_model
        from django.db import connection
        from django.test import Client

        build(args)
        client = Client()
        client.force_login(get_user_model().objects.create_superuser("bench", "bench@example.org", "bench"))
        print(f"Database: {connection.vendor}; {args.runs} timed requests per URL\n")
        print(f"{'report':42} {'median ms':>10} {'p95 ms':>10} {'queries':>8}")
        urls = {
            "all languages, page 1": "/admin/reports/translations/",
            "Bulgarian, missing": "/admin/reports/translations/?locale=bg&status=missing",
            "Japanese, in progress, page 3": "/admin/reports/translations/?locale=ja&status=in_progress&p=3",
        }
        for label, url in urls.items():
            median, p95, queries = measure(client, url, args.runs)
            print(f"{label:42} {median:10.1f} {p95:10.1f} {queries:8}")
    finally:
        from django.test.utils import teardown_databases

        teardown_databases(old_config, verbosity=0)
        if temporary:
            import shutil

            shutil.rmtree(temporary, ignore_errors=True)


if __name__ == "__main__":
    main()
