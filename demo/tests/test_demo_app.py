"""The demo app's place in the project and its translators' files: nothing imports the demo,
and the demo's translations are PO files that gettext's own tools accept."""

import ast
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.test import override_settings

from demo import loader
from demo.translations import LOCALE_DIR, catalogues, complete_languages, po_files

PROJECT = Path(settings.BASE_DIR)
AREAS = ["articles.po", "network.po", "site.po", "summits.po"]


def imports_of(path):
    """Top-level module names that a Python file imports."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_other_app_imports_the_demo():
    """The demo depends on every content app and nothing depends on it: the project's code
    (every other app, the settings package) runs without it. Tests of the demo content may
    read it."""
    # The project's own apps: under its folder, and not installed packages (a virtualenv
    # inside the project is under its folder too).
    own_apps = [
        config
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(PROJECT) and "site-packages" not in Path(config.path).parts
    ]
    labels = {config.label for config in own_apps}
    assert {"core", "demo"} <= labels and "wagtailcore" not in labels
    folders = [Path(config.path) for config in own_apps if config.label != "demo"] + [PROJECT / "inhope_cms"]
    offenders = [
        str(path.relative_to(PROJECT))
        for folder in folders
        for path in folder.rglob("*.py")
        if "tests" not in path.relative_to(folder).parts and "demo" in imports_of(path)
    ]
    assert offenders == []
    # The check sees an import when there is one.
    assert "demo" in imports_of(PROJECT / "demo" / "management" / "commands" / "load_demo_content.py")


def test_the_demo_uses_every_content_app():
    assert {"articles", "core", "events", "faq", "home", "network"} <= imports_of(Path(loader.__file__))


def test_every_language_has_one_po_file_per_content_area_or_the_key_path():
    """Dutch and Greek translate the whole demo (a file per content area); the other
    languages translate the visitor's key path (one site.po, see DemoLoader.key_path)."""
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    assert {path.parent.parent.name for path in po_files()} == set(languages)
    assert complete_languages() == {"nl", "el"}
    for code in languages:
        expected = AREAS if code in ("nl", "el") else ["site.po"]
        assert sorted(path.name for path in (LOCALE_DIR / code / "LC_MESSAGES").glob("*.po")) == expected


@pytest.mark.parametrize("path", po_files(), ids=lambda path: f"{path.parent.parent.name}/{path.name}")
def test_demo_po_files_are_valid_for_translators_tools(path):
    """gettext's own check (`msgfmt --check`: header, format strings, duplicates) when it is
    installed; polib's parser otherwise. Every entry is translated, none fuzzy or obsolete,
    and the header names the language of the folder it is in."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt:
        result = subprocess.run(
            [msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata["Language"] == path.parent.parent.name
    assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert len(catalogue) > 50
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert catalogue.obsolete_entries() == []
    msgids = [entry.msgid for entry in catalogue]
    assert len(msgids) == len(set(msgids))


def test_catalogues_read_every_area_of_every_language():
    strings = catalogues()
    assert list(strings) == ["nl", "de", "fr", "es", "el", "bg", "ja", "ar"]  # in the order of settings.LANGUAGES
    assert strings["nl"]["News"] == "Nieuws"  # articles.po
    assert strings["el"]["Summits"] == "Σύνοδοι"  # summits.po
    assert strings["nl"]["About us"] == "Over ons"  # site.po
    assert len(strings["nl"]) == len(strings["el"]) == 296
    assert len(strings["ja"]) == len(strings["ar"]) == 209  # the key path


def test_the_languages_are_the_ones_with_po_files(tmp_path):
    """Adding a language's demo content is adding its PO files: a language without any is
    not in the catalogues (so the loader translates nothing into it); a language missing
    from settings.LANGUAGES is listed last, and the loader skips it."""
    shutil.copytree(LOCALE_DIR / "nl", tmp_path / "nl")
    assert list(catalogues(tmp_path)) == ["nl"]

    german = polib.POFile()
    german.metadata = {"Language": "de", "Content-Type": "text/plain; charset=UTF-8"}
    german.append(polib.POEntry(msgid="News", msgstr="Nachrichten"))
    german.append(polib.POEntry(msgid="Summits", msgstr=""))  # untranslated: left out
    german.append(polib.POEntry(msgid="About us", msgstr="Über uns", flags=["fuzzy"]))  # fuzzy: left out
    (tmp_path / "de" / "LC_MESSAGES").mkdir(parents=True)
    german.save(str(tmp_path / "de" / "LC_MESSAGES" / "site.po"))
    assert list(catalogues(tmp_path)) == ["nl", "de"]
    assert catalogues(tmp_path)["de"] == {"News": "Nachrichten"}
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("de", "Deutsch")]):
        assert list(catalogues(tmp_path)) == ["nl", "de"]
