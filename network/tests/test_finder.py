"""The "Find your hotline" page: pick a country without JavaScript, get its hotlines with
a report link and the safety notice, or a clear message; below, every member by continent."""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from core.tests.helpers import inline_code_in, translate_page
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from network.factories import HotlineFactory, HotlineFinderPageFactory
from network.models import HotlineFinderPage


def result_section(html):
    match = re.search(r'<section class="section hotline-result" id="result".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_a_country_shows_its_hotline_with_a_report_link_and_the_safety_notice(client, network):
    response = client.get("/en/hotlines/?country=BG")

    assert response.status_code == 200
    html = response.content.decode()
    result = result_section(html)
    assert "Report in Bulgaria" in result
    assert "SafenetBG" in result and "INCIBE" not in result
    assert 'class="button button--report" href="https://safenetbg.example/report/"' in result
    assert "Report to SafenetBG" in result
    assert "Never download or forward the material" in html
    assert '<option value="BG" selected>Bulgaria</option>' in html


def test_lower_case_and_spaces_around_the_code_are_accepted(client, network):
    response = client.get("/en/hotlines/?country=%20bg%20")
    assert response.status_code == 200
    assert "SafenetBG" in result_section(response.content.decode())


def test_a_country_without_a_member_gets_the_other_route(client, network):
    response = client.get("/en/hotlines/?country=CH")

    assert response.status_code == 200
    result = result_section(response.content.decode())
    assert "There is no member hotline in Switzerland yet" in result
    assert "hosted" in result
    assert 'href="/en/report/">Other ways to report</a>' in result


def test_an_unpublished_other_route_page_is_not_linked(client, network):
    """The editor's "other ways to report" page was taken offline: the text stays, the
    link to a page visitors cannot open goes."""
    network["other_routes"].unpublish()
    result = result_section(client.get("/en/hotlines/?country=CH").content.decode())
    assert "There is no member hotline in Switzerland yet" in result
    assert "Other ways to report" not in result


@pytest.mark.parametrize("code", ["XX", "BGR", "<script>", "12", "b%00g", "ß", "ＢＧ", "x" * 5000])
def test_unknown_or_malformed_codes_get_a_clear_message_and_400(client, network, code):
    response = client.get("/en/hotlines/", {"country": code})

    assert response.status_code == 400
    html = response.content.decode()
    assert "We do not know the country code" in html
    assert "Please choose your country from the list." in html
    assert "<script>" not in html.split("<main", 1)[1].split("</main>", 1)[0].replace(
        '<script type="application/ld+json">', ""
    )
    assert 'aria-invalid="true"' in html
    assert result_section(html) == ""
    assert "All member hotlines" in html  # the rest of the page is still there


def test_a_repeated_or_empty_country_parameter_is_not_an_error(client, network):
    assert client.get("/en/hotlines/?country=").status_code == 200
    response = client.get("/en/hotlines/?country=XX&country=RS")
    assert response.status_code == 200
    assert "NetPatrola" in result_section(response.content.decode())


def test_all_members_are_grouped_by_continent_and_ordered_by_country(client, network):
    html = client.get("/en/hotlines/").content.decode()
    listing = html.split("All member hotlines", 1)[1]

    headings = re.findall(r'<h3 class="hotline-continent__heading" id="([\w-]+)">([^<]+)</h3>', listing)
    assert headings == [("europe", "Europe"), ("north-america", "North America")]
    countries = re.findall(r'<p class="hotline-card__country">([^<]+)</p>', listing)
    assert countries == ["Bulgaria", "Serbia", "Spain", "Mexico"]
    assert "Draft Hotline" not in html
    assert result_section(html) == ""


def test_the_picker_lists_member_countries_first(client, network):
    html = client.get("/en/hotlines/").content.decode()
    with_members = re.search(r'<optgroup label="Countries with a member hotline">(.*?)</optgroup>', html, re.S)
    assert re.findall(r'value="(\w\w)"', with_members.group(1)) == ["BG", "MX", "RS", "ES"]
    others = re.search(r'<optgroup label="Other countries">(.*?)</optgroup>', html, re.S).group(1)
    assert 'value="CH"' in others and 'value="BG"' not in others


def test_the_form_works_without_javascript_and_the_page_has_no_inline_code(client, network):
    html = client.get("/en/hotlines/").content.decode()
    assert re.search(r'<form class="hotline-finder" method="get" action="/en/hotlines/#result">', html)
    assert '<select class="hotline-finder__select" id="country" name="country">' in html
    assert inline_code_in(html) == []


def test_the_finder_in_another_language_shows_translated_hotlines(client, network, locales):
    dutch_finder = translate_page(network["finder"], locales["nl"])
    dutch = network["safenet"].copy_for_translation(locales["nl"])
    dutch.description = "Het Bulgaarse meldpunt."
    dutch.save()

    response = client.get(f"{dutch_finder.url}?country=BG")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Bulgarije" in html
    assert "Het Bulgaarse meldpunt." in result_section(html)


def test_the_header_links_to_the_finder_on_every_page(client, network):
    for url in ("/en/", "/en/report/", "/en/hotlines/", "/en/search/?query=x"):
        html = client.get(url).content.decode()
        assert '<a class="header-report" href="/en/hotlines/">Report</a>' in html, url


def test_the_header_has_no_report_link_without_a_live_finder(client, network):
    network["finder"].unpublish()
    assert 'class="header-report"' not in client.get("/en/").content.decode()


class FinderPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="finder-home")
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=cls.home, is_default_site=True)
        cls.finder = HotlineFinderPageFactory(parent=cls.home)

    def setUp(self):
        self.login()

    def test_it_sits_under_the_home_page_only_once(self):
        self.assertAllowedParentPageTypes(HotlineFinderPage, {HomePage})
        self.assertAllowedSubpageTypes(HotlineFinderPage, {})
        self.assertCanNotCreateAt(StandardPage, HotlineFinderPage)
        self.assertFalse(HotlineFinderPage.can_create_at(self.home))  # one per home page

    def test_it_renders_and_previews(self):
        self.assertPageIsRenderable(self.finder)
        self.assertPageIsRenderable(self.finder, query_data={"country": "BG"})
        self.assertPageIsPreviewable(
            self.finder,
            post_data=nested_form_data(
                {
                    "title": "Find your hotline",
                    "slug": "hotlines",
                    "introduction": "",
                    "safety_notice": rich_text("<p>Report only the address.</p>"),
                    "no_hotline_text": rich_text("<p>Report where it is hosted.</p>"),
                    "other_route_page": "",
                }
            ),
        )


def test_a_logo_is_shown_as_responsive_modern_formats(client, network):
    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file(size=(320, 160)))
    HotlineFactory(name="Logo Hotline", country="GR", logo=logo)
    html = client.get("/en/hotlines/?country=GR").content.decode()
    card = result_section(html)
    assert "<picture>" in card and 'type="image/avif"' in card and 'type="image/webp"' in card
    assert 'alt=""' in card


def test_a_language_without_a_translated_finder_links_to_the_default_one(client, network, locales):
    dutch_home = translate_page(network["finder"].get_parent(), locales["nl"])
    assert '<a class="header-report" href="/en/hotlines/">' in client.get(dutch_home.url).text
