"""Editors manage member hotlines as snippets with drafts and publishing: a draft or an
unpublished hotline is invisible to visitors and to the network figures."""

import pytest
from django.urls import reverse

from network.figures import network_figures
from network.models import Hotline

HOTLINE_FORM = {
    "name": "APLE",
    "country": "KH",
    "status": "full",
    "year_joined": "2022",
    "reporting_url": "",
    "website": "https://aple.example/",
    "description": "Cambodia's hotline.",
    "logo": "",
}


@pytest.fixture
def editor_client(client, django_user_model, network):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "secret-password")
    client.force_login(user)
    return client


def test_the_listing_shows_hotlines_with_their_country_and_status(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_network_hotline:list"))
    html = response.content.decode()
    assert response.status_code == 200
    for name in ("SafenetBG", "INCIBE", "NetPatrola", "Te Protejo", "Draft Hotline"):
        assert name in html
    assert "Provisional member" in html and "Bulgaria" in html


def test_the_listing_search_finds_hotlines_by_the_start_of_their_name(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_network_hotline:list"), {"q": "safe"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "SafenetBG" in html and "INCIBE" not in html


def test_a_hotline_saved_as_draft_counts_only_once_published(editor_client):
    before = network_figures().hotlines

    response = editor_client.post(reverse("wagtailsnippets_network_hotline:add"), HOTLINE_FORM)
    assert response.status_code == 302
    draft = Hotline.objects.get(name="APLE")
    assert not draft.live
    assert network_figures().hotlines == before

    response = editor_client.post(
        reverse("wagtailsnippets_network_hotline:edit", args=[draft.pk]), {**HOTLINE_FORM, "action-publish": "1"}
    )
    assert response.status_code == 302
    assert network_figures().hotlines == before + 1
    assert "APLE" in editor_client.get("/en/hotlines/?country=KH").content.decode()


def test_the_form_explains_what_is_missing(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_network_hotline:add"),
        {**HOTLINE_FORM, "website": "", "country": "ZZ", "year_joined": "1990"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Give the reporting page or the website" in html
    assert "Select a valid choice" in html
    assert "Ensure this value is greater than or equal to 1999" in html
    assert not Hotline.objects.filter(name="APLE").exists()


def test_unpublishing_in_the_admin_removes_the_hotline_from_the_finder(editor_client, network):
    safenet = network["safenet"]
    safenet.save_revision().publish()
    response = editor_client.post(reverse("wagtailsnippets_network_hotline:unpublish", args=[safenet.pk]))
    assert response.status_code == 302
    html = editor_client.get("/en/hotlines/?country=BG").content.decode()
    assert "There is no member hotline in Bulgaria yet" in html
    assert network_figures().hotlines == 3
