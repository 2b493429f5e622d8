"""The home page and the standard page (the site's general-purpose content page)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock, HighlightStreamBlock
from core.localization import in_active_language
from core.models import BasePage
from core.visibility import without_view_restrictions


class HomePage(BasePage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "articles.ArticleIndexPage",
        "events.SummitIndexPage",
        "network.HotlineFinderPage",
        "faq.FaqPage",
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
        pages = in_active_language(
            [choice["page"] for choice in choices],
            self.locale_id,
            candidates=without_view_restrictions(Page.objects.live()),
            fallback=False,
        )
        localized = {page.translation_key: page for page in pages}
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
