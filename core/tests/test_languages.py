"""An honest multilingual site: the language switcher, hreflang, sitemaps per language and
robots.txt, with query counts that do not grow with the number of languages."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Locale, Page

from core.tests.helpers import translate_page
from home.factories import StandardPageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ALL_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About us", slug="about")


def switcher(html):
    section = html[html.index('<nav class="language-switcher"') :]
    section = section[: section.index("</nav>")]
    return re.findall(r'<(?:a|span) class="language-switcher__(\w+)[^"]*"(?: href="([^"]*)")?[^>]*>([^<]*)', section)


def hreflangs(html):
    head = html.split("</head>")[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


def test_the_switcher_offers_each_language_once_and_says_when_it_leads_home(client, about, locales):
    translate_page(about, locales["nl"])
    for code in ("de", "ja"):
        translate_page(about.get_parent().specific, locales[code])  # home pages only
    html = client.get("/nl/about/").text
    options = [option for option in switcher(html) if option[0] in ("link", "current")]
    assert [name for _kind, _url, name in options] == ["English", "Nederlands", "Deutsch ", "日本語 "]
    assert options[0][:2] == ("link", "/en/about/")
    assert options[1][0] == "current"
    assert options[2][:2] == ("link", "/de/")  # no German about page: its home page, said in German
    assert '<span class="language-switcher__note">(Startseite)</span>' in html
    assert '<span class="language-switcher__note">(トップページ)</span>' in html
    # Only real translations are announced to search engines.
    assert hreflangs(html) == {
        "en": "http://localhost/en/about/",
        "x-default": "http://localhost/en/about/",
        "nl": "http://localhost/nl/about/",
    }


def test_an_alias_is_never_announced_as_a_translation(client, about, locales):
    translate_page(about, locales["nl"])
    greek_home = translate_page(about.get_parent().specific, locales["el"])
    alias = about.create_alias(parent=greek_home, update_locale=locales["el"])
    assert alias.live and alias.alias_of_id == about.pk
    html = client.get("/en/about/").text
    assert set(hreflangs(html)) == {"en", "x-default", "nl"}
    assert ("link", "/el/", "Ελληνικά ") in switcher(html)  # its home page, not the alias


def build_site(home_page, codes):
    """Five pages under the home page, every one translated into each of `codes`."""
    pages = [StandardPageFactory(parent=home_page, title=f"Page {n}", slug=f"page-{n}") for n in range(5)]
    for code in codes:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        translate_page(home_page, locale)
        for page in pages:
            translate_page(page, locale)
    return pages


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response


def test_switcher_hreflang_and_sitemaps_cost_the_same_with_three_and_nine_languages(client, home_page):
    """The same requests with 3 languages and then with 9: the same number of queries."""
    paths = {"/en/page-1/": 3, "/sitemap.xml": 0, "/sitemap-en.xml": 3, "/sitemap-nl.xml": 3}
    build_site(home_page, ["nl", "el"])
    with_three = {}
    for path, alternates in paths.items():
        with_three[path], response = queries_for(client, path)
        assert response.content.count(b"hreflang=") >= alternates, path
    for code in ["de", "fr", "es", "bg", "ja", "ar"]:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        translate_page(home_page, locale)
        for page in home_page.get_children().filter(locale=home_page.locale):
            translate_page(page, locale)
    for path, alternates in paths.items():
        with_nine, response = queries_for(client, path)
        assert response.content.count(b"hreflang=") >= alternates * 3, path
        assert with_nine == with_three[path], path


def test_the_sitemap_index_lists_one_sitemap_per_language_with_a_live_home(client, home_page, locales):
    build_site(home_page, ["nl", "ja"])
    unpublished_home = translate_page(home_page, locales["el"])
    unpublished_home.unpublish()
    root = ET.fromstring(client.get("/sitemap.xml").content)
    assert root.tag == f"{SITEMAP}sitemapindex"
    assert [loc.text for loc in root.iter(f"{SITEMAP}loc")] == [
        "http://localhost/sitemap-en.xml",
        "http://localhost/sitemap-nl.xml",
        "http://localhost/sitemap-ja.xml",
    ]
    assert client.get("/sitemap-el.xml").status_code == 200  # a language without pages: empty
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_each_sitemap_lists_its_languages_pages_with_their_translations(client, home_page, locales):
    pages = build_site(home_page, ["nl"])
    only_english = StandardPageFactory(parent=home_page, title="Only English", slug="only-english")
    pages[1].get_translation(locales["nl"]).unpublish()
    root = ET.fromstring(client.get("/sitemap-nl.xml").content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.iter(f"{SITEMAP}url")}
    assert "http://localhost/nl/page-0/" in urls
    assert "http://localhost/nl/page-1/" not in urls  # a draft
    assert not any("only-english" in loc or "/en/" in loc for loc in urls)
    alternates = {
        link.get("hreflang"): link.get("href") for link in urls["http://localhost/nl/page-0/"].iter(f"{XHTML}link")
    }
    assert alternates == {
        "en": "http://localhost/en/page-0/",
        "x-default": "http://localhost/en/page-0/",
        "nl": "http://localhost/nl/page-0/",
    }
    english = ET.fromstring(client.get("/sitemap-en.xml").content)
    english_urls = {url.find(f"{SITEMAP}loc").text: url for url in english.iter(f"{SITEMAP}url")}
    assert only_english.get_full_url() in english_urls
    assert list(english_urls[only_english.get_full_url()].iter(f"{XHTML}link")) == []  # no translations
    page_one = [link.get("hreflang") for link in english_urls["http://localhost/en/page-1/"].iter(f"{XHTML}link")]
    assert page_one == []  # its Dutch version is a draft


def test_robots_txt_points_at_the_sitemap_and_keeps_search_and_filters_out(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.text.splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert {"Disallow: /*/search/", "Disallow: /*?*topic=", "Disallow: /*?*country=", "Disallow: /admin/"} <= set(lines)
    assert client.post("/robots.txt").status_code == 405


def test_add_language_creates_the_locale_group_and_a_draft_home(home_page, about):
    from io import StringIO

    from django.contrib.auth.models import Group
    from django.core.management import CommandError, call_command

    Locale.objects.filter(language_code="ja").delete()
    output = StringIO()
    call_command("add_language", "ja", stdout=output)
    locale = Locale.objects.get(language_code="ja")
    japanese_home = Page.objects.get(translation_key=home_page.translation_key, locale=locale)
    assert not japanese_home.live  # a draft for the translators to start from
    group = Group.objects.get(name="Translators (Japanese)")
    assert group.translator_role.locale == locale
    assert list(group.page_permissions.values_list("page_id", "permission__codename")) == [
        (japanese_home.pk, "change_page")
    ]
    call_command("add_language", "ja", stdout=StringIO())  # again: nothing new
    assert Page.objects.filter(translation_key=home_page.translation_key, locale=locale).count() == 1
    assert Group.objects.filter(name="Translators (Japanese)").count() == 1
    with pytest.raises(CommandError, match="Not in settings.LANGUAGES: xx"):
        call_command("add_language", "xx")
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("xx", "Test")]):
        call_command("add_language", "xx", stdout=StringIO())
    assert Locale.objects.filter(language_code="xx").exists()
    assert ALL_CODES[0] == settings.LANGUAGE_CODE
