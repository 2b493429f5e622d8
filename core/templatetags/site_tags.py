"""Template tags for the site chrome: navigation, breadcrumbs, language switcher, footer.

The chrome is the same for every visitor of a page, so it is kept in the chrome cache
(`core/chrome_cache.py`) between requests: a warm page spends no query on it, and a cold
one spends a fixed number whatever the size of the menu.
"""

import json

import babel
from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page, Site

from core import chrome_cache
from core.models import FooterContent
from core.sitemaps import live_homes, live_versions
from core.visibility import without_view_restrictions

register = template.Library()

# Characters that could close the <script> element or open a comment inside JSON-LD.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _current_site(request):
    return Site.find_for_request(request) if request is not None else None


def _context_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _ancestors(request, page):
    """The live, public ancestors of a page from its language's home page down."""
    return chrome_cache.get_or_build(
        request,
        "ancestors",
        page.pk,
        lambda: list(without_view_restrictions(page.get_ancestors().filter(depth__gte=2).live())),
    )


def locale_home(context):
    """The home page in the active language (or the default one), cached on the request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_locale_home"):
        page = _context_page(context)
        if page is not None and page.depth == 2:
            home = page
        elif page is not None and page.depth > 2:
            home = next((ancestor for ancestor in _ancestors(request, page) if ancestor.depth == 2), None)
        else:
            site = _current_site(request)
            language = translation.get_language()
            home = chrome_cache.get_or_build(
                request, "home", f"{site.pk}:{language}" if site else None, lambda: site.root_page.localized
            )
        request._locale_home = home
    return request._locale_home


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    home = locale_home(context)
    page = _context_page(context)
    items = []
    if home is not None:
        items = chrome_cache.get_or_build(
            request,
            "menu",
            home.pk,
            lambda: list(
                without_view_restrictions(home.get_children().live().in_menu()).only(
                    "id", "title", "path", "url_path", "depth"
                )
            ),
        )
    current_path = page.path if page is not None else ""
    return {
        "request": request,
        "home": home,
        "menu_items": [
            {"page": item, "is_current": bool(current_path) and current_path.startswith(item.path)} for item in items
        ],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = _context_page(context)
    request = context.get("request")
    ancestors = _ancestors(request, page) if page is not None and page.depth > 2 else []
    return {"request": request, "ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def page_translations(context):
    """The live translations of the current page (or of the home page elsewhere), in the
    order of settings.LANGUAGES, as dicts with code, name, page, is_current and is_default
    (the default language's version, settings.LANGUAGE_CODE, which is the hreflang
    x-default).

    Shared by the language switcher and the hreflang links.
    """
    request = context.get("request")
    page = _context_page(context) or locale_home(context)
    by_language = {}
    if page is not None:
        by_language = chrome_cache.get_or_build(request, "translations", page.pk, lambda: _live_translations(page))
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "page": by_language[code],
            "is_current": code == current,
            "is_default": code == settings.LANGUAGE_CODE,
        }
        for code, name in settings.LANGUAGES
        if code in by_language
    ]


def _live_translations(page):
    """The page's live versions by language (aliases left out: an alias shows another
    language's content, so announcing it as a translation would mislead)."""
    return live_versions([page]).get(page.translation_key, {})


def live_homes_for(request):
    """The site's live home page in each language (`core.sitemaps.live_homes`), kept in the
    chrome cache."""
    site = _current_site(request)
    if site is None:
        return {}
    return chrome_cache.get_or_build(request, "homes", site.pk, lambda: live_homes(site))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language once: the current page's live translation where there is one, else
    that language's home page, marked as such (`is_home_instead`), so the switcher never
    promises a translation that does not exist."""
    request = context.get("request")
    translations = {option["code"]: option for option in page_translations(context)}
    homes = live_homes_for(request)
    options = []
    current = translation.get_language()
    for code, name in settings.LANGUAGES:
        if code in translations:
            options.append({**translations[code], "is_home_instead": False})
        elif code == current:  # a page shown in another language (core/not_found.py)
            options.append({"code": code, "name": name, "page": None, "is_current": True, "is_home_instead": False})
        elif code in homes:
            options.append(
                {"code": code, "name": name, "page": homes[code], "is_current": False, "is_home_instead": True}
            )
    current_name = dict(settings.LANGUAGES).get(current, "")
    return {"request": request, "options": options, "current_name": current_name}


@register.simple_tag(takes_context=True)
def content_language(context, page):
    """The language code of a page's content (it differs from the interface language when
    a page has no translation and the default language's page is shown instead)."""
    if not isinstance(page, Page) or page.locale_id is None:
        return translation.get_language()
    codes = chrome_cache.get_or_build(
        context.get("request"), "locales", "all", lambda: dict(Locale.objects.values_list("id", "language_code"))
    )
    return codes.get(page.locale_id) or translation.get_language()


@register.simple_tag
def default_language():
    return settings.LANGUAGE_CODE


@register.simple_tag
def language_name(code):
    """A language's name in the active language ("英語" for English in Japanese), from the
    Unicode CLDR data through Babel; Django's own names are fewer and sometimes a variety
    ("英語(米国)")."""
    try:
        names = babel.Locale.parse(translation.get_language(), sep="-").languages
    except (ValueError, babel.UnknownLocaleError):
        return code
    return names.get(code, code)


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """An absolute URL for a path, on the site's configured address (as canonical page
    URLs are), e.g. for Open Graph images."""
    site = _current_site(context.get("request"))
    return f"{site.root_url}{path}" if site is not None else path


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the active language (falling back to the default language), rendered
    once and kept in the chrome cache: its links resolve translated pages."""
    request = context.get("request")
    language = translation.get_language()
    site = _current_site(request)

    def render():
        footer = (
            FooterContent.objects.filter(locale__language_code=language).first()
            or FooterContent.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
        return render_to_string(
            "includes/footer.html", {"footer": footer, "home": locale_home(context)}, request=request
        )

    return mark_safe(chrome_cache.get_or_build(request, "footer", f"{site.pk if site else 0}:{language}", render))


@register.simple_tag(takes_context=True)
def site_name(context):
    site = _current_site(context.get("request"))
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


@register.simple_tag
def json_ld(data):
    """A JSON-LD <script> element for structured data. Browsers never run it, so it is
    allowed under the Content-Security-Policy; <, > and & are escaped so that text from
    editors cannot end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
