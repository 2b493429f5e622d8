"""Shared fixtures: locales, a site with its home page, and the browser settings."""

import os
import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import get_resolver
from django.utils import translation
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Locale, Page, Site

from core.tests.helpers import assert_page_tree_is_sound, load_demo
from core.tests.snapshots import DatabaseSnapshot, file_lock
from home.factories import HomePageFactory

# Playwright's sync API runs an event loop in the test thread; the Django ORM calls made by
# browser tests from that thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
# The database as the migrations left it, saved once per test process (`django_db_setup`).
MIGRATED = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb, django_db_createdb, tmp_path_factory):
    """The test database as the migrations left it (root page, root collection, default
    locale and site, Wagtail's groups), saved so that it can be put back after a test that
    commits and flushes; a reused database (`--reuse-db`) is put back at the end too, so
    that the next run finds it as migrated."""
    from django.test.utils import setup_databases, teardown_databases

    own_setup = None
    with django_db_blocker.unblock():
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            # pytest-django sets up the test database only when a selected test asks for
            # `db` (or its marker); the demo's fixtures and the browser tests read the
            # committed demo without it. Never let them fall through to the real database.
            own_setup = setup_databases(
                verbosity=0, interactive=False, keepdb=django_db_keepdb and not django_db_createdb, aliases={"default"}
            )
        if django_db_keepdb and not Page.objects.exists():
            pytest.exit("The reused test database was left empty by an interrupted run: run once with --create-db.", 3)
        MIGRATED["default"] = DatabaseSnapshot(tmp_path_factory.mktemp("migrated-database"))
        MIGRATED["default"].save()
    # Wagtail attaches a snippet's viewset (`Topic.snippet_viewset`) when the admin's URLs
    # load: load them now, so that a test that runs first finds them as a later one does.
    get_resolver().url_patterns  # noqa: B018
    yield
    if django_db_keepdb:
        with django_db_blocker.unblock():
            restore_migrated_rows()
    if own_setup is not None and not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(own_setup, verbosity=0)


def restore_migrated_rows():
    """Puts back the database as the migrations left it (see `django_db_setup`)."""
    MIGRATED["default"].restore()


def commits_to_the_database(item):
    marker = item.get_closest_marker("django_db")
    transactional_marker = marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    names = getattr(item, "fixturenames", ())
    return transactional_marker or "transactional_db" in names or "live_server" in names


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that committed (pytest-django flushes the whole database after it, the
    rows the migrations made included), the next test finds the database as migrated again,
    whatever the order the tests run in."""
    result = yield
    if nextitem is not None and commits_to_the_database(item) and MIGRATED:
        with item.config.stash[blocking_manager_key].unblock():
            restore_migrated_rows()
    return result


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


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory, worker_id):
    """The demo site from `load_demo_content`, built once per test run by the first test
    process that needs it and saved as a snapshot that every process restores in well under
    a second (`core/tests/snapshots.py`), instead of a 20 to 40 s build per module."""
    run_folder = tmp_path_factory.getbasetemp()
    if worker_id != "master":  # pytest-xdist: the workers' folders share a parent
        run_folder = run_folder.parent
    snapshot = DatabaseSnapshot(run_folder / f"demo-{connection.vendor}")
    with file_lock(run_folder / "demo.lock"), django_db_blocker.unblock():
        if not snapshot.exists():
            with translation.override("en"):
                load_demo()
            render_every_live_page()
            snapshot.save()
            restore_migrated_rows()
    return snapshot


def render_every_live_page():
    """Every live page in the default language rendered once, as a visitor's first request
    would, so that the image renditions the templates ask for are made before the snapshot
    is saved (instead of again in every test, whose rolled-back transaction forgets them).
    Translations show the same images through the same templates."""
    client = Client()
    pages = Page.objects.live().public().filter(depth__gt=1, locale__language_code=settings.LANGUAGE_CODE)
    for page in pages.specific().iterator():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


@pytest.fixture(scope="module")
def shared_demo(demo_snapshot, django_db_blocker):
    """The demo site, committed, for a whole test module; the database goes back to its
    migrated state when the module ends.

    Tests that request `db` (through `demo`) run in a transaction rolled back after them,
    so a test that changes demo data (a reset, a new article) leaves the next one the demo
    as built. Read-only tests that need the data outside a transaction (a live server's
    thread, an external checker) may use it without `db`; none may use `live_server`,
    whose flush after every test would empty the database."""
    with django_db_blocker.unblock():
        demo_snapshot.restore()
    yield
    with django_db_blocker.unblock():
        restore_migrated_rows()


@pytest.fixture
def demo(shared_demo, db):
    """The module's demo site, in a transaction rolled back after the test."""


@pytest.fixture(scope="module")
def committed_demo(shared_demo, django_db_blocker):
    """The module's demo site, for read-only tests outside a transaction (see `shared_demo`):
    the database stays open to them and to a live server's thread for the whole module."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="module")
def committed_demo_server(committed_demo):
    """The module's own live server over the committed demo (see `committed_demo`)."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server
    server.stop()


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
