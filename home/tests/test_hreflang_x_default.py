"""The hreflang set of a translated page names the default language's version as
x-default, for visitors whose language the page is not in."""

import re

import pytest

from core.tests.helpers import translate_page
from home.factories import StandardPageFactory

X_DEFAULT = re.compile(r'<link rel="alternate" hreflang="x-default" href="([^"]*)">')


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About us", slug="about")


@pytest.mark.parametrize("code", ["en", "nl", "el"])
def test_a_translated_page_names_the_english_version_as_x_default(client, about, locales, code):
    translate_page(about, locales["nl"])
    translate_page(about, locales["el"])
    html = client.get(f"/{code}/about/").text
    assert X_DEFAULT.findall(html) == ["http://localhost/en/about/"]
    assert '<link rel="alternate" hreflang="el" href="http://localhost/el/about/">' in html


def test_the_home_page_has_an_x_default_too(client, home_page, locales):
    translate_page(home_page, locales["el"])
    assert X_DEFAULT.findall(client.get("/el/").text) == ["http://localhost/en/"]


def test_a_page_only_in_greek_has_no_hreflang_set_and_no_x_default(client, home_page, locales):
    greek_home = translate_page(home_page, locales["el"])
    StandardPageFactory(parent=greek_home, title="Μόνο στα ελληνικά", slug="greek-only", locale=locales["el"])
    response = client.get("/el/greek-only/")
    assert response.status_code == 200
    assert "hreflang=" not in response.text.split("</head>")[0]


def test_no_x_default_while_the_english_version_is_not_live(client, about, locales):
    translate_page(about, locales["nl"])
    translate_page(about, locales["el"])
    about.unpublish()
    html = client.get("/nl/about/").text
    assert '<link rel="alternate" hreflang="el" href="http://localhost/el/about/">' in html
    assert 'hreflang="en"' not in html.split("</head>")[0]
    assert X_DEFAULT.findall(html) == []
