"""The summit page's admin form: the checks that need the page's place in the tree or the
kind of save (draft or publish)."""

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


class SummitPageForm(WagtailAdminPageForm):
    """Editions live at their year (/en/summits/2027/): a new summit's form starts with the
    year after the latest edition and that year as its slug, and a summit that was never
    published takes its year as slug while the slug is still an automatic one (empty, made
    from the title, or the year first offered). A slug the editor typed is kept."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.instance.pk is None:
            year = self.initial.get("year") or self.suggested_year()
            self.initial["year"] = year
            if not self.initial.get("slug") and self.year_slug_is_free(str(year)):
                self.initial["slug"] = str(year)

    def suggested_year(self):
        this_year = timezone.localdate().year
        if self.parent_page is None:
            return this_year + 1
        latest = type(self.instance).objects.child_of(self.parent_page).aggregate(latest=Max("year"))["latest"]
        return this_year + 1 if latest is None else max(latest + 1, this_year)

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
        if slug not in self.automatic_slugs(cleaned_data.get("title") or "") or slug == str(year):
            return
        if self.year_slug_is_free(str(year)):
            cleaned_data["slug"] = str(year)
            self.errors.pop("slug", None)  # "required", or a title-made slug another page has

    def automatic_slugs(self, title):
        """The slugs an editor did not choose: none, the one Wagtail makes from the title,
        the year the add form offered, or a draft's slug that still follows its year or title."""
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        slugs = {"", slugify(title, allow_unicode=allow_unicode)}
        if self.instance.pk is None:
            slugs.add(str(self.suggested_year()))
        elif self.instance.slug in {str(self.instance.year), slugify(self.instance.title, allow_unicode=allow_unicode)}:
            slugs.add(self.instance.slug)
        return slugs

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
