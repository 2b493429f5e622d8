"""The article page: what it shows, its structured data and its links to other articles."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from articles.factories import ArticlePageFactory
from articles.models import ArticleRelatedPage
from core.tests.helpers import json_ld
from home.factories import StandardPageFactory


@pytest.fixture
def hero_image(db):
    return get_image_model().objects.create(title="Hero", file=get_test_image_file(size=(1600, 1000)))


@pytest.fixture
def illustrated_article_html(client, news, hero_image):
    """The page of an article with a hero image described as 'Two hands holding a phone'."""
    article = news["articles"]["both"]
    article.hero_image = hero_image
    article.hero_image_alt = "Two hands holding a phone"
    article.save_revision().publish()
    return client.get("/en/articles/both/").text


def test_shows_date_source_topic_links_and_summary(client, news):
    response = client.get("/en/articles/both/")
    assert response.status_code == 200
    html = response.text
    assert '<time datetime="2024-03-01">March 1, 2024</time>' in html
    assert '<a href="https://www.example.org/">INHOPE</a>' in html
    assert '<a class="topic-tag" href="/en/articles/?topic=sextortion">Sextortion</a>' in html
    assert '<a class="topic-tag" href="/en/articles/?topic=grooming">Grooming</a>' in html
    assert '<meta name="description" content="A short summary of the article.">' in html


def test_hero_image_is_a_responsive_picture_with_modern_formats(illustrated_article_html):
    html = illustrated_article_html
    picture = html[html.index("<picture") : html.index("</picture>")]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+ 640w, [^"]+ 960w, [^"]+ 1280w, [^"]+ 1600w"', picture)
    assert 'alt="Two hands holding a phone"' in picture
    assert '<meta property="og:image:width" content="1200">' in html


def test_article_json_ld_and_open_graph_article_tags(illustrated_article_html):
    html = illustrated_article_html
    data = json_ld(html)
    assert data["@type"] == "Article"
    assert data["headline"] == "Sextortion and grooming"
    assert data["datePublished"] == "2024-03-01"
    assert data["author"] == {"@type": "Organization", "name": "INHOPE", "url": "https://www.example.org/"}
    assert data["publisher"]["name"] == "INHOPE"
    assert data["image"][0].startswith("http://localhost/media/images/")
    assert data["mainEntityOfPage"] == "http://localhost/en/articles/both/"
    assert data["keywords"] == ["Sextortion", "Grooming"]
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2024-03-01">' in html
    assert '<meta property="article:tag" content="Sextortion">' in html


def test_an_article_without_a_source_is_credited_to_the_publisher(client, news):
    article = news["articles"]["both"]
    article.source = None
    article.save_revision().publish()
    data = json_ld(client.get("/en/articles/both/").text)
    assert data["author"] == data["publisher"]
    assert data["author"]["@type"] == "Organization" and data["author"]["name"]


def test_json_ld_cannot_be_closed_by_editor_text(client, news):
    article = news["articles"]["both"]
    article.summary = "Ends here </script><script>alert(1)</script>"
    article.save_revision().publish()
    html = client.get("/en/articles/both/").text
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == article.summary


def test_related_articles_share_the_most_topics_and_stay_live_and_public(client, news):
    index, topics = news["index"], news["topics"]
    both = [topics["sextortion"], topics["grooming"]]
    ArticlePageFactory(parent=index, title="Draft on both", live=False, topics=both)
    private = ArticlePageFactory(parent=index, title="Private on both", topics=both)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    shares_two = ArticlePageFactory(
        parent=index, title="Also on both", date="2020-01-01", topics=[topics["grooming"], topics["sextortion"]]
    )
    related = client.get("/en/articles/both/").context["related_articles"]
    assert [article.title for article in related] == [shares_two.title, "On sextortion", "On grooming"]


def test_article_without_topics_suggests_the_latest_articles(client, news):
    related = client.get("/en/articles/quarterly/").context["related_articles"]
    assert [article.title for article in related] == ["Sextortion and grooming", "On sextortion", "On grooming"]


def test_previous_and_next_follow_the_publication_dates(client, news):
    response = client.get("/en/articles/on-sextortion/")
    assert response.context["previous_article"] == {"title": "On grooming", "url": "/en/articles/on-grooming/"}
    assert response.context["next_article"] == {"title": "Sextortion and grooming", "url": "/en/articles/both/"}
    assert 'rel="prev" href="/en/articles/on-grooming/"' in response.text
    newest = client.get("/en/articles/both/").context
    assert newest["next_article"] is None
    oldest = client.get("/en/articles/quarterly/").context
    assert oldest["previous_article"] is None


def test_related_pages_are_shown_in_the_editors_order_and_only_when_live(client, news, home_page):
    article = news["articles"]["both"]
    first = StandardPageFactory(parent=home_page, title="How to report", slug="report")
    second = StandardPageFactory(parent=home_page, title="About us", slug="about")
    hidden = StandardPageFactory(parent=home_page, title="Old page", slug="old", live=False)
    for position, page in enumerate((second, hidden, first)):
        ArticleRelatedPage.objects.create(article=article, page=page, sort_order=position)
    html = client.get(article.url).text
    aside = html[html.index('class="related-pages"') : html.index("</aside>")]
    assert aside.index("About us") < aside.index("How to report")
    assert "Old page" not in aside


def test_hero_image_needs_alt_text(news, hero_image):
    article = news["articles"]["both"]
    article.hero_image = hero_image
    article.hero_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "hero_image_alt" in error.value.message_dict


@pytest.mark.parametrize(
    "path", ["/en/articles/both/extra/", "/en/articles/no-such-article/", "/en/articles/feed/xml/"]
)
def test_unknown_addresses_under_the_news_are_a_404(client, news, path):
    assert client.get(path).status_code == 404


def test_site_search_finds_articles_by_their_summary(client, news):
    article = news["articles"]["grooming"]
    article.summary = "Analysts compared quokkas and wombats in this report."
    article.save_revision().publish()
    response = client.get("/en/search/", {"query": "quokkas"})
    assert [result.title for result in response.context["search_results"]] == ["On grooming"]
