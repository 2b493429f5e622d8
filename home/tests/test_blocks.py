import pytest
from django.core.exceptions import ValidationError
from wagtail_factories import ImageFactory

from core.blocks import LinkBlock
from home.factories import StandardPageFactory


@pytest.fixture
def page_with_every_block(home_page):
    image = ImageFactory(title="Network map")
    return StandardPageFactory(
        parent=home_page,
        title="Every block",
        slug="every-block",
        body=[
            ("heading", {"text": "Our history", "level": "h2", "anchor": "history"}),
            ("heading", {"text": "Früh & spät", "level": "h3", "anchor": ""}),
            ("paragraph", "<p>Founded in <b>1999</b>.</p>"),
            ("image", {"image": image, "alt_text": "A map of hotlines", "caption": "The network", "credit": "Us"}),
            ("quote", {"quote": "Every report counts.", "attribution": "An analyst", "role": "Hotline"}),
            (
                "call_to_action",
                {
                    "heading": "Report now",
                    "text": "It is anonymous.",
                    "link": {"label": "Go to the report form", "page": None, "url": "https://example.org/report"},
                },
            ),
            (
                "two_columns",
                {"text": "<p>Side by side.</p>", "image": image, "alt_text": "Side image", "image_position": "start"},
            ),
            ("key_figures", {"heading": "In numbers", "figures": [{"figure": "1999", "label": "founded"}]}),
            ("accordion", {"heading": "Questions", "items": [{"title": "Is it anonymous?", "content": "<p>Yes.</p>"}]}),
        ],
    )


def test_every_block_renders_its_content(client, page_with_every_block):
    html = client.get("/en/every-block/").text
    assert '<h2 class="block-heading" id="history">Our history</h2>' in html
    assert '<h3 class="block-heading block-heading--h3" id="früh-spät">Früh &amp; spät</h3>' in html
    assert "<p>Founded in <b>1999</b>.</p>" in html
    assert 'alt="A map of hotlines"' in html
    assert "<picture" in html and 'type="image/avif"' in html and 'type="image/webp"' in html
    assert "The network" in html and '<span class="figure__credit">Us</span>' in html
    assert "Every report counts." in html and "An analyst" in html
    assert 'href="https://example.org/report" class="button button--primary">Go to the report form</a>' in html
    assert "two-columns--image-start" in html and 'alt="Side image"' in html
    assert '<dd class="key-figures__figure">1999</dd>' in html
    assert '<summary class="accordion__summary">Is it anonymous?</summary>' in html


def test_images_reserve_their_space(client, page_with_every_block):
    html = client.get("/en/every-block/").text
    for img in html.split("<img")[1:]:
        tag = img.split(">")[0]
        if "logo-mark" in tag:
            continue
        assert "width=" in tag and "height=" in tag, tag


@pytest.mark.parametrize(
    "value",
    [
        {"label": "Nowhere", "page": None, "url": ""},
        {"label": "Both", "page": "PAGE", "url": "https://example.org/"},
    ],
)
def test_link_needs_exactly_one_destination(home_page, value):
    if value["page"] == "PAGE":
        value = {**value, "page": home_page}
    block = LinkBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**value, "page": value["page"].pk if value["page"] else None}))


def test_link_to_a_page_is_valid(home_page):
    block = LinkBlock()
    cleaned = block.clean(block.to_python({"label": "Home", "page": home_page.pk, "url": ""}))
    assert cleaned["page"].pk == home_page.pk


def test_heading_anchor_is_kept_out_of_translation(home_page):
    """The anchor is copied, not translated, so #history works in every language."""
    from wagtail_localize.segments.extract import extract_segments

    page = StandardPageFactory(
        parent=home_page,
        slug="anchored",
        body=[("heading", {"text": "History", "level": "h2", "anchor": "history-anchor"})],
    )
    body_segments = [segment for segment in extract_segments(page) if segment.path.startswith("body.")]
    assert [(segment.path, segment.render_text()) for segment in body_segments] == [
        (f"body.{page.body[0].id}.text", "History")
    ]
