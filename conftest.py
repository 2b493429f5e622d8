"""Shared fixtures: locales, a site with its home page, and the browser settings."""

import os
import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from home.tests.helpers import assert_page_tree_is_sound, load_demo

# Playwright's sync API runs an event loop in the test thread; the Django ORM calls made by
# browser tests from that thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache: rolled-back ids are reused between tests, and a
    cached rendition or site root path from an earlier test would point at the wrong object."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def english_messages():
    """Each test starts in English: a request served in another language by an earlier test
    leaves its language active in the test thread, and tests compare English messages."""
    with translation.override("en"):
        yield


@pytest.fixture
def locales(db):
    """Every language in settings.LANGUAGES as a Wagtail locale, by language code."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@pytest.fixture
def home_page(locales):
    """An English home page at the root of the default site, replacing Wagtail's placeholder."""
    # A data migration makes the root; an earlier transactional test's flush removes it.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePageFactory(parent=root, slug="home", locale=locales["en"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="INHOPE")
    return home


@pytest.fixture
def demo_content(db, django_capture_on_commit_callbacks):
    """The demo site from `load_demo_content`, with a sound page tree.

    The loader's commit callbacks (search index, cached figures) are run here, because a
    test's rolled-back transaction never commits."""
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert_page_tree_is_sound()


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


def require_tool(path_or_name, what):
    """Skip a test when a system tool is missing, except in CI, where it is a failure."""
    found = os.path.exists(path_or_name) or shutil.which(path_or_name)
    if not found:
        message = f"{what} is not installed (run `make browser`)."
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require_tool(CHROMIUM, "Chromium")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }
