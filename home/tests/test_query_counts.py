"""Pinned query counts: the chrome (menu, breadcrumbs, switcher, footer) must not add a
query per menu item, so the count is the same with 1 and with 20 menu pages.

The counts are those of a warm cache, as a live site has it; a cold cache costs a few more
queries, also a fixed number."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import FooterContentFactory
from home.factories import StandardPageFactory

HOME_PAGE_QUERIES = 9  # one of them finds the summit to tease
STANDARD_PAGE_QUERIES = 9
# One of them finds the hotline finder for the header, one the live home page of every
# language (the language switcher's fallback).
STANDARD_PAGE_QUERIES_COLD_CACHE = 19


def add_menu_pages(home, count):
    return [
        StandardPageFactory(parent=home, title=f"Section {n}", slug=f"section-{n}", show_in_menus=True)
        for n in range(count)
    ]


def count_queries(client, url):
    client.get(url)  # warm caches that live for the process (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def chrome(home_page):
    FooterContentFactory()
    return home_page


@pytest.mark.parametrize("menu_size", [1, 20])
def test_home_page_query_count_is_flat(client, chrome, menu_size):
    pages = add_menu_pages(chrome, menu_size)
    chrome.highlights = [("highlight", {"page": page, "summary": ""}) for page in pages[:6]]
    chrome.save_revision().publish()
    assert count_queries(client, "/en/") == HOME_PAGE_QUERIES


@pytest.mark.parametrize("menu_size", [1, 20])
def test_standard_page_query_count_is_flat(client, chrome, menu_size):
    pages = add_menu_pages(chrome, menu_size)
    child = StandardPageFactory(parent=pages[0], title="Deep page", slug="deep")
    assert count_queries(client, child.url) == STANDARD_PAGE_QUERIES


@pytest.mark.parametrize("menu_size", [1, 20])
def test_cold_chrome_cache_costs_a_fixed_number_of_queries(client, chrome, menu_size):
    pages = add_menu_pages(chrome, menu_size)
    child = StandardPageFactory(parent=pages[0], title="Deep page", slug="deep")
    client.get(child.url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(child.url).status_code == 200
    assert len(queries) == STANDARD_PAGE_QUERIES_COLD_CACHE
