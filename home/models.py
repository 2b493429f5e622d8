from itertools import groupby
from operator import attrgetter

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .blocks import RICH_TEXT_FEATURES, BodyStreamBlock, HighlightStreamBlock, LinkBlock, SocialLinkBlock
from .rich_text import with_expanded_answers
from .visibility import without_view_restrictions


class ChildInOneQueryMixin:
    """For listing pages: a child page is found in one query, with the related rows its
    page shows, instead of Wagtail's two (the child page, then its specific fields).

    List it after `RoutablePageMixin`, so that the listing's own routes (feeds, calendars)
    are matched first, without a query."""

    child_page_model = None  # "app_label.ModelName"
    child_select_related = ()

    def route(self, request, path_components):
        if path_components:
            child = (
                apps.get_model(self.child_page_model)
                .objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related(*self.child_select_related)
                .first()
            )
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


class BasePage(Page):
    """Fields and behaviour every public page type shares: social sharing and meta text."""

    # A page keeps its slug in every language (/en/about/ and /el/about/ are one page), so
    # the slug is copied to translations rather than offered to translators as a string,
    # which would keep a fully translated page "waiting for translations". Page types that
    # override fields of their own extend this list (see `events.SummitPage`).
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image shown when the page is shared on social media (1200 × 630 pixels works best)."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The search description if an editor wrote one, otherwise the page's own summary."""
        return self.search_description or self.get_summary()

    def get_summary(self):
        return ""

    def get_social_image(self):
        return self.social_image


class HomePage(BasePage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "articles.ArticleIndexPage",
        "events.SummitIndexPage",
        "network.HotlineFinderPage",
        "home.FaqPage",
    ]
    template = "home/home_page.html"

    hero_heading = models.CharField(
        max_length=120,
        help_text=_("The large heading at the top of the home page."),
    )
    hero_lead = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("One or two sentences below the heading."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide image beside the heading. Decorative: it is not announced to screen readers."),
    )
    mission_heading = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("Heading of the short mission statement, e.g. 'Our mission'."),
    )
    mission = models.TextField(
        max_length=800,
        blank=True,
        help_text=_("The association's mission in a few sentences."),
    )
    report_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the 'Report illegal content' button leads to."),
    )
    report_label = models.CharField(
        max_length=60,
        blank=True,
        help_text=_("Button text; left empty, 'Report illegal content' is used."),
    )
    report_text = models.CharField(
        max_length=240,
        blank=True,
        help_text=_("One sentence beside the report button, e.g. that reports are anonymous."),
    )
    highlights_heading = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("Heading above the highlighted pages."),
    )
    highlights = StreamField(
        HighlightStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("Up to six pages to feature as cards on the home page."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_lead"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("report_page"), FieldPanel("report_label"), FieldPanel("report_text")],
            heading=_("Report call to action"),
        ),
        MultiFieldPanel([FieldPanel("mission_heading"), FieldPanel("mission")], heading=_("Mission")),
        MultiFieldPanel([FieldPanel("highlights_heading"), FieldPanel("highlights")], heading=_("Highlights")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("hero_lead"),
        index.SearchField("mission"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["highlight_cards"] = self.get_highlight_cards()
        return context

    def get_summary(self):
        return self.hero_lead

    def get_highlight_cards(self):
        """The highlighted pages in this page's language, live and public, in editor order.

        Page choosers inside a StreamField keep pointing at the source page in translations,
        so each choice is swapped for its translation here, in one query for all cards.
        """
        choices = [block.value for block in self.highlights if block.value["page"] is not None]
        localized = {
            page.translation_key: page
            for page in without_view_restrictions(Page.objects.live()).filter(
                locale_id=self.locale_id, translation_key__in=[c["page"].translation_key for c in choices]
            )
        }
        cards = []
        for choice in choices:
            page = localized.get(choice["page"].translation_key)
            if page is not None:
                cards.append({"page": page, "summary": choice["summary"] or page.search_description})
        return cards

    def get_social_image(self):
        return self.social_image or self.hero_image


class StandardPage(BasePage):
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("A short lead paragraph shown under the title and used as the default page summary."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("The main content, built from blocks."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")

    def get_summary(self):
        return self.introduction


class FooterContent(TranslatableMixin, ClusterableModel):
    """The site footer, one per language, translated with wagtail-localize."""

    organisation_name = models.CharField(
        max_length=120,
        help_text=_("Shown as the footer heading, e.g. the association's full name."),
    )
    tagline = models.CharField(
        max_length=240,
        blank=True,
        help_text=_("One short sentence under the name."),
    )
    address = models.TextField(
        blank=True,
        help_text=_("Postal address, one line per row."),
    )
    contact_email = models.EmailField(
        blank=True,
        help_text=_("Public contact address, shown as a mail link."),
    )
    social_links = StreamField(
        [("social_link", SocialLinkBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Profiles on social networks."),
    )
    legal_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Privacy, cookie and legal pages."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("address"),
        FieldPanel("contact_email"),
        FieldPanel("social_links"),
        FieldPanel("legal_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"


# FAQ -------------------------------------------------------------------------------------
#
# Questions and answers are translatable snippets grouped in categories. The FAQ page lists
# every question of its language; the FAQ block (home.blocks.FaqBlock) shows a chosen few on
# any page. Each question and category has an anchor that is the same in every language, so
# a link such as /nl/faq/#is-my-report-anonymous opens the same question in Dutch.

ANCHOR_MAX_LENGTH = 80


class AnchorInLocaleMixin:
    """An `anchor` slug used as an HTML id: unique within one language, copied unchanged to
    every translation, and made from `anchor_source` (with -2, -3... on a clash) when an
    editor leaves it empty."""

    anchor_source = None  # the field the anchor is made from
    anchor_fallback = None  # used when that field has nothing a slug can keep

    def clean(self):
        super().clean()
        if self.anchor and self.locale_id is not None and self.anchor in self.anchors_in_locale(self.anchor):
            raise ValidationError({"anchor": _("Another entry in this language already uses this anchor.")})

    def save(self, *args, **kwargs):
        if not self.anchor:
            if self.locale_id is None:
                self.locale = self.get_default_locale()
            self.anchor = self.free_anchor(getattr(self, self.anchor_source))
        super().save(*args, **kwargs)

    def anchors_in_locale(self, prefix):
        """The anchors other entries of this language use that start with `prefix`."""
        others = type(self).objects.filter(locale_id=self.locale_id, anchor__startswith=prefix).exclude(pk=self.pk)
        return set(others.values_list("anchor", flat=True))

    def free_anchor(self, text):
        """A slug of `text` that no other entry of this language uses, in one query."""
        base = slugify(text, allow_unicode=True)[:ANCHOR_MAX_LENGTH].strip("-") or self.anchor_fallback
        taken = self.anchors_in_locale(base[: ANCHOR_MAX_LENGTH - 4].rstrip("-"))
        anchor, number = base, 2
        while anchor in taken:
            suffix = f"-{number}"
            anchor = base[: ANCHOR_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
            number += 1
        return anchor


class FaqCategory(AnchorInLocaleMixin, TranslatableMixin, models.Model):
    """A group of questions on the FAQ page, e.g. 'Reporting'."""

    # Anchor and position are structure, not text: translators neither translate nor override them.
    override_translatable_fields = [
        SynchronizedField("anchor", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    anchor_source = "name"
    anchor_fallback = "questions"

    name = models.CharField(
        max_length=120,
        help_text=_("The category as visitors read it, e.g. 'Reporting'. It heads its questions on the FAQ page."),
    )
    anchor = models.SlugField(
        max_length=ANCHOR_MAX_LENGTH,
        blank=True,
        allow_unicode=True,
        help_text=_(
            "The link target on the FAQ page, e.g. 'reporting' for #reporting. Left empty, it is made from the "
            "name. It is the same in every language; shared links use it, so change it only when you must."
        ),
    )
    sort_order = models.IntegerField(
        default=0,
        help_text=_("Categories are shown from the lowest number to the highest."),
    )

    panels = [FieldPanel("name"), FieldPanel("anchor"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ category")
        verbose_name_plural = _("FAQ categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "anchor"], name="unique_faq_category_anchor_per_locale")
        ]

    def __str__(self):
        return self.name


class FaqItem(AnchorInLocaleMixin, index.Indexed, TranslatableMixin, models.Model):
    """One question with its answer.

    Its category is required and protected rather than nullable: the FAQ page shows every
    question under its category, so a question never floats without one, and a category
    cannot be deleted while questions still use it.

    Anchor and position are copied unchanged to translations. The category is not: it is
    translated like any link to a translatable snippet, so the Dutch question points at the
    Dutch category (copying it would keep the English one, and its English name).
    """

    override_translatable_fields = [
        SynchronizedField("anchor", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    anchor_source = "question"
    anchor_fallback = "question"

    question = models.CharField(
        max_length=255,
        help_text=_("The question as visitors would ask it, e.g. 'Is my report anonymous?'."),
    )
    answer = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_("One to three short paragraphs. Bold, italic, links and lists only."),
    )
    category = models.ForeignKey(
        FaqCategory,
        on_delete=models.PROTECT,
        related_name="items",
        help_text=_("The group the question is listed under on the FAQ page."),
    )
    anchor = models.SlugField(
        max_length=ANCHOR_MAX_LENGTH,
        blank=True,
        allow_unicode=True,
        help_text=_(
            "The link target, e.g. 'is-my-report-anonymous' for #is-my-report-anonymous. Left empty, it is made "
            "from the question. It is the same in every language; shared links use it, so change it only when "
            "you must."
        ),
    )
    sort_order = models.IntegerField(
        default=0,
        help_text=_("Within its category, questions are shown from the lowest number to the highest."),
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("category"),
        FieldPanel("anchor"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("question", boost=2),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
        index.FilterField("locale"),
        index.FilterField("category"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ item")
        verbose_name_plural = _("FAQ items")
        ordering = ["sort_order", "question"]
        constraints = [models.UniqueConstraint(fields=["locale", "anchor"], name="unique_faq_item_anchor_per_locale")]

    def __str__(self):
        return self.question


class FaqPage(BasePage):
    """Every question of the page's language, grouped by category, with a permalink each."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/faq_page.html"

    introduction = models.TextField(
        max_length=600,
        blank=True,
        help_text=_("A short paragraph under the title; also the default page summary."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("FAQ page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["faq_groups"] = self.get_faq_groups(request)
        return context

    def get_summary(self):
        return self.introduction

    def get_faq_groups(self, request=None):
        """The questions of this page's language as [{"category", "items"}], categories and
        questions in their editors' order, in one query however many there are (answers'
        links are resolved by `with_expanded_answers`, without a query on a warm cache)."""
        items = list(
            FaqItem.objects.filter(locale_id=self.locale_id)
            .select_related("category")
            .order_by("category__sort_order", "category__name", "category_id", "sort_order", "question")
        )
        with_expanded_answers(request, items)
        return [
            {"category": category, "items": list(questions)}
            for category, questions in groupby(items, key=attrgetter("category"))
        ]
