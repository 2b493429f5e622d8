"""The FAQ: questions and categories as translatable snippets with anchors that are the same
in every language, the FAQ page that lists them by category (with FAQPage JSON-LD), and the
FAQ block that shows chosen questions on any page, in that page's language."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments

from core.factories import FooterContentFactory
from core.tests.helpers import inline_code_in, json_ld, translate_page
from events.blocks import SummitFaqStreamBlock
from events.factories import SummitIndexPageFactory, SummitPageFactory
from faq import rich_text
from faq.blocks import FaqBlock
from faq.factories import FaqCategoryFactory, FaqItemFactory, FaqPageFactory
from faq.models import ANCHOR_MAX_LENGTH, FaqItem, FaqPage
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, StandardPage

# Seven are Wagtail's own (the site, the active locale, the home page and the FAQ page
# found in three, the view-restriction check in two); one finds the questions with their
# categories, whatever their number. Counted with a warm cache, as on a live site.
FAQ_PAGE_QUERIES = 8


def localize(instance, locale, strings):
    """Translates a snippet with wagtail-localize, as a translator does in the admin:
    every segment from `strings`, then the translation saved."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string, locale=locale, context=segment.context, data=strings[segment.string.data]
        )
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def item_block(*items):
    """A FaqBlock value choosing `items`, as stored in the database."""
    return {
        "heading": "Good to know",
        "items": [
            {"type": "item", "id": f"00000000-0000-4000-8000-{n:012d}", "value": item.pk}
            for n, item in enumerate(items)
        ],
    }


@pytest.fixture
def faq(home_page):
    """A FAQ page with two categories given out of order, and their questions."""
    FooterContentFactory()
    summit = FaqCategoryFactory(name="The summit", sort_order=20)
    reporting = FaqCategoryFactory(name="Reporting", sort_order=10)
    items = {
        "anonymous": FaqItemFactory(
            question="Is my report anonymous?",
            answer="<p>Yes. You do not <b>have</b> to give your name.</p>",
            category=reporting,
            sort_order=1,
        ),
        "never": FaqItemFactory(
            question="What must I never do?",
            answer="<p>Never download the material.</p><ul><li>Report the address.</li></ul>",
            category=reporting,
            sort_order=2,
        ),
        "summit": FaqItemFactory(
            question="What is the summit?", answer="<p>A yearly meeting.</p>", category=summit, sort_order=1
        ),
    }
    page = FaqPageFactory(parent=home_page, introduction="What people ask us.")
    return {"page": page, "categories": {"reporting": reporting, "summit": summit}, "items": items}


# Page type rules


class FaqPageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="faq-rules-home")
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=cls.home, is_default_site=True)
        cls.standard = StandardPageFactory(parent=cls.home, slug="faq-rules-standard")

    def setUp(self):
        self.login()

    def test_faq_page_sits_under_the_home_page_only_once_and_has_no_children(self):
        self.assertAllowedParentPageTypes(FaqPage, {HomePage})
        self.assertAllowedSubpageTypes(FaqPage, set())
        self.assertCanCreateAt(HomePage, FaqPage)
        self.assertCanNotCreateAt(StandardPage, FaqPage)
        assert FaqPage.can_create_at(self.home)
        FaqPageFactory(parent=self.home)
        assert not FaqPage.can_create_at(self.home)

    def test_an_editor_can_create_render_and_preview_a_faq_page(self):
        data = nested_form_data({"title": "Questions", "slug": "questions", "introduction": "Ask us."})
        self.assertCanCreate(self.home, FaqPage, data)
        page = FaqPage.objects.get(slug="questions")
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=data)


# Anchors


def test_anchor_is_made_from_the_question_with_a_suffix_on_a_clash(db, locales):
    category = FaqCategoryFactory(name="Reporting & more")
    first = FaqItemFactory(question="Is my report anonymous?", category=category)
    second = FaqItemFactory(question="Is my report anonymous?!", category=category)
    third = FaqItemFactory(question="Is my report  anonymous?", category=category)
    assert category.anchor == "reporting-more"
    assert [first.anchor, second.anchor, third.anchor] == [
        "is-my-report-anonymous",
        "is-my-report-anonymous-2",
        "is-my-report-anonymous-3",
    ]
    first.save()  # saving again keeps the anchor
    assert FaqItem.objects.get(pk=first.pk).anchor == "is-my-report-anonymous"


def test_anchor_fits_its_field_and_never_ends_empty(db, locales):
    long_question = "Why " + "really " * 30 + "?"
    first, second = FaqItemFactory(question=long_question), FaqItemFactory(question=long_question)
    assert len(first.anchor) <= ANCHOR_MAX_LENGTH and not first.anchor.endswith("-")
    assert len(second.anchor) <= ANCHOR_MAX_LENGTH and second.anchor.endswith("-2")
    assert FaqItemFactory(question="???").anchor == "question"
    assert FaqItemFactory(question="Τι είναι μια γραμμή;").anchor == "τι-είναι-μια-γραμμή"


def test_an_anchor_an_editor_types_must_be_free_in_its_language(db, locales):
    taken = FaqItemFactory(question="Is it anonymous?", anchor="anonymous")
    clash = FaqItemFactory.build(question="Other", anchor="anonymous", category=taken.category)
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert "anchor" in error.value.message_dict
    elsewhere = FaqItemFactory.build(
        question="Other", anchor="anonymous", category=taken.category, locale=locales["nl"]
    )
    elsewhere.full_clean()  # another language may (and its translation does) use it


def test_anchor_and_order_are_copied_not_translated(faq):
    item = faq["items"]["anonymous"]
    paths = {segment.path for segment in extract_segments(item)}
    assert "question" in paths and "category" in paths
    assert "anchor" not in paths and "sort_order" not in paths


# The FAQ page


def test_faq_page_groups_questions_by_category_in_editor_order(client, faq):
    html = client.get("/en/faq/").text
    main = html[html.index("<main") : html.index("</main>")]
    assert "What people ask us." in main
    headings = re.findall(r'<h2 class="faq__heading" id="([^"]+)">([^<]+)</h2>', main)
    assert headings == [("reporting", "Reporting"), ("the-summit", "The summit")]
    questions = re.findall(r'<summary class="faq__question">([^<]+)</summary>', main)
    assert questions == ["Is my report anonymous?", "What must I never do?", "What is the summit?"]
    assert main.count('<details class="faq__item" id="') == 3
    assert main.index('id="the-summit"') < main.index('id="what-is-the-summit"')
    assert '<a href="#reporting">Reporting</a>' in main and '<a href="#the-summit">The summit</a>' in main
    assert '<details class="faq__item" id="is-my-report-anonymous">' in main
    assert (
        '<a href="#is-my-report-anonymous">Link to this question'
        '<span class="visually-hidden">: Is my report anonymous?</span></a>'
    ) in main
    assert "<p>Yes. You do not <b>have</b> to give your name.</p>" in main
    assert inline_code_in(html) == []


def rendered_answers(html):
    """Each question's anchor with its rendered answer, in page order."""
    return re.findall(
        r'<details class="faq__item" id="([^"]+)">.*?<div class="rich-text">(.*?)</div>', html, flags=re.DOTALL
    )


# Text in an answer that looks like the marker once used to join answers before expanding them.
MARKER_ANSWER = "<p>Answers were joined with <!--next-answer--> and split again.</p>"


def test_answer_holding_an_html_comment_marker_keeps_the_faq_page_whole(client, faq):
    FaqItemFactory(
        question="How were answers joined?",
        answer=MARKER_ANSWER,
        category=faq["categories"]["reporting"],
        sort_order=0,
    )
    response = client.get("/en/faq/")
    assert response.status_code == 200
    assert rendered_answers(response.text) == [
        ("how-were-answers-joined", MARKER_ANSWER),
        ("is-my-report-anonymous", "<p>Yes. You do not <b>have</b> to give your name.</p>"),
        ("what-must-i-never-do", "<p>Never download the material.</p><ul><li>Report the address.</li></ul>"),
        ("what-is-the-summit", "<p>A yearly meeting.</p>"),
    ]


def test_faq_page_without_questions_says_so(client, home_page):
    FaqPageFactory(parent=home_page)
    html = client.get("/en/faq/").text
    assert "There are no questions here yet." in html
    assert "application/ld+json" not in html


def test_faq_page_shows_only_its_languages_questions(client, faq, locales):
    FaqItemFactory(question="Een Nederlandse vraag?", locale=locales["nl"], category=faq["categories"]["reporting"])
    assert "Een Nederlandse vraag?" not in client.get("/en/faq/").text


def test_faq_page_structured_data_lists_each_question_and_answer(client, faq):
    data = json_ld(client.get("/en/faq/").text)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "FAQPage"
    assert data["url"] == "http://localhost/en/faq/"
    assert data["inLanguage"] == "en"
    assert [question["@type"] for question in data["mainEntity"]] == ["Question"] * 3
    assert [(question["name"], question["acceptedAnswer"]) for question in data["mainEntity"]] == [
        ("Is my report anonymous?", {"@type": "Answer", "text": "Yes. You do not have to give your name."}),
        ("What must I never do?", {"@type": "Answer", "text": "Never download the material. Report the address."}),
        ("What is the summit?", {"@type": "Answer", "text": "A yearly meeting."}),
    ]
    assert data["mainEntity"][0]["url"] == "http://localhost/en/faq/#is-my-report-anonymous"


def test_only_one_structured_data_block_per_faq_page(client, faq):
    assert client.get("/en/faq/").text.count("application/ld+json") == 1


def translate_faq(faq, locales):
    """Dutch translations of the categories and questions (wagtail-localize), then the page."""
    nl = locales["nl"]
    for category, name in ((faq["categories"]["reporting"], "Melden"), (faq["categories"]["summit"], "De top")):
        localize(category, nl, {category.name: name})
    localize(
        faq["items"]["anonymous"],
        nl,
        {
            "Is my report anonymous?": "Is mijn melding anoniem?",
            "Yes. You do not <b>have</b> to give your name.": "Ja.",
        },
    )
    return translate_page(faq["page"], nl)


def test_a_translated_question_keeps_its_anchor_and_finds_its_category(faq, locales):
    translate_faq(faq, locales)
    dutch = faq["items"]["anonymous"].get_translation(locales["nl"])
    assert dutch.question == "Is mijn melding anoniem?"
    assert dutch.anchor == "is-my-report-anonymous"
    assert dutch.sort_order == faq["items"]["anonymous"].sort_order
    assert dutch.category == faq["categories"]["reporting"].get_translation(locales["nl"])
    assert dutch.category.anchor == "reporting"


def test_translated_faq_page_uses_the_same_anchors(client, faq, locales):
    translate_faq(faq, locales)
    html = client.get("/nl/faq/").text
    main = html[html.index("<main") : html.index("</main>")]
    assert '<h2 class="faq__heading" id="reporting">Melden</h2>' in main
    assert '<details class="faq__item" id="is-my-report-anonymous">' in main
    assert '<summary class="faq__question">Is mijn melding anoniem?</summary>' in main
    assert "What must I never do?" not in main  # not translated: not a Dutch question
    assert json_ld(html)["mainEntity"][0]["url"] == "http://localhost/nl/faq/#is-my-report-anonymous"


# Query counts


def count_queries(client, url):
    client.get(url)  # warm the caches a live site keeps warm (chrome, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(("categories", "per_category"), [(1, 3), (5, 8)])
def test_faq_page_query_count_is_flat(client, home_page, categories, per_category):
    """Flat with answers that link to pages too: each answer links to a page of its own."""
    FooterContentFactory()
    for n in range(categories):
        category = FaqCategoryFactory(name=f"Category {n}")
        for m in range(per_category):
            linked = StandardPageFactory(parent=home_page, title=f"Linked {n}-{m}", slug=f"linked-{n}-{m}")
            FaqItemFactory(category=category, answer=f'<p>See <a linktype="page" id="{linked.pk}">this page</a>.</p>')
    FaqPageFactory(parent=home_page)
    assert count_queries(client, "/en/faq/") == FAQ_PAGE_QUERIES
    assert f'<a href="/en/linked-{categories - 1}-{per_category - 1}/">this page</a>' in client.get("/en/faq/").text


# The FAQ block


def test_faq_block_shows_the_chosen_questions_in_editor_order(client, faq):
    items = faq["items"]
    StandardPageFactory(
        parent=faq["page"].get_parent(),
        slug="help",
        body=[{"type": "faq", "value": item_block(items["summit"], items["anonymous"])}],
    )
    html = client.get("/en/help/").text
    main = html[html.index("<main") : html.index("</main>")]
    assert '<h2 class="faq__heading">Good to know</h2>' in main
    questions = re.findall(r'<details class="faq__item" id="([^"]+)">\s*<summary class="faq__question">([^<]+)<', main)
    assert questions == [
        ("what-is-the-summit", "What is the summit?"),
        ("is-my-report-anonymous", "Is my report anonymous?"),
    ]
    assert '<a href="#what-is-the-summit">Link to this question' in main
    assert "application/ld+json" not in html  # FAQPage data belongs to the FAQ page only


def test_faq_block_on_a_translated_page_shows_the_translated_questions(client, faq, locales):
    translate_faq(faq, locales)
    items = faq["items"]
    page = StandardPageFactory(
        parent=faq["page"].get_parent(),
        slug="help",
        body=[{"type": "faq", "value": item_block(items["anonymous"], items["never"])}],
    )
    translate_page(page, locales["nl"])  # Wagtail's copy keeps the English questions' ids
    main = client.get("/nl/help/").text.split("<main", 1)[1]
    # The translated question in Dutch; the untranslated one falls back to English.
    assert '<summary class="faq__question">Is mijn melding anoniem?</summary>' in main
    assert '<summary class="faq__question">What must I never do?</summary>' in main
    assert "Is my report anonymous?" not in main


def test_faq_block_swaps_in_the_translations_in_one_query(faq, locales, django_assert_num_queries):
    dutch_page = translate_faq(faq, locales)
    items = faq["items"]
    block = FaqBlock()
    value = block.to_python(item_block(items["anonymous"], items["never"], items["summit"]))
    with django_assert_num_queries(1):
        context = block.get_context(value, parent_context={"page": dutch_page})
    dutch = items["anonymous"].get_translation(locales["nl"])
    assert context["faq_items"] == [dutch, items["never"], items["summit"]]
    with django_assert_num_queries(0):  # already in the page's language: nothing to look up
        context = block.get_context(value, parent_context={"page": faq["page"]})
    assert context["faq_items"] == [items["anonymous"], items["never"], items["summit"]]


def test_faq_block_with_an_answer_holding_an_html_comment_marker_shows_every_answer(client, faq):
    marker = FaqItemFactory(
        question="How were answers joined?", answer=MARKER_ANSWER, category=faq["categories"]["reporting"]
    )
    StandardPageFactory(
        parent=faq["page"].get_parent(),
        slug="help",
        body=[{"type": "faq", "value": item_block(marker, faq["items"]["summit"])}],
    )
    response = client.get("/en/help/")
    assert response.status_code == 200
    assert rendered_answers(response.text) == [
        ("how-were-answers-joined", MARKER_ANSWER),
        ("what-is-the-summit", "<p>A yearly meeting.</p>"),
    ]


def test_answers_are_expanded_one_by_one_when_the_joined_pass_loses_the_separator(monkeypatch):
    """The split is checked: a rewriter that dropped comments would otherwise shift answers."""

    def without_comments(html):
        return re.sub(r"<!--.*?-->", "", html, flags=re.DOTALL)

    monkeypatch.setattr(rich_text, "expand_db_html", without_comments)
    assert rich_text.expand_together(["<p>One</p>", "<p>Two <!-- note --></p>", "<p>Three</p>"]) == [
        "<p>One</p>",
        "<p>Two </p>",
        "<p>Three</p>",
    ]


def test_faq_block_skips_a_deleted_question(faq):
    block = FaqBlock()
    value = block.to_python(item_block(faq["items"]["summit"], faq["items"]["never"]))
    faq["items"]["never"].delete()
    value = block.to_python(block.get_prep_value(value))
    html = block.render(value, context={"page": faq["page"]})
    assert html.count('class="faq__item"') == 1


def test_summit_page_shows_questions_from_the_faq(client, faq):
    index = SummitIndexPageFactory(parent=faq["page"].get_parent())
    SummitPageFactory(parent=index, year=2024, faq=[{"type": "faq_items", "value": item_block(faq["items"]["summit"])}])
    html = client.get("/en/summits/2024/").text
    assert '<a href="#faq">Questions</a>' in html
    assert '<details class="faq__item" id="what-is-the-summit">' in html
    assert '<summary class="faq__question">What is the summit?</summary>' in html
    assert json_ld(html)["@type"] == "Event"  # still the summit's only structured data
    assert "faq_items" in SummitFaqStreamBlock().child_blocks


@pytest.mark.parametrize("with_questions", [False, True])
def test_faq_block_preview_renders_with_or_without_questions(admin_client, locales, with_questions):
    if with_questions:
        FaqItemFactory(question="Is my report anonymous?")
    block = FaqBlock()
    html = block.render(block.get_preview_value())
    assert "Common questions" in html
    assert ("Is my report anonymous?" in html) == with_questions
    preview = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert preview.status_code == 200
    assert ("Is my report anonymous?" in preview.text) == with_questions


# Admin


def test_admin_lists_filters_and_searches_questions(admin_client, faq):
    reporting = faq["categories"]["reporting"]
    listing = admin_client.get("/admin/snippets/faq/faqitem/", {"category": reporting.pk}).text
    assert "Is my report anonymous?" in listing and "What is the summit?" not in listing
    found = admin_client.get("/admin/snippets/faq/faqitem/", {"q": "anonym", "category": reporting.pk}).text
    assert "Is my report anonymous?" in found and "What must I never do?" not in found
    chooser = admin_client.get("/admin/snippets/choose/faq/faqitem/results/", {"q": "never"}).text
    assert "What must I never do?" in chooser and "Is my report anonymous?" not in chooser
    categories = admin_client.get("/admin/snippets/faq/faqcategory/").text
    assert "Reporting" in categories and "The summit" in categories
