"""Member hotlines in the admin: their own menu item, filterable by status and language.

The listing's search box uses the model's search index (`Hotline.search_fields`), which
autocompletes on the name; listing-level `search_fields` would bypass it and fail on
SQLite's full-text backend."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet

from core.admin_locale import TranslatableSnippetViewSet

from .models import Hotline


class HotlineViewSet(TranslatableSnippetViewSet):
    model = Hotline
    icon = "site"
    menu_label = _("Member hotlines")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "country", "status", "year_joined", LocaleColumn()]
    list_filter = ["status"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Hotline.objects.select_related("locale")


register_snippet(HotlineViewSet)
