"""The summits in the admin: every edition in one list, and the speakers with how many
summits each appears in."""

from django.db.models import Count
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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

from .models import Speaker, SummitPage


class SummitFilterSet(EditorLocaleFilterSetMixin, PageFilterSet):
    class Meta:
        model = SummitPage
        fields = []


class SummitListingViewSet(PageListingViewSet):
    model = SummitPage
    icon = "calendar"
    menu_label = _("Summits")
    add_to_admin_menu = False
    name = "summits"
    index_view_class = TranslatablePageIndexView
    choose_parent_view_class = LocaleChooseParentView
    filterset_class = SummitFilterSet
    columns = [
        *PageListingViewSet.columns,
        LocaleColumn(),
        Column("edition_number", label=_("Edition"), sort_key="edition_number"),
        Column("year", label=_("Year"), sort_key="year"),
        Column("start_date", label=_("Start date"), sort_key="start_date"),
    ]


class SpeakerViewSet(TranslatableSnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = [
        "name",
        "organisation",
        "role",
        LocaleColumn(),
        Column("summit_count", label=_("Summits"), sort_key="summit_count"),
    ]
    search_fields = ["name", "organisation", "role"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Speaker.objects.select_related("locale").annotate(summit_count=Count("summit_links"))


class EventsViewSetGroup(ViewSetGroup):
    menu_label = _("Events")
    menu_icon = "calendar-alt"
    menu_order = 210
    items = (SummitListingViewSet, SpeakerViewSet)


@hooks.register("register_admin_viewset")
def register_events_viewsets():
    return EventsViewSetGroup()


@hooks.register("insert_editor_js")
def summit_editor_js():
    """Keeps a new summit's slug in step with its year as the editor types (see events/forms.py)."""
    return format_html('<script src="{}"></script>', static("events/js/summit-editor.js"))
