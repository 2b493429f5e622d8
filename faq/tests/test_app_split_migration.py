"""A database made before home/ was split keeps its FAQ and footer after `migrate`.

The FAQ models moved from `home` to `faq` and the footer to `core`. Their rows, ids and
content types must survive: pages, revisions, wagtail-localize translation sources, the
reference index and snippet permissions all point at a content type id. The test builds
content, migrates back to the last migrations before the split (so the tables and content
types are home's again), adds more rows with the historical models as an old deployment
would hold them, migrates forward, and checks every row, content type and page.
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Revision

from core.factories import FooterContentFactory
from core.models import FooterContent
from faq.factories import FaqCategoryFactory, FaqItemFactory, FaqPageFactory
from faq.models import FaqCategory, FaqItem, FaqPage

BEFORE_THE_SPLIT = [
    ("home", "0003_plain_language_labels"),
    ("articles", "0003_plain_language_labels"),
    ("events", "0003_plain_language_labels"),
    ("network", "0002_plain_language_labels"),
    ("faq", None),
    ("core", None),
]
MOVED = {"faqcategory": "faq", "faqitem": "faq", "faqpage": "faq", "footercontent": "core"}


def migrate(targets=None):
    """Migrates the test database to `targets` (the latest migrations when None)."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    if targets is None:
        return None
    return MigrationExecutor(connection).loader.project_state([node for node in targets if node[1]]).apps


def content_type_ids():
    return {model: ContentType.objects.get(app_label=app_label, model=model).pk for model, app_label in MOVED.items()}


@pytest.mark.django_db(transaction=True)
def test_migrating_a_database_from_before_the_split_keeps_faq_footer_and_content_types(home_page, client):
    """8 to 17 s: it migrates the test database back to before the split and forward again."""
    category = FaqCategoryFactory(name="Reporting")
    item = FaqItemFactory(question="Is my report anonymous?", answer="<p>Yes, always.</p>", category=category)
    faq_page = FaqPageFactory(parent=home_page)
    faq_page.save_revision().publish()
    footer = FooterContentFactory(organisation_name="The hotline network")
    ids_before = content_type_ids()
    permission_ids = set(
        Permission.objects.filter(content_type_id__in=ids_before.values()).values_list("pk", flat=True)
    )

    try:
        old_apps = migrate(BEFORE_THE_SPLIT)
        # The schema and content types of today's deployments: home's tables and labels.
        assert {(ct.app_label, ct.model) for ct in ContentType.objects.filter(pk__in=ids_before.values())} == {
            ("home", model) for model in MOVED
        }
        tables = set(connection.introspection.table_names())
        assert {"home_faqitem", "home_faqcategory", "home_faqpage", "home_footercontent"} <= tables
        assert not {"faq_faqitem", "core_footercontent"} & tables
        # Rows written by the code of that time, through its models.
        old_category = old_apps.get_model("home", "FaqCategory").objects.create(
            name="About the network", anchor="about-the-network", sort_order=5, locale_id=category.locale_id
        )
        old_apps.get_model("home", "FaqItem").objects.create(
            question="Who runs the hotlines?",
            answer="<p>Member organisations in each country.</p>",
            anchor="who-runs-the-hotlines",
            category_id=old_category.pk,
            locale_id=category.locale_id,
        )
        old_apps.get_model("home", "FooterContent").objects.create(
            organisation_name="Het netwerk van meldpunten",
            locale_id=Locale.objects.get(language_code="nl").pk,
        )
    finally:
        migrate()

    # The content type rows moved with their ids; none were added for the moved models.
    assert content_type_ids() == ids_before
    assert not ContentType.objects.filter(app_label="home", model__in=list(MOVED)).exists()
    assert set(Permission.objects.filter(content_type_id__in=ids_before.values()).values_list("pk", flat=True)) == (
        permission_ids
    )
    tables = set(connection.introspection.table_names())
    assert {"faq_faqitem", "faq_faqcategory", "faq_faqpage", "core_footercontent"} <= tables
    assert not {"home_faqitem", "home_faqcategory", "home_faqpage", "home_footercontent"} & tables

    # Every row, old and new, under the new models, with its id and links.
    assert FaqItem.objects.get(pk=item.pk).category_id == category.pk
    assert sorted(FaqItem.objects.values_list("question", "category__name")) == [
        ("Is my report anonymous?", "Reporting"),
        ("Who runs the hotlines?", "About the network"),
    ]
    assert FaqCategory.objects.count() == 2
    assert FooterContent.objects.get(pk=footer.pk).organisation_name == "The hotline network"
    assert FooterContent.objects.filter(locale__language_code="nl").exists()
    page = FaqPage.objects.get(pk=faq_page.pk)
    assert page.content_type_id == ids_before["faqpage"] and type(page.specific) is FaqPage
    revision = Revision.objects.filter(object_id=str(faq_page.pk)).latest("created_at")
    assert type(revision.as_object()) is FaqPage

    # New rows still get fresh ids after the renamed tables' sequences.
    assert FaqItemFactory(category=category).pk > item.pk

    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Is my report anonymous?" in html and "Who runs the hotlines?" in html
    assert 'id="who-runs-the-hotlines"' in html
    assert "The hotline network" in html
