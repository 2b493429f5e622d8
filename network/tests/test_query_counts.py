"""Pinned query counts for the hotline finder: the same with 4 members in 4 countries as
with 64 members in 44 countries, 20 of them with logos; with and without a chosen country.
Counts are taken with a warm cache, as on a live site."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from network.factories import HotlineFactory
from network.figures import network_figures

# Seven are Wagtail's own (site, locale, home page twice, the page, view restrictions twice);
# the finder adds the member list (one) and the logos' renditions (one). For a country
# without a member it also reads the page pointing to the other ways to report, in the
# visitor's language (two).
FINDER_QUERIES = 9
NO_MEMBER_QUERIES = 11
COUNTRIES = ["AL", "AT", "BE", "BR", "CA", "CO", "CZ", "DE", "DK", "EE", "FI", "FR", "GR", "HU", "IE", "IS"]


def count_queries(client, url):
    client.get(url)  # warm the caches a live site keeps warm (chrome, renditions, figures)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def grow(network):
    """60 more members: two per country in 30 more countries, a third of them with a logo."""
    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file(size=(320, 160)))
    codes = [*COUNTRIES, "JP", "KH", "PH", "AU", "NZ", "ZA", "KE", "GH", "AR", "CL", "PE", "TH", "IN", "PK"]
    for number in range(60):
        HotlineFactory(name=f"Member {number}", country=codes[number // 2], logo=logo if number % 3 == 0 else None)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/en/hotlines/", FINDER_QUERIES),
        ("/en/hotlines/?country=BG", FINDER_QUERIES),
        ("/en/hotlines/?country=CH", NO_MEMBER_QUERIES),
    ],
)
def test_the_finder_runs_the_same_queries_as_the_network_grows(client, network, url, expected):
    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file(size=(320, 160)))
    HotlineFactory(name="Small network logo", country="IT", logo=logo)
    assert count_queries(client, url) == expected

    grow(network)
    assert network_figures().hotlines == 65
    assert count_queries(client, url) == expected
