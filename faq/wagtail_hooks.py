from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, LocaleColumn
from wagtail.admin.viewsets.base import ViewSetGroup

from core.admin_locale import TranslatableSnippetViewSet
from faq.models import FaqCategory, FaqItem


class FaqItemViewSet(TranslatableSnippetViewSet):
    model = FaqItem
    icon = "help"
    menu_label = _("Questions")
    list_display = ["question", "category", "anchor", LocaleColumn()]
    list_filter = ["category"]
    # No search_fields here: questions are searched through the model's search index, which
    # autocompletes on the question (here and in the FAQ block's chooser).
    ordering = ["category__sort_order", "sort_order", "question"]

    def get_queryset(self, request):
        return FaqItem.objects.select_related("category", "locale")


class FaqCategoryViewSet(TranslatableSnippetViewSet):
    model = FaqCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = [
        "name",
        "anchor",
        "sort_order",
        LocaleColumn(),
        Column("question_count", label=_("Questions"), sort_key="question_count"),
    ]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]

    def get_queryset(self, request):
        return FaqCategory.objects.select_related("locale").annotate(question_count=Count("items"))


class FaqViewSetGroup(ViewSetGroup):
    menu_label = _("FAQ")
    menu_icon = "help"
    menu_order = 220
    items = (FaqItemViewSet, FaqCategoryViewSet)


@hooks.register("register_admin_viewset")
def register_faq_viewsets():
    return FaqViewSetGroup()
