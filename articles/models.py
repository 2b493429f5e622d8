"""The news feed: an index page per language, articles under it, and the translatable
topics and sources visitors filter them by."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Subquery, Window
from django.db.models.functions import Lag, Lead
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.localization import in_active_language
from core.mixins import ChildInOneQueryMixin, UniqueInLocaleMixin
from core.models import BasePage
from core.visibility import without_view_restrictions


class Topic(UniqueInLocaleMixin, TranslatableMixin, models.Model):
    """A subject articles are filed under, e.g. sextortion. Its slug is the same in every
    language, so ?topic=sextortion works on /en/articles/ and /el/articles/ alike."""

    # The slug is the same in every language (it filters the listing by URL).
    override_translatable_fields = [SynchronizedField("slug")]

    name = models.CharField(
        max_length=80,
        help_text=_("The topic as visitors read it, in this language, e.g. 'Sextortion'."),
    )
    slug = models.SlugField(
        max_length=80,
        help_text=_(
            "Used in addresses such as ?topic=sextortion and the same in every language. "
            "Shared links use it, so change it only when you must."
        ),
    )
    description = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown above the listing when visitors filter by this topic alone."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name


class Source(UniqueInLocaleMixin, TranslatableMixin, models.Model):
    """Who wrote or first published an article: INHOPE, the BIK Team, a Safer Internet Centre."""

    # The slug is the same in every language (it filters the listing by URL).
    override_translatable_fields = [SynchronizedField("slug")]

    name = models.CharField(
        max_length=120,
        help_text=_("The organisation or team as visitors read it, e.g. 'Greek Safer Internet Centre'."),
    )
    slug = models.SlugField(
        max_length=80,
        help_text=_("Used in addresses such as ?source=bik-team and the same in every language."),
    )
    url = models.URLField(
        _("web address"),
        blank=True,
        help_text=_("Optional: the source's own website, linked from its articles."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_source_slug_per_locale")]

    def __str__(self):
        return self.name


class ArticleIndexPage(RoutablePageMixin, ChildInOneQueryMixin, BasePage):
    """The news listing: filterable by topic, source and year, with RSS and Atom feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count_per_parent = 1
    template = "articles/article_index_page.html"
    child_page_model = "articles.ArticlePage"
    child_select_related = ("source", "hero_image", "locale")

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("A short paragraph under the title; also the default page summary."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("article index page")

    def get_summary(self):
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .filters import ArticleFilter  # the filters build on the models defined below

        context.update(ArticleFilter(self, request.GET).listing_context(request))
        return context

    @path("feed/")
    def feed_redirect(self, request):
        return redirect(self.url + self.reverse_subpage("rss_feed"), permanent=True)

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from .feeds import ArticleRssFeed  # the feeds build on the models defined below

        return ArticleRssFeed()(request, index_page=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from .feeds import ArticleAtomFeed  # the feeds build on the models defined below

        return ArticleAtomFeed()(request, index_page=self)


class ArticlePage(BasePage):
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    template = "articles/article_page.html"
    og_type = "article"

    date = models.DateField(
        _("publication date"),
        default=datetime.date.today,
        help_text=_("Shown on the article and used to order the news; defaults to today."),
    )
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("Who wrote or first published the article."),
    )
    summary = models.TextField(
        max_length=300,
        help_text=_(
            "Two or three plain sentences. Shown in listings, feeds and search results, "
            "and used as the meta description."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide image at the top of the article and on its card (at least 1,600 pixels wide)."),
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required when there is an image."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("The article text, built from blocks."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("source")], heading=_("Publication")),
        FieldPanel("summary"),
        MultipleChooserPanel(
            "topic_links",
            chooser_field_name="topic",
            heading=_("Topics"),
            label=_("Topic"),
            help_text=_("The subjects of the article; visitors filter the news by them."),
        ),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")),
        FieldPanel("body"),
        InlinePanel(
            "related_links",
            heading=_("Related pages"),
            label=_("Related page"),
            help_text=_("Optional: other pages of the site worth reading next, in this order."),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("source"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": _("Describe the image for people who cannot see it.")})

    def get_summary(self):
        return self.summary

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = [link.topic for link in self.topic_links.select_related("topic")]
        context.update(
            topics=topics,
            listing_url=self.get_listing_url(request),
            related_articles=self.get_related_articles(topics),
            related_pages=self.get_related_pages(),
            **self.get_previous_and_next(request),
        )
        return context

    def get_listing_url(self, request=None):
        """The address of the listing the article sits in, without a query for the parent:
        Wagtail builds a child's address as the parent's address plus the slug."""
        url = self.get_url(request) or ""
        return url[: -len(self.slug) - 1] if url.endswith(f"/{self.slug}/") else url

    def get_related_articles(self, topics, limit=3):
        """Articles sharing the most topics with this one, newest first among equals;
        without topics, simply the latest articles."""
        articles = without_view_restrictions(
            ArticlePage.objects.live().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        ).select_related("source")
        if topics:
            shared_topics = models.Count("topic_links")
            articles = articles.filter(topic_links__topic__in=topics).annotate(shared_topics=shared_topics)
            articles = articles.order_by("-shared_topics", "-date", "-pk")
        else:
            articles = articles.order_by("-date", "-pk")
        return list(articles[:limit])

    def get_related_pages(self):
        """The editor's related pages in this article's language, live and public.

        Related links are copied unchanged into translations, so they point at pages in the
        source language; each is swapped for its translation here, in one query."""
        chosen = ArticleRelatedPage.objects.filter(article_id=self.pk)
        link_order = Subquery(chosen.filter(page__translation_key=OuterRef("translation_key")).values("sort_order")[:1])
        return in_active_language(
            Page.objects.filter(pk__in=chosen.values("page_id")),
            self.locale_id,
            candidates=without_view_restrictions(Page.objects.live())
            .annotate(link_order=link_order)
            .order_by("link_order"),
            fallback=False,
        )

    def get_previous_and_next(self, request=None):
        """The older and newer neighbours in the listing, in a single query: window
        functions read the neighbours of every article, then only this row is kept."""
        order = [F("date").asc(), F("pk").asc()]
        neighbours = {}
        for direction, function in (("previous", Lag), ("next", Lead)):
            for field in ("title", "slug"):
                neighbours[f"{direction}_{field}"] = Window(function(field), order_by=order)
        # Filtering on a window expression makes Django filter after the windows are
        # computed (a plain pk filter would leave this article without neighbours).
        neighbours_of = Window(models.Min("pk"), partition_by=[F("pk")])
        siblings = without_view_restrictions(ArticlePage.objects.live().sibling_of(self))
        row = (
            siblings.annotate(neighbours_of=neighbours_of, **neighbours)
            .filter(neighbours_of=self.pk)
            .values(*neighbours)
            .first()
            or {}
        )
        listing_url = self.get_listing_url(request)
        links = {}
        for direction in ("previous", "next"):
            slug = row.get(f"{direction}_slug")
            links[f"{direction}_article"] = (
                {"title": row[f"{direction}_title"], "url": f"{listing_url}{slug}/"} if slug else None
            )
        return links

    def route(self, request, path_components):
        """Articles have no children: any deeper address is a 404 without a query."""
        if path_components:
            raise Http404
        return super().route(request, path_components)


class ArticlePageTopic(TranslatableMixin, Orderable):
    """Links an article to a topic. Translated with the article, so the Greek article
    points at the Greek topic without editors tagging it again."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(
        Topic,
        on_delete=models.CASCADE,
        related_name="article_links",
        help_text=_("A topic in the article's language."),
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        # TranslatableMixin.Meta replaces Orderable.Meta: without this the links come back
        # in whatever order the database holds them (on PostgreSQL, not the editors').
        ordering = ["sort_order"]
        verbose_name = _("article topic")
        verbose_name_plural = _("article topics")
        constraints = [models.UniqueConstraint(fields=["page", "topic"], name="unique_topic_per_article")]

    def __str__(self):
        return str(self.topic)


class ArticleRelatedPage(Orderable):
    """An editor's pick of a page to read next, shown at the end of an article."""

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Any page of the site; the visitor's language version is shown when it exists."),
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
