from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation

from home.demo.loader import untranslated_strings
from home.models import FooterContent, HomePage


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "url_path", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": FooterContent.objects.count(),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
        "string_translations": StringTranslation.objects.count(),
    }


def load_demo(*args):
    call_command("load_demo_content", *args, stdout=StringIO())


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
