"""Editors: page type rules, creating an article with topics in the admin, previews, the
flat article listing with its filters, and topic and source usage counts."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, SourceFactory, TopicFactory
from articles.models import ArticleIndexPage, ArticlePage, Topic
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, StandardPage


class ArticlePageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="news-home")
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=cls.home, is_default_site=True)
        cls.index = ArticleIndexPageFactory(parent=cls.home)
        cls.topic = TopicFactory(name="Grooming", slug="grooming")
        cls.source = SourceFactory(name="INHOPE", slug="inhope")
        cls.article = ArticlePageFactory(parent=cls.index, slug="first", topics=[cls.topic], source=cls.source)

    def setUp(self):
        self.login()

    def test_articles_live_only_under_an_index_which_lives_under_home(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(StandardPage, ArticlePage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanCreateAt(ArticleIndexPage, ArticlePage)

    def test_one_index_per_home_page(self):
        self.assertFalse(ArticleIndexPage.can_create_at(self.home))  # it already has one
        other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="other-home")
        self.assertTrue(ArticleIndexPage.can_create_at(other_home))

    def test_pages_render_and_preview(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.article)
        self.assertPageIsPreviewable(
            self.article,
            post_data=nested_form_data(
                {
                    "title": "Previewed article",
                    "slug": "previewed",
                    "date": "2024-05-01",
                    "source": self.source.pk,
                    "summary": "What the preview shows.",
                    "topic_links": inline_formset([{"topic": self.topic.pk}]),
                    "hero_image_alt": "",
                    "body": streamfield([("paragraph", rich_text("<p>Preview me.</p>"))]),
                    "related_links": inline_formset([]),
                }
            ),
        )

    def test_an_editor_can_publish_an_article_with_topics(self):
        second = TopicFactory(name="Sextortion", slug="sextortion")
        self.assertCanCreate(
            self.index,
            ArticlePage,
            nested_form_data(
                {
                    "title": "A new article",
                    "slug": "a-new-article",
                    "date": "2024-05-02",
                    "source": self.source.pk,
                    "summary": "Two topics, one source.",
                    "topic_links": inline_formset([{"topic": second.pk}, {"topic": self.topic.pk}]),
                    "hero_image_alt": "",
                    "body": streamfield([("paragraph", rich_text("<p>Body text.</p>"))]),
                    "related_links": inline_formset([]),
                }
            ),
        )
        created = ArticlePage.objects.get(slug="a-new-article")
        assert [link.topic.slug for link in created.topic_links.all()] == ["sextortion", "grooming"]
        assert {link.locale_id for link in created.topic_links.all()} == {created.locale_id}

    def test_article_date_defaults_to_today(self):
        from django.utils import timezone

        assert ArticlePage().date == timezone.localdate()


@pytest.fixture
def admin_client_with_news(admin_client, news):
    return admin_client


def test_flat_article_listing_filters_by_topic_source_and_date(admin_client_with_news, news):
    url = reverse("articles:index")
    everything = admin_client_with_news.get(url)
    assert everything.status_code == 200
    for title in ("Sextortion and grooming", "On sextortion", "On grooming", "Quarterly figures"):
        assert title in everything.text
    by_topic = admin_client_with_news.get(url, {"topic": news["topics"]["sextortion"].pk}).text
    assert "On sextortion" in by_topic and "On grooming" not in by_topic
    by_source = admin_client_with_news.get(url, {"source": news["sources"]["bik-team"].pk}).text
    assert "Quarterly figures" in by_source and "On grooming" not in by_source
    by_date = admin_client_with_news.get(url, {"date_from": "2023-01-01", "date_to": "2023-12-31"}).text
    assert "On grooming" in by_date and "Quarterly figures" not in by_date and "Sextortion and grooming" not in by_date


def test_topic_and_source_listings_show_how_many_articles_use_each(admin_client_with_news, news):
    topics = admin_client_with_news.get(reverse(Topic.snippet_viewset.get_url_name("list")), {"ordering": "name"})
    assert topics.status_code == 200
    rows = {row.name: row.article_count for row in topics.context["object_list"]}
    assert rows == {"Grooming": 2, "Hate speech": 0, "Sextortion": 2}
    sources = admin_client_with_news.get(reverse("wagtailsnippets_articles_source:list"))
    assert {row.name: row.article_count for row in sources.context["object_list"]} == {"BIK Team": 2, "INHOPE": 2}


def test_topic_slugs_are_unique_within_a_language(admin_client_with_news, news):
    response = admin_client_with_news.post(
        reverse(Topic.snippet_viewset.get_url_name("add")),
        {"name": "Sextortion again", "slug": "sextortion", "description": ""},
    )
    assert response.status_code == 200
    assert "Another entry in this language already uses this slug." in response.text
    assert Topic.objects.filter(slug="sextortion").count() == 1


def test_an_article_cannot_be_created_elsewhere(admin_client_with_news, news, home_page):
    standard = StandardPageFactory(parent=home_page, slug="plain")
    response = admin_client_with_news.get(
        reverse("wagtailadmin_pages:add", args=("articles", "articlepage", standard.pk))
    )
    assert response.status_code == 302  # Wagtail refuses with a message and sends the editor back
    assert not ArticlePage.objects.child_of(standard).exists()
