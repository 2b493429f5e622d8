"""The 404 that links to a page's other languages is valid HTML5 and passes axe (WCAG 2.2
AA), like the plain 404 in test_html_validity.py and test_browser.py."""

import json
import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from conftest import require_tool
from core.factories import FooterContentFactory
from core.tests.helpers import translate_page
from tests.test_browser import AXE_OPTIONS
from tests.test_html_validity import VNU_JAR

PATH = "/el/articles/some-new-article/"


def build_site(home_page, locales):
    """A news article live in English and Dutch, under news indexes in all three languages."""
    FooterContentFactory()
    for code in ("nl", "el"):
        translate_page(home_page, locales[code])
    index = ArticleIndexPageFactory(parent=home_page)
    for code in ("nl", "el"):
        translate_page(index, locales[code])
    article = ArticlePageFactory(parent=index, title="Some new article", slug="some-new-article")
    translate_page(article, locales["nl"])


@pytest.mark.html_validity
def test_the_404_with_other_languages_is_valid_html5(client, home_page, locales, tmp_path):
    require_tool("java", "Java (for the Nu HTML Checker)")
    build_site(home_page, locales)
    response = client.get(PATH)
    assert response.status_code == 404
    assert 'hreflang="nl" lang="nl">Nederlands</a>' in response.text
    file = tmp_path / "not-found.html"
    file.write_bytes(response.content)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", str(file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(result.stderr or '{"messages": []}')["messages"] == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_404_with_other_languages_has_no_axe_violations(live_server, home_page, locales, page):
    build_site(home_page, locales)
    page.goto(live_server.url + PATH)
    assert page.locator("main").get_by_role("link", name="Nederlands").count() == 1
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
