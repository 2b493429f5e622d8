"""Pinned query counts for the summits: the index, a summit page, its calendar files and the
home page teaser run the same number of queries with 3 editions, 3 sessions and 2 speakers
as with 33 editions, 43 sessions and 22 speakers with photos. Counts are taken with a warm
cache, as on a live site, and at a fixed moment before the 2024 edition."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from events.factories import SpeakerFactory, SummitPageFactory, day, session
from events.models import SummitSpeaker

from .conftest import OPENING_SESSION_ID
from .test_summit_page import BEFORE_ONLINE_CLOSES

# Seven of each are Wagtail's own: the site, the active locale, the home page (twice), the
# index page, the view-restriction check (two). A summit page adds its own row (one), the
# chosen speakers (one), the speakers with their photos (one) and the agenda's speakers (one).
INDEX_QUERIES = 8
SUMMIT_PAGE_QUERIES = 11
SUMMIT_CALENDAR_QUERIES = 8
SESSION_CALENDAR_QUERIES = 9
FEED_QUERIES = 9  # one more than the index: the feed reads the index's locale for its UIDs
HOME_PAGE_QUERIES = 7  # the fixture's home page has no highlights and no news


def count_queries(client, url):
    with time_machine.travel(BEFORE_ONLINE_CLOSES, tick=False):
        client.get(url)  # warm the caches a live site keeps warm (chrome, renditions, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def grow(summits):
    """30 more editions, 20 more speakers with photos, and 40 more sessions in 2024."""
    index, summit = summits["index"], summits["2024"]
    for year in range(1980, 2010):
        SummitPageFactory(parent=index, year=year, edition_number=100 + year, attendees=year - 1900)
    photo = get_image_model().objects.create(title="Portrait", file=get_test_image_file(size=(400, 400)))
    speakers = [SpeakerFactory(name=f"Extra speaker {n}", photo=photo) for n in range(20)]
    SummitSpeaker.objects.bulk_create(
        SummitSpeaker(page=summit, speaker=speaker, sort_order=10 + n, locale_id=summit.locale_id)
        for n, speaker in enumerate(speakers)
    )
    first_day, second_day = (list(raw_day["value"]["sessions"]) for raw_day in summit.days.raw_data)
    extra = [
        session(
            f"{11 + n % 20 // 6:02d}:{n % 6 * 10:02d}",
            f"{11 + n % 20 // 6:02d}:{n % 6 * 10 + 5:02d}",
            f"Extra {n}",
            [s],
        )
        for n, s in enumerate(speakers * 2)
    ]
    summit.days = [
        day(datetime.date(2024, 10, 8), [*first_day, *extra[:20]], title="Societal change"),
        day(datetime.date(2024, 10, 9), [*second_day, *extra[20:]]),
    ]
    summit.save_revision().publish()


@pytest.fixture(params=["small", "large"])
def sized_summits(request, summits):
    if request.param == "large":
        grow(summits)
    return summits


def test_query_counts_are_flat_as_summits_grow(client, sized_summits):
    counts = {
        "index": count_queries(client, "/en/summits/"),
        "summit": count_queries(client, "/en/summits/2024/"),
        "summit calendar": count_queries(client, "/en/summits/2024/calendar/"),
        "session calendar": count_queries(client, f"/en/summits/2024/sessions/{OPENING_SESSION_ID}/calendar/"),
        "feed": count_queries(client, "/en/summits/calendar/"),
        "home": count_queries(client, "/en/"),
    }
    assert counts == {
        "index": INDEX_QUERIES,
        "summit": SUMMIT_PAGE_QUERIES,
        "summit calendar": SUMMIT_CALENDAR_QUERIES,
        "session calendar": SESSION_CALENDAR_QUERIES,
        "feed": FEED_QUERIES,
        "home": HOME_PAGE_QUERIES,
    }
