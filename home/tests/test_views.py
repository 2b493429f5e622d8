import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.factories import FooterContentFactory
from core.tests.helpers import inline_code_in, translate_page
from home.factories import StandardPageFactory
from home.models import HomePage


@pytest.fixture
def about(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="About us",
        slug="about",
        show_in_menus=True,
        introduction="Who we are and how the network works.",
        body=[
            ("heading", {"text": "Our history", "level": "h2", "anchor": "history"}),
            ("paragraph", "<p>Founded in <b>1999</b>.</p>"),
        ],
    )


@pytest.fixture
def dutch_site(home_page, about, locales):
    """The home and about pages translated into Dutch, with a Dutch footer."""
    nl_about = translate_page(about, locales["nl"])
    nl_about.title = "Over ons"
    nl_about.save_revision().publish()
    FooterContentFactory(locale=locales["en"], organisation_name="INHOPE (English footer)")
    return nl_about


@pytest.mark.parametrize("code", ["en", "nl", "el"])
def test_each_language_home_answers_with_its_lang(client, home_page, locales, code):
    if code != "en":
        translate_page(home_page, locales[code])
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="ltr">' in response.text


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-NL,nl;q=0.9,en;q=0.5", "/nl/"),
        ("el", "/el/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("pt-PT,pt;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, home_page, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language} if accept_language else {})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unknown_url_gives_the_styled_404(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert "css/site.css" in response.text
    assert '<meta name="robots" content="noindex">' in response.text
    assert 'class="site-footer"' in response.text


def test_unknown_url_in_dutch_is_a_404_in_dutch_lang(client, home_page, locales):
    translate_page(home_page, locales["nl"])
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert '<html lang="nl"' in response.text


def test_server_error_page_stands_alone():
    with translation.override("en"):
        html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert '<html lang="en" dir="ltr">' in html


def test_home_page_shows_hero_mission_report_cta_and_highlights(client, home_page, about):
    home_page.report_page = about
    home_page.report_text = "Reports are anonymous."
    home_page.highlights = [("highlight", {"page": about, "summary": "Meet the network."})]
    home_page.save_revision().publish()

    html = client.get("/en/").text
    assert '<h1 class="hero__heading" id="hero-heading">Together for a safer internet</h1>' in html
    assert "We connect hotlines around the world." in html
    assert 'class="button button--report" href="/en/about/">Report illegal content</a>' in html
    assert "Reports are anonymous." in html
    assert 'href="/en/about/">About us</a></h3>' in html
    assert "Meet the network." in html


def test_highlights_skip_unpublished_pages(client, home_page, about):
    home_page.highlights = [("highlight", {"page": about, "summary": "Hidden soon."})]
    home_page.save_revision().publish()
    about.unpublish()
    assert "Hidden soon." not in client.get("/en/").text


def test_page_head_has_title_description_canonical_and_open_graph(client, home_page, about):
    html = client.get("/en/about/").text
    assert "<title>About us | INHOPE</title>" in html
    assert '<meta name="description" content="Who we are and how the network works.">' in html
    assert '<link rel="canonical" href="http://localhost/en/about/">' in html
    assert '<meta property="og:title" content="About us">' in html
    assert '<meta property="og:url" content="http://localhost/en/about/">' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:description" content="Who we are and how the network works.">' in html


def test_search_description_overrides_the_summary(client, home_page, about):
    about.search_description = "Written for search engines."
    about.save_revision().publish()
    assert '<meta name="description" content="Written for search engines.">' in client.get("/en/about/").text


def test_social_image_gives_an_absolute_og_image(client, home_page, about):
    from wagtail_factories import ImageFactory

    about.social_image = ImageFactory(title="Share card", file__width=1600, file__height=900)
    about.save_revision().publish()
    html = client.get("/en/about/").text
    match = re.search(r'<meta property="og:image" content="([^"]+)">', html)
    assert match and match.group(1).startswith("http://localhost/media/images/")
    assert '<meta property="og:image:width" content="1200">' in html


def test_navigation_lists_live_menu_pages_in_the_visitors_language(client, dutch_site, home_page):
    StandardPageFactory(parent=home_page, title="Hidden", slug="hidden", show_in_menus=False)
    english = client.get("/en/").text
    assert 'href="/en/about/">About us</a>' in english
    assert ">Hidden</a>" not in english

    dutch = client.get("/nl/").text
    assert 'href="/nl/about/">Over ons</a>' in dutch
    assert "/en/about/" not in dutch.split('id="main"')[0].split("main-nav")[1]


def test_current_section_is_marked_in_the_navigation(client, home_page, about):
    html = client.get("/en/about/").text
    assert 'href="/en/about/" aria-current="page">About us</a>' in html


def test_breadcrumbs_lead_home(client, home_page, about):
    child = StandardPageFactory(parent=about, title="Our team", slug="team")
    html = client.get(child.url).text
    assert 'aria-label="Breadcrumb"' in html
    assert '<a href="/en/">Home</a>' in html
    assert '<a href="/en/about/">About us</a>' in html
    assert '<span aria-current="page">Our team</span>' in html


def test_language_switcher_and_hreflang_list_live_translations(client, dutch_site):
    html = client.get("/en/about/").text
    assert '<a class="language-switcher__link" href="/nl/about/" hreflang="nl" lang="nl">Nederlands</a>' in html
    assert 'aria-current="true">English</span>' in html
    assert "Ελληνικά" not in html  # no Greek translation exists
    assert '<link rel="alternate" hreflang="nl" href="http://localhost/nl/about/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/about/">' in html


def test_language_switcher_hides_draft_translations(client, dutch_site):
    dutch_site.unpublish()
    assert 'hreflang="nl"' not in client.get("/en/about/").text


def test_footer_comes_from_the_visitors_language_with_english_fallback(client, dutch_site, locales):
    assert "INHOPE (English footer)" in client.get("/nl/about/").text
    FooterContentFactory(locale=locales["nl"], organisation_name="INHOPE (Nederlandse voettekst)")
    dutch = client.get("/nl/about/").text
    assert "INHOPE (Nederlandse voettekst)" in dutch
    assert "INHOPE (English footer)" not in dutch


def test_footer_shows_address_email_social_and_legal_links(client, home_page, about):
    FooterContentFactory(
        social_links=[("social_link", {"network": "linkedin", "url": "https://www.linkedin.com/"})],
        legal_links=[("link", {"label": "Privacy", "page": about, "url": ""})],
    )
    html = client.get("/en/").text
    assert "Jozef Israëlskade 46v<br>1072 SB Amsterdam" in html
    assert '<a href="mailto:info@inhope.example">info@inhope.example</a>' in html
    assert '<a class="social-link" href="https://www.linkedin.com/" rel="me">LinkedIn</a>' in html
    assert '<a href="/en/about/" class="">Privacy</a>' in html


def test_untranslated_content_is_marked_with_its_own_language(client, home_page, locales):
    """Without a Dutch home page, /nl/ serves the English one; <main> then says it is English."""
    response = client.get("/nl/")
    assert '<html lang="nl"' in response.text
    assert '<main id="main" class="site-main" tabindex="-1" lang="en">' in response.text

    translate_page(home_page, locales["nl"])
    response = client.get("/nl/")
    assert '<main id="main" class="site-main" tabindex="-1">' in response.text


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/en/no-such-page/", "/en/search/?query=hotline"])
def test_public_pages_need_no_inline_code_and_send_a_csp(client, home_page, about, path):
    response = client.get(path)
    assert inline_code_in(response.text) == []
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_admin_is_outside_the_csp(admin_client, home_page):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_home_page_model_knows_its_social_image_falls_back_to_hero(home_page):
    from wagtail_factories import ImageFactory

    home_page.hero_image = ImageFactory()
    assert home_page.get_social_image() == home_page.hero_image
    assert isinstance(home_page, HomePage)


def test_editors_manage_footers_per_language_in_the_admin(admin_client, home_page, locales):
    FooterContentFactory(organisation_name="INHOPE footer")
    response = admin_client.get(reverse("wagtailsnippets_core_footercontent:list"))
    assert response.status_code == 200
    assert "INHOPE footer" in response.text
