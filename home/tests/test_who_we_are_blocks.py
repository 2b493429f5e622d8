"""The "who we are" blocks: pillars, objectives, history and funding, reusable on any page
with a body; editors reorder and add entries, and an optional link may stay empty."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail_factories import ImageFactory

from core.blocks import OptionalLinkBlock, PillarBlock
from home.factories import StandardPageFactory


def pillar(title, icon="support", **link):
    return {
        "title": title,
        "icon": icon,
        "text": f"{title} in short.",
        "link": {"label": "", "page": None, "url": ""} | link,
    }


@pytest.fixture
def who_we_are_page(home_page):
    contact = StandardPageFactory(parent=home_page, title="Contact", slug="contact")
    return StandardPageFactory(
        parent=home_page,
        title="Who we are",
        slug="who-we-are",
        body=[
            (
                "pillars",
                {
                    "heading": "Our key pillars",
                    "pillars": [
                        pillar("Advocacy", "advocacy", label="Work with us", page=contact),
                        pillar("Supporting hotlines"),
                        pillar("Technology", "technology", label="ICCAM", url="https://iccam.example/"),
                    ],
                },
            ),
            (
                "objectives",
                {
                    "heading": "Our objectives",
                    "objectives": [{"title": f"Objective {n}", "text": f"What objective {n} means."} for n in range(5)],
                },
            ),
            ("history", {"heading": "Our history", "milestones": [{"year": 1999, "title": "Founded", "text": ""}]}),
            (
                "funding",
                {
                    "heading": "Our funding",
                    "text": "<p>Co-funded by the European Union.</p>",
                    "funders": [
                        {"name": "Digital Europe Programme", "url": "https://digital.example/", "logo": ImageFactory()},
                        {"name": "A funder without a site", "url": "", "logo": None},
                    ],
                },
            ),
        ],
    )


def test_pillars_render_in_editor_order_with_icon_and_optional_link(client, who_we_are_page):
    html = client.get(who_we_are_page.url).text
    titles = re.findall(r'<h3 class="pillar__title">([^<]+)</h3>', html)
    assert titles == ["Advocacy", "Supporting hotlines", "Technology"]
    assert re.search(r'<img class="pillar__icon" src="/static/img/icons/advocacy\.[\w.]*svg" alt=""', html)
    assert '<a href="/en/contact/" class="">Work with us</a>' in html
    assert '<a href="https://iccam.example/" class="">ICCAM</a>' in html
    assert html.count('class="pillar__link"') == 2  # the pillar without a link has none


def test_objectives_are_a_numbered_list(client, who_we_are_page):
    html = client.get(who_we_are_page.url).text
    objectives = re.search(r'<ol class="objectives__list">(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r'<h3 class="objective__title">([^<]+)</h3>', objectives) == [f"Objective {n}" for n in range(5)]


def test_history_and_funding_render(client, who_we_are_page):
    html = client.get(who_we_are_page.url).text
    assert '<p class="milestone__year">1999</p>' in html
    assert "Co-funded by the European Union." in html
    assert '<a href="https://digital.example/">Digital Europe Programme</a>' in html
    assert "A funder without a site" in html and "<picture>" in html


def test_an_optional_link_may_stay_empty_but_not_half_filled():
    block = OptionalLinkBlock()
    assert block.clean(block.to_python({"label": "", "page": None, "url": ""}))["label"] == ""
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Read more", "page": None, "url": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "", "page": None, "url": "https://example.org/"}))


def test_a_pillar_needs_title_and_text(db):
    block = PillarBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "", "icon": "support", "text": "", "link": {}}))
