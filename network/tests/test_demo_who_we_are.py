"""Issue 5 on the demo site, in every language: the about page's pillars and objectives,
the FAQ with its anchors and structured data, the hotline finder, and network figures that
follow the member list. One test, so that the demo is loaded once."""

import re

from home.tests.helpers import json_ld
from network.models import Hotline

LANGUAGES = ("en", "nl", "el")


def figures_on(client, path):
    html = client.get(path).text
    return {name: int(value) for name, value in re.findall(r'data-figure="(\w+)">(\d+)<', html)}


def test_who_we_are_on_the_demo_site(client, demo_content):
    faq_anchors = {}
    for code in LANGUAGES:
        about = client.get(f"/{code}/about/").text
        assert len(re.findall(r'<li class="pillar">', about)) == 3, code
        assert len(re.findall(r'<li class="objective">', about)) == 5, code
        assert re.search(r'<p class="milestone__year">1999</p>', about) and ">2010</p>" in about, code

        faq = client.get(f"/{code}/faq/").text
        data = json_ld(faq)
        assert data["@type"] == "FAQPage" and len(data["mainEntity"]) >= 7, code
        anchors = re.findall(r'<details class="faq__item" id="([\w-]+)"', faq)
        assert {entry["url"].split("#")[1] for entry in data["mainEntity"]} == set(anchors), code
        faq_anchors[code] = anchors
        assert len(re.findall(r'<section class="faq faq__category"', faq)) == 3, code

        finder = client.get(f"/{code}/hotlines/?country=BG").text
        result = finder.split('id="result"', 1)[1].split("</section>", 1)[0]
        assert "SafenetBG" in result and 'href="https://www.safenet.bg/"' in result, code
        assert f'<a class="header-report" href="/{code}/hotlines/">' in client.get(f"/{code}/").text, code

    assert faq_anchors["nl"] == faq_anchors["el"] == faq_anchors["en"]
    for anchor in ("is-my-report-anonymous", "what-must-i-never-do", "what-is-the-inhope-summit"):
        assert anchor in faq_anchors["en"]

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
