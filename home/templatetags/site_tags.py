"""Template tags for the site chrome: navigation, breadcrumbs, language switcher, footer.

Each tag runs a fixed number of queries whatever the size of the menu, so page query
counts stay flat as editors add pages.
"""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from home.models import FooterContent

register = template.Library()


def _current_site(request):
    return Site.find_for_request(request) if request is not None else None


def _locale_home(context):
    """The home page in the active language (or the default one), cached on the request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_locale_home"):
        page = context.get("page")
        if isinstance(page, Page) and page.depth >= 2:
            home = Page.objects.ancestor_of(page, inclusive=True).filter(depth=2).first()
        else:
            site = _current_site(request)
            home = site.root_page.localized if site else None
        request._locale_home = home
    return request._locale_home


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    home = _locale_home(context)
    page = context.get("page")
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu().only("id", "title", "path", "url_path", "depth"))
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "request": context.get("request"),
        "home": home,
        "menu_items": [
            {"page": item, "is_current": bool(current_path) and current_path.startswith(item.path)} for item in items
        ],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(page.get_ancestors().filter(depth__gte=2).live().public())
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def page_translations(context):
    """The live translations of the current page (or of the home page elsewhere), in the
    order of settings.LANGUAGES, as dicts with code, name, page and is_current.

    Computed once per request and shared by the language switcher and the hreflang links.
    """
    request = context.get("request")
    if request is not None and hasattr(request, "_page_translations"):
        return request._page_translations
    page = context.get("page")
    if not isinstance(page, Page):
        page = _locale_home(context)
    current = translation.get_language()
    by_language = {}
    if page is not None:
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        by_language = {translated.locale.language_code: translated for translated in translations}
    options = [
        {"code": code, "name": name, "page": by_language[code], "is_current": code == current}
        for code, name in settings.LANGUAGES
        if code in by_language
    ]
    if request is not None:
        request._page_translations = options
    return options


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"request": context.get("request"), "options": page_translations(context)}


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """An absolute URL for a path, on the site's configured address (as canonical page
    URLs are), e.g. for Open Graph images."""
    site = _current_site(context.get("request"))
    return f"{site.root_url}{path}" if site is not None else path


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    footer = (
        FooterContent.objects.filter(locale__language_code=translation.get_language()).first()
        or FooterContent.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    return {"request": context.get("request"), "footer": footer, "home": _locale_home(context)}


@register.simple_tag(takes_context=True)
def site_name(context):
    site = _current_site(context.get("request"))
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
