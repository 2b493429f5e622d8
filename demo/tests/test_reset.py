"""`load_demo_content --reset` removes what the demo created and nothing an editor made, and
refuses to run with DEBUG off unless told explicitly."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from articles.factories import ArticlePageFactory, TopicFactory
from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTopic, Topic
from core.models import FooterContent
from core.tests.helpers import assert_page_tree_is_sound
from demo.loader import untranslated_strings
from faq.factories import FaqItemFactory
from faq.models import FaqCategory, FaqItem
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from network.models import Hotline


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "url_path", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": FooterContent.objects.count(),
        "hotlines": Hotline.objects.count(),
        "topics": Topic.objects.count(),
        "faq_items": FaqItem.objects.count(),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
        "sources": TranslationSource.objects.count(),
        "string_translations": StringTranslation.objects.count(),
    }


def run(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@override_settings(DEBUG=False)
def test_reset_with_debug_off_is_refused_and_deletes_nothing(db):
    """Refused before anything is read or deleted (so no demo build is needed to show it):
    an editor's page under the site's home and the demo's own objects would all be there."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    home = root.add_child(instance=HomePage(title="Home", slug="home-editor", hero_heading="Home", locale=english))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="INHOPE")
    StandardPageFactory(parent=home, slug="about", title="About us")
    before = snapshot()
    with pytest.raises(CommandError, match="DEBUG is off, so nothing was deleted"):
        run("--reset")
    assert snapshot() == before


def test_reset_removes_only_what_the_demo_created(demo, client, django_capture_on_commit_callbacks):
    """A full rebuild of the demo (20 to 40 s, over the 10 s budget: it is what `--reset`
    does; the one test that runs it, in place of the reset-without-duplicates test).

    An editor's page under the demo home, article (under the demo's News, with a demo
    topic), topic, and FAQ question in a demo category survive a reset (DEBUG off here, so with the override flag);
    the demo's own pages, snippets and images are rebuilt with fresh ids, its home page keeps
    the editor's page and points at the rebuilt pages, and nothing is left untranslated."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    english = home.locale
    demo_about = home.get_children().get(slug="about")
    demo_topic = Topic.objects.get(locale=english, slug="sextortion")
    category = FaqCategory.objects.filter(locale=english).order_by("sort_order").first()

    team = StandardPageFactory(parent=home, slug="our-team", title="Our team", locale=english)
    news = ArticleIndexPage.objects.get(locale=english)
    editor_topic = TopicFactory(locale=english, slug="editor-topic", name="An editor's topic")
    grooming = Topic.objects.get(locale=english, slug="grooming")
    editor_article = ArticlePageFactory(parent=news, slug="editor-article", title="An editor's article")
    editor_article.topic_links.add(ArticlePageTopic(topic=grooming))
    editor_article.save()
    editor_question = FaqItemFactory(locale=english, category=category, question="An editor's question?")
    demo_snapshot = snapshot()

    with override_settings(DEBUG=False), django_capture_on_commit_callbacks(execute=True):
        output = run("--reset", "--allow-reset-without-debug")
    assert_page_tree_is_sound()
    assert "kept page /home/ (en): other pages live under it" in output

    # The editor's work is untouched.
    assert StandardPage.objects.get(pk=team.pk).title == "Our team"
    assert ArticlePage.objects.get(pk=editor_article.pk).get_parent().pk == news.pk
    assert Topic.objects.get(pk=editor_topic.pk).name == "An editor's topic"
    assert FaqItem.objects.get(pk=editor_question.pk).category_id == category.pk
    assert list(ArticlePage.objects.get(pk=editor_article.pk).topic_links.values_list("topic", flat=True)) == [
        grooming.pk
    ]
    # What holds it or is used by it stays: the home, the News index, the FAQ category, the topic.
    assert Topic.objects.filter(pk=grooming.pk).exists()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert Page.objects.filter(pk=news.pk).exists()
    assert FaqCategory.objects.filter(pk=category.pk).exists()
    # The rest of the demo was removed and built again.
    about = home.get_children().get(slug="about")
    assert about.pk != demo_about.pk
    assert Topic.objects.get(locale=english, slug="sextortion").pk != demo_topic.pk
    rebuilt = snapshot()
    for counted in ("images", "footers", "hotlines", "topics", "faq_items"):
        assert rebuilt[counted] == demo_snapshot[counted], counted
    assert len(rebuilt["pages"]) == len(demo_snapshot["pages"])
    assert rebuilt["pages"] != demo_snapshot["pages"]  # fresh ids: it really rebuilt
    demo_images = get_image_model().objects.filter(collection=Collection.objects.get(name="Demo images"))
    assert demo_images.count() == 3 + 4  # drawings, speaker photos
    assert untranslated_strings() == {"nl": [], "el": []}
    # The kept home page links to the rebuilt pages, in every language.
    for code in ("en", "nl", "el"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        for slug in ("about", "report", "contact"):
            assert f'href="/{code}/{slug}/"' in response.text
