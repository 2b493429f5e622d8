"""Translators work in their own language only, through the admin's own views; moderators
publish. The demo has Greek and Dutch translations made with wagtail-localize and the
groups `add_language` makes."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from articles.models import Source, Topic
from core.models import FooterContent
from core.tests.helpers import member_of
from core.translator_roles import translatable_snippet_models
from events.models import Speaker
from faq.models import FaqCategory, FaqItem
from network.models import Hotline

SNIPPET_MODELS = [FaqItem, FaqCategory, Hotline, Topic, Source, Speaker, FooterContent]


@pytest.fixture
def greek_translator(demo, client):
    client.force_login(member_of("Translators (Greek)", "eleni"))
    return client


def page_in(language_code, slug):
    return Page.objects.get(locale__language_code=language_code, slug=slug, depth=3)


def snippet_in(model, language_code):
    return model.objects.filter(locale__language_code=language_code).order_by("pk").first()


def can_open(client, url):
    response = client.get(url)
    assert response.status_code in (200, 302, 403), (url, response.status_code)
    return response.status_code == 200


def test_every_translatable_snippet_type_is_in_the_matrix():
    assert set(translatable_snippet_models()) == set(SNIPPET_MODELS)


@pytest.mark.parametrize("slug", ["about", "faq"])
def test_a_translator_edits_pages_of_their_language_only(greek_translator, slug):
    assert can_open(greek_translator, reverse("wagtailadmin_pages:edit", args=[page_in("el", slug).pk]))
    for code in ("en", "nl"):
        assert not can_open(greek_translator, reverse("wagtailadmin_pages:edit", args=[page_in(code, slug).pk]))
    # Never a new page of their own, even in their language.
    greek_home = page_in("el", slug).get_parent()
    assert not can_open(greek_translator, reverse("wagtailadmin_pages:add_subpage", args=[greek_home.pk]))


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=lambda model: model.__name__)
def test_a_translator_edits_snippets_of_their_language_only(greek_translator, model):
    viewset = model.snippet_viewset
    greek = snippet_in(model, "el")
    assert greek is not None, f"the demo has no Greek {model.__name__}"
    assert can_open(greek_translator, reverse(viewset.get_url_name("edit"), args=[greek.pk]))
    for code in ("en", "nl"):
        other = snippet_in(model, code)
        assert not can_open(greek_translator, reverse(viewset.get_url_name("edit"), args=[other.pk])), code
        assert not can_open(greek_translator, reverse(viewset.get_url_name("delete"), args=[other.pk])), code
    assert not can_open(greek_translator, reverse(viewset.get_url_name("add")))
    assert not can_open(greek_translator, reverse(viewset.get_url_name("delete"), args=[greek.pk]))


def test_a_translator_cannot_publish_but_a_moderator_can(demo, client):
    greek_about = page_in("el", "about")
    edit_url = reverse("wagtailadmin_pages:edit", args=[greek_about.pk])
    revisions = greek_about.revisions.count()
    client.force_login(member_of("Translators (Greek)", "eleni"))
    assert client.post(edit_url, {"action": "publish"}).status_code in (302, 403)  # to the dashboard, or refused
    greek_hotline = snippet_in(Hotline, "el")
    hotline_url = reverse(Hotline.snippet_viewset.get_url_name("edit"), args=[greek_hotline.pk])
    assert client.post(hotline_url, {"action": "publish"}).status_code in (302, 403)
    assert greek_about.revisions.count() == revisions

    client.force_login(member_of("Moderators", "moira"))
    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    assert greek_about.revisions.count() == revisions + 1
    greek_question = snippet_in(FaqItem, "el")
    question_url = reverse(FaqItem.snippet_viewset.get_url_name("edit"), args=[greek_question.pk])
    question_revisions = greek_question.revisions.count()
    assert client.post(question_url, {"action": "publish"}).status_code == 302
    assert greek_question.revisions.count() == question_revisions + 1


def test_a_translator_can_start_translations_into_their_language_only(greek_translator):
    english_contact = page_in("en", "contact")
    url = reverse("wagtail_localize:submit_page_translation", args=[english_contact.pk])
    form = greek_translator.get(url).context["form"]
    assert [locale.language_code for locale in form.fields["locales"].queryset] == []  # already in Greek
    english_news = page_in("en", "articles")
    url = reverse("wagtail_localize:submit_page_translation", args=[english_news.pk])
    form = greek_translator.get(url).context["form"]
    assert [locale.language_code for locale in form.fields["locales"].queryset] == []  # the news is in Greek too
    german = Locale.objects.get(language_code="de")
    contact_url = reverse("wagtail_localize:submit_page_translation", args=[english_contact.pk])
    response = greek_translator.post(contact_url, {"locales": [german.pk]})
    assert response.status_code == 200  # the form refuses German
    assert not english_contact.has_translation(german)


def test_the_translation_editor_api_refuses_other_languages_snippets(greek_translator):
    """wagtail-localize's string-saving endpoint checked only the snippet type."""
    from wagtail_localize.models import StringSegment, Translation

    dutch_item = snippet_in(FaqItem, "nl")
    translation = Translation.objects.get(source__object_id=dutch_item.translation_key, target_locale=dutch_item.locale)
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = greek_translator.put(url, "value=hacked", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 403
