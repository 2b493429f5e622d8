from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail_localize.views import submit_translations

from core.admin_locale import TranslatableSnippetViewSet
from core.models import FooterContent
from core.translation_report import TranslationReportView
from core.translator_roles import restricted_locale_ids


class FooterContentViewSet(TranslatableSnippetViewSet):
    """One footer per language: editors write the English one and translate it."""

    model = FooterContent
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["organisation_name", LocaleColumn()]


register_snippet(FooterContentViewSet)


class TranslatorLocalesMixin:
    """wagtail-localize's "Translate" form, offering a translator only their own language
    (core/translator_roles.py); the form refuses any other on submit."""

    def get_form(self):
        form = super().get_form()
        locale_ids = restricted_locale_ids(self.request.user)
        if locale_ids is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(pk__in=locale_ids)
        return form


class TranslatorPageTranslationView(TranslatorLocalesMixin, submit_translations.SubmitPageTranslationView):
    pass


class TranslatorSnippetTranslationView(TranslatorLocalesMixin, submit_translations.SubmitSnippetTranslationView):
    pass


@hooks.register("register_admin_urls", order=-1)
def register_translator_submit_views():
    # Same addresses as wagtail-localize's views (which reverse() still finds); registered
    # before them (order=-1), so these answer.
    return [
        path("localize/submit/page/<int:page_id>/", TranslatorPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            TranslatorSnippetTranslationView.as_view(),
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(_("Translations"), reverse("translation_report"), name="translations", icon_name="globe", order=50)
