"""Reports → Translations: what is missing, in progress, ready, changed or done, per
language, for pages and translatable snippets."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from core.tests.helpers import member_of
from core.translation_report import IN_PROGRESS, MISSING, READY, SOURCE_CHANGED, TRANSLATED, translation_rows
from home.factories import StandardPageFactory

URL = reverse("translation_report")


def rows_by(language_code, **filters):
    rows = [row for row in translation_rows() if row.locale.language_code == language_code]
    return {(row.source.kind, row.title): row for row in rows if all(getattr(row, k) == v for k, v in filters.items())}


def test_each_status_is_reported(demo):
    english = Page.objects.get(locale__language_code="en", depth=2)
    japanese = Locale.objects.get(language_code="ja")
    new_page = StandardPageFactory(parent=english, title="Annual report", slug="annual-report")
    TranslationCreator(None, [japanese]).create_translations(new_page)  # a draft, nothing translated yet
    ready_page = StandardPageFactory(parent=english, title="Partners", slug="partners")
    TranslationCreator(None, [japanese]).create_translations(ready_page)
    translation = Translation.objects.get(source__object_id=ready_page.translation_key, target_locale=japanese)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"[ja] {entry.msgid}"
    assert translation.import_po(po) == []
    about = Page.objects.get(locale__language_code="en", slug="about").specific
    about.save_revision()  # the English text changes after it was sent for translation

    rows = rows_by("ja")
    assert rows[("page", "Contact")].status == MISSING
    contact = Page.objects.get(slug="contact", locale__language_code="en")
    assert rows[("page", "Contact")].url == f"/admin/localize/submit/page/{contact.pk}/?select_locale=ja"
    assert rows[("page", "Annual report")].status == IN_PROGRESS
    assert rows[("page", "Annual report")].progress == "0 %"
    assert rows[("page", "Partners")].status == READY  # every string translated, not published yet
    assert rows[("page", "About us")].status == SOURCE_CHANGED
    assert rows[("page", "Frequently asked questions")].status == TRANSLATED
    assert rows[("page", "Frequently asked questions")].progress == "100 %"
    faq = next(row for (kind, _title), row in rows.items() if kind == "faq.faqitem")
    assert faq.status == TRANSLATED and faq.url.startswith("/admin/snippets/faq/faqitem/edit/")
    assert {row.status for (kind, _title), row in rows.items() if kind == "events.speaker"} == {TRANSLATED}


def test_the_report_filters_and_exports(demo, admin_client):
    response = admin_client.get(URL, {"locale": "bg", "status": "missing", "kind": "page"})
    assert response.status_code == 200
    titles = [row.title for row in response.context["object_list"]]
    assert "Contact" in titles and "Privacy" in titles
    assert {row.locale.language_code for row in response.context["object_list"]} == {"bg"}
    assert "About us" not in titles  # translated into Bulgarian
    export = admin_client.get(URL, {"locale": "bg", "export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert lines[0] == ["Title", "Type", "Language", "Status", "Strings translated", "Source", "Translation"]
    assert lines[1][:5] == ["Home", "Home page", "Български", "Translated", "100 %"]
    assert admin_client.get(URL, {"status": "nonsense"}).status_code == 200  # an invalid filter is ignored


def test_translators_see_their_own_language(demo, client):
    client.force_login(member_of("Translators (Bulgarian)", "boris"))
    response = client.get(URL)
    assert response.status_code == 200
    assert {row.locale.language_code for row in response.context["paginator"].object_list} == {"bg"}


def test_the_report_runs_the_same_queries_as_the_site_grows(demo, admin_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(URL, {"locale": "ja"}).status_code == 200
        return len(captured)

    before = queries()
    english = Page.objects.get(locale__language_code="en", depth=2)
    japanese = Locale.objects.get(language_code="ja")
    for number in range(5):
        page = StandardPageFactory(parent=english, title=f"Extra {number}", slug=f"extra-{number}")
        TranslationCreator(None, [japanese]).create_translations(page)
    assert TranslationSource.objects.filter(object_id=page.translation_key).exists()
    assert queries() == before


@pytest.mark.parametrize("status", [MISSING, IN_PROGRESS, READY, SOURCE_CHANGED, TRANSLATED])
def test_every_status_has_a_label(status):
    from core.translation_report import STATUS_LABELS

    assert STATUS_LABELS[status]
