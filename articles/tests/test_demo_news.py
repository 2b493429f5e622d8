"""The demo news, in every language: the facts file's ten articles, seven topics and three
sources, filterable by the same URLs under /en/, /nl/ and /el/."""

import feedparser

from articles.models import ArticlePage, Source, Topic
from home.demo import articles as demo
from home.demo.translations import TRANSLATIONS


def expected_titles(topic_slug, language):
    """Demo article titles with a topic, newest first, in a language."""
    entries = sorted((e for e in demo.ARTICLES if topic_slug in e["topics"]), key=lambda e: e["date"], reverse=True)
    return [TRANSLATIONS[language][e["title"]] if language != "en" else e["title"] for e in entries]


def translated(text, language):
    return text if language == "en" else TRANSLATIONS[language][text]


def test_sextortion_filter_lists_exactly_those_articles_in_every_language(client, demo_content):
    """Each demo test loads the whole demo, so one test walks through the three languages."""
    for language in ("en", "nl", "el"):
        check_sextortion_listing(client, language)


def check_sextortion_listing(client, language):
    response = client.get(f"/{language}/articles/", {"topic": "sextortion"})
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.text
    articles = response.context["articles"]
    assert [article.title for article in articles] == expected_titles("sextortion", language)
    entry = next(e for e in demo.ARTICLES if "sextortion" in e["topics"])
    card = response.text[response.text.index('<ol class="article-list">') :]
    assert f'<time datetime="{entry["date"]}">' in card
    source_name = next(s["name"] for s in demo.SOURCES if s["slug"] == entry["source"])
    assert translated(source_name, language) in card
    for slug in entry["topics"]:
        name = next(t["name"] for t in demo.TOPICS if t["slug"] == slug)
        assert f'href="/{language}/articles/?topic={slug}">{translated(name, language)}</a>' in card
    applied = [item.label for item in response.context["applied_filters"]]
    assert len(applied) == 1 and translated("Sextortion", language) in applied[0]


def test_demo_counts_filters_home_page_and_feed(client, demo_content):
    for code in ("en", "nl", "el"):
        assert ArticlePage.objects.live().filter(locale__language_code=code).count() == 10
        assert Topic.objects.filter(locale__language_code=code).count() == 7
        assert Source.objects.filter(locale__language_code=code).count() == 3
    response = client.get("/en/articles/", {"topic": "media-literacy-education", "source": "bik-team", "year": "2023"})
    expected = [
        e["title"]
        for e in sorted(demo.ARTICLES, key=lambda e: e["date"], reverse=True)
        if "media-literacy-education" in e["topics"] and e["source"] == "bik-team" and e["date"].startswith("2023")
    ]
    assert [article.title for article in response.context["articles"]] == expected
    assert len(expected) == 4

    newest = sorted(demo.ARTICLES, key=lambda e: e["date"], reverse=True)[:3]
    for code in ("en", "nl", "el"):
        html = client.get(f"/{code}/").text
        section = html[html.index('id="latest-articles-heading"') :]
        positions = [section.index(translated(e["title"], code)) for e in newest]
        assert positions == sorted(positions)
        assert f'href="/{code}/articles/"' in section

    feed = feedparser.parse(client.get("/el/articles/feed/rss/", {"topic": "sextortion"}).content)
    assert feed.feed.language == "el"
    assert [entry.title for entry in feed.entries] == expected_titles("sextortion", "el")
    assert feed.entries[0].tags[-1].term == TRANSLATIONS["el"]["Sextortion"]
