"""iCalendar files for the summits, built with the `icalendar` library: one summit, one
agenda session, and a subscribable calendar of every summit in a language.

Timed events carry their venue's time zone (TZID with a VTIMEZONE for the years around
them); a summit without times becomes an all-day event over its days.
"""

import datetime

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from core.localization import joined

PRODUCT_ID = "-//INHOPE//Summits//EN"


def calendar_response(calendar, filename=None):
    """A text/calendar response. With a filename it downloads as a file; without, calendar
    apps subscribing to the address (webcal://) read it directly."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _new_calendar(name, language):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    return calendar


def _finish(calendar, dates):
    """Adds the VTIMEZONE definitions the timed events need, for the years around them."""
    if dates:
        calendar.add_missing_timezones(
            first_date=min(dates) - datetime.timedelta(days=366), last_date=max(dates) + datetime.timedelta(days=366)
        )
    return calendar


def _location(summit):
    parts = [summit.venue_name, summit.street_address, summit.postal_code, summit.locality, summit.region]
    if summit.country:
        parts.append(summit.country.name)
    place = joined(parts)
    if not place and summit.online_platform:
        place = _("Online (%(platform)s)") % {"platform": summit.online_platform}
    return place


def summit_event(summit, request):
    """The VEVENT of a whole summit."""
    event = icalendar.Event()
    event.add("uid", f"summit-{summit.translation_key}-{summit.locale.language_code}@inhope")
    event.add("dtstamp", summit.last_published_at or timezone.now())
    title = summit.title if not summit.theme else f"{summit.title}: {summit.theme}"
    event.add("summary", title)
    if summit.has_times:
        event.add("dtstart", summit.starts_at)
        event.add("dtend", summit.ends_at)
    else:
        # All-day events end on the day after the last one (RFC 5545, DTEND is exclusive).
        event.add("dtstart", summit.start_date)
        event.add("dtend", summit.last_date + datetime.timedelta(days=1))
    if summit.introduction:
        event.add("description", strip_tags(summit.introduction))
    location = _location(summit)
    if location:
        event.add("location", location)
    url = summit.get_full_url(request)
    if url:
        event.add("url", url)
    return event


def summit_calendar(summit, request):
    calendar = _new_calendar(summit.title, summit.locale.language_code)
    calendar.add_component(summit_event(summit, request))
    return _finish(calendar, [summit.start_date] if summit.has_times else [])


def summits_calendar(index, summits, request):
    """Every summit with dates, for subscribers; calendar apps check it again daily."""
    calendar = _new_calendar(index.title, index.locale.language_code)
    calendar.add("refresh-interval", datetime.timedelta(days=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "P1D")
    for summit in summits:
        calendar.add_component(summit_event(summit, request))
    return _finish(calendar, [summit.start_date for summit in summits if summit.has_times])


def session_calendar(summit, day, session, request):
    """One agenda session: its own times on its day, in the summit's time zone."""
    session_value = session.value
    event = icalendar.Event()
    event.add("uid", f"session-{session.id}-{summit.locale.language_code}@inhope")
    event.add("dtstamp", summit.last_published_at or timezone.now())
    event.add("summary", f"{session_value['title']} ({summit.title})")
    event.add("dtstart", summit.localize(day["date"], session_value["start_time"]))
    event.add("dtend", summit.localize(day["date"], session_value["end_time"]))
    if session_value["description"]:
        event.add("description", session_value["description"])
    location = _location(summit)
    if location:
        event.add("location", location)
    url = summit.get_full_url(request)
    if url:
        event.add("url", f"{url}#session-{session.id}")
    calendar = _new_calendar(summit.title, summit.locale.language_code)
    calendar.add_component(event)
    return _finish(calendar, [day["date"]])
