"""Editors: page type rules, tabs, building a whole edition in the admin, drafts versus
publishing, validation messages, previews and the speaker listing."""

import datetime
import re

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.factories import (
    SpeakerFactory,
    SummitIndexPageFactory,
    SummitPageFactory,
    day,
    registration_option,
    session,
)
from events.models import SummitIndexPage, SummitPage
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage

TODAY = "2025-03-01 12:00 +0100"


def list_items(values):
    """ListBlock form data: one entry per item, in order."""
    return {
        "count": len(values),
        **{str(i): {"value": value, "deleted": "", "order": i, "id": ""} for i, value in enumerate(values)},
    }


def summit_form(**overrides):
    """Form data for an upcoming two-day summit with a session and an online registration."""
    data = {
        "title": "Summit 2025",
        "slug": "2025",
        "edition_number": 8,
        "year": 2025,
        "theme": "A theme",
        "introduction": "Two days.",
        "attendance_mode": "hybrid",
        "start_date": "2025-10-07",
        "start_time": "09:00",
        "end_date": "2025-10-08",
        "end_time": "17:00",
        "time_zone": "Europe/Brussels",
        "venue_name": "",
        "street_address": "",
        "postal_code": "",
        "locality": "Brussels",
        "region": "",
        "country": "BE",
        "map_url": "",
        "online_platform": "",
        "online_url": "",
        "days": streamfield(
            [
                (
                    "day",
                    {
                        "date": "2025-10-07",
                        "title": "Day one",
                        "attendance": "both",
                        "focus": "",
                        "sessions": list_items(
                            [
                                {
                                    "start_time": "09:30",
                                    "end_time": "10:30",
                                    "title": "Opening",
                                    "description": "",
                                    "speakers": list_items([]),
                                    "attendance": "both",
                                }
                            ]
                        ),
                    },
                )
            ]
        ),
        "speaker_links": inline_formset([]),
        "registration": streamfield(
            [
                (
                    "option",
                    {
                        "kind": "online",
                        "url": "https://example.org/register",
                        "instructions": rich_text(""),
                        "opens_on": "",
                        "closes_on": "2025-10-01",
                        "closes_at": "",
                        "requires_approval": "on",
                        "places_note": "",
                        "recommended_for": "",
                    },
                )
            ]
        ),
        "contact_email": "summit@example.org",
        "faq": streamfield([]),
        "more_content": streamfield([]),
        "attendees": "",
        "host": "",
        "recap": rich_text(""),
        "outcomes_document": "",
        "outcomes_page": "",
    }
    data.update(overrides)
    return nested_form_data(data)


class SummitAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="summit-home")
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=cls.home, is_default_site=True)
        cls.index = SummitIndexPageFactory(parent=cls.home)

    def setUp(self):
        self.login()
        self.traveller = time_machine.travel(TODAY, tick=False)
        self.traveller.start()
        self.addCleanup(self.traveller.stop)

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=("events", "summitpage", self.index.pk))

    def test_summits_live_under_one_index_below_the_home_page(self):
        self.assertAllowedParentPageTypes(SummitIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SummitIndexPage, {SummitPage})
        self.assertAllowedParentPageTypes(SummitPage, {SummitIndexPage})
        self.assertAllowedSubpageTypes(SummitPage, set())
        self.assertCanNotCreateAt(HomePage, SummitPage)
        self.assertCanNotCreateAt(StandardPage, SummitPage)
        self.assertFalse(SummitIndexPage.can_create_at(self.home))  # it already has one

    def test_editor_sees_tabs_for_programme_speakers_registration_and_recap(self):
        html = self.client.get(self.add_url()).content.decode()
        tabs = re.findall(r'id="tab-label-([a-z]+)"', html)
        self.assertEqual(tabs, ["content", "programme", "speakers", "registration", "recap", "promote"])
        self.assertTrue('<option value="America/New_York">America/New York</option>' in html, "time zone choices")

    def test_editor_publishes_a_full_edition(self):
        self.assertCanCreate(self.index, SummitPage, summit_form(**{"action-publish": "publish"}))
        summit = SummitPage.objects.get(slug="2025")
        self.assertTrue(summit.live)
        self.assertEqual(summit.starts_at, datetime.datetime.fromisoformat("2025-10-07T09:00:00+02:00"))
        self.assertEqual([day.value["sessions"][0]["title"] for day in summit.days], ["Opening"])

    def test_publishing_an_upcoming_summit_needs_a_registration_option_but_a_draft_does_not(self):
        data = summit_form(registration=streamfield([]), **{"action-publish": "publish"})
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "An upcoming summit needs at least one registration option")
        self.assertFalse(SummitPage.objects.filter(slug="2025").exists())

        draft = summit_form(registration=streamfield([]))
        response = self.client.post(self.add_url(), draft)
        self.assertEqual(response.status_code, 302)
        self.assertFalse(SummitPage.objects.get(slug="2025").live)

    def test_edition_numbers_are_unique_under_the_index(self):
        SummitPageFactory(parent=self.index, year=2024, edition_number=8)
        response = self.client.post(self.add_url(), summit_form(**{"action-publish": "publish"}))
        self.assertContains(response, "Another summit already has edition number 8.")

    def test_session_outside_the_summit_times_is_refused_with_a_clear_message(self):
        data = summit_form()
        data["days-0-value-sessions-0-value-start_time"] = "08:00"
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This session falls outside the summit")

    def test_pages_render_and_preview(self):
        summit = SummitPageFactory(parent=self.index, year=2025, edition_number=8, registration=[registration_option()])
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(summit)
        self.assertPageIsPreviewable(summit, post_data=summit_form(title="Previewed summit"))

    def test_speaker_listing_counts_summits(self):
        speaker = SpeakerFactory(name="Ada Example")
        SummitPageFactory(parent=self.index, year=2024, edition_number=7, speakers=[speaker])
        response = self.client.get(reverse("wagtailsnippets_events_speaker:list"))
        self.assertContains(response, "Ada Example")
        (listed,) = [row for row in response.context["object_list"] if row.pk == speaker.pk]
        self.assertEqual(listed.summit_count, 1)
        listing = self.client.get(reverse("summits:index"))
        self.assertContains(listing, "Summit 2024")


@pytest.fixture
def summit(summits):
    return summits["2024"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_date": datetime.date(2024, 10, 7)}, "end_date", "The summit must end on or after its first day."),
        (
            {"end_date": datetime.date(2024, 10, 8), "end_time": datetime.time(8)},
            "end_time",
            "must end after it starts",
        ),
        ({"year": 2023}, "year", "The year must be the start date's year (2024)."),
        ({"start_date": None}, "start_time", "Give the start date first."),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Choose a time zone from the list"),
    ],
)
def test_dates_are_checked(summit, changes, field, message):
    for name, value in changes.items():
        setattr(summit, name, value)
    with pytest.raises(ValidationError) as error:
        summit.full_clean()
    assert message in " ".join(error.value.message_dict[field])


def test_days_must_fall_within_the_summit(summit):
    summit.days = [day(datetime.date(2024, 10, 10), [])]
    with pytest.raises(ValidationError) as error:
        summit.full_clean()
    day_errors = error.value.error_dict["days"][0].block_errors[0].block_errors
    assert day_errors["date"].messages == ["This day is outside the summit's dates."]


def test_two_days_with_the_same_date_are_refused(summit):
    summit.days = [day(datetime.date(2024, 10, 8), []), day(datetime.date(2024, 10, 8), [])]
    with pytest.raises(ValidationError) as error:
        summit.full_clean()
    day_errors = error.value.error_dict["days"][0].block_errors[1].block_errors
    assert day_errors["date"].messages == ["Another day already has this date."]


def test_a_session_must_end_after_it_starts_and_sessions_run_in_order(summit):
    block = SummitPage.days.field.stream_block.child_blocks["day"]
    value = block.to_python(day(datetime.date(2024, 10, 8), [session("10:00", "09:00", "Backwards")])["value"])
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    session_errors = error.value.block_errors["sessions"].block_errors[0].block_errors
    assert session_errors["end_time"].messages == ["The session must end after it starts."]
    unordered = block.to_python(
        day(datetime.date(2024, 10, 8), [session("11:00", "12:00", "Late"), session("09:00", "10:00", "Early")])[
            "value"
        ]
    )
    with pytest.raises(ValidationError) as error:
        block.clean(unordered)
    assert error.value.block_errors["sessions"].messages == ["List the sessions in time order."]


def test_registration_must_close_before_the_summit(summit):
    summit.registration = [registration_option(closes_on=datetime.date(2024, 10, 8))]
    with pytest.raises(ValidationError) as error:
        summit.full_clean()
    assert error.value.message_dict["registration"] == [
        "Registration must close before the summit starts (2024-10-08)."
    ]


def test_registration_option_needs_an_address_or_instructions():
    block = SummitPage.registration.field.stream_block.child_blocks["option"]
    value = block.to_python(registration_option(url="")["value"])
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert error.value.block_errors["url"].messages == ["Give the registration form's address or instructions."]


def test_summit_blocks_have_an_icon_and_render_their_preview():
    from events.blocks import DayBlock, RegistrationOptionBlock

    for block, expected in ((DayBlock(), "Opening and welcome"), (RegistrationOptionBlock(), "Register online")):
        value = block.get_preview_value()
        assert block.meta.icon and block.meta.description
        assert expected in block.render(value, block.get_preview_context(value))
