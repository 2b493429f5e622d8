"""RSS 2.0 and Atom feeds, read with feedparser as a feed reader would."""

import feedparser
import pytest

RSS = "/en/articles/feed/rss/"
ATOM = "/en/articles/feed/atom/"


def parse(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.mark.parametrize(
    ("url", "version", "content_type"),
    [(RSS, "rss20", "application/rss+xml"), (ATOM, "atom10", "application/atom+xml")],
)
def test_feed_lists_every_article_newest_first(client, news, url, version, content_type):
    response, feed = parse(client, url)
    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert feed.feed.title == "News"
    assert [entry.title for entry in feed.entries] == [
        "Sextortion and grooming",
        "On sextortion",
        "On grooming",
        "Quarterly figures",
    ]
    first = feed.entries[0]
    assert first.link == "http://localhost/en/articles/both/"
    assert first.summary == "A short summary of the article."
    assert first.author == "INHOPE"
    assert {tag.term for tag in first.tags} == {"Sextortion", "Grooming"}
    assert first.published_parsed[:3] == (2024, 3, 1)


@pytest.mark.parametrize("url", [RSS, ATOM])
def test_feed_follows_the_filters_of_the_listing(client, news, url):
    _response, feed = parse(client, url, {"topic": ["sextortion", "grooming"], "match": "all"})
    assert [entry.title for entry in feed.entries] == ["Sextortion and grooming"]
    assert feed.feed.title == "News: Sextortion and Grooming"
    assert feed.feed.link == "http://localhost/en/articles/?topic=sextortion&topic=grooming&match=all"
    _response, by_source = parse(client, url, {"source": "bik-team", "year": "2023"})
    assert [entry.title for entry in by_source.entries] == ["On sextortion"]
    assert by_source.feed.title == "News: BIK Team · 2023"


def test_feed_link_on_a_filtered_listing_gives_the_same_articles(client, news):
    listing = client.get("/en/articles/", {"topic": "grooming"})
    _response, feed = parse(client, listing.context["rss_url"])
    assert [entry.title for entry in feed.entries] == [article.title for article in listing.context["articles"]]


def test_feed_shows_at_most_twenty_items_and_survives_bad_input(client, news):
    from articles.factories import ArticlePageFactory

    for number in range(25):
        ArticlePageFactory(parent=news["index"], title=f"Extra {number}")
    _response, feed = parse(client, RSS)
    assert len(feed.entries) == 20
    _response, odd = parse(client, RSS, {"topic": "x" * 5000, "year": "nope", "page": "abc"})
    assert len(odd.entries) == 20


def test_feed_address_without_a_format_redirects_to_rss(client, news):
    response = client.get("/en/articles/feed/")
    assert response.status_code == 301
    assert response["Location"] == RSS
