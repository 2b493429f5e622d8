"""Reports → Translations: every page and translatable snippet, in every language.

Answers "what should the Bulgarian translator do next" (wagtail-localize#832). Each row is
one English page or snippet in one other language, with its status:

- missing: there is no version in that language (an alias is not a translation);
- in progress: some of its strings are not translated yet (with the share that is);
- ready to publish: every string is translated, but a moderator has not published the
  translation since (the translators' work is saved in wagtail-localize as they type);
- source changed: the English version changed after it was sent for translation;
- translated: up to date.

The whole report takes a fixed number of queries whatever the number of pages, snippets
and languages (about twenty), and the rows are worked out in Python, so filtering by
status costs nothing more.
"""

from dataclasses import dataclass

import django_filters
from django.apps import apps
from django.conf import settings
from django.db.models import Count, F
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.translator_roles import restricted_locale_ids, translatable_snippet_models

MISSING = "missing"
IN_PROGRESS = "in_progress"
READY = "ready"
SOURCE_CHANGED = "source_changed"
TRANSLATED = "translated"
STATUSES = [
    (MISSING, _("Missing")),
    (IN_PROGRESS, _("In progress")),
    (READY, _("Ready to publish")),
    (SOURCE_CHANGED, _("Source changed")),
    (TRANSLATED, _("Translated")),
]
STATUS_LABELS = dict(STATUSES)


def url_template(name, *args):
    """reverse() once, with "{}" where the object's id goes: the report makes thousands of
    links, and reversing each would cost more than the rest of the report."""
    return reverse(name, args=[*args, 999999999]).replace("999999999", "{}")


@dataclass
class Source:
    """An object in the default language: a page or a translatable snippet."""

    pk: int
    title: str
    translation_key: str
    kind: str
    kind_label: str
    changed_at: object  # when its latest revision was made (None for snippets without revisions)
    edit_url_template: str
    translate_url_template: str  # wagtail-localize's "Translate" form

    @property
    def edit_url(self):
        return self.edit_url_template.format(self.pk)

    @property
    def translate_url(self):
        return self.translate_url_template.format(self.pk)


@dataclass
class Row:
    source: Source
    locale: Locale
    status: str
    done: int
    total: int
    target: tuple  # (edit URL template, id) of the version in this language, or None

    @property
    def title(self):
        return self.source.title

    @property
    def kind(self):
        return self.source.kind_label

    @property
    def language(self):
        return self.locale.get_display_name()

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def progress(self):
        """The share of strings translated, e.g. "37 %" (empty when nothing was sent)."""
        if not self.total or self.status == MISSING:
            return ""
        return f"{round(100 * self.done / self.total)} %"

    @property
    def url(self):
        """Straight to the translation editor; for a missing one, to the Translate form
        with the language ticked."""
        if self.target is not None:
            template, pk = self.target
            return template.format(pk)
        return f"{self.source.translate_url}?select_locale={self.locale.language_code}"


def _page_sources(default_locale):
    pages = (
        Page.objects.filter(locale=default_locale, depth__gt=1, alias_of__isnull=True)
        .order_by("path")
        .values_list(
            "pk",
            "title",
            "translation_key",
            "content_type__app_label",
            "content_type__model",
            "latest_revision_created_at",
        )
    )
    edit = url_template("wagtailadmin_pages:edit")
    translate = url_template("wagtail_localize:submit_page_translation")
    sources = []
    for pk, title, key, app_label, model_name, changed_at in pages:
        model = apps.get_model(app_label, model_name)
        sources.append(
            Source(
                pk=pk,
                title=title,
                translation_key=str(key),
                kind="page",
                kind_label=str(model._meta.verbose_name).capitalize(),
                changed_at=changed_at,
                edit_url_template=edit,
                translate_url_template=translate,
            )
        )
    return sources


def _snippet_sources(model, default_locale):
    objects = model.objects.filter(locale=default_locale)
    revisions = issubclass(model, DraftStateMixin)
    if revisions:
        objects = objects.select_related("latest_revision")
    edit = url_template(model.snippet_viewset.get_url_name("edit"))
    translate = url_template(
        "wagtail_localize:submit_snippet_translation", model._meta.app_label, model._meta.model_name
    )
    kind = f"{model._meta.app_label}.{model._meta.model_name}"
    return [
        Source(
            pk=instance.pk,
            title=str(instance),
            translation_key=str(instance.translation_key),
            kind=kind,
            kind_label=str(model._meta.verbose_name).capitalize(),
            changed_at=instance.latest_revision.created_at if revisions and instance.latest_revision else None,
            edit_url_template=edit,
            translate_url_template=translate,
        )
        for instance in objects
    ]


def _versions(default_locale):
    """{(translation key, locale id): (edit URL template, id, is live)} of every
    non-default version."""
    versions = {}
    edit = url_template("wagtailadmin_pages:edit")
    pages = Page.objects.exclude(locale=default_locale).filter(depth__gt=1, alias_of__isnull=True)
    for pk, key, locale_id, live in pages.values_list("pk", "translation_key", "locale_id", "live"):
        versions[(str(key), locale_id)] = (edit, pk, live)
    for model in translatable_snippet_models():
        edit = url_template(model.snippet_viewset.get_url_name("edit"))
        fields = ["pk", "translation_key", "locale_id", *(["live"] if issubclass(model, DraftStateMixin) else [])]
        for pk, key, locale_id, *live in model.objects.exclude(locale=default_locale).values_list(*fields):
            versions[(str(key), locale_id)] = (edit, pk, live[0] if live else True)
    return versions


def translation_rows(locales=None):
    """Every default-language page and translatable snippet × every other language (or
    `locales`), as `Row`s."""
    default_locale = Locale.get_default()
    codes = [code for code, _name in settings.LANGUAGES if code != default_locale.language_code]
    targets = [
        locale for locale in Locale.objects.filter(language_code__in=codes) if locales is None or locale in locales
    ]
    targets.sort(key=lambda locale: codes.index(locale.language_code))
    sources = _page_sources(default_locale)
    for model in translatable_snippet_models():
        sources.extend(_snippet_sources(model, default_locale))

    translation_sources = {}
    source_updated = {}
    for pk, key, updated_at in TranslationSource.objects.filter(locale=default_locale).values_list(
        "pk", "object_id", "last_updated_at"
    ):
        translation_sources[str(key)] = pk
        source_updated[pk] = updated_at
    totals = dict(
        StringSegment.objects.filter(source__locale=default_locale)
        .values("source_id")
        .annotate(total=Count("pk"))
        .values_list("source_id", "total")
    )
    done = {
        (source_id, locale_id): count
        for source_id, locale_id, count in StringTranslation.objects.filter(
            translation_of__segments__source__locale=default_locale,
            context_id=F("translation_of__segments__context_id"),
            has_error=False,
        )
        .values("translation_of__segments__source_id", "locale_id")
        .annotate(count=Count("pk", distinct=True))
        .values_list("translation_of__segments__source_id", "locale_id", "count")
    }
    translations = {
        (source_id, locale_id): (strings_at, applied_at)
        for source_id, locale_id, strings_at, applied_at in Translation.objects.filter(
            source__locale=default_locale, enabled=True
        ).values_list("source_id", "target_locale_id", "translations_last_updated_at", "destination_last_updated_at")
    }
    versions = _versions(default_locale)

    rows = []
    for source in sources:
        source_id = translation_sources.get(source.translation_key)
        total = totals.get(source_id, 0)
        for locale in targets:
            version = versions.get((source.translation_key, locale.pk))
            count = done.get((source_id, locale.pk), 0)
            status = _status(source, source_id, locale, version, count, total, translations, source_updated)
            target = version[:2] if version else None
            rows.append(Row(source, locale, status, min(count, total), total, target))
    return rows


def _status(source, source_id, locale, version, count, total, translations, source_updated):
    if version is None:
        return MISSING
    live = version[2]
    translation = translations.get((source_id, locale.pk))
    if translation is None:
        # Made by hand, not through wagtail-localize: translated once it is live.
        return TRANSLATED if live else IN_PROGRESS
    if source.changed_at and source_updated.get(source_id) and source.changed_at > source_updated[source_id]:
        return SOURCE_CHANGED
    if count < total:
        return IN_PROGRESS
    strings_at, applied_at = translation
    if not live or (strings_at and (applied_at is None or strings_at > applied_at)):
        return READY
    return TRANSLATED


class TranslationFilterSet(django_filters.FilterSet):
    """Filters the report's rows (a list, not a queryset)."""

    locale = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All languages"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=STATUSES, empty_label=_("Any status"))
    kind = django_filters.ChoiceFilter(label=_("Type"), empty_label=_("Pages and snippets"))

    def __init__(self, *args, request=None, **kwargs):
        kwargs.setdefault("queryset", Page.objects.none())  # rows are a list, filtered below
        super().__init__(*args, request=request, **kwargs)
        default = settings.LANGUAGE_CODE
        languages = [(code, name) for code, name in settings.LANGUAGES if code != default]
        locale_ids = restricted_locale_ids(request.user) if request is not None else None
        if locale_ids is not None:  # a translator: their languages only
            codes = set(Locale.objects.filter(pk__in=locale_ids).values_list("language_code", flat=True))
            languages = [(code, name) for code, name in languages if code in codes]
        self.filters["locale"].extra["choices"] = languages
        self.filters["kind"].extra["choices"] = [("page", _("Pages"))] + [
            (f"{model._meta.app_label}.{model._meta.model_name}", str(model._meta.verbose_name_plural).capitalize())
            for model in translatable_snippet_models()
        ]

    def filter_queryset(self, rows):
        data = self.form.cleaned_data
        if data.get("locale"):
            rows = [row for row in rows if row.locale.language_code == data["locale"]]
        if data.get("status"):
            rows = [row for row in rows if row.status == data["status"]]
        if data.get("kind"):
            rows = [row for row in rows if row.source.kind == data["kind"]]
        return rows


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    filterset_class = TranslationFilterSet
    paginate_by = 50
    list_export = ["title", "kind", "language", "status_label", "progress", "source.edit_url", "url"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "language": _("Language"),
        "status_label": _("Status"),
        "progress": _("Strings translated"),
        "source.edit_url": _("Source"),
        "url": _("Translation"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.url),
            Column("kind", label=_("Type")),
            Column("language", label=_("Language")),
            Column("status_label", label=_("Status")),
            Column("progress", label=_("Strings translated")),
        ]

    def get_queryset(self):
        locale_ids = restricted_locale_ids(self.request.user)
        locales = None if locale_ids is None else list(Locale.objects.filter(pk__in=locale_ids))
        return translation_rows(locales)
