"""The summit index and the home page teaser: which edition is featured, the timeline of
past editions and the growth figures computed from the editions' own data."""

import datetime

import pytest
import time_machine
from wagtail.models import PageViewRestriction

from events.factories import SummitPageFactory, registration_option
from events.models import arrange_editions, summit_growth

from .test_summit_page import AFTER_THE_SUMMIT, BEFORE_ONLINE_CLOSES, get, main_text


def test_featured_edition_is_the_next_one_and_the_rest_a_timeline(client, summits):
    text = main_text(get(client, "/en/summits/", BEFORE_ONLINE_CLOSES).text)
    featured = text[text.index("Next summit") : text.index("Past editions")]
    assert "Edition 7 · 2024 Summit 2024 Knowledge is Power, Reporting is Action Upcoming Registration open" in featured
    assert (
        "When Oct. 8, 2024, 9 a.m. – Oct. 9, 2024, 5 p.m. Eastern Time (New York), UTC−4 "
        "Where New York, United States of America"
    ) in featured
    assert "Programme and registration for Summit 2024" in featured
    timeline = text[text.index("Past editions") :]
    assert timeline.index("Edition 4 · 2021") < timeline.index("Edition 1 · 2018")
    assert "Summit 2018 Raising awareness When Oct. 8, 2018 – Oct. 9, 2018 Where Redmond, United States of America" in (
        timeline
    )
    assert "Attendees 34" in timeline and "Attendees 300+" in timeline
    assert "Summit 2024" not in timeline


def test_latest_edition_is_featured_as_a_recap_once_all_are_past(client, summits):
    text = main_text(get(client, "/en/summits/", AFTER_THE_SUMMIT).text)
    assert "Next summit" not in text
    featured = text[text.index("Latest edition") : text.index("Past editions")]
    assert "Summit 2024" in featured and "Past edition" in featured
    assert "Read the recap of Summit 2024" in featured
    assert "Registration open" not in featured


def test_growth_is_computed_from_the_editions(client, summits):
    text = main_text(get(client, "/en/summits/", BEFORE_ONLINE_CLOSES).text)
    growth = text[text.index("How the summit has grown") : text.index("Past editions")].strip()
    assert growth == ("How the summit has grown editions since 2018 3 attendees in 2018 34 attendees in 2021 300+")
    summits["2024"].attendees = 450
    summits["2024"].save_revision().publish()
    text = main_text(get(client, "/en/summits/", AFTER_THE_SUMMIT).text)
    assert "attendees in 2024 450" in text


def test_growth_needs_two_counted_editions(summits):
    first, fourth = summits["2018"], summits["2021"]
    assert summit_growth([first]) is None
    growth = summit_growth([fourth, first])
    assert (growth["first"], growth["peak"], growth["edition_count"], growth["first_year"]) == (first, fourth, 2, 2018)


def test_later_announced_editions_are_listed_after_the_featured_one(client, summits):
    SummitPageFactory(
        parent=summits["index"],
        year=2025,
        edition_number=8,
        title="Summit 2025",
        registration=[registration_option(closes_on=datetime.date(2025, 10, 1))],
    )
    editions = summits["index"].get_editions()
    with time_machine.travel(BEFORE_ONLINE_CLOSES, tick=False):
        arranged = arrange_editions(editions, datetime.datetime.now(datetime.UTC))
    assert arranged["featured"].title == "Summit 2024"
    assert [summit.title for summit in arranged["later"]] == ["Summit 2025"]
    text = main_text(get(client, "/en/summits/", BEFORE_ONLINE_CLOSES).text)
    assert "Also announced Edition 8 · 2025 Summit 2025" in text


def test_index_leaves_out_drafts_and_private_editions(client, summits):
    SummitPageFactory(parent=summits["index"], year=2019, edition_number=2, title="Draft summit", live=False)
    private = SummitPageFactory(parent=summits["index"], year=2020, edition_number=3, title="Private summit")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    html = get(client, "/en/summits/", AFTER_THE_SUMMIT).text
    assert "Draft summit" not in html and "Private summit" not in html


def test_home_page_teases_the_next_summit_then_the_latest_recap(client, summits):
    before = main_text(get(client, "/en/", BEFORE_ONLINE_CLOSES).text)
    assert "Our next summit Edition 7 · 2024 Summit 2024" in before
    assert "Registration open" in before
    after = main_text(get(client, "/en/", AFTER_THE_SUMMIT).text)
    assert "Our latest summit Edition 7 · 2024 Summit 2024" in after
    assert "Read the recap of Summit 2024" in after


def test_home_page_without_summits_has_no_teaser(client, home_page):
    assert "summit" not in main_text(client.get("/en/").text).lower()


@pytest.mark.parametrize("at", [BEFORE_ONLINE_CLOSES, AFTER_THE_SUMMIT])
def test_empty_index_says_so(client, home_page, at):
    from events.factories import SummitIndexPageFactory

    SummitIndexPageFactory(parent=home_page)
    text = main_text(get(client, "/en/summits/", at).text)
    assert "No summit has been announced yet." in text
