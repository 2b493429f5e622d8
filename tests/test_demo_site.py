"""The demo site from `load_demo_content`, in every language.

The demo is built once per test run and restored from a snapshot for this module
(conftest.py `demo_snapshot` and `shared_demo`); each test runs in a transaction rolled
back after it, so the tests that change the demo (a second run, an editor adding
articles, unpublishing a member) leave the next one the demo as built. Every test here
takes `demo`, and the module stays in one worker (`xdist_group`).

Merged here from the modules that each built the demo again:
- home/tests/test_demo_content.py: the translated site, second run, reset, completeness of
  the demo translations, translated text, editors adding and translating articles;
- articles/tests/test_demo_news.py: the news listing, filters, home page and feed;
- events/tests/test_demo_summits.py: the summits index, the 2024 edition and the calendar;
- network/tests/test_demo_who_we_are.py: the about page, FAQ, hotline finder and figures.
"""

import re
from io import StringIO

import feedparser
import icalendar
import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.search.models import IndexEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticleIndexPage, ArticlePage, Source, Topic
from core.models import FooterContent
from core.tests.helpers import assert_page_tree_is_sound, json_ld, load_demo
from demo import articles as demo_articles
from demo import summits as demo_summits
from demo.loader import untranslated_strings
from demo.tests.helpers import demo_state
from demo.translations import catalogues
from events.models import Speaker, SummitPage
from events.tests.test_summit_page import main_text
from home.models import HomePage
from network.models import Hotline

pytestmark = pytest.mark.xdist_group("demo_site")

TRANSLATIONS = catalogues()  # {language: {English: translation}} from demo/locale/*.po

LANGUAGES = ("en", "nl", "el")


def translated(text, language):
    return text if language == "en" else TRANSLATIONS[language][text]


# The site as a whole (was home/tests/test_demo_content.py)


def test_demo_builds_a_translated_site(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    for code in LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}"' in response.text
        for slug in ("about", "report", "contact"):
            assert f'href="/{code}/{slug}/"' in response.text
    assert FooterContent.objects.count() == len(settings.LANGUAGES)
    assert_page_tree_is_sound()


def test_the_demo_is_indexed_as_wagtails_own_rebuilds_would_index_it(demo):
    """The loader indexes each object once when it is done (search and references) instead
    of on every save: the result is what Wagtail's rebuild commands make, the references of
    models registered through admin viewsets (FAQ questions, speakers) included."""

    def indexes():
        references = ReferenceIndex.objects.values_list(
            "base_content_type", "object_id", "to_content_type", "to_object_id", "content_path"
        )
        # The rebuild also indexes Wagtail's root page, which the migrations made (not the demo).
        root = Page.get_first_root_node()
        entries = IndexEntry.objects.exclude(content_type=root.content_type_id, object_id=str(root.pk))
        return set(references), set(entries.values_list("content_type", "object_id", "title"))

    built_references, built_entries = indexes()
    assert len(built_references) > 100 and len(built_entries) > 100
    call_command("rebuild_references_index", stdout=StringIO())
    call_command("update_index", stdout=StringIO())
    rebuilt_references, rebuilt_entries = indexes()
    assert (built_references - rebuilt_references, rebuilt_references - built_references) == (set(), set())
    assert (built_entries - rebuilt_entries, rebuilt_entries - built_entries) == (set(), set())


def test_second_run_changes_nothing(demo):
    before = demo_state()
    load_demo()
    assert demo_state() == before


def test_every_demo_string_is_translated(demo):
    assert untranslated_strings() == {code: [] for code in catalogues()}


def test_translated_demo_pages_show_translated_text(demo, client):
    dutch = client.get("/nl/about/").text
    english = client.get("/en/about/").text
    assert "Who we are" in english
    assert "Who we are" not in dutch


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


# News (was articles/tests/test_demo_news.py): the facts file's ten articles, seven topics
# and three sources, filterable by the same URLs under /en/, /nl/ and /el/.


def expected_titles(topic_slug, language):
    """Demo article titles with a topic, newest first, in a language."""
    entries = sorted(
        (e for e in demo_articles.ARTICLES if topic_slug in e["topics"]), key=lambda e: e["date"], reverse=True
    )
    return [translated(e["title"], language) for e in entries]


@pytest.mark.parametrize("language", LANGUAGES)
def test_sextortion_filter_lists_exactly_those_articles(demo, client, language):
    response = client.get(f"/{language}/articles/", {"topic": "sextortion"})
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.text
    articles = response.context["articles"]
    assert [article.title for article in articles] == expected_titles("sextortion", language)
    entry = next(e for e in demo_articles.ARTICLES if "sextortion" in e["topics"])
    card = response.text[response.text.index('<ol class="article-list">') :]
    assert f'<time datetime="{entry["date"]}">' in card
    source_name = next(s["name"] for s in demo_articles.SOURCES if s["slug"] == entry["source"])
    assert translated(source_name, language) in card
    for slug in entry["topics"]:
        name = next(t["name"] for t in demo_articles.TOPICS if t["slug"] == slug)
        assert f'href="/{language}/articles/?topic={slug}">{translated(name, language)}</a>' in card
    applied = [item.label for item in response.context["applied_filters"]]
    assert len(applied) == 1 and translated("Sextortion", language) in applied[0]


def test_demo_news_counts_filters_home_page_and_feed(demo, client):
    for code in LANGUAGES:
        assert ArticlePage.objects.live().filter(locale__language_code=code).count() == 10
        assert Topic.objects.filter(locale__language_code=code).count() == 7
        assert Source.objects.filter(locale__language_code=code).count() == 3
    response = client.get("/en/articles/", {"topic": "media-literacy-education", "source": "bik-team", "year": "2023"})
    expected = [
        e["title"]
        for e in sorted(demo_articles.ARTICLES, key=lambda e: e["date"], reverse=True)
        if "media-literacy-education" in e["topics"] and e["source"] == "bik-team" and e["date"].startswith("2023")
    ]
    assert [article.title for article in response.context["articles"]] == expected
    assert len(expected) == 4

    newest = sorted(demo_articles.ARTICLES, key=lambda e: e["date"], reverse=True)[:3]
    for code in LANGUAGES:
        html = client.get(f"/{code}/").text
        section = html[html.index('id="latest-articles-heading"') :]
        positions = [section.index(translated(e["title"], code)) for e in newest]
        assert positions == sorted(positions)
        assert f'href="/{code}/articles/"' in section

    feed = feedparser.parse(client.get("/el/articles/feed/rss/", {"topic": "sextortion"}).content)
    assert feed.feed.language == "el"
    assert [entry.title for entry in feed.entries] == expected_titles("sextortion", "el")
    assert feed.entries[0].tags[-1].term == translated("Sextortion", "el")


# Summits (was events/tests/test_demo_summits.py): the seven editions of the facts file,
# the 2024 edition built in full, and the recap timeline with its computed growth.


@pytest.mark.parametrize("language", ["nl", "el"])
def test_demo_summits_are_translated(demo, client, language):
    assert SummitPage.objects.live().filter(locale__language_code=language).count() == 7
    assert Speaker.objects.filter(locale__language_code=language).count() == 4
    html = client.get(f"/{language}/summits/2024/").text
    assert f'<html lang="{language}"' in html
    text = main_text(html)
    assert translated("Knowledge is Power, Reporting is Action", language) in text
    assert translated("Welcome and opening", language) in text
    assert translated("Example Hotline", language) in text  # the translated speaker entry
    index = main_text(client.get(f"/{language}/summits/").text)
    assert translated("Talk About It!", language) in index


def test_home_page_teases_the_latest_summit(demo, client):
    home = main_text(client.get("/en/").text)
    assert "Our latest summit Edition 7 · 2024 INHOPE Summit 2024" in home


def test_demo_summit_index(demo, client):
    response = client.get("/en/summits/")
    assert response.status_code == 200
    text = main_text(response.text)
    featured = text[text.index("Latest edition") : text.index("How the summit has grown")]
    assert "Edition 7 · 2024 INHOPE Summit 2024 Knowledge is Power, Reporting is Action" in featured
    assert "When Oct. 8, 2024 – Oct. 9, 2024 Where New York, United States of America" in featured
    assert "Format Hybrid: online and in person" in featured
    growth = text[text.index("How the summit has grown") : text.index("Past editions")]
    assert "editions since 2018 7 attendees in 2018 34 attendees in 2021 300+" in growth
    timeline = text[text.index("Past editions") : text.index("Never miss a summit")]
    cards = timeline.split("Edition ")[1:]
    assert [card[:8] for card in cards] == ["6 · 2023", "5 · 2022", "4 · 2021", "3 · 2020", "2 · 2019", "1 · 2018"]
    expected = {
        "6 · 2023": "Partnering Product with Policy When 2023",
        "5 · 2022": "Talk About It! When Sept. 20, 2022 – Sept. 21, 2022 Where Washington, United States of America",
        "4 · 2021": "Digital first responders When Sept. 21, 2021 – Sept. 22, 2021 Attendees 300+",
        "3 · 2020": "The story of James When Sept. 22, 2020 – Sept. 23, 2020 Where Online (Zoom) Format Online "
        "Attendees 162",
        "2 · 2019": "The story of Emma When June 5, 2019 Where Menlo Park, United States of America "
        "Format In person Attendees 44",
        "1 · 2018": "When Sept. 26, 2018 – Sept. 27, 2018 Where Redmond, United States of America Format In person "
        "Attendees 34",
    }
    for card in cards:
        assert expected[card[:8]] in card, card


def test_demo_2024_edition(demo, client):
    html = client.get("/en/summits/2024/").text
    text = main_text(html)
    assert "Tuesday, Oct. 8, 2024: Societal change Online and in person" in text
    assert "Wednesday, Oct. 9, 2024: Following the money In person only" in text
    assert "09:30 – 10:00 Welcome and opening" in text or "09:30–10:00 Welcome and opening" in text
    assert "Police, banks and platforms at one table" in text
    speakers = text[text.index("Speakers Kim Example") :]
    for entry in demo_summits.SPEAKERS:
        assert f"{entry['name']} {entry['role']}, {entry['organisation']}" in speakers
    assert html.count('class="speaker__photo"') == 4
    registration = text[text.index("Registration This summit is over") : text.index("Venue Microsoft")]
    assert "Online registration Closed Closes Oct. 4, 2024" in registration
    assert "In-person registration Closed" in registration
    assert "Places One or two places per organisation" in registration
    assert "Microsoft New York office 11 Times Sq New York, NY 10036 United States of America" in text
    for question in ("What is the INHOPE Summit?", "What is a hotline?", "What is the INHOPE network?"):
        assert f'<summary class="faq__question">{question}</summary>' in html  # chosen from the FAQ
    assert '<details class="faq__item" id="what-is-the-universal-classification-schema">' in html
    assert "mailto:summit@inhope.example" in html
    data = json_ld(html)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"][0]["address"]["streetAddress"] == "11 Times Sq"
    assert data["startDate"] == "2024-10-08"


def test_demo_summits_calendar(demo, client):
    calendar = icalendar.Calendar.from_ical(client.get("/el/summits/calendar/").content)
    events = calendar.walk("VEVENT")
    assert len(events) == 6  # the 2023 edition has no known dates
    assert str(calendar["x-wr-calname"]) == translated("Summits", "el")


# Who we are (was network/tests/test_demo_who_we_are.py): the about page's pillars and
# objectives, the FAQ with its anchors and structured data, the hotline finder, and
# network figures that follow the member list.


def figures_on(client, path):
    html = client.get(path).text
    return {name: int(value) for name, value in re.findall(r'data-figure="(\w+)">(\d+)<', html)}


def faq_anchors(client, code):
    faq = client.get(f"/{code}/faq/").text
    data = json_ld(faq)
    assert data["@type"] == "FAQPage" and len(data["mainEntity"]) >= 7, code
    anchors = re.findall(r'<details class="faq__item" id="([\w-]+)"', faq)
    assert {entry["url"].split("#")[1] for entry in data["mainEntity"]} == set(anchors), code
    assert len(re.findall(r'<section class="faq faq__category"', faq)) == 3, code
    return anchors


@pytest.mark.parametrize("code", LANGUAGES)
def test_who_we_are_pages(demo, client, code):
    about = client.get(f"/{code}/about/").text
    assert len(re.findall(r'<li class="pillar">', about)) == 3
    assert len(re.findall(r'<li class="objective">', about)) == 5
    assert re.search(r'<p class="milestone__year">1999</p>', about) and ">2010</p>" in about

    finder = client.get(f"/{code}/hotlines/?country=BG").text
    result = finder.split('id="result"', 1)[1].split("</section>", 1)[0]
    assert "SafenetBG" in result and 'href="https://www.safenet.bg/"' in result
    assert f'<a class="header-report" href="/{code}/hotlines/">' in client.get(f"/{code}/").text


def test_faq_anchors_are_the_same_in_every_language(demo, client):
    anchors = {code: faq_anchors(client, code) for code in LANGUAGES}
    assert anchors["nl"] == anchors["el"] == anchors["en"]
    for anchor in ("is-my-report-anonymous", "what-must-i-never-do", "what-is-the-inhope-summit"):
        assert anchor in anchors["en"]


def test_network_figures_follow_the_members(demo, client):
    live = Hotline.objects.filter(live=True, locale__language_code="en")
    expected = {"hotlines": 12, "countries": 12, "continents": 3}
    assert expected["hotlines"] == live.count()
    assert expected["countries"] == len({hotline.country.code for hotline in live})
    for code in LANGUAGES:
        assert figures_on(client, f"/{code}/") == expected, code
        assert figures_on(client, f"/{code}/about/") == expected, code

    live.get(name="APLE").unpublish()  # Cambodia: the only member in its country
    assert figures_on(client, "/nl/") == {"hotlines": 11, "countries": 11, "continents": 3}
    assert "APLE" not in client.get("/el/hotlines/").text


# Nine languages: the key path in every one, honest hreflang sets across the whole site.

KEY_PATH = ["", "about/", "report/", "faq/", "hotlines/"]


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_the_key_path_answers_in_every_language(demo, client, code):
    with translation.override(code):
        skip_text = translation.gettext("Skip to main content")
    direction = "rtl" if code == "ar" else "ltr"
    for path in KEY_PATH:
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200, path
        html = response.text
        assert f'<html lang="{code}" dir="{direction}">' in html, path
        assert f'<a class="skip-link" href="#main">{skip_text}</a>' in html
        assert '<main id="main" class="site-main" tabindex="-1">' in html, path  # content in the page's language
    if code != settings.LANGUAGE_CODE:
        assert skip_text != "Skip to main content"


def test_hreflang_sets_are_reciprocal_across_every_live_page(demo, client):
    """Each live page's hreflang set names itself and only live pages, and each page it
    names carries the same set."""
    sets = {}
    for page in Page.objects.live().filter(depth__gte=2).specific():
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        head = response.text.split("</head>")[0]
        found = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="http://localhost([^"]+)">', head))
        sets[url] = found
    assert len(sets) > 100
    for url, found in sets.items():
        if not found:
            continue
        assert url in found.values(), url
        assert found.get("x-default") == found.get("en"), url
        for code, target in found.items():
            assert sets.get(target) == found, (url, code, target)


@pytest.mark.site_walk
def test_every_demo_page_answers_in_every_language(demo, client):
    """Every live page of the demo, at its address in each of the nine languages: its
    translation, or else its English version with the interface in the visitor's language
    (`core/not_found.py`), with the right `lang` and `dir` either way."""
    english = Page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=2)
    paths = [page.url_path.split("/", 2)[2] for page in english]
    assert len(paths) > 20
    for code, _name in settings.LANGUAGES:
        direction = "rtl" if code == "ar" else "ltr"
        for path in paths:
            response = client.get(f"/{code}/{path}")
            assert response.status_code == 200, (code, path)
            assert f'<html lang="{code}" dir="{direction}">' in response.text, (code, path)


def test_the_sitemaps_validate_and_list_the_alternates(demo, client):
    """/sitemap.xml and each language's sitemap against an XML schema of the sitemaps.org
    protocol (core/tests/schemas/, with the xhtml:link alternates it allows)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import xmlschema

    schema = xmlschema.XMLSchema(str(Path(settings.BASE_DIR) / "core" / "tests" / "schemas" / "sitemap.xsd"))
    index = client.get("/sitemap.xml").content
    schema.validate(index)
    locations = [loc.text for loc in ET.fromstring(index).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations == [f"http://localhost/sitemap-{code}.xml" for code, _name in settings.LANGUAGES]
    for location in locations:
        content = client.get(location.removeprefix("http://localhost")).content
        schema.validate(content)
        root = ET.fromstring(content)
        assert len(root) >= 10, location
        alternates = list(root.iter("{http://www.w3.org/1999/xhtml}link"))
        assert {link.get("hreflang") for link in alternates} == {
            *(code for code, _name in settings.LANGUAGES),
            "x-default",
        }, location
    broken = (
        client.get("/sitemap-en.xml").content.replace(b"<loc>", b"<location>", 1).replace(b"</loc>", b"</location>", 1)
    )
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(broken)  # the schema does catch a malformed entry
