"""Interface strings are translated for every language the site offers."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_catalogue_is_complete_and_compiled(code):
    po_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert {entry.msgid: entry.msgstr for entry in compiled if not entry.msgid_plural} == {
        entry.msgid: entry.msgstr for entry in catalogue.translated_entries() if not entry.msgid_plural
    }


@pytest.mark.parametrize(("code", "expected"), [("nl", "Zoeken"), ("el", "Αναζήτηση")])
def test_interface_speaks_the_visitors_language(code, expected):
    with translation.override(code):
        assert translation.gettext("Search") == expected
