"""The summit page's admin form: the checks that need the page's place in the tree or the
kind of save (draft or publish)."""

import re
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

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


YEAR_SLUG = re.compile(r"\d{4}")


class SummitPageForm(WagtailAdminPageForm):
    """Editions live at their year (/en/summits/2027/): a new summit's form starts with the
    year after the latest edition and that year as its slug, and a summit that was never
    published takes its year as slug while the slug is still an automatic one (empty, made
    from the title, or a year). A slug the editor typed is kept. The admin's
    `events/js/summit-editor.js` makes the slug field follow the year as the editor types."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.instance.pk is None:
            year = self.initial.get("year") or self.suggested_year()
            self.initial["year"] = year
            if self.initial.get("edition_number") is None:
                self.initial["edition_number"] = self.suggested_edition_number()
            if not self.initial.get("slug") and self.year_slug_is_free(str(year)):
                self.initial["slug"] = str(year)

    def suggested_year(self):
        """The year after the latest edition, and never this year or earlier: an edition is
        announced ahead (in December 2026, the next one is 2027 even if the last was 2024)."""
        next_year = timezone.localdate().year + 1
        latest = self.sibling_editions().aggregate(latest=Max("year"))["latest"]
        return next_year if latest is None else max(latest + 1, next_year)

    def suggested_edition_number(self):
        latest = self.sibling_editions().aggregate(latest=Max("edition_number"))["latest"]
        return None if latest is None else latest + 1

    def sibling_editions(self):
        if self.parent_page is None:
            return type(self.instance).objects.none()
        return type(self.instance).objects.child_of(self.parent_page)

    def year_slug_is_free(self, slug):
        return self.parent_page is None or Page._slug_is_available(slug, self.parent_page, self.instance)

    def clean(self):
        cleaned_data = super().clean()
        self.apply_year_slug(cleaned_data)
        self.check_edition_number(cleaned_data)
        # Drafts may be incomplete; a published upcoming summit must say how to register.
        if not self.is_deferred_validation:
            self.check_registration_for_upcoming(cleaned_data)
        return cleaned_data

    def apply_year_slug(self, cleaned_data):
        year = cleaned_data.get("year")
        published = self.instance.pk is not None and (self.instance.live or self.instance.first_published_at)
        if year is None or published:
            return  # published addresses change only when an editor changes them
        # The slug as posted: cleaning drops it from cleaned_data when it is empty or taken.
        slug = (self.data.get(self.add_prefix("slug")) or "").strip()
        if slug == str(year) or not self.is_automatic_slug(slug, self.automatic_slugs(cleaned_data.get("title") or "")):
            return
        if self.year_slug_is_free(str(year)):
            cleaned_data["slug"] = str(year)
            self.errors.pop("slug", None)  # "required", or a title-made slug another page has

    def automatic_slugs(self, title):
        """The slugs an editor did not choose: none, the one Wagtail makes from the title,
        or a year. A year counts as automatic because the add form offers one and the
        editor's browser may still hold it after the year was changed: the admin autosaves
        a new page within a second, and a later save must not take the page back to the
        year first offered."""
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        slugs = {"", slugify(title, allow_unicode=allow_unicode)}
        if self.instance.pk is not None:
            slugs.add(slugify(self.instance.title, allow_unicode=allow_unicode))
        return slugs

    @classmethod
    def is_automatic_slug(cls, slug, automatic_slugs):
        return slug in automatic_slugs or YEAR_SLUG.fullmatch(slug) is not None

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
