"""The demo summits, in every language: the seven editions of the facts file, the 2024
edition built in full, and the recap timeline with its computed growth."""

import icalendar

from events.models import Speaker, SummitPage
from home.demo import summits as demo
from home.demo.translations import TRANSLATIONS
from home.tests.helpers import json_ld

from .test_summit_page import main_text


def translated(text, language):
    return text if language == "en" else TRANSLATIONS[language][text]


def test_demo_summits_in_every_language(client, demo_content):
    """Each demo test loads the whole demo, so one test walks through everything."""
    check_index(client)
    check_2024_edition(client)
    check_calendar(client)
    for language in ("nl", "el"):
        assert SummitPage.objects.live().filter(locale__language_code=language).count() == 7
        assert Speaker.objects.filter(locale__language_code=language).count() == 4
        html = client.get(f"/{language}/summits/2024/").text
        assert f'<html lang="{language}"' in html
        text = main_text(html)
        assert translated("Knowledge is Power, Reporting is Action", language) in text
        assert translated("Welcome and opening", language) in text
        assert translated("Example Hotline", language) in text  # the translated speaker entry
        index = main_text(client.get(f"/{language}/summits/").text)
        assert translated("Talk About It!", language) in index
    home = main_text(client.get("/en/").text)
    assert "Our latest summit Edition 7 · 2024 INHOPE Summit 2024" in home


def check_index(client):
    response = client.get("/en/summits/")
    assert response.status_code == 200
    text = main_text(response.text)
    featured = text[text.index("Latest edition") : text.index("How the summit has grown")]
    assert "Edition 7 · 2024 INHOPE Summit 2024 Knowledge is Power, Reporting is Action" in featured
    assert "When Oct. 8, 2024 – Oct. 9, 2024 Where New York, United States of America" in featured
    assert "Format Hybrid: online and in person" in featured
    growth = text[text.index("How the summit has grown") : text.index("Past editions")]
    assert "editions since 2018 7 attendees in 2018 34 attendees in 2021 300+" in growth
    timeline = text[text.index("Past editions") : text.index("Never miss a summit")]
    cards = timeline.split("Edition ")[1:]
    assert [card[:8] for card in cards] == ["6 · 2023", "5 · 2022", "4 · 2021", "3 · 2020", "2 · 2019", "1 · 2018"]
    expected = {
        "6 · 2023": "Partnering Product with Policy When 2023",
        "5 · 2022": "Talk About It! When Sept. 20, 2022 – Sept. 21, 2022 Where Washington, United States of America",
        "4 · 2021": "Digital first responders When Sept. 21, 2021 – Sept. 22, 2021 Attendees 300+",
        "3 · 2020": "The story of James When Sept. 22, 2020 – Sept. 23, 2020 Where Online (Zoom) Format Online "
        "Attendees 162",
        "2 · 2019": "The story of Emma When June 5, 2019 Where Menlo Park, United States of America "
        "Format In person Attendees 44",
        "1 · 2018": "When Sept. 26, 2018 – Sept. 27, 2018 Where Redmond, United States of America Format In person "
        "Attendees 34",
    }
    for card in cards:
        assert expected[card[:8]] in card, card


def check_2024_edition(client):
    html = client.get("/en/summits/2024/").text
    text = main_text(html)
    assert "Tuesday, Oct. 8, 2024: Societal change Online and in person" in text
    assert "Wednesday, Oct. 9, 2024: Following the money In person only" in text
    assert "09:30 – 10:00 Welcome and opening" in text or "09:30–10:00 Welcome and opening" in text
    assert "Police, banks and platforms at one table" in text
    speakers = text[text.index("Speakers Kim Example") :]
    for entry in demo.SPEAKERS:
        assert f"{entry['name']} {entry['role']}, {entry['organisation']}" in speakers
    assert html.count('class="speaker__photo"') == 4
    registration = text[text.index("Registration This summit is over") : text.index("Venue Microsoft")]
    assert "Online registration Closed Closes Oct. 4, 2024" in registration
    assert "In-person registration Closed" in registration
    assert "Places One or two places per organisation" in registration
    assert "Microsoft New York office 11 Times Sq New York, NY 10036 United States of America" in text
    for question in ("What is the INHOPE Summit?", "What is a hotline?", "What is the INHOPE network?"):
        assert f'<summary class="faq__question">{question}</summary>' in html  # chosen from the FAQ
    assert '<details class="faq__item" id="what-is-the-universal-classification-schema">' in html
    assert "mailto:summit@inhope.example" in html
    data = json_ld(html)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"][0]["address"]["streetAddress"] == "11 Times Sq"
    assert data["startDate"] == "2024-10-08"


def check_calendar(client):
    calendar = icalendar.Calendar.from_ical(client.get("/el/summits/calendar/").content)
    events = calendar.walk("VEVENT")
    assert len(events) == 6  # the 2023 edition has no known dates
    assert str(calendar["x-wr-calname"]) == TRANSLATIONS["el"]["Summits"]
