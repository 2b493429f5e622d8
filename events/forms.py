"""The summit page's admin form: the checks that need the page's place in the tree or the
kind of save (draft or publish)."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

# IANA names only, e.g. "America/New_York"; the legacy aliases would only confuse editors.
TIME_ZONE_CHOICES = sorted(
    (name, name.replace("_", " "))
    for name in zoneinfo.available_timezones()
    if "/" in name
    and name.split("/")[0] in {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)


def validate_time_zone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("Choose a time zone from the list, e.g. Europe/Amsterdam.")) from error


class SummitPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        self.check_edition_number(cleaned_data)
        # Drafts may be incomplete; a published upcoming summit must say how to register.
        if not self.is_deferred_validation:
            self.check_registration_for_upcoming(cleaned_data)
        return cleaned_data

    def check_edition_number(self, cleaned_data):
        number = cleaned_data.get("edition_number")
        parent = self.parent_page
        if number is None or parent is None:
            return
        siblings = type(self.instance).objects.child_of(parent).filter(edition_number=number)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        if siblings.exists():
            self.add_error(
                "edition_number", _("Another summit already has edition number %(number)s.") % {"number": number}
            )

    def check_registration_for_upcoming(self, cleaned_data):
        start_date, year = cleaned_data.get("start_date"), cleaned_data.get("year")
        upcoming = start_date >= timezone.localdate() if start_date else (year or 0) >= timezone.localdate().year
        if upcoming and not cleaned_data.get("registration"):
            self.add_error(
                "registration",
                _("An upcoming summit needs at least one registration option before it is published."),
            )
