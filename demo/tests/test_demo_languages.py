"""The demo's languages are the ones with PO files.

The translation itself (the PO file downloaded from wagtail-localize, its msgstr filled in,
uploaded and published) runs in the shared demo build, whose result `tests/test_demo_site.py`
checks in every language. Here the loader's translation step is recorded instead, so that
only the English site is built (a few seconds instead of a second full build)."""

import shutil
from io import StringIO

from django.core.management import call_command
from wagtail.models import Page

from articles.models import Source, Topic
from core.models import FooterContent
from core.tests.helpers import assert_page_tree_is_sound
from demo import articles as demo_articles
from demo import translations
from demo.loader import DemoLoader
from events.models import Speaker
from faq.models import FaqCategory, FaqItem
from network.models import Hotline


def test_only_languages_with_po_files_are_translated_and_each_gets_every_demo_object(db, tmp_path, monkeypatch):
    """With only the Dutch PO files (a Portuguese copy, a language the site does not offer,
    and a Japanese site.po), every page and snippet of the demo is translated into Dutch
    with the Dutch catalogue; Japanese gets the key path only, Greek nothing, and
    Portuguese is skipped with a message."""
    shutil.copytree(translations.LOCALE_DIR / "nl", tmp_path / "nl")
    shutil.copytree(translations.LOCALE_DIR / "nl", tmp_path / "pt")
    (tmp_path / "ja" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(translations.LOCALE_DIR / "ja" / "LC_MESSAGES" / "site.po", tmp_path / "ja" / "LC_MESSAGES")
    monkeypatch.setattr(translations, "LOCALE_DIR", tmp_path)
    asked = []
    monkeypatch.setattr(
        DemoLoader, "translate", lambda self, instance, locale, strings: asked.append((instance, locale, strings))
    )
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert_page_tree_is_sound()

    assert "skipped pt: it has demo PO files but is not in settings.LANGUAGES" in out.getvalue()
    assert {locale.language_code for _instance, locale, _strings in asked} == {"nl", "ja"}
    japanese = [instance for instance, locale, _strings in asked if locale.language_code == "ja"]
    newest = sorted(demo_articles.ARTICLES, key=lambda entry: entry["date"], reverse=True)[:3]
    assert sorted(page.slug for page in japanese if isinstance(page, Page)) == sorted(
        ["about", "faq", "home", "home", "hotlines", "report", "articles", "summits", "2024"]
        + [entry["slug"] for entry in newest]
    )
    assert {type(instance) for instance in japanese} == {
        FaqCategory,
        FaqItem,
        Hotline,
        FooterContent,
        Topic,
        Source,
        Speaker,
        *{type(page) for page in japanese if isinstance(page, Page)},
    }
    asked = [entry for entry in asked if entry[1].language_code == "nl"]
    dutch_catalogue = translations.catalogues()["nl"]
    assert all(strings == dutch_catalogue for _instance, _locale, strings in asked)
    assert dutch_catalogue["About us"] == "Over ons"
    english_pages = set(Page.objects.filter(locale__language_code="en", depth__gt=1).values_list("pk", flat=True))
    assert {instance.pk for instance, _locale, _strings in asked if isinstance(instance, Page)} == english_pages
    for model in (Topic, Source, FooterContent, Hotline, FaqCategory, FaqItem, Speaker):
        made = set(model.objects.values_list("pk", flat=True))
        assert made and {instance.pk for instance, *_rest in asked if isinstance(instance, model)} == made, model
    # The home page is asked twice: first, and again once its children exist in Dutch.
    home = Page.objects.get(locale__language_code="en", depth=2)
    assert [instance.pk for instance, *_rest in asked if isinstance(instance, Page)].count(home.pk) == 2
