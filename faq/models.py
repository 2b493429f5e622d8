"""The FAQ: translatable questions and categories, and the FAQ page."""

from itertools import groupby
from operator import attrgetter

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.mixins import UniqueInLocaleMixin
from core.models import BasePage

from .rich_text import with_expanded_answers

# FAQ -------------------------------------------------------------------------------------
#
# Questions and answers are translatable snippets grouped in categories. The FAQ page lists
# every question of its language; the FAQ block (faq.blocks.FaqBlock) shows a chosen few on
# any page. Each question and category has an anchor that is the same in every language, so
# a link such as /nl/faq/#is-my-report-anonymous opens the same question in Dutch.

ANCHOR_MAX_LENGTH = 80
ANCHOR_TAKEN = _("Another entry in this language already uses this anchor.")


class FaqCategory(UniqueInLocaleMixin, TranslatableMixin, models.Model):
    """A group of questions on the FAQ page, e.g. 'Reporting'."""

    # Anchor and position are structure, not text: translators neither translate nor override them.
    override_translatable_fields = [
        SynchronizedField("anchor", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    unique_in_locale_field = "anchor"
    unique_in_locale_source = "name"
    unique_in_locale_fallback = "questions"
    unique_in_locale_message = ANCHOR_TAKEN

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


class FaqItem(UniqueInLocaleMixin, DraftStateMixin, RevisionMixin, index.Indexed, TranslatableMixin, models.Model):
    """One question with its answer.

    It has drafts: a question sent for translation waits, unpublished, until a moderator
    publishes the translator's work, so the FAQ never shows an untranslated copy; only live
    questions reach visitors.

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
    unique_in_locale_field = "anchor"
    unique_in_locale_source = "question"
    unique_in_locale_fallback = "question"
    unique_in_locale_message = ANCHOR_TAKEN

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
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="faqitem")

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

    @property
    def revisions(self):
        return self._revisions


class FaqPage(BasePage):
    """Every question of the page's language, grouped by category, with a permalink each."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "faq/faq_page.html"

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
            FaqItem.objects.filter(locale_id=self.locale_id, live=True)
            .select_related("category")
            .order_by("category__sort_order", "category__name", "category_id", "sort_order", "question")
        )
        with_expanded_answers(request, items)
        return [
            {"category": category, "items": list(questions)}
            for category, questions in groupby(items, key=attrgetter("category"))
        ]
