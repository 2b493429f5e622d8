"""Template tags for the summits: Event structured data and the home page's summit teaser."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from core.templatetags.site_tags import json_ld
from core.visibility import without_view_restrictions

from ..blocks import RegistrationKind
from ..models import EDITION_ORDER, AttendanceMode, SummitPage, arrange_editions

register = template.Library()

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    AttendanceMode.IN_PERSON: "OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
    AttendanceMode.HYBRID: "MixedEventAttendanceMode",
}


@register.inclusion_tag("events/includes/summit_teaser.html", takes_context=True)
def summit_teaser(context, home):
    """The next (or current) summit below a home page, else the latest one, in one query."""
    editions = list(
        without_view_restrictions(SummitPage.objects.live().descendant_of(home))
        .filter(locale_id=home.locale_id)
        .order_by(*EDITION_ORDER)
    )
    now = timezone.now()
    featured = arrange_editions(editions, now)["featured"]
    return {
        "request": context.get("request"),
        "summit": featured,
        "status": featured.get_status(now) if featured else None,
        "registration_open": featured.registration_is_open(now) if featured else False,
    }


def _time(moment, text):
    return format_html('<time datetime="{}">{}</time>', moment.isoformat(), text)


def _fill(pattern, **parts):
    """A translated pattern such as "%(date)s, from %(time)s" filled with HTML parts."""
    return mark_safe(conditional_escape(pattern) % {key: conditional_escape(part) for key, part in parts.items()})


def _day_with_time(summit, day, time):
    """One <time> for a date and a time at the venue, e.g. "Oct. 8, 2024, 9 a.m."."""
    text = gettext("%(date)s, %(time)s") % {"date": date_format(day), "time": time_format(time)}
    return _time(summit.localize(day, time), text)


@register.simple_tag
def summit_when(summit):
    """When a summit with dates runs, in the visitor's language and formats: its days, the
    start time on the first day and the end time on the last when they are known, and then
    the venue's time zone with its UTC offset on those days. Empty without a start date."""
    if summit.start_date is None:
        return ""
    first, last = summit.start_date, summit.last_date
    starts, ends = summit.start_time, summit.end_time
    if first == last:
        day = _time(first, date_format(first))
        start = _time(summit.starts_at, time_format(starts)) if starts else ""
        end = _time(summit.ends_at, time_format(ends)) if ends else ""
        if starts and ends:
            when = _fill(gettext("%(date)s, %(start)s – %(end)s"), date=day, start=start, end=end)
        elif starts:
            when = _fill(gettext("%(date)s, from %(time)s"), date=day, time=start)
        elif ends:
            when = _fill(gettext("%(date)s, until %(time)s"), date=day, time=end)
        else:
            when = day
    else:
        start = _day_with_time(summit, first, starts) if starts else _time(first, date_format(first))
        end = _day_with_time(summit, last, ends) if ends else _time(last, date_format(last))
        when = format_html("{} – {}", start, end)
    if starts or ends:
        zone = summit.get_time_zone_label()
        when = format_html('{}<br><span class="summit-dates__zone">{}</span>', when, zone)
    return when


def _postal_address(summit):
    address = {"@type": "PostalAddress"}
    for key, value in (
        ("streetAddress", summit.street_address),
        ("addressLocality", summit.locality),
        ("addressRegion", summit.region),
        ("postalCode", summit.postal_code),
        ("addressCountry", summit.country.code if summit.country else ""),
    ):
        if value:
            address[key] = value
    return address


def _locations(summit, page_url):
    locations = []
    if summit.attendance_mode != AttendanceMode.ONLINE and (summit.venue_name or summit.locality):
        place = {"@type": "Place", "address": _postal_address(summit)}
        if summit.venue_name:
            place["name"] = summit.venue_name
        if summit.map_url:
            place["hasMap"] = summit.map_url
        locations.append(place)
    if summit.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.HYBRID):
        locations.append({"@type": "VirtualLocation", "url": summit.online_url or page_url})
    return locations


def _date(summit, moment, day):
    return moment.isoformat() if summit.has_times else day.isoformat()


@register.simple_tag(takes_context=True)
def summit_json_ld(context, summit, image_url="", site_name=""):
    """schema.org Event data: dates with their offset, attendance mode, place and virtual
    location, organiser, speakers and one offer per registration option."""
    if summit.start_date is None:
        return ""
    request = context.get("request")
    page_url = summit.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": f"{summit.title}: {summit.theme}" if summit.theme else summit.title,
        "startDate": _date(summit, summit.starts_at, summit.start_date),
        "endDate": _date(summit, summit.ends_at, summit.last_date),
        "eventStatus": SCHEMA + "EventScheduled",
        "url": page_url,
        "inLanguage": summit.locale.language_code,
        "organizer": {"@type": "Organization", "name": site_name},
    }
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        data["organizer"]["url"] = f"{site.root_url}/"
    if summit.get_summary():
        data["description"] = summit.get_summary()
    if summit.attendance_mode:
        data["eventAttendanceMode"] = SCHEMA + ATTENDANCE_MODES[summit.attendance_mode]
    locations = _locations(summit, page_url)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if image_url:
        data["image"] = [image_url]
    speakers = context.get("speakers") or []
    if speakers:
        data["performer"] = [{"@type": "Person", "name": speaker.name} for speaker in speakers]
    offers = []
    now = context.get("now") or timezone.now()
    for block in summit.registration:
        option = block.value
        window = summit.get_registration_window(option, now)
        offer = {
            "@type": "Offer",
            "name": str(RegistrationKind.label(option["kind"])),
            "url": option["url"] or page_url,
        }
        if window.opens_at:
            offer["validFrom"] = window.opens_at.isoformat()
        if window.closes_at:
            offer["validThrough"] = window.closes_at.isoformat()
        if window.is_open:
            offer["availability"] = SCHEMA + "InStock"
        offers.append(offer)
    if offers:
        data["offers"] = offers
    return json_ld(data)
