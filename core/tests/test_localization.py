"""`in_active_language`: objects in the wanted language, else the default, in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core.localization import in_active_language, translation_pairs
from faq.factories import FaqItemFactory
from faq.models import FaqItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(locales):
    """Three English questions; the first two translated into Dutch."""
    english = [FaqItemFactory(question=f"Question {n}?") for n in range(3)]
    dutch = []
    for item in english[:2]:
        copy = item.copy_for_translation(locales["nl"])
        copy.question = f"Vraag {item.question[-2]}?"
        copy.save()
        dutch.append(copy)
    return {"en": english, "nl": dutch, "locales": locales}


def questions(objects):
    return [item.question for item in objects]


def test_a_list_is_swapped_in_one_query_in_its_order_with_the_default_as_fallback(items):
    english = list(reversed(items["en"]))
    with CaptureQueriesContext(connection) as queries:
        found = in_active_language(english, items["locales"]["nl"].pk)
    assert questions(found) == ["Question 2?", "Vraag 1?", "Vraag 0?"]
    assert len(queries) == 1
    with translation.override("nl"):  # no locale given: the active language's
        assert questions(in_active_language(english)) == ["Question 2?", "Vraag 1?", "Vraag 0?"]


def test_nothing_is_asked_when_every_object_is_already_in_the_language(items):
    with CaptureQueriesContext(connection) as queries:
        found = in_active_language(items["en"], items["locales"]["en"])
    assert found == items["en"]
    assert len(queries) == 0


def test_without_fallback_objects_missing_in_the_language_are_left_out(items):
    found = in_active_language(items["en"], items["locales"]["nl"].pk, fallback=False)
    assert questions(found) == ["Vraag 0?", "Vraag 1?"]


def test_one_object_gives_one_object(items):
    assert in_active_language(items["en"][0], items["locales"]["nl"]).question == "Vraag 0?"
    assert in_active_language(items["en"][2], items["locales"]["nl"]).question == "Question 2?"
    assert in_active_language(items["en"][2], items["locales"]["nl"], fallback=False) is None
    assert in_active_language(None) is None


def test_a_queryset_is_read_with_its_versions_in_one_query(items):
    sources = FaqItem.objects.filter(locale=items["locales"]["en"])
    with CaptureQueriesContext(connection) as queries:
        pairs = translation_pairs(sources, items["locales"]["nl"], candidates=FaqItem.objects.order_by("pk"))
    assert len(queries) == 1
    assert [(source.question, version and version.question) for source, version in pairs] == [
        ("Question 0?", "Vraag 0?"),
        ("Question 1?", "Vraag 1?"),
        ("Question 2?", None),
    ]
    found = in_active_language(sources, items["locales"]["nl"], candidates=FaqItem.objects.order_by("pk"))
    assert questions(found) == ["Vraag 0?", "Vraag 1?", "Question 2?"]


def test_candidates_limit_which_versions_count(items):
    """E.g. only live, public pages: here, only questions whose text starts with 'Question'."""
    found = in_active_language(
        items["en"], items["locales"]["nl"], candidates=FaqItem.objects.filter(question__startswith="Question")
    )
    assert questions(found) == ["Question 0?", "Question 1?", "Question 2?"]


@pytest.mark.parametrize(
    ("code", "expected"), [("en", "New York, USA"), ("ja", "New York、USA"), ("ar", "New York، USA")]
)
def test_lists_are_joined_with_each_languages_separator(code, expected):
    from core.localization import joined

    with translation.override(code):
        assert joined(["New York", "", "USA"]) == expected
