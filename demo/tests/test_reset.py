"""`load_demo_content --reset` removes what the demo created and nothing an editor made, and
refuses to run with DEBUG off unless told explicitly."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from articles.factories import ArticlePageFactory, TopicFactory
from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTopic, Topic
from core.models import FooterContent
from core.tests.helpers import assert_page_tree_is_sound
from demo.loader import reset, untranslated_strings
from demo.tests.helpers import demo_state
from demo.translations import catalogues
from faq.factories import FaqItemFactory
from faq.models import FaqCategory, FaqItem
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from network.models import Hotline


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
    before = demo_state()
    with pytest.raises(CommandError, match="DEBUG is off, so nothing was deleted"):
        run("--reset")
    assert demo_state() == before


@pytest.fixture
def editors_work(demo):
    """The demo with an editor's page under its home, article under its News (with a demo
    topic), topic, and FAQ question in a demo category; and what the demo was before."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    english = home.locale
    category = FaqCategory.objects.filter(locale=english).order_by("sort_order").first()
    news = ArticleIndexPage.objects.get(locale=english)
    grooming = Topic.objects.get(locale=english, slug="grooming")
    work = {
        "home": home,
        "news": news,
        "category": category,
        "grooming": grooming,
        "demo_about": home.get_children().get(slug="about"),
        "demo_topic": Topic.objects.get(locale=english, slug="sextortion"),
        "team": StandardPageFactory(parent=home, slug="our-team", title="Our team", locale=english),
        "topic": TopicFactory(locale=english, slug="editor-topic", name="An editor's topic"),
        "article": ArticlePageFactory(parent=news, slug="editor-article", title="An editor's article"),
        "question": FaqItemFactory(locale=english, category=category, question="An editor's question?"),
    }
    work["article"].topic_links.add(ArticlePageTopic(topic=grooming))
    work["article"].save()
    work["before"] = demo_state()
    return work


def assert_editors_work_is_untouched(work):
    """The editor's work, and what holds it or is used by it (the home, the News index, the
    FAQ category, the topic), are still there."""
    assert StandardPage.objects.get(pk=work["team"].pk).title == "Our team"
    assert ArticlePage.objects.get(pk=work["article"].pk).get_parent().pk == work["news"].pk
    assert Topic.objects.get(pk=work["topic"].pk).name == "An editor's topic"
    assert FaqItem.objects.get(pk=work["question"].pk).category_id == work["category"].pk
    topics = ArticlePage.objects.get(pk=work["article"].pk).topic_links.values_list("topic", flat=True)
    assert list(topics) == [work["grooming"].pk]
    assert Topic.objects.filter(pk=work["grooming"].pk).exists()
    assert Site.objects.get(is_default_site=True).root_page_id == work["home"].pk
    assert Page.objects.filter(pk=work["news"].pk).exists()
    assert FaqCategory.objects.filter(pk=work["category"].pk).exists()


def test_reset_removes_only_what_the_demo_created(editors_work, django_capture_on_commit_callbacks):
    """The removal half of `--reset` (its rebuild is the next test): the demo's own pages in
    every language, snippets and images go; the editor's work and what it needs stay."""
    with django_capture_on_commit_callbacks(execute=True):
        removed, kept = reset()
    assert_page_tree_is_sound()
    assert "page /home/ (en): other pages live under it" in kept
    assert_editors_work_is_untouched(editors_work)
    assert not Page.objects.filter(pk=editors_work["demo_about"].pk).exists()
    assert not Topic.objects.filter(pk=editors_work["demo_topic"].pk).exists()
    assert not Page.objects.filter(locale__language_code__in=["nl", "el"]).exists()
    assert not Hotline.objects.exists() and not FooterContent.objects.exists()
    # Only the editor's pages and what holds them are left in the default language.
    left = set(Page.objects.filter(depth__gt=1).values_list("slug", flat=True))
    assert left == {"home", "our-team", "articles", "editor-article"}
    # Demo images still shown by the kept demo pages (the home, the News index) stay.
    demo_images = get_image_model().objects.filter(collection__name="Demo images")
    assert not demo_images.filter(title__startswith="Demo: speaker").exists()
    assert {f"image {image.title} (in use)" for image in demo_images} <= set(kept)
    assert len(removed) > 20


@pytest.mark.demo_rebuild
def test_reset_rebuilds_the_demo_with_fresh_ids_around_the_editors_work(
    editors_work, client, django_capture_on_commit_callbacks
):
    """The whole of `--reset`: a full rebuild of the demo (20 to 60 s, over the 10 s budget:
    it is what `--reset` does). DEBUG is off here, so with the override flag.

    The demo's own pages, snippets and images are rebuilt with fresh ids, its home page
    keeps the editor's page and points at the rebuilt pages, and nothing is left
    untranslated."""
    with override_settings(DEBUG=False), django_capture_on_commit_callbacks(execute=True):
        output = run("--reset", "--allow-reset-without-debug")
    assert_page_tree_is_sound()
    assert "kept page /home/ (en): other pages live under it" in output
    assert_editors_work_is_untouched(editors_work)
    home = editors_work["home"]
    about = home.get_children().get(slug="about")
    assert about.pk != editors_work["demo_about"].pk
    assert Topic.objects.get(locale=home.locale, slug="sextortion").pk != editors_work["demo_topic"].pk
    rebuilt, before = demo_state(), editors_work["before"]
    for counted in ("images", "footers", "hotlines", "topics", "faq_items"):
        assert rebuilt[counted] == before[counted], counted
    assert len(rebuilt["pages"]) == len(before["pages"])
    assert rebuilt["pages"] != before["pages"]  # fresh ids: it really rebuilt
    demo_images = get_image_model().objects.filter(collection=Collection.objects.get(name="Demo images"))
    assert demo_images.count() == 3 + 4  # drawings, speaker photos
    assert untranslated_strings() == {code: [] for code in catalogues()}
    # The kept home page links to the rebuilt pages, in every language.
    for code in ("en", "nl", "el"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        for slug in ("about", "report", "contact"):
            assert f'href="/{code}/{slug}/"' in response.text
