"""A page that exists, but not in the visitor's language: its English version is shown,
said so and never announced as a translation; a page that is not live in English either
gets a 404 that links to the languages it does exist in (live and public versions only)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from core.factories import FooterContentFactory
from core.not_found import versions_elsewhere
from core.tests.helpers import translate_page
from home.factories import StandardPageFactory

NEW_ARTICLE = "/articles/some-new-article/"
ENGLISH_LINK = f'<a href="/en{NEW_ARTICLE}" hreflang="en" lang="en">English</a>'
DUTCH_LINK = f'<a href="/nl{NEW_ARTICLE}" hreflang="nl" lang="nl">Nederlands</a>'
# The sentence is in the visitor's language (Greek), the language names in their own.
IN_GREEK = "Αυτή η σελίδα είναι διαθέσιμη στις εξής γλώσσες:"
NOT_YET_IN_GREEK = "Λυπούμαστε, αυτή η σελίδα δεν είναι ακόμη διαθέσιμη σε αυτή τη γλώσσα."
NOT_FOUND_IN_GREEK = "Λυπούμαστε, δεν βρήκαμε αυτή τη σελίδα."


@pytest.fixture
def news(home_page, locales):
    """The site in English, Dutch and Greek with a news index in each; a new article that
    is live in English and Dutch only."""
    FooterContentFactory()
    for code in ("nl", "el"):
        translate_page(home_page, locales[code])
    index = ArticleIndexPageFactory(parent=home_page)
    for code in ("nl", "el"):
        translate_page(index, locales[code])
    article = ArticlePageFactory(parent=index, title="Some new article", slug="some-new-article")
    dutch = translate_page(article, locales["nl"])
    return {"index": index, "article": article, "dutch": dutch}


def test_a_page_missing_in_the_visitors_language_is_shown_in_english_and_said_so(client, news):
    # The Greek news index exists; the article in it only in English and Dutch.
    response = client.get(f"/el{NEW_ARTICLE}")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="el" dir="ltr">' in html  # the interface speaks Greek
    assert '<main id="main" class="site-main" tabindex="-1" lang="en">' in html  # the content is English
    assert "<h1" in html and "Some new article" in html
    assert '<p class="notice notice--untranslated" lang="el">' in html
    assert "Αυτή η σελίδα δεν είναι ακόμη διαθέσιμη στη γλώσσα σας, γι’ αυτό εμφανίζεται στα Αγγλικά." in html
    head = html.split("</head>")[0]
    assert f'<link rel="canonical" href="http://localhost/en{NEW_ARTICLE}">' in head
    assert 'hreflang="el"' not in head  # never announced as a Greek page
    assert f'<link rel="alternate" hreflang="nl" href="http://localhost/nl{NEW_ARTICLE}">' in head
    assert '<span class="language-switcher__current" lang="el" aria-current="true">Ελληνικά</span>' in html
    assert 'href="/el/"' in html  # the menu and brand lead to the Greek home page


def test_the_english_version_is_shown_with_debug_on_too_and_a_redirect_wins(client, news, settings):
    settings.DEBUG = True  # `make run`: Django's own 404 page would answer a 404
    assert client.get(f"/el{NEW_ARTICLE}").status_code == 200
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(old_path=f"/el{NEW_ARTICLE}".rstrip("/"), redirect_link="/el/articles/")
    response = client.get(f"/el{NEW_ARTICLE}")
    assert response.status_code == 301 and response["Location"] == "/el/articles/"


def test_a_page_not_live_in_english_links_to_its_other_languages(client, news):
    news["article"].unpublish()
    response = client.get(f"/el{NEW_ARTICLE}")
    assert response.status_code == 404
    html = response.text
    assert '<html lang="el"' in html
    assert NOT_YET_IN_GREEK in html
    assert f'<p class="error-page__translations">{IN_GREEK}' in html
    assert DUTCH_LINK in html and ENGLISH_LINK not in html
    assert NOT_FOUND_IN_GREEK not in html
    assert '<meta name="robots" content="noindex">' in html


def test_unpublished_draft_and_private_versions_are_never_listed(client, news, home_page, locales):
    news["article"].unpublish()
    news["dutch"].unpublish()
    html = client.get(f"/el{NEW_ARTICLE}").text
    assert ENGLISH_LINK not in html and DUTCH_LINK not in html
    assert NOT_FOUND_IN_GREEK in html

    news["dutch"].save_revision().publish()
    PageViewRestriction.objects.create(page=news["dutch"], restriction_type=PageViewRestriction.LOGIN)
    html = client.get(f"/el{NEW_ARTICLE}").text
    assert "error-page__translations" not in html
    assert NOT_FOUND_IN_GREEK in html

    StandardPageFactory(parent=home_page, title="Draft", slug="draft", live=False)
    html = client.get("/nl/draft/").text
    assert "error-page__translations" not in html


def test_a_version_in_a_language_the_site_does_not_offer_is_not_listed(client, news):
    """A locale left in the database after its language was taken out of settings.LANGUAGES
    (its pages have no address any more) is never offered."""
    portuguese = Locale.objects.create(language_code="pt")
    translate_page(news["article"], portuguese)
    news["article"].unpublish()  # the 404 lists the other versions
    html = client.get(f"/el{NEW_ARTICLE}").text
    assert DUTCH_LINK in html
    assert 'hreflang="pt"' not in html


def test_a_page_that_exists_nowhere_gives_the_plain_404(client, news):
    response = client.get("/el/articles/no-such-article/")
    assert response.status_code == 404
    assert NOT_FOUND_IN_GREEK in response.text
    assert "error-page__translations" not in response.text


def test_nothing_is_listed_when_the_page_exists_in_the_visitors_language(rf, news):
    """A 404 raised by a page itself (an unknown sub-route) is not a missing translation."""
    request = rf.get(f"/nl{NEW_ARTICLE}")
    assert versions_elsewhere(request) == []
    request = rf.get(f"/el{NEW_ARTICLE}")
    assert [[version["code"] for version in group] for group in versions_elsewhere(request)] == [["en", "nl"]]


def test_unicode_slugs_are_found(client, home_page, locales):
    page = StandardPageFactory(parent=home_page, title="Σχετικά", slug="σχετικά")
    translate_page(page, locales["nl"])
    translate_page(home_page, locales["el"])
    response = client.get("/el/σχετικά/")
    assert response.status_code == 200
    assert (
        '<link rel="canonical" href="http://localhost/en/%CF%83%CF%87%CE%B5%CF%84%CE%B9%CE%BA%CE%AC/">' in response.text
    )
    page.unpublish()
    response = client.get("/el/σχετικά/")
    assert response.status_code == 404
    assert 'hreflang="nl" lang="nl">Nederlands</a>' in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/el/" + "a" * 5000 + "/",
        "/el/" + "/".join(["a"] * 600) + "/",
        "/el/άρθρα/νέο/",
        "/el/%00/",
        "/el/articles/some%00new/",
        "/el/../articles/some-new-article/",
        "/el/articles/%2e%2e/some-new-article/",
        "/el/%F0%9F%92%A9/",
        "/el/%ff%fe/",
        "/el//articles//",
    ],
)
def test_odd_paths_give_the_styled_404(client, news, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "css/site.css" in response.text


def count_404_queries(client, path, status=404):
    client.get(path)  # warm the caches a live site has warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == status
    return len(queries)


# Routing to the Greek news index and finding no article there, the redirects lookup, and
# one query for the versions in other languages; the chrome is cached.
NOT_FOUND_QUERIES = 9
# The same, two lookups for an editor's redirect, then the English article's own page.
UNTRANSLATED_QUERIES = 17


@pytest.mark.parametrize("articles", [1, 15])
def test_the_404_query_count_is_flat(client, news, locales, articles):
    for n in range(articles):
        translate_page(ArticlePageFactory(parent=news["index"], slug=f"article-{n}"), locales["nl"])
    assert count_404_queries(client, f"/el{NEW_ARTICLE}", status=200) == UNTRANSLATED_QUERIES
    assert count_404_queries(client, "/el/articles/no-such-article/") == NOT_FOUND_QUERIES


def test_finding_the_other_versions_costs_one_query(client, rf, news):
    client.get(f"/el{NEW_ARTICLE}")  # warms the chrome cache (the language home pages)
    request = rf.get(f"/el{NEW_ARTICLE}")
    with CaptureQueriesContext(connection) as queries:
        versions = versions_elsewhere(request)
    assert len(versions[0]) == 2
    assert len(queries) == 2  # the site (a served request has it already) and the pages
    with CaptureQueriesContext(connection) as queries:
        assert versions_elsewhere(rf.get("/el/%00/")) == []
        assert versions_elsewhere(rf.get("/el/" + "a" * 5000 + "/")) == []
    assert len(queries) == 0
