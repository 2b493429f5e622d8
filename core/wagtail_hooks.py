from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet

from core.admin_locale import TranslatableSnippetViewSet
from core.models import FooterContent


class FooterContentViewSet(TranslatableSnippetViewSet):
    """One footer per language: editors write the English one and translate it."""

    model = FooterContent
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["organisation_name", LocaleColumn()]


register_snippet(FooterContentViewSet)
