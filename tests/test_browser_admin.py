"""Editors and translators in the real Wagtail admin, in Chromium, after `load_demo_content`.

After a fresh clone's `make run`, translating a new English article into Greek and adding
a Dutch article under "Nieuws" once failed with a server error: the demo left the Dutch
and Greek News and Summits indexes with a wrong child count."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale

from articles.models import ArticleIndexPage, ArticlePage
from core.tests.helpers import assert_page_tree_is_sound

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor_page(live_server, page, demo_snapshot):
    demo_snapshot.restore()
    assert_page_tree_is_sound()
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    return page


def test_translating_a_new_article_into_greek_and_adding_a_dutch_article(editor_page, live_server, settings):
    page = editor_page
    indexes = {index.locale.language_code: index for index in ArticleIndexPage.objects.select_related("locale")}
    english = indexes["en"].add_child(
        instance=ArticlePage(title="Fresh findings", slug="fresh-findings", summary="New figures from the network.")
    )
    english.save_revision().publish()

    # A translator: "Translate this page" -> Greek -> Submit.
    page.goto(f"{live_server.url}/admin/localize/submit/page/{english.pk}/")
    page.get_by_label("Ελληνικά").check()
    with page.expect_response(lambda response: response.request.method == "POST", timeout=90_000) as submitted:
        page.get_by_role("button", name="Submit").click()
    assert submitted.value.status == 302, f"translation refused: {submitted.value.status} at {page.url}"
    page.wait_for_load_state()
    expect(page.locator("body")).not_to_contain_text("Server Error")
    greek = english.get_translation(Locale.objects.get(language_code="el"))
    assert greek.get_parent().pk == indexes["el"].pk

    # An editor adds a Dutch article directly under "Nieuws". Wagtail's autosave is off here:
    # on a loaded machine its first request (which creates the page) can still be running when
    # "Save draft" posts the add form again, and that second create is refused as a duplicate
    # slug. That race is Wagtail's own; this test is about the tree under "Nieuws".
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{indexes['nl'].pk}/")
    page.locator("#id_title").fill("Nieuwe cijfers")
    # A key press, as when typing: Wagtail copies the title into the slug on keyup and blur.
    page.locator("#id_title").press("End")
    expect(page.locator("#id_slug")).to_have_value("nieuwe-cijfers")
    page.locator("#id_summary").fill("Nieuwe cijfers uit het netwerk.")
    with page.expect_response(lambda response: response.request.method == "POST", timeout=90_000) as saved:
        page.get_by_role("button", name="Save draft").click()
    # Wagtail answers a saved new page with a redirect to its edit view; a refused form
    # comes back with the add form and its error messages.
    errors = page.evaluate("[...document.querySelectorAll('[aria-invalid=true]')].map(e => e.name + '=' + e.value)")
    assert saved.value.status == 302, f"add form refused: {saved.value.status} at {page.url}: {errors}"
    dutch = ArticlePage.objects.get(locale__language_code="nl", title="Nieuwe cijfers")
    assert dutch.get_parent().pk == indexes["nl"].pk
    assert dutch.date == datetime.date.today()
    assert_page_tree_is_sound()
