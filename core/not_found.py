"""The 404 page, which points at the requested page in the languages it does exist in.

A visitor may follow a link to a page that has not been translated into their language
(yet), e.g. /el/articles/some-new-article/ while only the English and Dutch versions are
live. Slugs are the same in every language, so the page is found by its path below each
language's home page; versions that are translations of one another (same translation
key) are listed together, in the visitor's language.
"""

from django.conf import settings
from django.http import HttpResponseNotFound
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Page, Site

from . import chrome_cache
from .visibility import without_view_restrictions

# Longer paths cannot belong to a page (and are not worth a query).
MAX_PATH_LENGTH = 1000
LANGUAGE_NAMES = dict(settings.LANGUAGES)
LANGUAGE_ORDER = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}


def _split_language(path):
    """(language code, path components) of a path under a language prefix, else (None, [])."""
    for code in LANGUAGE_NAMES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return code, [component for component in path[len(prefix) :].split("/") if component]
    return None, []


def _is_plausible(components):
    """Whether the components could be a page's path: bounded length, no control
    characters (PostgreSQL rejects NUL in a query) and no dot segments."""
    text = "/".join(components)
    return (
        bool(components)
        and len(text) <= MAX_PATH_LENGTH
        and not any(ord(character) < 32 or character == "\x7f" for character in text)
        and not any(component in {".", ".."} for component in components)
    )


def versions_elsewhere(request):
    """The live, public versions of the requested page in other languages, as a list of
    groups (one per translation key, normally just one), each a list of dicts with code,
    name and url in the order of settings.LANGUAGES.

    Nothing is listed when the page exists in the visitor's language: the 404 then comes
    from the page itself (e.g. a listing page number that does not exist). Costs one query
    on a warm chrome cache, whatever the number of languages and pages."""
    language, components = _split_language(request.path_info)
    if language is None or not _is_plausible(components):
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    # Every live home page, aliases included: a real translation may live under an alias
    # of the home page (Wagtail makes one when it copies a page's missing parents).
    homes = chrome_cache.get_or_build(
        request,
        "homes-and-aliases",
        site.root_page_id,
        lambda: list(site.root_page.get_translations(inclusive=True).live().only("url_path")),
    )
    relative_path = "/".join(components) + "/"
    paths = {home.url_path + relative_path for home in homes}
    if not paths:
        return []
    pages = list(without_view_restrictions(Page.objects.filter(url_path__in=paths).live()).select_related("locale"))
    if any(page.locale.language_code == language for page in pages):
        return []
    groups = {}
    for page in sorted(pages, key=lambda page: LANGUAGE_ORDER.get(page.locale.language_code, len(LANGUAGE_ORDER))):
        code = page.locale.language_code
        if code not in LANGUAGE_NAMES:
            continue
        url = page.get_url(request=request)
        if url:
            groups.setdefault(page.translation_key, []).append({"code": code, "name": LANGUAGE_NAMES[code], "url": url})
    return list(groups.values())


@requires_csrf_token
def page_not_found(request, exception, template_name="404.html"):
    """Django's 404 handler (see `inhope_cms.urls.handler404`), with the other versions."""
    context = {"request_path": request.path, "other_versions": versions_elsewhere(request)}
    return HttpResponseNotFound(loader.render_to_string(template_name, context, request=request))
