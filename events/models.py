"""Summits: the association's annual event, one page per edition under a summit index.

A summit page follows the clock on its own: it is upcoming, then happening, then past, and
each registration option opens and closes at its own dates, without an editor touching the
page. Dates and times are typed as local times at the venue and combined with the
summit's time zone (`SummitPage.localize`).
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from core.localization import joined
from core.mixins import ChildInOneQueryMixin
from core.models import BasePage
from core.visibility import without_view_restrictions

from .blocks import DayStreamBlock, RegistrationStreamBlock, SummitFaqStreamBlock, day_error, session_error
from .forms import TIME_ZONE_CHOICES, SummitPageForm, validate_time_zone
from .time_zones import zone_label


class Speaker(TranslatableMixin, models.Model):
    """A person speaking at a summit. The name is the same in every language; the role,
    organisation and biography are translated."""

    override_translatable_fields = [SynchronizedField("name")]

    name = models.CharField(max_length=120, help_text=_("The speaker's full name as they write it."))
    role = models.CharField(max_length=160, blank=True, help_text=_("Their job title, e.g. 'Content analyst'."))
    organisation = models.CharField(
        max_length=160, blank=True, help_text=_("Where they work, e.g. a member hotline or a company.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square portrait, at least 400 pixels wide. Shown beside the name, so it needs no alt text."),
    )
    bio = models.TextField(
        max_length=600, blank=True, help_text=_("Two or three sentences about the speaker, in the third person.")
    )
    link = models.URLField(blank=True, help_text=_("Optional: a profile page about the speaker."))

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("link"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def anchor(self):
        """An HTML id that is the same in every language."""
        return f"speaker-{self.translation_key}"


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid: online and in person")


class SummitStatus:
    UPCOMING = "upcoming"
    HAPPENING = "happening"
    PAST = "past"


class RegistrationState:
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


@dataclass
class RegistrationWindow:
    """When one registration option opens and closes, and where it stands now."""

    opens_at: datetime.datetime | None
    closes_at: datetime.datetime | None
    state: str

    @property
    def is_open(self):
        return self.state == RegistrationState.OPEN


# Newest edition first: the index, its calendar and the home teaser read editions this way.
EDITION_ORDER = ("-year", "-start_date", "-pk")


class SummitIndexPage(RoutablePageMixin, ChildInOneQueryMixin, BasePage):
    """All editions: the next (or latest) one featured, the others as a timeline of recaps."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.SummitPage"]
    max_count_per_parent = 1
    template = "events/summit_index_page.html"
    child_page_model = "events.SummitPage"
    child_select_related = ("locale", "outcomes_document", "outcomes_page", "social_image")

    introduction = models.TextField(
        max_length=500, blank=True, help_text=_("A short paragraph under the title; also the default page summary.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("summit index page")

    def get_summary(self):
        return self.introduction

    def get_editions(self):
        """Every live, public edition in this page's language, newest first, in one query."""
        editions = without_view_restrictions(SummitPage.objects.live().child_of(self), below=self)
        return list(editions.select_related("locale").order_by(*EDITION_ORDER))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = self.get_editions()
        context.update(arrange_editions(editions, timezone.now()))
        context["growth"] = summit_growth(editions)
        context["calendar_url"] = self.url + self.reverse_subpage("calendar")
        full_url = self.get_full_url(request) or ""
        context["webcal_url"] = "webcal://" + full_url.split("://", 1)[-1] + self.reverse_subpage("calendar")
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Every live summit with dates in this language, as a calendar people subscribe to."""
        from .calendar import calendar_response, summits_calendar

        summits = [summit for summit in self.get_editions() if summit.start_date]
        return calendar_response(summits_calendar(self, summits, request))


def arrange_editions(editions, now):
    """Splits editions (newest first) into the one to feature, later announced ones and
    past ones. The featured edition is the next or current one, or else the latest."""
    upcoming = [edition for edition in editions if edition.get_status(now) != SummitStatus.PAST]
    upcoming.sort(key=lambda edition: (edition.year, edition.start_date or datetime.date.max))
    featured = upcoming[0] if upcoming else (editions[0] if editions else None)
    return {
        "featured": featured,
        "later": upcoming[1:],
        "past": [edition for edition in editions if edition is not featured and edition not in upcoming],
    }


def summit_growth(editions):
    """How attendance grew, from the editions' own figures: the first edition with a count
    and the largest count since. None until two editions have counts."""
    counted = sorted(
        (edition for edition in editions if edition.attendees),
        key=lambda edition: (edition.year, edition.start_date or datetime.date.min),
    )
    if len(counted) < 2:
        return None
    peak = max(counted, key=lambda edition: (edition.attendees, edition.year))
    if peak is counted[0]:
        return None
    return {
        "first": counted[0],
        "peak": peak,
        "edition_count": len(editions),
        "first_year": min(edition.year for edition in editions),
    }


class SummitPage(RoutablePageMixin, BasePage):
    """One edition of the summit: when and where, the programme, speakers, registration,
    questions, and a recap once it is over."""

    parent_page_types = ["events.SummitIndexPage"]
    subpage_types = []
    template = "events/summit_page.html"
    base_form_class = SummitPageForm
    # Codes, addresses and names that read the same in every language are copied to
    # translations (translators may still override them) instead of being translated.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *(
            SynchronizedField(name)
            for name in (
                "time_zone",
                "street_address",
                "postal_code",
                "region",
                "online_platform",
                "host",
                "contact_email",
                "map_url",
                "online_url",
            )
        ),
    ]

    # Edition
    edition_number = models.PositiveSmallIntegerField(
        help_text=_("1 for the first summit, 2 for the second, and so on."),
    )
    year = models.PositiveSmallIntegerField(
        help_text=_("The year of the edition; it must match the start date when there is one."),
    )
    theme = models.CharField(
        max_length=200, blank=True, help_text=_("The edition's theme or tagline, e.g. 'Talk About It!'.")
    )
    introduction = models.TextField(
        max_length=1200, blank=True, help_text=_("What the edition is about, in a paragraph; also the page summary.")
    )
    attendance_mode = models.CharField(
        _("format"),
        max_length=20,
        choices=AttendanceMode.choices,
        blank=True,
        help_text=_("How people attend. Leave empty when it is not known."),
    )

    # When
    start_date = models.DateField(
        null=True, blank=True, help_text=_("The first day. Leave empty until the dates are known.")
    )
    start_time = models.TimeField(
        null=True, blank=True, help_text=_("Optional: when the first day starts, local time at the venue.")
    )
    end_date = models.DateField(null=True, blank=True, help_text=_("The last day; empty for a one-day summit."))
    end_time = models.TimeField(
        null=True, blank=True, help_text=_("Optional: when the last day ends, local time at the venue.")
    )
    time_zone = models.CharField(
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("The venue's time zone: every date and time on this page is local time there."),
    )

    # Where
    venue_name = models.CharField(
        max_length=200, blank=True, help_text=_("The building or host's office, e.g. 'Microsoft New York office'.")
    )
    street_address = models.CharField(max_length=200, blank=True, help_text=_("Street and number."))
    locality = models.CharField(max_length=100, blank=True, help_text=_("The city, e.g. 'New York'."))
    region = models.CharField(max_length=100, blank=True, help_text=_("State or region, e.g. 'NY'; optional."))
    postal_code = models.CharField(max_length=20, blank=True, help_text=_("Postal code; optional."))
    country = CountryField(blank=True, help_text=_("The venue's country."))
    map_url = models.URLField(_("map link"), blank=True, help_text=_("Optional: a link to the venue on a map."))
    online_platform = models.CharField(
        max_length=100, blank=True, help_text=_("For online attendance: the platform, e.g. 'Zoom'.")
    )
    online_url = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_("Optional: where online attendees join or watch. Shown only while the summit runs."),
    )

    # Programme
    days = StreamField(
        DayStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("Each day with its date, how to attend and its agenda, in order."),
    )

    # Registration and questions
    registration = StreamField(
        RegistrationStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("The ways to register. An upcoming summit needs at least one before it is published."),
    )
    contact_email = models.EmailField(blank=True, help_text=_("Where people send questions about this summit."))
    faq = StreamField(
        SummitFaqStreamBlock(),
        blank=True,
        verbose_name=_("frequently asked questions"),
        use_json_field=True,
        help_text=_("Questions people ask about the summit, with their answers."),
    )
    more_content = StreamField(
        BodyStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_(
            "Optional sections after the questions, e.g. the live network figures, a quote or a call to action."
        ),
    )

    # Recap
    attendees = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("How many people attended. Leave empty when it is not known.")
    )
    attendees_is_minimum = models.BooleanField(
        _("more than this number"),
        default=False,
        help_text=_("Tick when the count is a lower bound, e.g. 'over 300'."),
    )
    host = models.CharField(max_length=160, blank=True, help_text=_("The organisation that hosted the summit."))
    recap = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What happened and what came out of it. Shown once the summit is over."),
    )
    outcomes_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: a report of the outcomes, as a document."),
    )
    outcomes_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: a page of this site about the outcomes."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("edition_number"), FieldPanel("year")]), FieldPanel("theme")],
            heading=_("Edition"),
        ),
        FieldPanel("introduction"),
        FieldPanel("attendance_mode"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone", widget=forms.Select(choices=TIME_ZONE_CHOICES)),
            ],
            heading=_("Dates"),
            help_text=_("Local dates and times at the venue."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("country")]),
                FieldPanel("map_url"),
            ],
            heading=_("Venue"),
        ),
        MultiFieldPanel([FieldPanel("online_platform"), FieldPanel("online_url")], heading=_("Online attendance")),
        FieldPanel("more_content"),
    ]
    programme_panels = [FieldPanel("days")]
    speaker_panels = [
        InlinePanel(
            "speaker_links",
            heading=_("Speakers"),
            label=_("Speaker"),
            help_text=_(
                "The speakers in the order to show them. Speakers of agenda sessions are added after these "
                "automatically."
            ),
        )
    ]
    registration_panels = [FieldPanel("registration"), FieldPanel("contact_email"), FieldPanel("faq")]
    recap_panels = [
        FieldRowPanel([FieldPanel("attendees"), FieldPanel("attendees_is_minimum")]),
        FieldPanel("host"),
        FieldPanel("recap"),
        FieldRowPanel([FieldPanel("outcomes_document"), FieldPanel("outcomes_page")]),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(programme_panels, heading=_("Programme")),
            ObjectList(speaker_panels, heading=_("Speakers")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(recap_panels, heading=_("Recap")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("theme"),
        index.SearchField("introduction"),
        index.SearchField("days"),
        index.SearchField("recap"),
        index.FilterField("year"),
    ]

    class Meta:
        verbose_name = _("summit")
        verbose_name_plural = _("summits")

    # Time

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    def localize(self, date, time=None):
        """A local date (and time) at the venue as an aware datetime."""
        return datetime.datetime.combine(date, time or datetime.time.min, tzinfo=self.zone)

    @property
    def has_times(self):
        return self.start_time is not None and self.start_date is not None

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def starts_at(self):
        return self.localize(self.start_date, self.start_time) if self.start_date else None

    @property
    def ends_at(self):
        """When the summit is over: the end time on the last day, or that day's midnight."""
        if self.start_date is None:
            return None
        if self.end_time is not None:
            return self.localize(self.last_date, self.end_time)
        return self.localize(self.last_date + datetime.timedelta(days=1))

    def get_time_zone_label(self):
        """The venue's time zone for visitors, in their language, with its UTC offset on the
        summit's days, e.g. "Eastern Time (New York), UTC−4". Empty until the dates are known."""
        if self.start_date is None:
            return ""
        noon = datetime.time(12)
        first = self.localize(self.start_date, self.start_time or noon)
        last = self.localize(self.last_date, self.end_time or noon)
        return zone_label(first, last)

    def get_status(self, now=None):
        now = now or timezone.now()
        if self.start_date is None:
            # Dates not announced yet: the year alone tells an old edition from a coming one.
            return SummitStatus.PAST if self.year < now.astimezone(self.zone).year else SummitStatus.UPCOMING
        if now < self.starts_at:
            return SummitStatus.UPCOMING
        if now < self.ends_at:
            return SummitStatus.HAPPENING
        return SummitStatus.PAST

    def get_registration_window(self, option, now=None):
        """Where a registration option (a block value) stands at `now`.

        It closes at its closing date and time, or at midnight after its closing day, or,
        without a closing date, when the summit starts; everything closes once it is over."""
        now = now or timezone.now()
        opens_at = self.localize(option["opens_on"]) if option.get("opens_on") else None
        if option.get("closes_on") and option.get("closes_at"):
            closes_at = self.localize(option["closes_on"], option["closes_at"])
        elif option.get("closes_on"):
            closes_at = self.localize(option["closes_on"] + datetime.timedelta(days=1))
        else:
            closes_at = self.starts_at
        if self.get_status(now) == SummitStatus.PAST or (closes_at is not None and now >= closes_at):
            state = RegistrationState.CLOSED
        elif opens_at is not None and now < opens_at:
            state = RegistrationState.NOT_OPEN
        else:
            state = RegistrationState.OPEN
        return RegistrationWindow(opens_at=opens_at, closes_at=closes_at, state=state)

    def registration_is_open(self, now=None):
        return any(self.get_registration_window(block.value, now).is_open for block in self.registration)

    # Display

    def get_summary(self):
        return self.introduction or self.theme

    def get_place(self):
        """A short place for cards: the city and country, or the online platform."""
        place = joined([self.locality, self.country.name if self.country else ""])
        if place:
            return place
        if self.attendance_mode == AttendanceMode.ONLINE and self.online_platform:
            return _("Online (%(platform)s)") % {"platform": self.online_platform}
        if self.attendance_mode == AttendanceMode.ONLINE:
            return _("Online")
        return ""

    @property
    def attendees_label(self):
        if not self.attendees:
            return ""
        return f"{self.attendees}+" if self.attendees_is_minimum else str(self.attendees)

    def get_speakers(self):
        """The chosen speakers in editor order, then the agenda's other speakers by name,
        with their photos, in one query (plus one for the chosen links and one for the
        agenda's speakers)."""
        chosen = [link.speaker_id for link in self.speaker_links.all()]
        in_sessions = self.session_speaker_ids()
        speakers = Speaker.objects.filter(Q(pk__in=chosen) | Q(pk__in=in_sessions)).select_related("photo")
        order = {speaker_id: position for position, speaker_id in enumerate(chosen)}
        return sorted(speakers, key=lambda speaker: (order.get(speaker.pk, len(order)), speaker.name))

    def session_speaker_ids(self):
        """Speaker ids from the agenda. Its speakers come in one bulk query, kept on the
        StreamField value, which the template then renders without another."""
        return {
            speaker.pk
            for day in self.days
            for session in day.value["sessions"]
            for speaker in session["speakers"]
            if speaker is not None
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        status = self.get_status(now)
        context.update(
            now=now,
            status=status,
            is_past=status == SummitStatus.PAST,
            registration_open=status != SummitStatus.PAST and self.registration_is_open(now),
            speakers=self.get_speakers(),
            calendar_url=self.url + self.reverse_subpage("calendar") if self.start_date else "",
            time_zone_label=self.get_time_zone_label(),
            has_recap=bool(
                self.attendees or self.host or self.recap or self.outcomes_document_id or self.outcomes_page_id
            ),
            has_venue=bool(self.venue_name or self.locality or self.online_platform),
        )
        return context

    # Validation

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.year != self.start_date.year:
            errors["year"] = _("The year must be the start date's year (%(year)s).") % {"year": self.start_date.year}
        if self.start_date is None:
            for field in ("end_date", "start_time", "end_time"):
                if getattr(self, field) is not None:
                    errors[field] = _("Give the start date first.")
            if self.days:
                errors["days"] = _("Give the summit's start date before its days.")
        elif self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The summit must end on or after its first day.")
        elif self.has_times and self.end_time is not None and self.ends_at <= self.starts_at:
            errors["end_time"] = _("The summit must end after it starts.")
        if not errors and self.start_date:
            self.clean_days(errors)
            self.clean_registration(errors)
        if errors:
            raise ValidationError(errors)

    def clean_days(self, errors):
        seen = set()
        for day_index, day in enumerate(self.days):
            date = day.value["date"]
            if not self.start_date <= date <= self.last_date:
                errors["days"] = day_error(day_index, _("This day is outside the summit's dates."))
                return
            if date in seen:
                errors["days"] = day_error(day_index, _("Another day already has this date."))
                return
            seen.add(date)
            for session_index, session in enumerate(day.value["sessions"]):
                starts = self.localize(date, session["start_time"])
                ends = self.localize(date, session["end_time"])
                if (self.has_times and starts < self.starts_at) or ends > self.ends_at:
                    errors["days"] = session_error(
                        day_index, session_index, _("This session falls outside the summit's start and end times.")
                    )
                    return

    def clean_registration(self, errors):
        for block in self.registration:
            window = self.get_registration_window(block.value)
            if window.closes_at is not None and window.closes_at > self.starts_at:
                errors["registration"] = _("Registration must close before the summit starts (%(start)s).") % {
                    "start": self.start_date
                }
                return

    # Routes

    def route(self, request, path_components):
        """Only the page itself and its calendar files exist below it: anything else is a
        404 without a query."""
        if len(path_components) > 3:
            raise Http404
        return super().route(request, path_components)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from .calendar import calendar_response, summit_calendar

        if self.start_date is None:
            raise Http404
        return calendar_response(summit_calendar(self, request), filename=f"{self.slug}.ics")

    @path("sessions/<str:session_id>/calendar/", name="session_calendar")
    def session_calendar(self, request, session_id):
        from .calendar import calendar_response, session_calendar

        found = self.find_session(session_id)
        if found is None:
            raise Http404
        day, session = found
        return calendar_response(session_calendar(self, day, session, request), filename=f"{self.slug}-session.ics")

    def find_session(self, session_id):
        """The (day, session) block values for a session's stable id, or None."""
        for day in self.days:
            for session in day.value["sessions"].bound_blocks:
                if session.id == session_id:
                    return day.value, session
        return None


class SummitSpeaker(TranslatableMixin, Orderable):
    """Links a summit to a speaker. Translated with the summit, so the Greek summit shows
    the Greek speaker entry without editors choosing it again."""

    page = ParentalKey(SummitPage, on_delete=models.CASCADE, related_name="speaker_links")
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.CASCADE,
        related_name="summit_links",
        help_text=_("A speaker in the summit's language."),
    )

    panels = [FieldPanel("speaker")]

    class Meta(TranslatableMixin.Meta):
        # TranslatableMixin.Meta replaces Orderable.Meta: without this the links come back
        # in whatever order the database holds them (on PostgreSQL, not the editors').
        ordering = ["sort_order"]
        verbose_name = _("summit speaker")
        verbose_name_plural = _("summit speakers")
        constraints = [models.UniqueConstraint(fields=["page", "speaker"], name="unique_speaker_per_summit")]

    def __str__(self):
        return str(self.speaker)
