"""The translators' tools in wagtail-localize's editor, through the admin: PO file download
and upload (the round trip a translator's own tool makes) and machine suggestions (the
dummy translator in the tests, DeepL when DEEPL_API_KEY is set)."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from core.tests.helpers import member_of
from home.factories import StandardPageFactory


@pytest.fixture
def german_translation(demo):
    english_home = Page.objects.get(locale__language_code="en", depth=2)
    page = StandardPageFactory(
        parent=english_home, title="Annual report", slug="annual-report", introduction="Our year."
    )
    german = Locale.objects.get(language_code="de")
    TranslationCreator(None, [german]).create_translations(page)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=german)


def translator(client, group_name, username):
    client.force_login(member_of(group_name, username))
    return client


def test_a_po_file_goes_out_and_comes_back_translated(client, german_translation):
    translator(client, "Translators (German)", "greta")
    download = client.get(reverse("wagtail_localize:download_pofile", args=[german_translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} >= {"Annual report", "Our year."}
    for entry in po:
        entry.msgstr = {"Annual report": "Jahresbericht", "Our year.": "Unser Jahr."}.get(entry.msgid, entry.msgid)
    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[german_translation.pk]),
        {"file": SimpleUploadedFile("annual-report-de.po", str(po).encode(), "text/x-gettext-translation")},
    )
    assert upload.status_code == 302
    saved = dict(
        StringTranslation.objects.filter(locale__language_code="de").values_list("translation_of__data", "data")
    )
    assert saved["Annual report"] == "Jahresbericht"
    assert saved["Our year."] == "Unser Jahr."


def test_a_translator_of_another_language_cannot_upload(client, german_translation):
    translator(client, "Translators (Greek)", "eleni")
    po = german_translation.export_po()
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[german_translation.pk]),
        {"file": SimpleUploadedFile("x.po", str(po).encode(), "text/x-gettext-translation")},
    )
    assert response.status_code in (302, 403)
    assert not StringTranslation.objects.filter(
        locale__language_code="de", translation_of__data="Annual report"
    ).exists()


def test_machine_suggestions_fill_what_is_left(client, german_translation):
    translator(client, "Translators (German)", "greta")
    response = client.post(reverse("wagtail_localize:machine_translate", args=[german_translation.pk]))
    assert response.status_code == 302
    suggested = dict(
        StringTranslation.objects.filter(locale__language_code="de").values_list("translation_of__data", "data")
    )
    assert suggested["Annual report"] == "report Annual"  # the dummy translator reverses the words
    assert suggested["Our year."] == "year. Our"
