"""When a summit runs, as visitors read it: its days with the start time on the first day and
the end time on the last, and the venue's time zone by a human name with its UTC offset on
those days, in English, Dutch and Greek, on the summit page, the index and the home page."""

import datetime

import pytest

from core.factories import FooterContentFactory
from core.tests.helpers import translate_page
from events.factories import SummitIndexPageFactory, SummitPageFactory
from events.time_zones import babel_locale, utc_offset, zone_label

from .test_summit_page import BEFORE_ONLINE_CLOSES, get, main_text

IN_WINTER = "2024-01-15 12:00 +0100"  # another UTC offset in New York and Lisbon than in summer


def when(text):
    """The summit page header's "When" fact."""
    return text[text.index("When ") + len("When ") : text.index(" Where ")]


@pytest.fixture
def index(home_page):
    FooterContentFactory()
    return SummitIndexPageFactory(parent=home_page)


def test_summit_page_shows_start_and_end_times_and_a_named_zone(client, summits):
    html = get(client, "/en/summits/2024/", BEFORE_ONLINE_CLOSES).text
    text = main_text(html)
    assert when(text) == "Oct. 8, 2024, 9 a.m. – Oct. 9, 2024, 5 p.m. Eastern Time (New York), UTC−4"
    assert '<time datetime="2024-10-08T09:00:00-04:00">Oct. 8, 2024, 9 a.m.</time>' in html
    assert '<time datetime="2024-10-09T17:00:00-04:00">Oct. 9, 2024, 5 p.m.</time>' in html
    assert "All times are local at the venue: Eastern Time (New York), UTC−4." in text
    assert "America/New" not in text and "America/New" not in html[html.index("<main") :]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # one day, both times
        (
            {"end_date": None},
            "Oct. 8, 2024, 9 a.m. – 5 p.m. Eastern Time (New York), UTC−4",
        ),
        # one day, a start time only
        (
            {"end_date": None, "end_time": None},
            "Oct. 8, 2024, from 9 a.m. Eastern Time (New York), UTC−4",
        ),
        # one day, an end time only
        (
            {"end_date": None, "start_time": None},
            "Oct. 8, 2024, until 5 p.m. Eastern Time (New York), UTC−4",
        ),
        # several days, a start time only: on the first day
        (
            {"end_time": None},
            "Oct. 8, 2024, 9 a.m. – Oct. 9, 2024 Eastern Time (New York), UTC−4",
        ),
        # several days, no times: dates only, and no time zone to mention
        ({"start_time": None, "end_time": None}, "Oct. 8, 2024 – Oct. 9, 2024"),
        ({"start_time": None, "end_time": None, "end_date": None}, "Oct. 8, 2024"),
    ],
)
def test_every_combination_of_dates_and_times(client, index, fields, expected):
    summit = SummitPageFactory(parent=index, **fields)
    assert when(main_text(get(client, summit.url, BEFORE_ONLINE_CLOSES).text)) == expected


def test_dutch_and_greek_pages_use_their_formats_and_zone_names(client, summits, locales):
    for language in ("nl", "el"):
        translate_page(summits["2024"], locales[language])
    dutch = main_text(get(client, "/nl/summits/2024/", BEFORE_ONLINE_CLOSES).text)
    assert "8 oktober 2024 om 09:00 – 9 oktober 2024 om 17:00 Eastern-tijd (New York), UTC−4" in dutch
    assert "Alle tijden zijn lokale tijden op de locatie: Eastern-tijd (New York), UTC−4." in dutch
    greek = main_text(get(client, "/el/summits/2024/", BEFORE_ONLINE_CLOSES).text)
    assert "08/10/2024, 9 πμ. – 09/10/2024, 5 μμ. Ανατολική ώρα Βόρειας Αμερικής (Νέα Υόρκη), UTC−4" in greek
    for text in (dutch, greek):
        assert "America/New" not in text and "America/New_York" not in text


def test_the_offset_is_the_one_on_the_summits_days_not_today(client, index):
    """Looked at in January, an October summit in Lisbon is still on summer time, and a
    January summit in New York reads UTC−5 whatever the day it is looked at."""
    lisbon = SummitPageFactory(parent=index, time_zone="Europe/Lisbon", locality="Lisbon", country="PT")
    new_york = SummitPageFactory(parent=index, year=2025, start_date=datetime.date(2025, 1, 20), end_date=None)
    lisbon_text = main_text(get(client, lisbon.url, IN_WINTER).text)
    assert when(lisbon_text) == "Oct. 8, 2024, 9 a.m. – Oct. 9, 2024, 5 p.m. Western European Time (Lisbon), UTC+1"
    assert "Europe/Lisbon" not in lisbon_text
    assert when(main_text(get(client, new_york.url, BEFORE_ONLINE_CLOSES).text)) == (
        "Jan. 20, 2025, 9 a.m. – 5 p.m. Eastern Time (New York), UTC−5"
    )


def test_a_summit_over_a_change_of_the_clocks_gives_both_offsets(client, index):
    summit = SummitPageFactory(
        parent=index,
        start_date=datetime.date(2024, 10, 26),
        end_date=datetime.date(2024, 10, 28),
        time_zone="Europe/Amsterdam",
    )
    assert when(main_text(get(client, summit.url, BEFORE_ONLINE_CLOSES).text)) == (
        "Oct. 26, 2024, 9 a.m. – Oct. 28, 2024, 5 p.m. Central European Time (Amsterdam), UTC+2, then UTC+1"
    )


def test_index_cards_and_home_teaser_show_the_times_and_zone(client, summits):
    index = main_text(get(client, "/en/summits/", BEFORE_ONLINE_CLOSES).text)
    featured = index[index.index("Next summit") : index.index("Past editions")]
    assert "When Oct. 8, 2024, 9 a.m. – Oct. 9, 2024, 5 p.m. Eastern Time (New York), UTC−4 Where New York" in featured
    timeline = index[index.index("Past editions") :]
    assert "When Oct. 8, 2018 – Oct. 9, 2018 Where Redmond" in timeline  # no times: dates only
    home = main_text(get(client, "/en/", BEFORE_ONLINE_CLOSES).text)
    assert "When Oct. 8, 2024, 9 a.m. – Oct. 9, 2024, 5 p.m. Eastern Time (New York), UTC−4" in home


@pytest.mark.parametrize(
    ("zone", "day", "language", "expected"),
    [
        ("America/New_York", datetime.date(2024, 7, 1), "en", "Eastern Time (New York), UTC−4"),
        ("America/New_York", datetime.date(2024, 7, 1), "nl", "Eastern-tijd (New York), UTC−4"),
        ("Europe/Lisbon", datetime.date(2024, 12, 1), "en", "Western European Time (Lisbon), UTC+0"),
        ("Europe/Lisbon", datetime.date(2024, 7, 1), "nl", "West-Europese tijd (Lissabon), UTC+1"),
        ("Europe/Lisbon", datetime.date(2024, 7, 1), "el", "Ώρα Δυτικής Ευρώπης (Λισαβόνα), UTC+1"),
        ("Europe/Athens", datetime.date(2024, 7, 1), "el", "Ώρα Ανατολικής Ευρώπης (Αθήνα), UTC+3"),
        ("Asia/Kolkata", datetime.date(2024, 7, 1), "en", "India Standard Time (Kolkata), UTC+5:30"),
        ("Asia/Amman", datetime.date(2024, 7, 1), "en", "Amman, UTC+3"),  # CLDR has no name, only the city
    ],
)
def test_zone_labels(zone, day, language, expected):
    import zoneinfo

    moment = datetime.datetime.combine(day, datetime.time(12), tzinfo=zoneinfo.ZoneInfo(zone))
    assert zone_label(moment, language=language) == expected


def test_utc_offsets_use_a_minus_sign_and_minutes_only_when_needed():
    def at(hours, minutes=0):
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=hours, minutes=minutes)))

    assert [utc_offset(at(-4)), utc_offset(at(5, 30)), utc_offset(at(0)), utc_offset(at(-3, -30))] == [
        "UTC−4",
        "UTC+5:30",
        "UTC+0",
        "UTC−3:30",
    ]


@pytest.mark.parametrize(("language", "expected"), [("nl", "nl"), ("pt-br", "pt_BR"), ("de-xx", "de"), ("zz", "en")])
def test_a_language_babel_does_not_know_falls_back_to_its_base_language_then_english(language, expected):
    """Dates and zone names never fail on a language code: a regional variant Babel lacks
    uses its base language, and an unknown language uses English."""
    assert str(babel_locale(language)) == expected
