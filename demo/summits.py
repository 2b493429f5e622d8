"""The demo summits: the seven editions of the facts file.

Dates, places, attendance figures and themes are the published ones; every sentence is our
own words. Facts the sources do not give (the 2021 and 2023 venues, most hosts, the 2024
attendance) stay empty. The 2024 edition is built in full: its agenda sessions and its four
speakers are clearly marked placeholders, and the speakers' avatars are drawn by
`images.render_avatar`. Its questions are FAQ items (faq.py). Translations live in
locale/<language>/LC_MESSAGES/summits.po.
"""

import datetime

from .content import _items
from .faq import SUMMIT_2024_QUESTIONS

INDEX = {
    "title": "Summits",
    "introduction": (
        "Once a year the network meets with industry, law enforcement and policymakers to share what works "
        "against child sexual abuse material online. Each edition has its own page, with its programme or "
        "a recap."
    ),
    "search_description": "The annual summits of the hotline network: the next edition and recaps of past ones.",
}

CONTACT_EMAIL = "summit@inhope.example"
EDITION_2024_SLUG = "2024"

# Clearly invented people: the demo must not put words in real speakers' mouths.
SPEAKERS = [
    {
        "key": "alex",
        "name": "Alex Placeholder",
        "role": "Content analyst (fictional)",
        "organisation": "Example Hotline",
        "bio": "A made-up speaker for the demo site. Stands in for an analyst who assesses reports from the public.",
        "colour": "sea",
    },
    {
        "key": "sam",
        "name": "Sam Sample",
        "role": "Trust and safety lead (fictional)",
        "organisation": "Example Platform",
        "bio": "A made-up speaker for the demo site. Stands in for someone who runs a moderation team.",
        "colour": "deep",
    },
    {
        "key": "robin",
        "name": "Robin Demo",
        "role": "Financial investigator (fictional)",
        "organisation": "Example Police Unit",
        "bio": "A made-up speaker for the demo site. Stands in for an investigator who follows payments.",
        "colour": "coral",
    },
    {
        "key": "kim",
        "name": "Kim Example",
        "role": "Policy adviser (fictional)",
        "organisation": "Example Ministry",
        "bio": "A made-up speaker for the demo site. Stands in for a government expert on online safety.",
        "colour": "ink",
    },
]


def _session(start, end, title, description="", speakers=(), attendance="both"):
    return {
        "start_time": start,
        "end_time": end,
        "title": title,
        "description": description,
        "speakers": list(speakers),
        "attendance": attendance,
    }


def summit_2024(refs):
    speaker = {entry["key"]: refs[f"speaker:{entry['key']}"].pk for entry in SPEAKERS}
    day_one = [
        _session("09:30", "10:00", "Welcome and opening", "Why this year's theme matters, and what to expect."),
        _session(
            "10:00",
            "11:00",
            "One approach to public reporting",
            "How hotlines, platforms and governments can give the public one clear way to report.",
            [speaker["alex"], speaker["kim"]],
        ),
        _session(
            "11:30",
            "12:30",
            "Awareness: most people do not know this material is online",
            "What campaigns and national notification duties can change.",
            [speaker["kim"]],
        ),
        _session(
            "14:00",
            "15:00",
            "Intimate images shared without consent, and self-generated material",
            "Where the two overlap, and how reporting routes can respond to both.",
            [speaker["sam"]],
        ),
        _session(
            "15:30",
            "16:30",
            "Prevention when AI multiplies the reports",
            "When reports outgrow what analysts can handle, prevention has to do more of the work.",
            [speaker["alex"], speaker["sam"]],
        ),
    ]
    day_two = [
        _session(
            "09:30",
            "11:00",
            "Police, banks and platforms at one table",
            "The first half of the day: how the three can work together against those who profit.",
            [speaker["robin"], speaker["sam"]],
            "in_person",
        ),
        _session(
            "11:30",
            "12:30",
            "Following the money: demand and supply",
            "What payment trails reveal about who makes, sells and buys the material.",
            [speaker["robin"]],
            "in_person",
        ),
        _session(
            "14:00",
            "15:00",
            "Production, distribution and consumption",
            "How the material is made, spread and found, and where each step can be disrupted.",
            [],
            "in_person",
        ),
        _session("15:00", "15:30", "Closing remarks", "", [], "in_person"),
    ]
    return {
        "title": "INHOPE Summit 2024",
        "slug": EDITION_2024_SLUG,
        "edition_number": 7,
        "year": 2024,
        "theme": "Knowledge is Power, Reporting is Action",
        "introduction": (
            "The seventh summit took place over two days in New York, in a hybrid format: the first day online "
            "and in person, the second in person only. The agenda below was a draft and the speakers are "
            "placeholders in this demo."
        ),
        "search_description": "The seventh INHOPE Summit, 8-9 October 2024 in New York: programme, speakers, "
        "registration and questions.",
        "attendance_mode": "hybrid",
        "start_date": datetime.date(2024, 10, 8),
        "end_date": datetime.date(2024, 10, 9),
        "time_zone": "America/New_York",
        "venue_name": "Microsoft New York office",
        "street_address": "11 Times Sq",
        "locality": "New York",
        "region": "NY",
        "postal_code": "10036",
        "country": "US",
        "days": [
            {
                "type": "day",
                "value": {
                    "date": "2024-10-08",
                    "title": "Societal change",
                    "attendance": "both",
                    "focus": (
                        "A day on the change society needs: a united approach to public reporting, national "
                        "notification, and the low public awareness that this material exists online at all. "
                        "Also on the agenda: intimate images shared without consent, self-generated material, "
                        "and prevention now that AI multiplies reports beyond what hotlines can handle."
                    ),
                    "sessions": _items(day_one),
                },
            },
            {
                "type": "day",
                "value": {
                    "date": "2024-10-09",
                    "title": "Following the money",
                    "attendance": "in_person",
                    "focus": (
                        "A day on how the material is produced, spread and consumed, and on the demand and "
                        "supply behind it. The morning brings law enforcement, the financial sector and online "
                        "platforms together."
                    ),
                    "sessions": _items(day_two),
                },
            },
        ],
        "registration": [
            {
                "type": "option",
                "value": {
                    "kind": "online",
                    "url": "",
                    "instructions": (
                        "<p>Register to follow the first day's live stream. Once your registration is "
                        "approved, the team sends you the link by email.</p>"
                    ),
                    "opens_on": None,
                    "closes_on": "2024-10-04",
                    "closes_at": None,
                    "requires_approval": True,
                    "places_note": "",
                    "recommended_for": "",
                },
            },
            {
                "type": "option",
                "value": {
                    "kind": "in_person",
                    "url": "",
                    "instructions": (
                        "<p>Places in the room are limited. If you attend in person and also want the first "
                        "day's live stream, register for both.</p>"
                    ),
                    "opens_on": None,
                    "closes_on": None,
                    "closes_at": None,
                    "requires_approval": True,
                    "places_note": "One or two places per organisation",
                    "recommended_for": (
                        "People from industry, law enforcement and government who take a safety-first approach"
                    ),
                },
            },
        ],
        "contact_email": CONTACT_EMAIL,
        "faq": [
            {
                "type": "faq_items",
                "value": {
                    "heading": "",
                    "items": _items([refs[f"faq:{anchor}"].pk for anchor in SUMMIT_2024_QUESTIONS]),
                },
            }
        ],
        "more_content": [
            {
                "type": "network_figures",
                "value": {
                    "heading": "The network behind the summit",
                    "introduction": "The summit brings together the member hotlines of our network and their partners.",
                    "show_finder_link": True,
                },
            }
        ],
        "speaker_keys": ["kim", "alex", "sam", "robin"],
    }


PAST_EDITIONS = [
    {
        "title": "INHOPE Summit 2018",
        "slug": "2018",
        "edition_number": 1,
        "year": 2018,
        "theme": "Raising awareness of child sexual abuse material online",
        "introduction": "The first summit, hosted at Microsoft's campus in Redmond.",
        "attendance_mode": "in_person",
        "start_date": datetime.date(2018, 9, 26),
        "end_date": datetime.date(2018, 9, 27),
        "time_zone": "America/Los_Angeles",
        "venue_name": "Microsoft, Building 34 (Quinault)",
        "locality": "Redmond",
        "region": "WA",
        "postal_code": "98052",
        "country": "US",
        "attendees": 34,
        "recap": (
            "<p>The first edition looked at how much of this material circulates online and at the demand "
            "behind it. Speakers explained what hotlines do with a report and how ICCAM lets them pass reports "
            "to each other.</p>"
        ),
    },
    {
        "title": "INHOPE Summit 2019",
        "slug": "2019",
        "edition_number": 2,
        "year": 2019,
        "theme": "The story of Emma",
        "introduction": "A one-day summit at Facebook in Menlo Park.",
        "attendance_mode": "in_person",
        "start_date": datetime.date(2019, 6, 5),
        "time_zone": "America/Los_Angeles",
        "venue_name": "Facebook",
        "locality": "Menlo Park",
        "region": "CA",
        "country": "US",
        "attendees": 44,
        "recap": (
            "<p>The day followed Emma, an eight-year-old girl, as the report about her travelled through the "
            "network and ICCAM. It showed how each new copy of an image hurts a victim again, and what "
            "businesses can do to stop that.</p>"
        ),
    },
    {
        "title": "INHOPE Summit 2020",
        "slug": "2020",
        "edition_number": 3,
        "year": 2020,
        "theme": "The story of James",
        "introduction": "The first online summit, held on Zoom.",
        "attendance_mode": "online",
        "start_date": datetime.date(2020, 9, 22),
        "end_date": datetime.date(2020, 9, 23),
        "time_zone": "Europe/Amsterdam",
        "online_platform": "Zoom",
        "attendees": 162,
        "recap": (
            "<p>Built around the story of James, the programme asked what role each of us plays against this "
            "material. It mixed past cases, talks from industry and demonstrations of technology.</p>"
        ),
    },
    {
        "title": "INHOPE Summit 2021",
        "slug": "2021",
        "edition_number": 4,
        "year": 2021,
        "theme": "Digital first responders",
        "introduction": "A summit for the people who see harmful content first.",
        "start_date": datetime.date(2021, 9, 21),
        "end_date": datetime.date(2021, 9, 22),
        "time_zone": "Europe/Amsterdam",
        "attendees": 300,
        "attendees_is_minimum": True,
        "recap": (
            "<p>Trust and safety staff, moderation teams and hotline analysts were at the centre: the digital "
            "first responders. An outcomes report was published after the event.</p>"
        ),
    },
    {
        "title": "INHOPE Summit 2022",
        "slug": "2022",
        "edition_number": 5,
        "year": 2022,
        "theme": "Talk About It!",
        "introduction": "Two days in Washington, D.C., hosted by Amazon Web Services.",
        "attendance_mode": "in_person",
        "start_date": datetime.date(2022, 9, 20),
        "end_date": datetime.date(2022, 9, 21),
        "time_zone": "America/New_York",
        "locality": "Washington",
        "region": "DC",
        "country": "US",
        "host": "Amazon Web Services",
        "recap": (
            "<p>People from different sectors discussed the challenges they share and the initiatives they could "
            "take on together.</p>"
        ),
    },
    {
        "title": "INHOPE Summit 2023",
        "slug": "2023",
        "edition_number": 6,
        "year": 2023,
        "theme": "Partnering Product with Policy",
        "introduction": "A summit on safety by design.",
        "recap": (
            "<p>The edition looked at how product teams and policy teams can design safety into services "
            "together, from the start.</p>"
        ),
    },
]
