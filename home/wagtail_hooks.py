from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import FooterContent


class FooterContentViewSet(SnippetViewSet):
    """One footer per language: editors write the English one and translate it."""

    model = FooterContent
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["organisation_name", "locale"]
    list_filter = ["locale"]


register_snippet(FooterContentViewSet)
