"""StreamField blocks of the summit page: the days with their agenda, the registration
options and the questions.

Dates and times in these blocks are local times at the venue: the page combines them with
its time zone (see `SummitPage.localize`), so an editor in Amsterdam types a New York
session as the programme prints it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import AccordionBlock, RichTextBlock
from faq.blocks import FaqBlock


class DayAttendance:
    BOTH = "both"
    IN_PERSON = "in_person"
    ONLINE = "online"
    CHOICES = [
        (BOTH, _("Online and in person")),
        (IN_PERSON, _("In person only")),
        (ONLINE, _("Online only")),
    ]

    @classmethod
    def label(cls, value):
        return dict(cls.CHOICES).get(value, "")


class SessionBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(help_text=_("Local time at the venue, e.g. 09:30."))
    end_time = blocks.TimeBlock(help_text=_("Local time at the venue; after the start."))
    title = blocks.CharBlock(max_length=200, help_text=_("The session's title as the programme shows it."))
    description = blocks.TextBlock(
        required=False, max_length=800, help_text=_("Optional: two or three sentences on what the session covers.")
    )
    speakers = blocks.ListBlock(
        SnippetChooserBlock("events.Speaker"),
        default=[],
        help_text=_("Speakers of this session; they also appear in the summit's speaker list."),
    )
    attendance = blocks.ChoiceBlock(
        choices=DayAttendance.CHOICES,
        default=DayAttendance.BOTH,
        help_text=_("Whether online attendees can follow this session."),
    )

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_time"), value.get("end_time")
        if start and end and end <= start:
            raise StructBlockValidationError(
                block_errors={"end_time": ValidationError(_("The session must end after it starts."))}
            )
        return value

    class Meta:
        icon = "time"
        label = _("Session")


class DayBlock(blocks.StructBlock):
    date = blocks.DateBlock(help_text=_("The day's date; it must fall within the summit's dates."))
    title = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional theme of the day, e.g. 'Societal change'.")
    )
    attendance = blocks.ChoiceBlock(
        choices=DayAttendance.CHOICES,
        default=DayAttendance.BOTH,
        help_text=_("How people can attend this day."),
    )
    focus = blocks.TextBlock(
        required=False, max_length=1200, help_text=_("What the day is about, in a short paragraph.")
    )
    sessions = blocks.ListBlock(
        SessionBlock(),
        default=[],
        help_text=_("The agenda of the day, in time order. A draft agenda is fine: it can change until the day."),
    )

    def get_context(self, value, parent_context=None):
        """Adds the sessions with their stable ids (for anchors and calendar links) and, on
        a summit page, their start and end as moments in the summit's time zone."""
        context = super().get_context(value, parent_context=parent_context)
        page = context.get("page")
        localize = getattr(page, "localize", None)
        context["attendance_label"] = DayAttendance.label(value["attendance"])
        context["sessions"] = [
            {
                "id": session.id,
                "value": session.value,
                "attendance_label": DayAttendance.label(session.value["attendance"]),
                "starts_at": localize(value["date"], session.value["start_time"]) if localize else None,
                "ends_at": localize(value["date"], session.value["end_time"]) if localize else None,
            }
            for session in value["sessions"].bound_blocks
        ]
        return context

    def clean(self, value):
        value = super().clean(value)
        times = [(session["start_time"], session["end_time"]) for session in value["sessions"]]
        if times != sorted(times):
            raise StructBlockValidationError(
                block_errors={"sessions": ValidationError(_("List the sessions in time order."))}
            )
        return value

    class Meta:
        icon = "date"
        template = "components/blocks/summit_day_block.html"
        description = _("One day of the summit: its date, how to attend, its focus and its sessions.")
        preview_value = {
            "date": datetime.date(2024, 10, 8),
            "title": "Societal change",
            "attendance": DayAttendance.BOTH,
            "focus": "How hotlines, platforms and the public can report harmful material together.",
            "sessions": [
                {
                    "start_time": datetime.time(9, 30),
                    "end_time": datetime.time(10, 15),
                    "title": "Opening and welcome",
                    "description": "Why public reporting matters.",
                    "speakers": [],
                    "attendance": DayAttendance.BOTH,
                }
            ],
        }


class DayStreamBlock(blocks.StreamBlock):
    day = DayBlock()


class RegistrationKind:
    ONLINE = "online"
    IN_PERSON = "in_person"
    CHOICES = [(ONLINE, _("Online registration")), (IN_PERSON, _("In-person registration"))]

    @classmethod
    def label(cls, kind):
        return dict(cls.CHOICES).get(kind, "")


class RegistrationOptionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=RegistrationKind.CHOICES, help_text=_("Which way of attending this is for."))
    url = blocks.URLBlock(
        required=False,
        label=_("Registration form address"),
        help_text=_("The registration form's address. Give this or instructions."),
    )
    instructions = RichTextBlock(
        required=False, help_text=_("How to register when there is no form, or what to know before filling it in.")
    )
    opens_on = blocks.DateBlock(required=False, help_text=_("Optional: the day registration opens. Empty: open now."))
    closes_on = blocks.DateBlock(
        required=False,
        help_text=_("The last day to register, in the summit's time zone. Empty: open until the summit starts."),
    )
    closes_at = blocks.TimeBlock(
        required=False, help_text=_("Optional: the time registration closes on that day. Empty: at midnight.")
    )
    requires_approval = blocks.BooleanBlock(
        required=False, default=True, help_text=_("Tick when the team approves each registration.")
    )
    places_note = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Optional, e.g. 'One or two places per organisation'.")
    )
    recommended_for = blocks.CharBlock(
        required=False, max_length=300, help_text=_("Optional: who this option suits best.")
    )

    def get_context(self, value, parent_context=None):
        """Adds where the option stands now, from the summit page it is shown on."""
        context = super().get_context(value, parent_context=parent_context)
        context["kind_label"] = RegistrationKind.label(value.get("kind"))
        page = context.get("page")
        if hasattr(page, "get_registration_window"):
            context["window"] = page.get_registration_window(value, context.get("now"))
        return context

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("url") and not value.get("instructions").source.strip():
            errors["url"] = ValidationError(_("Give the registration form's address or instructions."))
        if value.get("closes_at") and not value.get("closes_on"):
            errors["closes_on"] = ValidationError(_("Give the day as well as the time registration closes."))
        opens, closes = value.get("opens_on"), value.get("closes_on")
        if opens and closes and closes < opens:
            errors["closes_on"] = ValidationError(_("Registration must close after it opens."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "form"
        template = "components/blocks/registration_option_block.html"
        description = _("A way to register: online or in person, with its dates and conditions.")
        preview_value = {
            "kind": RegistrationKind.ONLINE,
            "url": "https://example.org/register",
            "closes_on": datetime.date(2024, 10, 4),
            "requires_approval": True,
            "places_note": "",
            "recommended_for": "Anyone working against child sexual abuse material online.",
        }


class RegistrationStreamBlock(blocks.StreamBlock):
    option = RegistrationOptionBlock()


class SummitFaqStreamBlock(blocks.StreamBlock):
    """Questions written for this summit only, or chosen from the site's FAQ (which keeps
    one answer, translated once, for questions several pages share)."""

    accordion = AccordionBlock()
    faq_items = FaqBlock(label=_("Questions from the FAQ"))


def day_error(day_index, message, field="date"):
    """A validation error placed on one field of one day in the days stream."""
    return StreamBlockValidationError(
        block_errors={day_index: StructBlockValidationError(block_errors={field: ValidationError(message)})}
    )


def session_error(day_index, session_index, message):
    """A validation error placed on the start time of one session of one day."""
    session = StructBlockValidationError(block_errors={"start_time": ValidationError(message)})
    sessions = ListBlockValidationError(block_errors={session_index: session})
    return StreamBlockValidationError(
        block_errors={day_index: StructBlockValidationError(block_errors={"sessions": sessions})}
    )
