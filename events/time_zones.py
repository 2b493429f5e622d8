"""Time-zone names visitors understand: "Eastern Time (New York), UTC−4" instead of
"America/New_York", in the visitor's language.

The names come from the Unicode CLDR through Babel (the same data browsers and phones use),
so no table of names has to be kept here. The UTC offset is the one on the summit's own
dates, so a summit in New York in October reads UTC−4 and one in January UTC−5.
"""

import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_gmt, get_timezone_location, get_timezone_name
from django.utils.translation import get_language, gettext, to_locale

MINUS = "\u2212"  # a real minus sign, not a hyphen


@lru_cache(maxsize=16)
def _babel_locale(language):
    try:
        return Locale.parse(to_locale(language or "en"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(to_locale(language or "en").split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def babel_locale(language=None):
    """The Babel locale of a Django language code (the active language by default)."""
    return _babel_locale(language or get_language())


def utc_offset(moment):
    """A moment's offset from UTC, e.g. "UTC−4", "UTC+5:30" or "UTC+0"."""
    offset = moment.utcoffset() or datetime.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else MINUS
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{minutes:02d}" if minutes else f"UTC{sign}{hours}"


def zone_name(moment, locale):
    """The zone's generic name ("Eastern Time"), else its name for that day ("India
    Standard Time"); empty when CLDR has neither and would only repeat the offset."""
    fallback = get_timezone_gmt(moment, "long", locale=locale)
    for variant in ("generic", None):
        name = get_timezone_name(moment, "long", zone_variant=variant, locale=locale)
        if name and name != fallback:
            return name
    return ""


def zone_label(first, last=None, language=None):
    """A visitor's label for the time zone of aware datetimes `first` (and `last`, e.g. the
    end of a summit that runs over a change of the clocks), in `language`, e.g.
    "Eastern Time (New York), UTC−4" or "Midden-Europese tijd (Amsterdam), UTC+2"."""
    locale = babel_locale(language)
    city = get_timezone_location(first, locale=locale, return_city=True)
    name = zone_name(first, locale)
    offset = utc_offset(first)
    if last is not None and last.utcoffset() != first.utcoffset():
        offset = gettext("%(first)s, then %(last)s") % {"first": offset, "last": utc_offset(last)}
    if not name:
        return f"{city}, {offset}"
    return gettext("%(zone)s (%(city)s), %(offset)s") % {"zone": name, "city": city, "offset": offset}
