"""The chrome cache never shows a stale menu, breadcrumb, language switcher or footer:
each editor action that changes them makes the cached copies stale."""

import pytest
from wagtail.models import PageViewRestriction

from core import chrome_cache
from core.factories import FooterContentFactory
from core.models import FooterContent
from home.factories import StandardPageFactory


@pytest.fixture
def about(home_page):
    FooterContentFactory(tagline="The first tagline")
    return StandardPageFactory(parent=home_page, title="About us", slug="about", show_in_menus=True)


def menu_html(client):
    content = client.get("/en/").content.decode()
    return content[content.index('id="main-nav"') : content.index("</nav>", content.index('id="main-nav"'))]


def test_published_page_joins_the_menu_at_once(client, home_page, about):
    assert "Our work" not in menu_html(client)
    work = StandardPageFactory(parent=home_page, title="Our work", slug="work", show_in_menus=True, live=False)
    assert "Our work" not in menu_html(client)
    work.save_revision().publish()
    assert "Our work" in menu_html(client)


def test_renamed_page_is_renamed_in_the_menu_and_breadcrumbs(client, home_page, about):
    child = StandardPageFactory(parent=about, title="History", slug="history")
    assert "About us" in client.get(child.url).content.decode()
    about.title = "Who we are"
    about.save_revision().publish()
    assert "Who we are" in menu_html(client)
    breadcrumbs = client.get(child.url).content.decode()
    assert "Who we are" in breadcrumbs and "About us" not in breadcrumbs


def test_unpublished_and_deleted_pages_leave_the_menu(client, home_page, about):
    work = StandardPageFactory(parent=home_page, title="Our work", slug="work", show_in_menus=True)
    assert "About us" in menu_html(client) and "Our work" in menu_html(client)
    about.unpublish()
    assert "About us" not in menu_html(client)
    work.delete()
    assert "Our work" not in menu_html(client)


def test_restricted_page_leaves_the_menu(client, about):
    assert "About us" in menu_html(client)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert "About us" not in menu_html(client)


def test_footer_edit_shows_at_once(client, about):
    assert "The first tagline" in client.get("/en/").content.decode()
    footer = FooterContent.objects.get()
    footer.tagline = "A better tagline"
    footer.save()
    content = client.get("/en/").content.decode()
    assert "A better tagline" in content and "The first tagline" not in content


# A change inside a transaction: other requests see it only once it commits.


def test_chrome_cached_before_the_commit_is_dropped_by_the_commit(db, rf, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        chrome_cache.invalidate()  # the editor's change, not committed yet
        # A request served now still reads the old data and caches it under the new version.
        assert chrome_cache.get_or_build(rf.get("/"), "menu", 1, lambda: "old menu") == "old menu"
        assert chrome_cache.get_or_build(rf.get("/"), "menu", 1, lambda: "new menu") == "old menu"
    assert callbacks  # the invalidation runs again when the transaction commits
    assert chrome_cache.get_or_build(rf.get("/"), "menu", 1, lambda: "new menu") == "new menu"


def test_restriction_made_in_a_transaction_holds_after_a_request_served_before_the_commit(
    client, about, django_capture_on_commit_callbacks
):
    assert "About us" in menu_html(client)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
        # Another worker, whose database connection cannot see the restriction yet, serves a
        # page and caches the old list of restricted paths under the new version.
        chrome_cache.get_or_build(None, "restricted-paths", "all", lambda: [])
    assert "About us" not in menu_html(client)
