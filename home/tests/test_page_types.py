import pytest
from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, Page, RevisionMixin, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import ArticleIndexPage
from core.blocks import BodyStreamBlock
from events.models import SummitIndexPage
from faq.models import FaqPage
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, StandardPage
from network.models import HotlineFinderPage


class PageTypeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=cls.root, slug="rules-home")
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=cls.home, is_default_site=True)
        cls.standard = StandardPageFactory(parent=cls.home, slug="rules-standard")

    def setUp(self):
        self.login()

    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, ArticleIndexPage, SummitIndexPage, FaqPage, HotlineFinderPage}
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)

    def test_pages_render_and_preview(self):
        self.assertPageIsRenderable(self.standard)
        self.assertPageIsPreviewable(
            self.standard,
            post_data=nested_form_data(
                {
                    "title": "Previewed",
                    "slug": "previewed",
                    "introduction": "",
                    "body": streamfield([("paragraph", rich_text("<p>Preview me.</p>"))]),
                }
            ),
        )
        self.assertPageIsPreviewable(
            self.home,
            post_data=nested_form_data(
                {"title": "Home", "slug": "rules-home", "hero_heading": "Hello", "highlights": streamfield([])}
            ),
        )

    def test_an_editor_can_create_a_standard_page_in_the_admin(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Our history",
                    "slug": "our-history",
                    "introduction": "How the network grew.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "The first years", "level": "h2", "anchor": ""}),
                            ("paragraph", rich_text("<p>Founded in 1999.</p>")),
                        ]
                    ),
                }
            ),
        )
        created = StandardPage.objects.get(slug="our-history")
        assert created.body[0].value["text"] == "The first years"


PROJECT_APPS = ["core", "home", "faq", "articles", "events", "network", "search"]
OWN_FIELD_MODELS = [model for label in PROJECT_APPS for model in apps.get_app_config(label).get_models()]
# Fields that Wagtail declares (publishing, revisions, translation) carry Wagtail's own labels.
INHERITED = {"id", "page_ptr", "translation_key", "locale"} | {
    field.name for mixin in (DraftStateMixin, RevisionMixin) for field in mixin._meta.get_fields()
}


@pytest.mark.parametrize("model", OWN_FIELD_MODELS, ids=lambda m: m.__name__)
def test_every_editor_field_of_every_project_model_has_help_text(model):
    own_fields = [
        field
        for field in model._meta.get_fields(include_parents=False)
        if isinstance(field, models.Field)
        and field.concrete
        and field.editable
        and field.name not in INHERITED
        and not field.auto_created
        and not isinstance(field, ParentalKey)
    ]
    assert own_fields, "the model should declare fields of its own"
    missing = [field.name for field in own_fields if not str(field.help_text).strip()]
    assert missing == []


def iter_blocks(block, seen=None):
    seen = set() if seen is None else seen
    for child in getattr(block, "child_blocks", {}).values():
        if id(child) not in seen:
            seen.add(id(child))
            yield child
            yield from iter_blocks(child, seen)
    if hasattr(block, "child_block"):
        yield from iter_blocks(block.child_block, seen)


def test_every_body_block_has_icon_description_and_preview(db):
    top_level = BodyStreamBlock().child_blocks.values()
    for block in top_level:
        assert block.meta.icon and block.meta.icon != "placeholder", block.name
        assert str(block.get_description()).strip(), block.name
        assert block.is_previewable, block.name
        html = block.render(block.get_preview_value())
        assert html.strip(), block.name


def test_body_blocks_exclude_raw_html(db):
    from wagtail.blocks import RawHTMLBlock

    assert not any(isinstance(block, RawHTMLBlock) for block in iter_blocks(BodyStreamBlock()))
