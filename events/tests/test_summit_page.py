"""The summit page: what it shows, how it follows the clock, its structured data, its
calendar files and how it copes with missing data and bad addresses."""

import datetime
import html as html_module
import re
import zoneinfo

import icalendar
import pytest
import time_machine
from wagtail.models import PageViewRestriction

from core.tests.helpers import inline_code_in, json_ld
from events.factories import SummitPageFactory, registration_option
from events.models import AttendanceMode, RegistrationState, SummitPage, SummitStatus

from .conftest import OPENING_SESSION_ID

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
BEFORE_ONLINE_CLOSES = "2024-09-01 12:00 -0400"
AFTER_ONLINE_CLOSES = "2024-10-05 09:00 -0400"
DURING_DAY_ONE = "2024-10-08 10:00 -0400"
AFTER_THE_SUMMIT = "2024-10-10 09:00 -0400"


def main_text(html):
    """The visible text of <main>, whitespace collapsed (and none left before punctuation)."""
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r" ([:,.])", r"\1", " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", main)).split()))


def get(client, url, at):
    with time_machine.travel(at, tick=False):
        response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_shows_days_agenda_speakers_registration_venue_faq_and_contact(client, summits):
    html = get(client, "/en/summits/2024/", BEFORE_ONLINE_CLOSES).text
    text = main_text(html)
    assert "Edition 7 · 2024" in text
    assert "Knowledge is Power, Reporting is Action" in text
    assert "When Oct. 8, 2024, 9 a.m. – Oct. 9, 2024, 5 p.m. Eastern Time (New York), UTC−4" in text
    assert "Hybrid: online and in person" in text
    # Days, in order, with their attendance and sessions
    assert text.index("Tuesday, Oct. 8, 2024: Societal change") < text.index("Wednesday, Oct. 9, 2024")
    assert "Online and in person Reporting and prevention." in text
    assert "In person only" in text
    assert '<time datetime="2024-10-08T09:00:00-04:00">09:00</time>' in html
    assert "Opening With Ada Example" in text
    assert f'id="session-{OPENING_SESSION_ID}"' in html
    # Speakers: the chosen one first, then the agenda's others; session names link to them
    speakers = summits["speakers"]
    assert text.index("Ben Sample Researcher, Institute B") < text.index("Ada Example Analyst, Hotline A")
    assert f'<a href="#speaker-{speakers["ada"].translation_key}">Ada Example</a>' in html
    assert f'id="speaker-{speakers["ada"].translation_key}"' in html
    # Registration, venue, questions, contact
    assert "Online registration Open Closes Oct. 4, 2024" in text
    assert "In-person registration Open Opens June 1, 2024 Closes When the summit starts" in text
    assert "Places One or two places per organisation" in text
    assert "Recommended for Industry and law enforcement" in text
    assert "Every registration is subject to approval." in text
    assert '<a class="button button--primary" href="https://example.org/register">Register online</a>' in html
    assert "Conference centre 11 Times Sq New York, NY 10036 United States of America" in text
    assert '<summary class="accordion__summary">What is a hotline?</summary>' in html
    assert '<a href="mailto:summit@example.org">summit@example.org</a>' in html
    assert inline_code_in(html) == []


def test_registration_with_a_closing_time_closes_at_that_time_in_the_summits_zone(summits):
    summit = summits["2024"]  # New York
    block = SummitPage.registration.field.stream_block.child_blocks["option"]
    option = block.to_python(
        registration_option(closes_on=datetime.date(2024, 10, 4), closes_at="17:30", opens_on=None)["value"]
    )

    def state(at):
        return summit.get_registration_window(option, datetime.datetime.fromisoformat(at)).state

    assert state("2024-10-04T17:29:00-04:00") == "open"
    assert state("2024-10-04T17:30:00-04:00") == "closed"
    assert state("2024-10-04T21:29:00+00:00") == "open"  # the same moment seen from UTC


def test_a_summit_without_a_place_says_online_or_nothing(summits):
    summit = summits["2024"]
    summit.locality, summit.country = "", None
    summit.attendance_mode, summit.online_platform = AttendanceMode.ONLINE, ""
    assert summit.get_place() == "Online"
    summit.online_platform = "Zoom"
    assert summit.get_place() == "Online (Zoom)"
    summit.attendance_mode = AttendanceMode.IN_PERSON
    assert summit.get_place() == ""
    summit.attendees = None
    assert summit.attendees_label == ""


def test_status_and_registration_follow_the_clock(client, summits):
    summit = summits["2024"]
    online, in_person = (block.value for block in summit.registration)

    def states(at):
        moment = datetime.datetime.fromisoformat(at.replace(" -", "-").replace(" ", "T"))
        return (
            summit.get_status(moment),
            summit.get_registration_window(online, moment).state,
            summit.get_registration_window(in_person, moment).state,
        )

    assert states("2024-05-01 12:00 -0400") == (SummitStatus.UPCOMING, "open", RegistrationState.NOT_OPEN)
    assert states(BEFORE_ONLINE_CLOSES) == (SummitStatus.UPCOMING, "open", "open")
    # Online registration closes at midnight after 4 October, New York time.
    assert states("2024-10-04 23:59 -0400") == (SummitStatus.UPCOMING, "open", "open")
    assert states("2024-10-05 00:00 -0400") == (SummitStatus.UPCOMING, "closed", "open")
    # Without a closing date, registration closes when the summit starts at 09:00.
    assert states("2024-10-08 08:59 -0400") == (SummitStatus.UPCOMING, "closed", "open")
    assert states(DURING_DAY_ONE) == (SummitStatus.HAPPENING, "closed", "closed")
    assert states("2024-10-09 16:59 -0400") == (SummitStatus.HAPPENING, "closed", "closed")
    assert states("2024-10-09 17:00 -0400") == (SummitStatus.PAST, "closed", "closed")


def test_page_shows_each_state_without_editor_action(client, summits):
    upcoming = main_text(get(client, "/en/summits/2024/", BEFORE_ONLINE_CLOSES).text)
    assert "Upcoming Registration open" in upcoming
    assert "Add the summit to your calendar (.ics)" in upcoming

    after_online_closes = get(client, "/en/summits/2024/", AFTER_ONLINE_CLOSES).text
    text = main_text(after_online_closes)
    assert "Online registration Closed" in text
    main = after_online_closes[after_online_closes.index("<main") :]
    assert "https://example.org/register" not in main
    assert "In-person registration Open" in text
    assert "https://example.org/in-person" in main

    happening = get(client, "/en/summits/2024/", DURING_DAY_ONE).text
    assert '<span class="badge badge--live">Happening now</span>' in happening
    assert "Registration open" not in main_text(happening)

    past_html = get(client, "/en/summits/2024/", AFTER_THE_SUMMIT).text
    past = main_text(past_html)
    assert "Past edition" in past
    assert "This summit is over and registration has closed." in past
    assert "Online registration Closed" in past and "In-person registration Closed" in past
    main = past_html[past_html.index("<main") :]  # the JSON-LD keeps the offers' addresses
    assert "https://example.org/in-person" not in main and "https://example.org/register" not in main
    assert "Add the summit to your calendar" not in past and "to your calendar" not in past


def test_recap_shows_once_the_summit_is_over(client, summits):
    summit = summits["2024"]
    summit.attendees = 250
    summit.host = "A host company"
    summit.recap = "<p>Two full days of talks.</p>"
    summit.save_revision().publish()
    assert "Two full days of talks." not in get(client, "/en/summits/2024/", DURING_DAY_ONE).text
    text = main_text(get(client, "/en/summits/2024/", AFTER_THE_SUMMIT).text)
    assert "Recap Attendees 250 Host A host company Two full days of talks." in text
    html = get(client, "/en/summits/2024/", AFTER_THE_SUMMIT).text
    assert html.index('id="recap"') < html.index('id="programme"')


def test_event_json_ld_holds_dates_attendance_mode_address_and_offers(client, summits):
    data = json_ld(get(client, "/en/summits/2024/", BEFORE_ONLINE_CLOSES).text)
    assert data["@type"] == "Event"
    assert data["name"] == "Summit 2024: Knowledge is Power, Reporting is Action"
    assert data["startDate"] == "2024-10-08T09:00:00-04:00"
    assert data["endDate"] == "2024-10-09T17:00:00-04:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Conference centre"
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "11 Times Sq",
        "addressLocality": "New York",
        "addressRegion": "NY",
        "postalCode": "10036",
        "addressCountry": "US",
    }
    assert virtual == {"@type": "VirtualLocation", "url": "http://localhost/en/summits/2024/"}
    assert data["organizer"] == {"@type": "Organization", "name": "INHOPE", "url": "http://localhost/"}
    assert [person["name"] for person in data["performer"]] == ["Ben Sample", "Ada Example"]
    online, in_person = data["offers"]
    assert online["url"] == "https://example.org/register"
    assert online["validThrough"] == "2024-10-05T00:00:00-04:00"
    assert online["availability"] == "https://schema.org/InStock"
    assert in_person["validFrom"] == "2024-06-01T00:00:00-04:00"


def test_json_ld_of_an_in_person_summit_without_times(client, summits):
    data = json_ld(get(client, "/en/summits/2018/", AFTER_THE_SUMMIT).text)
    assert data["startDate"] == "2018-10-08" and data["endDate"] == "2018-10-09"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressLocality"] == "Redmond"
    assert "offers" not in data


def test_summit_calendar_file_has_the_venue_time_zone(client, summits):
    response = get(client, "/en/summits/2024/calendar/", BEFORE_ONLINE_CLOSES)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="2024.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime.datetime(2024, 10, 8, 9, 0, tzinfo=NEW_YORK)
    assert event.decoded("dtend") == datetime.datetime(2024, 10, 9, 17, 0, tzinfo=NEW_YORK)
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert str(event["summary"]) == "Summit 2024: Knowledge is Power, Reporting is Action"
    assert str(event["location"]) == "Conference centre, 11 Times Sq, 10036, New York, NY, United States of America"
    assert str(event["url"]) == "http://localhost/en/summits/2024/"


def test_summit_without_times_is_an_all_day_event(client, summits):
    calendar = icalendar.Calendar.from_ical(get(client, "/en/summits/2018/calendar/", AFTER_THE_SUMMIT).content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime.date(2018, 10, 8)
    assert event.decoded("dtend") == datetime.date(2018, 10, 10)  # exclusive: the day after the last day
    assert calendar.walk("VTIMEZONE") == []


def test_session_calendar_file(client, summits):
    url = f"/en/summits/2024/sessions/{OPENING_SESSION_ID}/calendar/"
    calendar = icalendar.Calendar.from_ical(get(client, url, BEFORE_ONLINE_CLOSES).content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Opening (Summit 2024)"
    assert event.decoded("dtstart") == datetime.datetime(2024, 10, 8, 9, 0, tzinfo=NEW_YORK)
    assert event.decoded("dtend") == datetime.datetime(2024, 10, 8, 9, 30, tzinfo=NEW_YORK)
    assert str(event["url"]) == f"http://localhost/en/summits/2024/#session-{OPENING_SESSION_ID}"
    html = get(client, "/en/summits/2024/", BEFORE_ONLINE_CLOSES).text
    assert f'href="{url}">Add “Opening” to your calendar</a>' in html


def test_calendar_feed_lists_live_public_summits_of_its_language(client, summits, home_page):
    draft = SummitPageFactory(parent=summits["index"], year=2025, edition_number=8, live=False)
    private = SummitPageFactory(parent=summits["index"], year=2026, edition_number=9)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    undated = SummitPageFactory(
        parent=summits["index"], year=2027, edition_number=10, start_date=None, start_time=None, end_time=None
    )
    response = get(client, "/en/summits/calendar/", BEFORE_ONLINE_CLOSES)
    assert "Content-Disposition" not in response  # read in place by subscribed calendar apps
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "Summits"
    summaries = sorted(str(event["summary"]) for event in calendar.walk("VEVENT"))
    assert summaries == [
        "Summit 2018: Raising awareness",
        "Summit 2021: Digital first responders",
        "Summit 2024: Knowledge is Power, Reporting is Action",
    ]
    assert (
        draft.title not in response.text and private.title not in response.text and undated.title not in response.text
    )
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "America/New_York"
    index_html = get(client, "/en/summits/", BEFORE_ONLINE_CLOSES).text
    assert '<a href="webcal://localhost/en/summits/calendar/">' in index_html
    assert (
        '<link rel="alternate" type="text/calendar" title="Summits calendar" href="/en/summits/calendar/">'
        in index_html
    )


def test_missing_optional_data_renders_cleanly(client, summits):
    bare = SummitPageFactory(
        parent=summits["index"],
        year=2030,
        edition_number=12,
        theme="",
        introduction="",
        attendance_mode="",
        start_date=None,
        start_time=None,
        end_time=None,
        venue_name="",
        street_address="",
        locality="",
        region="",
        postal_code="",
        country="",
        registration=[registration_option("online")],
    )
    html = get(client, bare.url, BEFORE_ONLINE_CLOSES).text
    text = main_text(html)
    assert "2030, dates to be announced" in text
    assert "Venue" not in text and "Programme" not in text
    assert "application/ld+json" not in html  # an Event needs a start date
    with time_machine.travel(BEFORE_ONLINE_CLOSES, tick=False):
        assert client.get(bare.url + "calendar/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/en/summits/2024/calendar/extra/",
        "/en/summits/2024/sessions/",
        "/en/summits/2024/sessions/not-a-session/calendar/",
        "/en/summits/2024/sessions/0b5f5d7e-4a51-4a0e-9d6f-3c1d2c7a9e99/calendar/",
        "/en/summits/2024/sessions/%00/calendar/",
        "/en/summits/2024/a/b/c/d/",
        "/en/summits/1999/",
        "/en/summits/calendar/x/",
        "/en/summits/2024/calendar.ics",
    ],
)
def test_malformed_addresses_are_404s(client, summits, path):
    assert client.get(path).status_code == 404
