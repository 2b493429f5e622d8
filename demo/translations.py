"""The demo content's translations, as translators deliver them: PO files.

`demo/locale/<language code>/LC_MESSAGES/<area>.po` holds one content area (site, articles,
network, summits) in one language, with the English source text as `msgid` and the
translation as `msgstr`. The languages the demo is translated into are the languages that
have PO files here (and are in `settings.LANGUAGES`): adding a language's demo content is
adding its PO files. The loader imports them into wagtail-localize with its own PO import
(`Translation.import_po`), as a translator's upload in the admin would be.
"""

from pathlib import Path

import polib
from django.conf import settings

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def po_files(locale_dir=None):
    """Every demo PO file, as paths, by language and area."""
    return sorted(Path(locale_dir or LOCALE_DIR).glob("*/LC_MESSAGES/*.po"))


def catalogues(locale_dir=None):
    """{language code: {English text: translation}} from the PO files present, in the order
    of `settings.LANGUAGES`; untranslated, fuzzy and obsolete entries are left out."""
    strings = {}
    for path in po_files(locale_dir):
        code = path.parent.parent.name
        catalogue = strings.setdefault(code, {})
        for entry in polib.pofile(str(path)).translated_entries():
            catalogue[entry.msgid] = entry.msgstr
    order = [code for code, _name in settings.LANGUAGES]
    return dict(sorted(strings.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))


AREAS = ("site", "network", "articles", "summits")


def complete_languages(locale_dir=None):
    """The languages whose demo PO files cover every area: the whole demo is translated into
    them. Other languages with PO files get the visitor's key path only (`DemoLoader.key_path`)."""
    areas = {}
    for path in po_files(locale_dir):
        areas.setdefault(path.parent.parent.name, set()).add(path.stem)
    return {code for code, present in areas.items() if present >= set(AREAS)}
