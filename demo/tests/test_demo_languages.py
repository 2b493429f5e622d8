"""The demo's languages are the ones with PO files (a full demo build, about 20 s)."""

import shutil
from io import StringIO

from django.core.management import call_command
from wagtail.models import Locale, Page

from articles.models import Topic
from core.tests.helpers import assert_page_tree_is_sound
from demo import translations
from demo.loader import untranslated_strings
from network.models import Hotline


def test_a_language_without_po_files_is_not_translated(db, tmp_path, monkeypatch, django_capture_on_commit_callbacks):
    """With only the Dutch PO files, the demo is built in English and Dutch: Greek stays a
    locale without demo content, and nothing Dutch falls back to English."""
    shutil.copytree(translations.LOCALE_DIR / "nl", tmp_path / "nl")
    monkeypatch.setattr(translations, "LOCALE_DIR", tmp_path)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=StringIO())
    assert_page_tree_is_sound()

    dutch, greek = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="el")
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1).count()
    assert Page.objects.filter(locale=dutch).count() == english_pages
    assert not Page.objects.filter(locale=greek).exists()
    assert Topic.objects.filter(locale=dutch).count() == 7
    assert not Topic.objects.filter(locale=greek).exists() and not Hotline.objects.filter(locale=greek).exists()
    assert untranslated_strings() == {"nl": []}
    assert Page.objects.get(locale=dutch, depth=2).title == "Home"  # msgstr "Home" in site.po
    assert Page.objects.get(locale=dutch, url_path__endswith="/about/").title == "Over ons"
