"""The summits in the admin: every edition in one list, and the speakers with how many
summits each appears in."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Speaker, SummitPage


class SummitListingViewSet(PageListingViewSet):
    model = SummitPage
    icon = "calendar"
    menu_label = _("Summits")
    add_to_admin_menu = False
    name = "summits"
    columns = [
        *PageListingViewSet.columns,
        Column("edition_number", label=_("Edition"), sort_key="edition_number"),
        Column("year", label=_("Year"), sort_key="year"),
        Column("start_date", label=_("Start date"), sort_key="start_date"),
    ]


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = [
        "name",
        "organisation",
        "role",
        "locale",
        Column("summit_count", label=_("Summits"), sort_key="summit_count"),
    ]
    list_filter = ["locale"]
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
