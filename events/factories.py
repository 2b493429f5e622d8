import datetime
import uuid

import factory
import wagtail_factories
from wagtail.models import Locale

from events.models import Speaker, SummitIndexPage, SummitPage, SummitSpeaker


class SpeakerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Speaker {n}")
    role = "Content analyst"
    organisation = "A member hotline"
    bio = "Works on reports from the public."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Speaker


class SummitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Summits"
    slug = "summits"
    introduction = "Our annual summit brings the network together."

    class Meta:
        model = SummitIndexPage


class SummitPageFactory(wagtail_factories.PageFactory):
    """A summit in New York from 09:00 on 8 October 2024 to 17:00 the next day."""

    title = factory.LazyAttribute(lambda summit: f"Summit {summit.year}")
    slug = factory.LazyAttribute(lambda summit: str(summit.year))
    edition_number = factory.Sequence(lambda n: n + 1)
    year = 2024
    theme = "Knowledge is power"
    introduction = "Two days on reporting and prevention."
    attendance_mode = "hybrid"
    start_date = factory.LazyAttribute(lambda summit: datetime.date(summit.year, 10, 8))
    start_time = datetime.time(9, 0)
    end_date = factory.LazyAttribute(
        lambda summit: summit.start_date and summit.start_date + datetime.timedelta(days=1)
    )
    end_time = datetime.time(17, 0)
    time_zone = "America/New_York"
    venue_name = "Conference centre"
    street_address = "11 Times Sq"
    locality = "New York"
    region = "NY"
    postal_code = "10036"
    country = "US"

    class Meta:
        model = SummitPage
        skip_postgeneration_save = True

    @factory.post_generation
    def speakers(self, create, speakers):
        """SummitPageFactory(speakers=[...]) lists those speakers on the summit."""
        for position, speaker in enumerate(speakers or []):
            SummitSpeaker.objects.create(page=self, speaker=speaker, sort_order=position, locale_id=self.locale_id)


def day(date, sessions=(), attendance="both", title="", focus=""):
    """A day block's raw value for SummitPage.days."""
    return {
        "type": "day",
        "value": {
            "date": date.isoformat(),
            "title": title,
            "attendance": attendance,
            "focus": focus,
            "sessions": list(sessions),
        },
    }


def session(start, end, title, speakers=(), attendance="both", description="", session_id=None):
    """A session item (ListBlock item with its stable id) for `day()`."""
    return {
        "type": "item",
        "id": session_id or str(uuid.uuid4()),
        "value": {
            "start_time": start,
            "end_time": end,
            "title": title,
            "description": description,
            "speakers": [{"type": "item", "id": str(uuid.uuid4()), "value": speaker.pk} for speaker in speakers],
            "attendance": attendance,
        },
    }


def registration_option(kind="online", url="https://example.org/register", closes_on=None, opens_on=None, **extra):
    """A registration option block's raw value for SummitPage.registration."""
    return {
        "type": "option",
        "value": {
            "kind": kind,
            "url": url,
            "instructions": "",
            "opens_on": opens_on.isoformat() if opens_on else None,
            "closes_on": closes_on.isoformat() if closes_on else None,
            "closes_at": None,
            "requires_approval": True,
            "places_note": "",
            "recommended_for": "",
            **extra,
        },
    }
