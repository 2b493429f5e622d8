"""A Greek translator and a moderator in the real admin, in Chromium, after `load_demo_content`.

An editor has sent a new English article and a new FAQ question for translation into Greek.
The Greek translator finds them in Reports → Translations, translates every string in
wagtail-localize's editor and leaves them for review (translators never publish); English
and Dutch pages and snippets are refused. A moderator then publishes both, and Greek
visitors see them."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from articles.models import ArticleIndexPage, ArticlePage
from core.tests.helpers import assert_page_tree_is_sound, member_of
from faq.models import FaqCategory, FaqItem

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
GREEK = {
    "Fresh findings": "Νέα ευρήματα",
    "New figures from the network.": "Νέα στοιχεία από το δίκτυο.",
    "Can I report from my phone?": "Μπορώ να κάνω αναφορά από το κινητό μου;",
    "Yes. Every member hotline's form works on a phone.": "Ναι. Η φόρμα κάθε γραμμής-μέλους λειτουργεί σε κινητό.",
}


@pytest.fixture
def sent_for_translation(live_server, demo_snapshot):
    from wagtail_localize.operations import TranslationCreator

    demo_snapshot.restore()
    english_news = ArticleIndexPage.objects.get(locale__language_code="en")
    article = english_news.add_child(
        instance=ArticlePage(title="Fresh findings", slug="fresh-findings", summary="New figures from the network.")
    )
    article.save_revision().publish()
    category = FaqCategory.objects.filter(locale__language_code="en").first()
    question = FaqItem.objects.create(
        locale=category.locale,
        category=category,
        question="Can I report from my phone?",
        answer="<p>Yes. Every member hotline's form works on a phone.</p>",
        anchor="can-i-report-from-my-phone",
    )
    greek = Locale.objects.get(language_code="el")
    TranslationCreator(None, [greek]).create_translations(article)
    TranslationCreator(None, [greek]).create_translations(question)
    for username, group in (("eleni", "Translators (Greek)"), ("moira", "Moderators")):
        member_of(group, username, PASSWORD)
    return article.get_translation(greek), question.get_translation(greek)


def log_in(page, base_url, username):
    page.context.clear_cookies()
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def translate_every_string(page):
    """In wagtail-localize's editor: "Translate" on each string still to do, type, "Save"."""
    to_do = page.locator("li.incomplete")
    expect(to_do.first).to_be_visible()
    while to_do.count():
        segment = to_do.first
        source = segment.locator("xpath=./p").first.inner_text().strip()
        segment.get_by_role("button", name="Translate", exact=True).click()
        segment.locator("textarea").fill(GREEK[source])
        with page.expect_response(lambda response: "/strings/" in response.url) as saved:
            segment.get_by_role("button", name="Save", exact=True).click()
        assert saved.value.status in (200, 201), (source, saved.value.status, saved.value.text()[:300])
        expect(page.get_by_text(GREEK[source])).to_be_visible()


def test_a_greek_translator_translates_and_a_moderator_publishes(sent_for_translation, live_server, page):
    greek_article, greek_question = sent_for_translation
    base = live_server.url
    assert not greek_article.live and not greek_question.live  # drafts until published

    log_in(page, base, "eleni")
    page.goto(base + "/admin/reports/translations/?status=in_progress")
    expect(page.get_by_role("link", name="Fresh findings")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Nederlands")  # her language only
    page.get_by_role("link", name="Fresh findings").click()
    page.wait_for_url(f"**/admin/pages/{greek_article.pk}/edit/")
    translate_every_string(page)
    expect(page.get_by_role("button", name="Publish in Ελληνικά")).to_have_count(0)  # translators never publish

    page.goto(base + "/admin/reports/translations/?status=in_progress")
    page.get_by_role("link", name="Can I report from my phone?").click()
    translate_every_string(page)
    expect(page.get_by_role("button", name="Publish in Ελληνικά")).to_have_count(0)

    # Refused: the English source and the Dutch versions.
    english_article = greek_article.get_translation(Locale.objects.get(language_code="en"))
    dutch_question = FaqItem.objects.filter(locale__language_code="nl").first()
    for refused in (
        f"/admin/pages/{english_article.pk}/edit/",
        f"/admin/snippets/faq/faqitem/edit/{dutch_question.pk}/",
    ):
        page.goto(base + refused)
        page.wait_for_url(f"{base}/admin/")  # back to the dashboard, with Wagtail's message
        expect(page.locator("body")).to_contain_text("Sorry, you do not have permission to access this area.")

    page.goto(base + "/admin/reports/translations/?status=ready")
    expect(page.get_by_role("link", name="Fresh findings")).to_be_visible()  # waiting for a moderator

    log_in(page, base, "moira")
    for edit_url in (
        f"/admin/pages/{greek_article.pk}/edit/",
        f"/admin/snippets/faq/faqitem/edit/{greek_question.pk}/",
    ):
        page.goto(base + edit_url)
        page.get_by_role("button", name="Publish in Ελληνικά").click()
        expect(page.locator(".messages")).to_contain_text("Published")

    greek_article.refresh_from_db()
    assert greek_article.live and greek_article.title == "Νέα ευρήματα"
    page.goto(base + greek_article.url)
    expect(page.locator("h1")).to_have_text("Νέα ευρήματα")
    page.goto(base + "/el/faq/")
    expect(page.locator("main")).to_contain_text("Μπορώ να κάνω αναφορά από το κινητό μου;")
    assert_page_tree_is_sound()
