import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation

from articles.models import ArticleIndexPage, ArticlePage, Source, Topic
from home.demo.loader import untranslated_strings
from home.models import FooterContent, HomePage
from home.tests.helpers import assert_page_tree_is_sound, load_demo


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "url_path", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": FooterContent.objects.count(),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
        "string_translations": StringTranslation.objects.count(),
    }


@pytest.fixture
def demo(demo_content):
    return snapshot()


def test_demo_builds_a_translated_site(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    for code in ("en", "nl", "el"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}"' in response.text
        for slug in ("about", "report", "contact"):
            assert f'href="/{code}/{slug}/"' in response.text
    assert FooterContent.objects.count() == 3


def test_second_run_changes_nothing(demo):
    load_demo()
    assert snapshot() == demo


def test_reset_rebuilds_without_duplicates(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        load_demo("--reset")
    assert_page_tree_is_sound()
    rebuilt = snapshot()
    assert len(rebuilt["pages"]) == len(demo["pages"])
    assert rebuilt["images"] == demo["images"]
    assert rebuilt["footers"] == demo["footers"]
    assert rebuilt["pages"] != demo["pages"]  # fresh ids: it really rebuilt


def test_every_demo_string_is_translated(demo):
    assert untranslated_strings() == {"nl": [], "el": []}


def test_translated_demo_pages_show_translated_text(demo, client):
    dutch = client.get("/nl/about/").text
    english = client.get("/en/about/").text
    assert "Who we are" in english
    assert "Who we are" not in dutch


@override_settings(DEBUG=False)
def test_development_superuser_is_refused_outside_development(db):
    with pytest.raises(CommandError):
        call_command("ensure_dev_superuser")
    assert not get_user_model().objects.exists()


@override_settings(DEBUG=True)
def test_development_superuser_is_created_once_and_printed(db, capsys):
    call_command("ensure_dev_superuser")
    call_command("ensure_dev_superuser")
    user = get_user_model().objects.get()
    assert user.is_superuser and user.check_password("admin")
    assert "username: admin  password: admin" in capsys.readouterr().out


def article_form(title, slug, topic, source):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-11-30",
            "source": source.pk,
            "summary": "An article an editor adds after the demo load.",
            "topic_links": inline_formset([{"topic": topic.pk}]),
            "hero_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Body text.</p>"))]),
            "related_links": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def test_editors_add_and_translate_articles_under_the_demo_indexes(demo, admin_client):
    """After the demo load, a new English article translated into Greek and a new Dutch
    article added under "Nieuws" land under their indexes (the demo's indexes once recorded
    no children, and both failed with an IntegrityError on the page path)."""
    indexes = {index.locale.language_code: index for index in ArticleIndexPage.objects.select_related("locale")}
    english_topic = Topic.objects.get(locale__language_code="en", slug="sextortion")
    english_source = Source.objects.filter(locale__language_code="en").first()
    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=("articles", "articlepage", indexes["en"].pk)),
        article_form("Fresh findings", "fresh-findings", english_topic, english_source),
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(locale__language_code="en", slug="fresh-findings")

    greek = Locale.objects.get(language_code="el")
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]), {"locales": [greek.pk]}
    )
    assert response.status_code == 302
    greek_article = article.get_translation(greek)
    assert greek_article.get_parent().pk == indexes["el"].pk

    dutch_locale = Locale.objects.get(language_code="nl")
    dutch_topic = english_topic.get_translation(dutch_locale)
    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=("articles", "articlepage", indexes["nl"].pk)),
        article_form(
            "Nieuwe cijfers", "nieuwe-cijfers", dutch_topic, english_source.get_translation(dutch_topic.locale)
        ),
    )
    assert response.status_code == 302
    dutch_article = ArticlePage.objects.get(locale__language_code="nl", slug="nieuwe-cijfers")
    assert dutch_article.get_parent().pk == indexes["nl"].pk
    assert_page_tree_is_sound()
