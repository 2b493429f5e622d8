"""Real-browser checks: Chromium (Debian's) driven by Playwright against a live server.

axe-core checks WCAG 2.2 AA on the demo site's pages; the other tests check that the
site works without JavaScript and under its Content-Security-Policy.
"""

from io import StringIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

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


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/el/about/", "/en/no-such-page/"])
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
