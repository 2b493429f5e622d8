"""Every label the admin shows an editor reads as plain language, not as code: model fields,
every block of every StreamField (however deeply nested), and the panels' headings."""

import re

import pytest
from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page, RevisionMixin

PROJECT_APPS = ["core", "home", "faq", "articles", "events", "network", "search"]
PROJECT_MODELS = [model for label in PROJECT_APPS for model in apps.get_app_config(label).get_models()]
# Fields that Wagtail declares (pages, publishing, revisions, translation) carry Wagtail's labels.
INHERITED = {"id", "page_ptr", "translation_key", "locale", "sort_order"} | {
    field.name for mixin in (DraftStateMixin, RevisionMixin) for field in mixin._meta.get_fields()
}
# Abbreviations that read as code when a label is only the attribute name capitalised
# ("Faq", "Iso", "Cta"); written out or in capitals they are fine.
ABBREVIATIONS = {"url", "uri", "id", "iso", "faq", "cta", "rss", "ics", "api", "html", "seo", "og", "pk", "tz", "utc"}
CODE_WORDS = re.compile(r"\b(?:url|Url|URL|id|Id)\b")


def code_like(label, name=""):
    """Why `label` reads like code, or None when it reads as plain language."""
    label = str(label)
    if "_" in label:
        return "contains an underscore"
    if match := CODE_WORDS.search(label):
        return f"uses the code word {match.group(0)!r}"
    for word in re.findall(r"\w+", label):
        if word.lower() in ABBREVIATIONS and not word.isupper():
            return f"writes the abbreviation {word!r} like an attribute name"
    if name and name.lower() in ABBREVIATIONS and label == name.capitalize():
        return "is the attribute name capitalised"
    return None


def own_fields(model):
    return [
        field
        for field in model._meta.get_fields(include_parents=False)
        if isinstance(field, models.Field)
        and field.concrete
        and field.editable
        and field.name not in INHERITED
        and not field.auto_created
        and not isinstance(field, ParentalKey)
    ]


def walk_blocks(block, path, seen):
    """(path, block) for every child of `block`, through StructBlock, StreamBlock and ListBlock."""
    children = []
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        children = list(block.child_blocks.items())
    elif isinstance(block, blocks.ListBlock):
        children = [(block.child_block.name or "item", block.child_block)]
    for name, child in children:
        child_path = f"{path}.{name}"
        yield child_path, child
        if id(child) not in seen:
            seen.add(id(child))
            yield from walk_blocks(child, child_path, seen)


def field_labels():
    for model in PROJECT_MODELS:
        for field in own_fields(model):
            yield f"{model.__name__}.{field.name}", field.name, field.verbose_name


def block_labels():
    for model in PROJECT_MODELS:
        for field in model._meta.get_fields(include_parents=False):
            if isinstance(field, StreamField):
                for path, block in walk_blocks(field.stream_block, f"{model.__name__}.{field.name}", set()):
                    if isinstance(block, blocks.ListBlock) and not block.meta.label and path.endswith(".item"):
                        continue  # a list's item block has no label of its own in the admin
                    yield path, block.name, block.label


def panel_headings():
    for model in PROJECT_MODELS:
        if issubclass(model, Page) and model is not Page:
            handler = model.get_edit_handler()
        elif hasattr(model, "snippet_viewset"):
            handler = get_edit_handler(model)
        else:
            continue
        stack = [handler]
        while stack:
            panel = stack.pop()
            stack.extend(getattr(panel, "children", []))
            name = getattr(panel, "field_name", "") or ""
            if panel.heading and name not in INHERITED:
                yield f"{model.__name__} panel {name or panel.__class__.__name__}", name, panel.heading


def test_the_check_recognises_labels_that_read_like_code():
    assert code_like("Url", "url")
    assert code_like("Map url", "map_url")
    assert code_like("Reporting_url")
    assert code_like("Speaker id")
    assert code_like("Iso", "iso")
    assert code_like("Faq items")
    assert code_like("Cta", "cta")
    assert code_like("Web address", "url") is None
    assert code_like("FAQ category") is None
    assert code_like("Identity", "identity") is None
    assert code_like("Country", "country") is None


@pytest.mark.parametrize("source", [field_labels, block_labels, panel_headings], ids=lambda f: f.__name__)
def test_admin_labels_read_as_plain_language(source, db):
    found = list(source())
    assert found, "the walk should find labels"
    problems = [f"{where}: {str(label)!r} {why}" for where, name, label in found if (why := code_like(label, name))]
    assert problems == []


def test_the_walk_reaches_nested_blocks():
    paths = {path for path, _name, _label in block_labels()}
    assert any(path.count(".") >= 3 for path in paths), "blocks inside blocks inside blocks"
