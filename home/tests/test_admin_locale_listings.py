"""Every admin listing of translatable snippets starts on the editor's admin language, with
Wagtail's locale filter (by language code, "All" a choice of its own) and locale column."""

import pytest
from django.urls import reverse
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import get_snippet_models

from articles.factories import SourceFactory, TopicFactory
from core.admin_locale import TranslatableSnippetViewSet
from core.factories import FooterContentFactory
from core.tests.helpers import log_in_editor_speaking
from events.factories import SpeakerFactory
from faq.factories import FaqCategoryFactory, FaqItemFactory
from faq.models import FaqCategory
from network.factories import HotlineFactory

FACTORIES = {
    "topic": lambda locale: TopicFactory(locale=locale),
    "source": lambda locale: SourceFactory(locale=locale),
    "speaker": lambda locale: SpeakerFactory(locale=locale),
    "footercontent": lambda locale: FooterContentFactory(locale=locale),
    "faqcategory": lambda locale: FaqCategoryFactory(locale=locale),
    # After "faqcategory": the question goes in that language's category.
    "faqitem": lambda locale: FaqItemFactory(locale=locale, category=FaqCategory.objects.get(locale=locale)),
    "hotline": lambda locale: HotlineFactory(locale=locale),
}


def snippet_models():
    """The registered snippet models (loading the URLs registers the admin's viewsets)."""
    reverse("wagtailadmin_home")
    return get_snippet_models()


def test_every_translatable_snippet_listing_is_covered():
    translatable = {
        model._meta.model_name
        for model in snippet_models()
        if model._meta.app_label in {"core", "home", "faq", "articles", "events", "network"}
    }
    assert translatable == set(FACTORIES)
    for model in snippet_models():
        if model._meta.model_name in FACTORIES:
            assert isinstance(model.snippet_viewset, TranslatableSnippetViewSet), model


@pytest.fixture
def one_per_language(locales):
    return {name: {code: make(locales[code]).pk for code in ("en", "nl")} for name, make in FACTORIES.items()}


def listed_pks(response):
    assert response.status_code == 200
    return {row.pk for row in response.context["object_list"]}


@pytest.mark.parametrize("model_name", list(FACTORIES))
def test_snippet_listing_starts_on_the_editors_language(admin_client, one_per_language, model_name):
    model = next(model for model in snippet_models() if model._meta.model_name == model_name)
    url = reverse(model.snippet_viewset.get_url_name("list"))
    pks = one_per_language[model_name]
    default = admin_client.get(url)
    assert listed_pks(default) == {pks["en"]}
    assert any(isinstance(column, LocaleColumn) for column in default.context["table"].columns.values())
    assert default.context["filters"].form["locale"].value() == "en"
    assert listed_pks(admin_client.get(url, {"locale": "nl"})) == {pks["nl"]}
    assert listed_pks(admin_client.get(url, {"locale": "el"})) == set()
    assert listed_pks(admin_client.get(url, {"locale": "all"})) == {pks["en"], pks["nl"]}


def test_a_dutch_speaking_editor_starts_on_the_dutch_questions(client, one_per_language):
    log_in_editor_speaking(client, "nl")
    response = client.get(reverse("wagtailsnippets_faq_faqitem:list"))
    assert listed_pks(response) == {one_per_language["faqitem"]["nl"]}
    # The add button creates the new question in the language on show.
    assert response.context["add_url"].endswith("?locale=nl")
