"""The news in the admin: a flat list of every article with filters, and the topics and
sources with how many articles use each."""

import django_filters
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, LocaleColumn
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.admin_locale import (
    EditorLocaleFilterSetMixin,
    LocaleChooseParentView,
    TranslatablePageIndexView,
    TranslatableSnippetViewSet,
)

from .models import ArticlePage, Source, Topic


class ArticleFilterSet(EditorLocaleFilterSetMixin, PageFilterSet):
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), field_name="topic_links__topic", queryset=Topic.objects.select_related("locale")
    )
    source = django_filters.ModelChoiceFilter(
        label=_("Source"), field_name="source", queryset=Source.objects.select_related("locale")
    )
    date = django_filters.DateFromToRangeFilter(label=_("Publication date"), widget=DateRangePickerWidget)

    class Meta:
        model = ArticlePage
        fields = []


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    add_to_admin_menu = False
    name = "articles"
    index_view_class = TranslatablePageIndexView
    choose_parent_view_class = LocaleChooseParentView
    filterset_class = ArticleFilterSet
    columns = [
        *PageListingViewSet.columns,
        LocaleColumn(),
        Column("date", label=_("Publication date"), sort_key="date"),
        Column("source", label=_("Source"), sort_key="source__name"),
    ]


class UsageCountMixin:
    """Shows how many articles use each entry, counted in the listing query itself."""

    usage_relation = None

    def get_queryset(self, request):
        return self.model.objects.select_related("locale").annotate(article_count=Count(self.usage_relation))


class TopicViewSet(UsageCountMixin, TranslatableSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    usage_relation = "article_links"
    list_display = [
        "name",
        "slug",
        LocaleColumn(),
        Column("article_count", label=_("Articles"), sort_key="article_count"),
    ]
    search_fields = ["name", "slug"]
    ordering = ["name"]


class SourceViewSet(UsageCountMixin, TranslatableSnippetViewSet):
    model = Source
    icon = "site"
    menu_label = _("Sources")
    usage_relation = "articles"
    list_display = [
        "name",
        "slug",
        "url",
        LocaleColumn(),
        Column("article_count", label=_("Articles"), sort_key="article_count"),
    ]
    search_fields = ["name", "slug"]
    ordering = ["name"]


class NewsViewSetGroup(ViewSetGroup):
    menu_label = _("News")
    menu_icon = "doc-full-inverse"
    menu_order = 200
    items = (ArticleListingViewSet, TopicViewSet, SourceViewSet)


@hooks.register("register_admin_viewset")
def register_news_viewsets():
    return NewsViewSetGroup()
