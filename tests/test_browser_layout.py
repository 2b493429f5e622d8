"""The page paints in its final layout on a phone: no layout shift while it loads, and a
small-screen menu that is collapsed from the first paint yet reachable with and without
JavaScript.

Lighthouse's mobile run measured a cumulative layout shift of 0.30 on every page type: the
menu was painted open and collapsed later by site.js. A fast machine may run the script
before the first paint and see nothing, so these tests hold back site.js to reproduce a
slow phone.
"""

import time

import pytest
from playwright.sync_api import expect

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from home.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}
SCRIPT_DELAY_SECONDS = 1.5
CLS_BUDGET = 0.05

# Sums every layout shift without recent input, as the CLS metric does, from the start of
# the document (init scripts run before the page's own, and are not subject to its CSP).
RECORD_LAYOUT_SHIFTS = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.fixture
def small_site(home_page):
    """A home page, a few menu pages, a news index and one article: the page types to measure."""
    about = StandardPageFactory(parent=home_page, title="About us", slug="about", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="What we do", slug="what-we-do", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Contact", slug="contact", show_in_menus=True)
    news = ArticleIndexPageFactory(parent=home_page, show_in_menus=True)
    article = ArticlePageFactory(parent=news, title="Hotlines removed more reports", slug="more-reports")
    return {"home": home_page, "about": about, "news": news, "article": article}


def hold_back_site_script(route):
    """Answer site.js late, like a phone on a slow network: the page paints before it runs."""
    time.sleep(SCRIPT_DELAY_SECONDS)
    route.continue_()


def cumulative_layout_shift(browser, url):
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.add_init_script(RECORD_LAYOUT_SHIFTS)
        page.route("**/js/site*.js", hold_back_site_script)
        page.goto(url, wait_until="load")
        page.wait_for_timeout(500)  # let the last frames after the script paint and report
        return page.evaluate("window.__layoutShift")
    finally:
        context.close()


@pytest.mark.parametrize("page_name", ["home", "about", "news", "article"])
def test_pages_do_not_shift_as_they_load_on_a_phone(live_server, browser, small_site, page_name):
    url = live_server.url + small_site[page_name].url
    shift = cumulative_layout_shift(browser, url)
    assert shift <= CLS_BUDGET, f"{small_site[page_name].url}: cumulative layout shift {shift:.3f}"


def test_phone_menu_starts_collapsed_and_opens_from_the_keyboard(live_server, browser, small_site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    menu = page.locator(".nav-menu")
    toggle = menu.locator("summary")
    about = page.locator("#main-nav").get_by_role("link", name="About us")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_text("Menu")
    expect(about).to_be_hidden()

    toggle.focus()
    assert toggle.evaluate("element => getComputedStyle(element).outlineStyle") != "none"  # focus visible
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("open", "")
    expect(about).to_be_visible()
    assert expanded_state(page, ".nav-menu summary") is True
    page.keyboard.press("Tab")
    expect(page.locator("#main-nav").get_by_role("link", name="Home")).to_be_focused()

    page.keyboard.press("Escape")  # site.js: Escape closes the menu and returns to its toggle
    expect(about).to_be_hidden()
    expect(toggle).to_be_focused()
    assert expanded_state(page, ".nav-menu summary") is False

    page.set_viewport_size({"width": 1280, "height": 800})  # wide screens show the menu itself
    expect(toggle).to_be_hidden()
    expect(about).to_be_visible()
    context.close()


def test_phone_menu_links_are_reachable_without_javascript(live_server, browser, small_site):
    context = browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    about = page.locator("#main-nav").get_by_role("link", name="About us")
    expect(about).to_be_hidden()  # collapsed from the first paint, as with JavaScript
    page.locator(".nav-menu summary").click()
    expect(about).to_be_visible()
    expect(page.locator("#main-nav").get_by_role("link", name="News")).to_be_visible()
    about.click()
    page.wait_for_url("**/en/about/")
    expect(page.locator("h1")).to_have_text("About us")
    context.close()


def expanded_state(page, selector):
    """The expanded state Chromium gives assistive technologies for an element."""
    session = page.context.new_cdp_session(page)
    try:
        document = session.send("DOM.getDocument")
        node = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
        tree = session.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
    finally:
        session.detach()
    for ax_node in tree["nodes"]:
        for prop in ax_node.get("properties", []):
            if prop["name"] == "expanded":
                return prop["value"]["value"]
    return None
