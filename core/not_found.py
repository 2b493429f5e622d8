"""Pages not in the visitor's language: the default language's version, said so, or a 404
that points at the languages the page does exist in.

A visitor may follow a link to a page that has not been translated into their language
(yet), e.g. /el/articles/some-new-article/ while only the English and Dutch versions are
live. Slugs are the same in every language, so the page is found by its path below each
language's home page; versions that are translations of one another (same translation
key) are listed together, in the visitor's language.
"""

from urllib.parse import urlparse

from django.conf import settings
from django.http import Http404, HttpResponseNotFound
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from . import chrome_cache
from .templatetags.site_tags import live_homes_for
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


def _live_versions_at_path(request):
    """Once per request (the middleware and the 404 handler both ask); see `_find_versions`."""
    if not hasattr(request, "_live_versions_at_path"):
        request._live_versions_at_path = _find_versions(request)
    return request._live_versions_at_path


def _find_versions(request):
    """The live, public pages at the requested path below each language's home page, or
    None when the request is not for a page path or the page exists in the visitor's
    language (the 404 then comes from the page itself, e.g. a listing page number that does
    not exist). One query on a warm chrome cache, whatever the number of languages."""
    language, components = _split_language(request.path_info)
    if language is None or not _is_plausible(components):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
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
        return None
    pages = list(without_view_restrictions(Page.objects.filter(url_path__in=paths).live()).select_related("locale"))
    if any(page.locale.language_code == language for page in pages):
        return None
    return pages


def versions_elsewhere(request, pages=None):
    """The live, public versions of the requested page in other languages, as a list of
    groups (one per translation key, normally just one), each a list of dicts with code,
    name and url in the order of settings.LANGUAGES (see `_live_versions_at_path`)."""
    if pages is None:
        pages = _live_versions_at_path(request) or []
    groups = {}
    for page in sorted(pages, key=lambda page: LANGUAGE_ORDER.get(page.locale.language_code, len(LANGUAGE_ORDER))):
        code = page.locale.language_code
        if code not in LANGUAGE_NAMES:
            continue
        url = page.get_url(request=request)
        if url:
            groups.setdefault(page.translation_key, []).append({"code": code, "name": LANGUAGE_NAMES[code], "url": url})
    return list(groups.values())


def serve_untranslated(request, page):
    """The default-language version of a page not (yet) translated into the visitor's
    language, served at the visitor's address with the interface in their language: its
    content keeps its own `lang`, its canonical link and hreflang set are those of the
    version shown (so it is never announced as a translation), a note says so, and the menu
    is the visitor's language's."""
    request._locale_home = live_homes_for(request).get(translation.get_language())
    request.is_preview = False
    request.shows_untranslated_page = True
    page, args, kwargs = page.specific.route(request, [])
    response = page.serve(request, *args, **kwargs)
    if hasattr(response, "render"):
        response.render()
    return response


class UntranslatedPageMiddleware:
    """Serves the default language's version of a page that Wagtail did not find in the
    visitor's language (`serve_untranslated`). A middleware rather than the 404 handler, so
    that it works the same with DEBUG on (`make run`); an editor's redirect for the address
    still wins, as Wagtail's RedirectMiddleware would apply it to the 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404) or request.method not in ("GET", "HEAD"):
            return None
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != "wagtail_serve":
            return None
        pages = _live_versions_at_path(request) or []
        fallback = next((page for page in pages if page.locale.language_code == settings.LANGUAGE_CODE), None)
        if fallback is None:
            return None
        path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        if get_redirect(request, path) or get_redirect(request, urlparse(path).path):
            return None
        return serve_untranslated(request, fallback)


@requires_csrf_token
def page_not_found(request, exception, template_name="404.html"):
    """Django's 404 handler (see `inhope_cms.urls.handler404`), with the languages the
    page is in."""
    context = {"request_path": request.path, "other_versions": versions_elsewhere(request)}
    return HttpResponseNotFound(loader.render_to_string(template_name, context, request=request))
