"""The 404 that links to a page's other languages, and a page shown in English at a Greek
address, are valid HTML5 and pass axe (WCAG 2.2 AA), like the plain 404 in
test_html_validity.py and test_browser.py."""

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
SHOWN_IN_ENGLISH = "/el/articles/only-in-english/"


def build_site(home_page, locales):
    """Under news indexes in all three languages: an article live in Dutch only (its English
    version unpublished), and one live in English only."""
    FooterContentFactory()
    for code in ("nl", "el"):
        translate_page(home_page, locales[code])
    index = ArticleIndexPageFactory(parent=home_page)
    for code in ("nl", "el"):
        translate_page(index, locales[code])
    article = ArticlePageFactory(parent=index, title="Some new article", slug="some-new-article")
    translate_page(article, locales["nl"])
    article.unpublish()
    ArticlePageFactory(parent=index, title="Only in English", slug="only-in-english")


@pytest.mark.html_validity
def test_the_404_with_other_languages_is_valid_html5(client, home_page, locales, tmp_path):
    require_tool("java", "Java (for the Nu HTML Checker)")
    build_site(home_page, locales)
    response = client.get(PATH)
    assert response.status_code == 404
    assert 'hreflang="nl" lang="nl">Nederlands</a>' in response.text
    (tmp_path / "not-found.html").write_bytes(response.content)
    shown_in_english = client.get(SHOWN_IN_ENGLISH)
    assert shown_in_english.status_code == 200
    (tmp_path / "shown-in-english.html").write_bytes(shown_in_english.content)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", str(tmp_path)],
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
    page.goto(live_server.url + SHOWN_IN_ENGLISH)
    assert page.locator("main").get_attribute("lang") == "en"
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
