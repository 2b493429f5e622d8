"""Page slugs are the same in every language, so translators are never asked for them:
a page whose every string is translated is complete, in the translations report too."""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.factories import StandardPageFactory
from home.models import StandardPage

PROJECT_APPS = {"core", "home", "faq", "articles", "events", "network"}


def translate_fully(page, locale):
    """Translates the text of a page as a translator does, then saves the translation. A
    slug, if wagtail-localize asks for one, is left alone: it is the same in every language."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).exclude(context__path="slug")
    for segment in segments.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"[{locale.language_code}] {segment.string.data}"},
        )
    translation.save_target(publish=True)
    return translation


@pytest.fixture
def about(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="About us",
        slug="about",
        introduction="Who we are.",
        body=[("paragraph", "<p>Founded in 1999.</p>")],
    )


def test_every_page_type_keeps_its_slug_in_every_language():
    page_models = [model for model in get_page_models() if model._meta.app_label in PROJECT_APPS]
    assert len(page_models) >= 8
    for model in page_models:
        slug = next(field for field in get_translatable_fields(model) if field.field_name == "slug")
        assert isinstance(slug, SynchronizedField), model
        assert slug.overridable is False, model


def test_summit_pages_keep_their_own_synchronised_fields():
    fields = {field.field_name: field for field in get_translatable_fields(apps.get_model("events.SummitPage"))}
    assert isinstance(fields["time_zone"], SynchronizedField)
    assert fields["time_zone"].overridable


def test_a_fully_translated_page_is_complete_and_keeps_the_slug(
    about, locales, admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_fully(about.get_parent(), locales["nl"])
        translation = translate_fully(about, locales["nl"])

    assert not StringSegment.objects.filter(source=translation.source, context__path="slug").exists()
    total, translated = translation.get_progress()
    assert total > 0
    assert (total, translated) == (total, total)
    assert translation.get_status_display() == "Up to date"

    dutch = about.get_translation(locales["nl"])
    assert dutch.live
    assert dutch.title == "[nl] About us"
    assert dutch.slug == about.slug == "about"

    # The translation editor (which warns before publishing with missing translations)
    # neither offers the slug nor finds a string left to translate.
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[dutch.pk]))
    props = json.loads(editor.context["props"])
    strings = [segment for segment in props["segments"] if segment["type"] == "string"]
    assert strings
    assert "slug" not in {segment["contentPath"] for segment in strings}
    translated = {string["segment_id"] for string in props["initialStringTranslations"]}
    assert {segment["id"] for segment in strings} <= translated

    report = reverse("wagtail_localize:translations_report")
    rows = admin_client.get(report, {"target_locale": "nl"}).text
    assert "[nl] About us" in rows
    assert "Up to date" in rows
    assert "<td>\n                        Waiting for translations" not in rows
    waiting = admin_client.get(report, {"target_locale": "nl", "waiting_for_translation": "true"}).text
    assert "[nl] About us" not in waiting
    assert "No translations found." in waiting


def test_a_new_translation_gets_the_source_slug_even_when_a_sibling_has_another(
    about, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_fully(about.get_parent(), locales["el"])
        translate_fully(about, locales["el"])
    assert about.get_translation(locales["el"]).url == "/el/about/"


def test_existing_sources_drop_the_slug_strings_when_refreshed(
    about, locales, monkeypatch, django_capture_on_commit_callbacks
):
    # A site whose sources were extracted before the slug was synchronised.
    monkeypatch.setattr(StandardPage, "override_translatable_fields", [])
    with django_capture_on_commit_callbacks(execute=True):
        translate_fully(about.get_parent(), locales["nl"])
        translation = translate_fully(about, locales["nl"])
    assert StringSegment.objects.filter(source=translation.source, context__path="slug").exists()
    total, translated = translation.get_progress()
    assert translated == total - 1  # "Waiting for translations": the slug
    monkeypatch.undo()

    out = StringIO()
    call_command("refresh_translation_segments", stdout=out)
    assert "1 page slug string(s) no longer need translating" in out.getvalue()
    assert not StringSegment.objects.filter(context__path="slug").exists()
    assert translation.get_progress() == (total - 1, total - 1)

    call_command("refresh_translation_segments", stdout=out)  # idempotent
    assert translation.get_progress() == (total - 1, total - 1)
    assert Page.objects.get(pk=about.pk).slug == "about"
