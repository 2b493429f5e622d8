"""The network figures are counted from the live hotlines, kept in the cache, and change as
soon as a hotline is added, unpublished or deleted."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import SummitIndexPageFactory, SummitPageFactory
from home.factories import StandardPageFactory
from network.factories import HotlineFactory
from network.figures import NetworkFigures, network_figures
from network.models import Hotline, MembershipStatus


def shown_figures(html):
    """The figures as the page shows them, by name (hotlines, countries, continents)."""
    return {name: int(value) for name, value in re.findall(r'data-figure="(\w+)">(\d+)<', html)}


def test_figures_count_live_hotlines_countries_and_continents(network):
    assert network_figures() == NetworkFigures(
        hotlines=4, full_members=2, provisional_members=2, countries=4, continents=2
    )


def test_two_hotlines_in_one_country_count_once_as_a_country(network):
    HotlineFactory(name="Second Bulgarian hotline", country="BG", status="")
    figures = network_figures()
    assert (figures.hotlines, figures.countries, figures.full_members) == (5, 4, 2)


def test_figures_are_cached_between_requests(network):
    network_figures()
    with CaptureQueriesContext(connection) as queries:
        network_figures()
    assert len(queries) == 0


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda network: HotlineFactory(name="APLE", country="KH"), id="added"),
        pytest.param(lambda network: network["safenet"].unpublish(), id="unpublished"),
        pytest.param(lambda network: network["incibe"].delete(), id="deleted"),
        pytest.param(lambda network: network["draft"].save_revision().publish(), id="draft-published"),
    ],
)
def test_the_home_page_figures_follow_the_live_member_list(client, network, change):
    before = shown_figures(client.get("/en/").content.decode())
    assert before == {"hotlines": 4, "countries": 4, "continents": 2}

    change(network)

    live = list(Hotline.objects.filter(live=True))
    after = shown_figures(client.get("/en/").content.decode())
    assert after["hotlines"] == len(live) != before["hotlines"]
    assert after["countries"] == len({hotline.country.code for hotline in live})


def test_the_figures_block_shows_the_figures_on_any_page(client, network):
    page = StandardPageFactory(
        parent=network["finder"].get_parent(),
        slug="about",
        body=[{"type": "network_figures", "value": {"heading": "Our network today", "show_finder_link": True}}],
    )
    HotlineFactory(name="ECPAT Philippines", country="PH", status=MembershipStatus.FULL)

    html = client.get(page.url).content.decode()

    assert shown_figures(html) == {"hotlines": 5, "countries": 5, "continents": 3}
    assert "Our network today" in html
    assert 'href="/en/hotlines/">Find the hotline in your country</a>' in html


def test_a_summit_page_can_show_the_figures(client, network):
    index = SummitIndexPageFactory(parent=network["finder"].get_parent())
    summit = SummitPageFactory(
        parent=index,
        more_content=[{"type": "network_figures", "value": {"heading": "The network behind the summit"}}],
    )

    html = client.get(summit.url).content.decode()

    assert "The network behind the summit" in html
    assert shown_figures(html) == {"hotlines": 4, "countries": 4, "continents": 2}


def test_the_status_line_accounts_for_every_member(client, network):
    HotlineFactory(name="SafeLine", country="GR", status="", year_joined=None)
    status = re.search(r'<p class="network-figures__status">(.*?)</p>', client.get("/en/").text, re.S).group(1)
    assert " ".join(status.split()).startswith(
        "2 full members, 2 provisional members, 1 member whose status is not stated here."
    )


def test_an_empty_network_shows_no_figures(client, home_page):
    assert 'class="key-figures network-figures"' not in client.get("/en/").text
