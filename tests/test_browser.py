"""Real-browser checks: Chromium (Debian's) driven by Playwright against a live server.

axe-core checks WCAG 2.2 AA on the demo site's pages; the other tests check that the
site works without JavaScript and under its Content-Security-Policy.
"""

from io import StringIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo_content", stdout=StringIO())
    return live_server


@pytest.fixture
def csp_violations(page):
    """Console messages about blocked inline code, collected during the test."""
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    return lambda: [text for text in messages if "Content Security Policy" in text]


FILTERED_NEWS = "/en/articles/?topic=sextortion&topic=media-literacy-education&source=bik-team"


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/about/",
        "/el/about/",
        "/en/no-such-page/",
        FILTERED_NEWS,
        "/el/articles/?topic=sextortion&topic=nope",
        "/en/articles/helpline-trends-q1-2023/",
        "/en/summits/",
        "/en/summits/2024/",
        "/el/summits/2024/",
        "/nl/summits/2020/",
    ],
)
def test_pages_have_no_axe_violations(demo_site, page, csp_violations, path):
    page.goto(demo_site.url + path)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert csp_violations() == []


def test_narrow_screen_menu_toggles_and_works_without_javascript(demo_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(demo_site.url + "/en/")
    toggle = page.get_by_role("button", name="Menu")
    nav_link = page.locator("#main-nav").get_by_role("link", name="About us")
    assert toggle.is_visible()
    assert not nav_link.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert nav_link.is_visible()
    page.keyboard.press("Escape")
    assert not nav_link.is_visible()
    context.close()

    no_js = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    page = no_js.new_page()
    page.goto(demo_site.url + "/en/")
    assert page.locator("#main-nav").get_by_role("link", name="About us").is_visible()
    assert not page.get_by_role("button", name="Menu").is_visible()
    no_js.close()


def test_language_switcher_leads_to_the_translation(demo_site, page):
    page.goto(demo_site.url + "/en/about/")
    page.get_by_role("link", name="Ελληνικά").click()
    page.wait_for_url("**/el/about/")
    assert page.locator("html").get_attribute("lang") == "el"


def test_skip_link_moves_focus_to_main_content(demo_site, page):
    page.goto(demo_site.url + "/en/about/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_news_filters_apply_at_once_with_javascript(demo_site, page, csp_violations):
    page.goto(demo_site.url + "/en/articles/")
    page.evaluate("window.stillTheSamePage = true")
    results = page.locator("#results-heading")
    expect(results).to_have_text("10 articles")
    page.get_by_label("Sextortion").check()
    page.wait_for_url("**/en/articles/?topic=sextortion")
    expect(page.locator("#results-heading")).to_have_text("1 article")
    assert page.evaluate("window.stillTheSamePage") is True  # updated in place, not reloaded
    assert page.get_by_label("Sextortion").is_checked()
    assert page.locator('link[rel="canonical"]').get_attribute("href").endswith("/en/articles/?topic=sextortion")
    page.go_back()
    expect(page.locator("#results-heading")).to_have_text("10 articles")
    assert csp_violations() == []


def test_news_filters_work_without_javascript(demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/en/articles/")
    page.get_by_label("Grooming").check()
    page.get_by_label("Source").select_option("inhope")
    page.get_by_role("button", name="Show articles").click()
    page.wait_for_url("**/en/articles/?topic=grooming&match=any&source=inhope&year=")
    assert page.locator("#results-heading").inner_text() == "1 article"
    page.get_by_role("link", name="Topic: Grooming").click()
    page.wait_for_url("**/en/articles/?source=inhope")
    assert page.locator("#results-heading").inner_text() == "4 articles"
    context.close()
