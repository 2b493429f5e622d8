"""The News admin shows one language at a time: the flat article listing and the topic and
source listings start on the editor's admin language with a locale filter and column, and
"Add article" goes straight to the add form under the News page of that language."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import Page

from articles.factories import ArticleIndexPageFactory, TopicFactory
from articles.models import ArticleIndexPage, ArticlePage, Source, Topic
from core.tests.helpers import log_in_editor_speaking, translate_page
from home.factories import HomePageFactory

ENGLISH = {"Sextortion and grooming", "On sextortion", "On grooming", "Quarterly figures"}
DUTCH = {"Over grooming", "Kwartaalcijfers"}
GREEK = {"Τριμηνιαία στοιχεία"}


def retitle(page, title):
    Page.objects.filter(pk=page.pk).update(title=title, draft_title=title)


@pytest.fixture
def news_in_three_languages(news, locales):
    """The four English articles, two of them in Dutch and one in Greek, each language with
    its own home and News page."""
    retitle(translate_page(news["articles"]["grooming"], locales["nl"]), "Over grooming")
    retitle(translate_page(news["articles"]["untagged"], locales["nl"]), "Kwartaalcijfers")
    retitle(translate_page(news["articles"]["untagged"], locales["el"]), "Τριμηνιαία στοιχεία")
    assert ArticleIndexPage.objects.count() == 3
    return news


def listed_titles(response):
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def has_locale_column(response):
    return any(isinstance(column, LocaleColumn) for column in response.context["table"].columns.values())


@pytest.fixture
def dutch_editor(client, db):
    return log_in_editor_speaking(client, "nl")


def test_the_article_listing_starts_on_the_editors_language_with_a_locale_column(admin_client, news_in_three_languages):
    response = admin_client.get(reverse("articles:index"))
    assert listed_titles(response) == ENGLISH
    assert has_locale_column(response)
    locale_filter = response.context["filters"].form["locale"]
    assert locale_filter.value() == "en"
    languages = {code for code, _name in settings.LANGUAGES}
    assert {value for value, _label in locale_filter.field.choices} == {"all", *languages}
    assert 'value="en"' in str(locale_filter) and "checked" in str(locale_filter)
    assert not response.context["is_filtering"]  # the default language is not an applied filter


def test_editors_choose_another_language_or_all_of_them(admin_client, news_in_three_languages):
    url = reverse("articles:index")
    assert listed_titles(admin_client.get(url, {"locale": "el"})) == GREEK
    assert listed_titles(admin_client.get(url, {"locale": "nl"})) == DUTCH
    assert listed_titles(admin_client.get(url, {"locale": "all"})) == ENGLISH | DUTCH | GREEK
    results = admin_client.get(reverse("articles:index_results"), {"locale": "nl"})
    assert listed_titles(results) == DUTCH


def test_an_editor_whose_admin_speaks_dutch_sees_the_dutch_articles(dutch_editor, news_in_three_languages):
    response = dutch_editor.get(reverse("articles:index"))
    assert listed_titles(response) == DUTCH
    assert response.context["filters"].form["locale"].value() == "nl"


def test_an_editor_whose_admin_language_has_no_content_sees_the_default_language(client, news_in_three_languages):
    """Portuguese is an admin language but not a content language here: the listing starts on
    the default language instead of failing or showing nothing."""
    log_in_editor_speaking(client, "pt")
    response = client.get(reverse("articles:index"))
    assert listed_titles(response) == ENGLISH
    assert response.context["filters"].form["locale"].value() == "en"


def test_topic_source_and_date_filters_work_within_a_language_and_across_all(admin_client, news_in_three_languages):
    url = reverse("articles:index")
    grooming = news_in_three_languages["topics"]["grooming"]
    assert listed_titles(admin_client.get(url, {"topic": grooming.pk})) == {"Sextortion and grooming", "On grooming"}
    bik = news_in_three_languages["sources"]["bik-team"]
    # The translations were copied without translating the source, so they keep the English one.
    assert listed_titles(admin_client.get(url, {"source": bik.pk, "locale": "all"})) == {
        "On sextortion",
        "Quarterly figures",
        "Kwartaalcijfers",
        "Τριμηνιαία στοιχεία",
    }
    by_date = admin_client.get(url, {"date_from": "2022-01-01", "date_to": "2022-12-31", "locale": "nl"})
    assert listed_titles(by_date) == {"Kwartaalcijfers"}


def test_the_topic_and_source_listings_start_on_the_editors_language(admin_client, news, locales):
    TopicFactory(name="Afpersing", slug="sextortion-nl", locale=locales["nl"])
    topics_url = reverse(Topic.snippet_viewset.get_url_name("list"))
    english = admin_client.get(topics_url)
    assert {row.name for row in english.context["object_list"]} == {"Sextortion", "Grooming", "Hate speech"}
    assert has_locale_column(english)
    dutch = admin_client.get(topics_url, {"locale": "nl"})
    assert {row.name for row in dutch.context["object_list"]} == {"Afpersing"}
    everything = admin_client.get(topics_url, {"locale": "all"})
    assert len(everything.context["object_list"]) == 4
    sources = admin_client.get(reverse(Source.snippet_viewset.get_url_name("list")), {"locale": "el"})
    assert list(sources.context["object_list"]) == []


def test_add_article_goes_straight_to_the_form_under_the_news_page_of_the_listings_language(
    admin_client, news_in_three_languages, locales
):
    listing = admin_client.get(reverse("articles:index"), {"locale": "nl"})
    add_url = listing.context["add_url"]
    assert add_url == reverse("articles:choose_parent") + "?locale=nl"
    response = admin_client.get(add_url)
    dutch_news = ArticleIndexPage.objects.get(locale=locales["nl"])
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:add", args=("articles", "articlepage", dutch_news.pk))
    form = admin_client.get(response["Location"])
    assert form.status_code == 200


def test_add_article_without_a_language_uses_the_editors(dutch_editor, news_in_three_languages, locales):
    response = dutch_editor.get(reverse("articles:choose_parent"))
    dutch_news = ArticleIndexPage.objects.get(locale=locales["nl"])
    assert response["Location"] == reverse("wagtailadmin_pages:add", args=("articles", "articlepage", dutch_news.pk))


def test_with_several_news_pages_in_the_language_the_editor_chooses_among_just_those(
    admin_client, news_in_three_languages, locales
):
    second_home = HomePageFactory(parent=Page.get_first_root_node(), slug="second-home", title="Second home")
    second_news = ArticleIndexPageFactory(parent=second_home, title="Second news")
    response = admin_client.get(reverse("articles:choose_parent"), {"locale": "en"})
    assert response.status_code == 200
    field = response.context["form"]["parent_page"]
    english_news = news_in_three_languages["index"]
    assert [int(value.value) for value, _label in field.field.choices] == [english_news.pk, second_news.pk]
    assert 'type="radio"' in response.text and "Second news (in Second home)" in response.text
    chosen = admin_client.post(
        reverse("articles:choose_parent") + "?locale=en", {"parent_page": second_news.pk}, follow=False
    )
    assert chosen["Location"] == reverse("wagtailadmin_pages:add", args=("articles", "articlepage", second_news.pk))
    dutch_news = ArticleIndexPage.objects.get(locale=locales["nl"])
    refused = admin_client.post(reverse("articles:choose_parent") + "?locale=en", {"parent_page": dutch_news.pk})
    assert refused.status_code == 200 and refused.context["form"].errors


def test_without_a_news_page_in_the_language_the_editor_gets_a_clear_message(admin_client, news):
    response = admin_client.get(reverse("articles:choose_parent"), {"locale": "el"}, follow=True)
    assert response.redirect_chain[0][0] == reverse("articles:index") + "?locale=el"
    message = [str(m) for m in response.context["messages"]]
    assert any("There is no page in" in text and "Create or translate that page first" in text for text in message)
    assert not ArticlePage.objects.filter(locale__language_code="el").exists()
