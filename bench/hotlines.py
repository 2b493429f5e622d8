"""Benchmark of the member network and the FAQ: builds N hotlines across every country (a
third with a Dutch translation) and M FAQ questions in a throwaway database, then times the
hotline finder, a country result, the FAQ page and the home page with its network figures.

    .venv/bin/python bench/hotlines.py                     # 500 hotlines, 200 questions, SQLite
    .venv/bin/python bench/hotlines.py --hotlines 2000 --questions 1000 --runs 50
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/inhope_bench .venv/bin/python bench/hotlines.py

As bench/news.py (whose database set-up and timing it shares): with DATABASE_URL set, that
database is created afresh and dropped at the end. Times are of the whole request, with a
warm cache.
"""

import argparse
import random
import time

from news import build_site, run_benchmark


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hotlines", type=int, default=500, help="how many member hotlines to create (500)")
    parser.add_argument("--questions", type=int, default=200, help="how many FAQ questions to create (200)")
    parser.add_argument("--runs", type=int, default=30, help="timed requests per URL (30)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed, for repeatable data (2024)")
    return parser.parse_args()


def build_network(args):
    from django_countries import countries
    from wagtail.models import Locale

    from faq.factories import FaqCategoryFactory, FaqItemFactory, FaqPageFactory
    from network.factories import HotlineFactory, HotlineFinderPageFactory

    rng = random.Random(args.seed)
    home = build_site()
    dutch, _created = Locale.objects.get_or_create(language_code="nl")
    HotlineFinderPageFactory(parent=home)
    FaqPageFactory(parent=home)

    started = time.perf_counter()
    codes = [code for code, _name in countries]
    for number in range(args.hotlines):
        hotline = HotlineFactory(
            name=f"Hotline {number}",
            country=codes[number % len(codes)],
            status=rng.choice(["full", "provisional", ""]),
        )
        if number % 3 == 0:
            hotline.copy_for_translation(dutch).save()
    categories = [FaqCategoryFactory(name=f"Category {n}") for n in range(5)]
    for number in range(args.questions):
        FaqItemFactory(category=categories[number % len(categories)], question=f"Question {number}?")
    elapsed = time.perf_counter() - started
    print(f"Created {args.hotlines:,} hotlines and {args.questions:,} questions in {elapsed:.1f} s")


def network_urls(args):
    build_network(args)
    return {
        "hotline finder": "/en/hotlines/",
        "hotline finder, ?country=BG": "/en/hotlines/?country=BG",
        "FAQ page": "/en/faq/",
        "home page (network figures)": "/en/",
    }


def main():
    args = parse_args()
    run_benchmark(lambda: network_urls(args), args.runs)


if __name__ == "__main__":
    main()
