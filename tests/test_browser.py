"""Real-browser checks: Chromium (Debian's) driven by Playwright against a live server.

axe-core checks WCAG 2.2 AA on the demo site's pages; the other tests check that the
site works without JavaScript and under its Content-Security-Policy.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

# The demo, committed, and one live server for the whole module (conftest.py): these tests
# only read the demo. They request neither `db` nor `live_server`, whose flush after every
# test would empty the database.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser_demo")]

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def demo_site(committed_demo_server):
    return committed_demo_server


@pytest.fixture
def csp_violations(page):
    """Console messages about blocked inline code, collected during the test."""
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    return lambda: [text for text in messages if "Content Security Policy" in text]


FILTERED_NEWS = "/en/articles/?topic=sextortion&topic=media-literacy-education&source=bik-team"


AXE_PATHS = [
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
    "/en/faq/",
    "/el/faq/#is-my-report-anonymous",
    "/en/hotlines/",
    "/en/hotlines/?country=BG",
    "/nl/hotlines/?country=CH",
    "/el/hotlines/?country=XX",
    # Greek, Japanese and Arabic (right to left): home, listing, summit and finder.
    "/el/",
    "/el/articles/",
    "/el/hotlines/",
    "/ja/",
    "/ja/articles/",
    "/ja/summits/2024/",
    "/ja/hotlines/?country=JP",
    "/ar/",
    "/ar/articles/",
    "/ar/summits/2024/",
    "/ar/hotlines/",
]


def test_pages_have_no_axe_violations(demo_site, page, csp_violations):
    """One test for every page, so that the demo site is loaded once: each finding names its page.
    Over 10 s (axe-core runs in the browser on each of the pages listed above)."""
    reports = []
    for path in AXE_PATHS:
        page.goto(demo_site.url + path)
        results = Axe().run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports.append(f"{path}:\n{results.generate_report()}")
    assert reports == []
    assert csp_violations() == []


def test_narrow_screen_menu_toggles_and_works_without_javascript(demo_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(demo_site.url + "/en/")
    toggle = page.locator(".nav-menu > summary", has_text="Menu")  # a <details> disclosure
    nav_link = page.locator("#main-nav").get_by_role("link", name="About us")
    assert toggle.is_visible()
    assert not nav_link.is_visible()
    toggle.click()
    assert page.locator(".nav-menu").evaluate("menu => menu.open") is True
    assert nav_link.is_visible()
    page.keyboard.press("Escape")
    assert not nav_link.is_visible()
    context.close()

    no_js = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    page = no_js.new_page()
    page.goto(demo_site.url + "/en/")
    nav_link = page.locator("#main-nav").get_by_role("link", name="About us")
    assert not nav_link.is_visible()  # collapsed from the first paint, as with JavaScript
    page.locator(".nav-menu > summary", has_text="Menu").click()
    assert nav_link.is_visible()
    no_js.close()


def test_language_switcher_leads_to_the_translation(demo_site, page):
    page.goto(demo_site.url + "/en/about/")
    greek = page.get_by_role("link", name="Ελληνικά")
    assert not greek.is_visible()  # nine languages: the list opens from a disclosure
    page.locator(".language-switcher__toggle").click()
    greek.click()
    page.wait_for_url("**/el/about/")
    assert page.locator("html").get_attribute("lang") == "el"
    # The contact page is not in Japanese: the switcher says so and leads to the home page.
    page.goto(demo_site.url + "/en/contact/")
    page.locator(".language-switcher__toggle").click()
    page.get_by_role("link", name="日本語 (トップページ)").click()
    page.wait_for_url("**/ja/")
    assert page.locator("html").get_attribute("lang") == "ja"


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


def test_hotline_finder_works_without_javascript(demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/en/")
    page.get_by_role("link", name="Report", exact=True).click()
    page.wait_for_url("**/en/hotlines/")
    page.get_by_label("Your country").select_option("BG")
    page.get_by_role("button", name="Find my hotline").click()
    page.wait_for_url("**/en/hotlines/?country=BG#result")
    expect(page.locator("#result-heading")).to_have_text("Report in Bulgaria")
    expect(page.locator("#result").get_by_role("link", name="Report to SafenetBG")).to_have_attribute(
        "href", "https://www.safenet.bg/"
    )
    context.close()


def test_a_question_link_opens_its_answer(demo_site, page, csp_violations):
    page.goto(demo_site.url + "/nl/faq/#is-my-report-anonymous")
    expect(page.locator("details#is-my-report-anonymous")).to_have_attribute("open", "")
    expect(page.locator("details:not(#is-my-report-anonymous)[open]")).to_have_count(0)
    page.goto(demo_site.url + "/nl/faq/#what-is-a-hotline")
    expect(page.locator("details#what-is-a-hotline")).to_have_attribute("open", "")
    assert csp_violations() == []


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_arabic_pages_are_mirrored(demo_site, page, code, tmp_path):
    """Right to left from logical CSS properties: the brand, the menu, breadcrumbs, cards and
    the language list start on the right in Arabic and on the left in English. Screenshots of
    both are kept with the test's files."""
    page.set_viewport_size({"width": 1280, "height": 900})
    rtl = code == "ar"
    page.goto(f"{demo_site.url}/{code}/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if rtl else "ltr")
    brand, nav = box(page, ".brand"), box(page, "#main-nav")
    assert (brand["x"] > nav["x"]) is rtl
    page.locator(".language-switcher__toggle").click()
    toggle, options = box(page, ".language-switcher__toggle"), box(page, ".language-switcher__list")
    if rtl:  # the list hangs from the toggle's inline end: its left edge
        assert abs(options["x"] - toggle["x"]) < 2
    else:
        assert abs((options["x"] + options["width"]) - (toggle["x"] + toggle["width"])) < 2
    page.screenshot(path=str(tmp_path / f"home-{code}.png"))

    page.goto(f"{demo_site.url}/{code}/about/")
    crumbs = page.locator(".breadcrumbs__item")
    home_crumb, current_crumb = crumbs.first.bounding_box(), crumbs.last.bounding_box()
    assert (home_crumb["x"] > current_crumb["x"]) is rtl

    page.goto(f"{demo_site.url}/{code}/articles/")
    cards = page.locator(".article-card")
    assert cards.count() >= 2
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    if abs(first["y"] - second["y"]) < 1:  # side by side
        assert (first["x"] > second["x"]) is rtl
    page.screenshot(path=str(tmp_path / f"news-{code}.png"), full_page=True)
    assert (tmp_path / f"home-{code}.png").stat().st_size > 10_000
