"""The member hotline network: the hotlines, and the page where visitors find theirs.

The public figures of the network (how many hotlines, countries, continents) are computed
from the hotlines here (see `figures.py`), never typed by an editor.
"""

import datetime
import re

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.localization import translation_pairs
from core.models import BasePage

from .continents import CONTINENTS, continent_of

FOUNDING_YEAR = 1999

# The facts of a hotline: the same in every language, always read from the default
# language's version, so that a changed report link reaches every language at once.
FACT_FIELDS = ("country", "website", "reporting_url", "status", "year_joined", "logo")


class MembershipStatus(models.TextChoices):
    FULL = "full", _("Full member")
    PROVISIONAL = "provisional", _("Provisional member")


class Hotline(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A member hotline. Publishing and unpublishing its default-language version adds it to
    or removes it from the finder page and the network figures in every language.

    Only the description is translated; the name is copied (translators may override it)
    and the facts are copied and, when shown, read from the default-language version."""

    override_translatable_fields = [
        SynchronizedField("name", overridable=True),
        *(SynchronizedField(name, overridable=False) for name in FACT_FIELDS),
    ]

    name = models.CharField(max_length=120, help_text=_("The hotline's name as it writes it, e.g. 'SafenetBG'."))
    country = CountryField(help_text=_("The country the hotline serves."))
    website = models.URLField(blank=True, help_text=_("The hotline's own website."))
    reporting_url = models.URLField(
        _("reporting page address"),
        blank=True,
        help_text=_(
            "The page of the hotline's website where the public reports content. Left empty, the website is used."
        ),
    )
    status = models.CharField(
        max_length=20,
        choices=MembershipStatus.choices,
        blank=True,
        help_text=_("Full or provisional membership. Leave empty only while it is not known."),
    )
    year_joined = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(FOUNDING_YEAR)],
        help_text=_("The year the hotline became a member, e.g. 2006. Leave empty if it is not known."),
    )
    description = models.TextField(
        max_length=500,
        blank=True,
        help_text=_("One or two sentences about the hotline, shown on the finder page."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The hotline's logo, ideally on a transparent or white background."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="hotline")

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("status"), FieldPanel("year_joined")]),
        MultiFieldPanel([FieldPanel("reporting_url"), FieldPanel("website")], heading=_("Links")),
        FieldPanel("description"),
        FieldPanel("logo"),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("status"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("member hotline")
        verbose_name_plural = _("member hotlines")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        errors = {}
        if not self.website and not self.reporting_url:
            errors["reporting_url"] = _("Give the reporting page or the website, so visitors can reach the hotline.")
        if self.year_joined and self.year_joined > datetime.date.today().year:
            errors["year_joined"] = _("The year joined cannot be in the future.")
        if errors:
            raise ValidationError(errors)

    @property
    def report_url(self):
        return self.reporting_url or self.website

    @property
    def continent(self):
        return continent_of(self.country.code)


def live_members(locale_id=None):
    """The member hotlines, one per member, in the locale `locale_id` where translated.

    A member is in the network while its version in the default language is live:
    unpublishing or deleting that version removes it everywhere, even where a translation
    was published. A translation lends its name and description; the facts (country, links,
    status, year, logo) always come from the default-language version. One query, whatever
    the size of the network.
    """
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    versions = Hotline.objects.filter(live=True).select_related("locale", "logo").order_by("pk")
    sources = versions.filter(locale__language_code=default_language)
    if locale_id is None:
        pairs = [(source, None) for source in sources]
    else:
        pairs = translation_pairs(sources, locale_id, candidates=versions)
    members = []
    for source, translation in pairs:
        member = translation or source
        for field in FACT_FIELDS:
            setattr(member, field, getattr(source, field))
        members.append(member)
    prefetch_related_objects([member.logo for member in members if member.logo], "renditions")
    return members


class CountryChoiceForm(forms.Form):
    """The finder's country picker, sent with GET so it works without JavaScript and every
    result has its own address (/hotlines/?country=BG)."""

    country = forms.CharField(required=False)

    def clean_country(self):
        code = self.cleaned_data["country"].strip()
        if code and not (re.fullmatch("[A-Za-z]{2}", code) and code.upper() in countries):
            raise ValidationError(
                _("We do not know the country code “%(code)s”. Please choose your country from the list."),
                params={"code": self.data.get("country", "")[:12]},
            )
        return code.upper()


class HotlineFinderPage(BasePage):
    """'Find your hotline': a visitor picks a country and gets its hotline(s) with a
    report link; below, every member grouped by continent."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "network/hotline_finder_page.html"

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("A short lead paragraph under the title, also the default page summary."),
    )
    safety_notice = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown under the country picker and its result, e.g. never to download or forward the material and "
            "to report only the web address."
        ),
    )
    no_hotline_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown when the chosen country has no member hotline yet: where visitors there can report instead."
        ),
    )
    other_route_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page with the other ways to report, linked under the text for countries without a hotline."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("safety_notice"),
        MultiFieldPanel(
            [FieldPanel("no_hotline_text"), FieldPanel("other_route_page")],
            heading=_("Countries without a member hotline"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("safety_notice"),
    ]

    class Meta:
        verbose_name = _("hotline finder page")

    def get_summary(self):
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = live_members(self.locale_id)
        form = CountryChoiceForm(request.GET)
        country_code = form.cleaned_data["country"] if form.is_valid() else ""
        member_countries = {hotline.country.code for hotline in members}
        country_hotlines = sorted(
            (hotline for hotline in members if hotline.country.code == country_code), key=lambda h: h.name
        )
        other_route_page = None
        if country_code and not country_hotlines and self.other_route_page_id:
            other_route_page = self.other_route_page.localized
            if not other_route_page.live:
                other_route_page = None
        context.update(
            form=form,
            country_code=country_code,
            country_name=countries.name(country_code) if country_code else "",
            country_hotlines=country_hotlines,
            other_route_page=other_route_page,
            country_options=self.country_options(member_countries),
            continents=self.by_continent(members),
        )
        return context

    def serve(self, request, *args, **kwargs):
        """As any page, but a malformed or unknown country code answers 400 (with the page
        and its message), so that it is not indexed as a result page."""
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("form")
        if form is not None and form.errors:
            response.status_code = 400
        return response

    @staticmethod
    def country_options(member_countries):
        """The picker's choices in the visitor's language: countries with a member hotline
        first, then every other country."""
        with_hotline, without = [], []
        for code, name in countries:
            (with_hotline if code in member_countries else without).append((code, name))
        return {"with_hotline": with_hotline, "without_hotline": without}

    @staticmethod
    def by_continent(members):
        """[(continent key, name, hotlines)] in continent order; within a continent, hotlines
        by their country's name in the visitor's language, then by name."""
        grouped = {}
        for hotline in members:
            grouped.setdefault(hotline.continent, []).append(hotline)
        return [
            (key, name, sorted(grouped[key], key=lambda hotline: (hotline.country.name, hotline.name)))
            for key, name in CONTINENTS.items()
            if key in grouped
        ]
