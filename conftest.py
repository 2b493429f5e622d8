"""Shared fixtures: locales, a site with its home page, and the browser settings."""

import os
import shutil

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import TestCase
from django.utils import translation
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Locale, Page, Site

from core.tests.helpers import assert_page_tree_is_sound, load_demo
from home.factories import HomePageFactory

# Playwright's sync API runs an event loop in the test thread; the Django ORM calls made by
# browser tests from that thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
# The database content the migrations made, serialised once per session (`django_db_setup`).
MIGRATED_ROWS = {}
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb):
    """The test database as the migrations left it (root page, root collection, default
    locale and site, Wagtail's groups), remembered so that it can be put back after a test
    that commits and flushes; a reused database (`--reuse-db`) is put back at the end too,
    so that the next run finds it as migrated."""
    with django_db_blocker.unblock():
        if django_db_keepdb and not Page.objects.exists():
            pytest.exit("The reused test database was left empty by an interrupted run: run once with --create-db.", 3)
        MIGRATED_ROWS["default"] = connection.creation.serialize_db_to_string()
    yield
    if django_db_keepdb:
        with django_db_blocker.unblock():
            restore_migrated_rows()


def restore_migrated_rows():
    """Empties the database and puts back what the migrations made (see `django_db_setup`)."""
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(MIGRATED_ROWS["default"])
    # Rows came back with their ids; PostgreSQL's sequences must continue after them.
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    # pytest-django's flush re-created the content types under new ids; the ones back now
    # have their old ids again.
    ContentType.objects.clear_cache()
    cache.clear()


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
    if nextitem is not None and commits_to_the_database(item) and MIGRATED_ROWS:
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


@pytest.fixture(scope="module")
def shared_demo(django_db_setup, django_db_blocker):
    """One demo build for a whole test module, rolled back when the module ends.

    The build runs inside an outer transaction; each test's `db` fixture nests a savepoint
    inside it, so a test that changes demo data (a reset, a new article) is rolled back to
    the shared build. Tests using it must all request `db` (through `demo`), so that
    pytest-django keeps them together. The loader's commit callbacks (search index, cached
    figures) run here, because the outer transaction never commits."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with translation.override("en"), TestCase.captureOnCommitCallbacks(execute=True):
                load_demo()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    cache.clear()


@pytest.fixture
def demo(shared_demo, db):
    """The module's shared demo site, in a savepoint rolled back after the test."""


@pytest.fixture(scope="module")
def committed_demo(django_db_setup, django_db_blocker):
    """One committed demo build for a module of read-only tests that need it outside a
    transaction (a live server's thread, an external checker); flushed when the module ends.

    The database stays open to the module's tests, which must request neither `db` nor
    `live_server`: pytest-django's `live_server` makes every test that uses it transactional
    (the database is flushed after each test), which would mean one demo build per test.
    The `home_page` fixture re-creates the root page that the flush removes."""
    with django_db_blocker.unblock():
        with translation.override("en"):
            load_demo()
        try:
            yield
        finally:
            restore_migrated_rows()
            cache.clear()


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
