import datetime

import pytest

from core.factories import FooterContentFactory
from events.factories import (
    SpeakerFactory,
    SummitIndexPageFactory,
    SummitPageFactory,
    day,
    registration_option,
    session,
)

OPENING_SESSION_ID = "0b5f5d7e-4a51-4a0e-9d6f-3c1d2c7a9e01"


@pytest.fixture
def summits(home_page):
    """A summit index with a 2024 edition in New York (8-9 October, 09:00-17:00, two days,
    three sessions, two speakers, online and in-person registration) and two past ones."""
    FooterContentFactory()
    index = SummitIndexPageFactory(parent=home_page)
    ada = SpeakerFactory(name="Ada Example", role="Analyst", organisation="Hotline A")
    ben = SpeakerFactory(name="Ben Sample", role="Researcher", organisation="Institute B")
    first = SummitPageFactory(
        parent=index,
        year=2018,
        edition_number=1,
        title="Summit 2018",
        theme="Raising awareness",
        start_time=None,
        end_time=None,
        attendance_mode="in_person",
        time_zone="America/Los_Angeles",
        locality="Redmond",
        region="WA",
        attendees=34,
    )
    fourth = SummitPageFactory(
        parent=index,
        year=2021,
        edition_number=4,
        title="Summit 2021",
        theme="Digital first responders",
        start_date=datetime.date(2021, 9, 21),
        start_time=None,
        end_time=None,
        attendance_mode="",
        venue_name="",
        street_address="",
        locality="",
        region="",
        postal_code="",
        country="",
        attendees=300,
        attendees_is_minimum=True,
    )
    current = SummitPageFactory(
        parent=index,
        year=2024,
        edition_number=7,
        title="Summit 2024",
        theme="Knowledge is Power, Reporting is Action",
        speakers=[ben],
        days=[
            day(
                datetime.date(2024, 10, 8),
                [
                    session("09:00:00", "09:30:00", "Opening", speakers=[ada], session_id=OPENING_SESSION_ID),
                    session("10:00:00", "11:00:00", "Public reporting", speakers=[ada, ben]),
                ],
                title="Societal change",
                focus="Reporting and prevention.",
            ),
            day(
                datetime.date(2024, 10, 9),
                [session("09:00:00", "10:00:00", "Following the money", attendance="in_person")],
                attendance="in_person",
                title="Following the money",
            ),
        ],
        registration=[
            registration_option("online", closes_on=datetime.date(2024, 10, 4)),
            registration_option(
                "in_person",
                url="https://example.org/in-person",
                opens_on=datetime.date(2024, 6, 1),
                places_note="One or two places per organisation",
                recommended_for="Industry and law enforcement",
            ),
        ],
        faq=[
            {
                "type": "accordion",
                "value": {
                    "heading": "",
                    "items": [
                        {
                            "type": "item",
                            "id": "5d0c3f36-94c1-4c3e-9a59-0d8a3c6b2f10",
                            "value": {"title": "What is a hotline?", "content": "<p>A place to report.</p>"},
                        }
                    ],
                },
            }
        ],
        contact_email="summit@example.org",
    )
    return {"index": index, "2018": first, "2021": fourth, "2024": current, "speakers": {"ada": ada, "ben": ben}}
