"""Sitemaps in every language, and robots.txt.

Wagtail's own sitemap lists the default site's root page and its descendants: the English
pages only (wagtail#6583). Here `/sitemap.xml` is an index with one sitemap per language
that has a live home page (`/sitemap-nl.xml` ...), and each page in it names its live
translations as `xhtml:link` alternates (with `x-default` for the default language's
version), as the `hreflang` links in the pages' heads do. Aliases, drafts and pages behind
a password or login are left out.
"""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import without_view_restrictions


def live_homes(site):
    """{language code: live home page} for the site's root page in each language: one query."""
    homes = (
        Page.objects.live()
        .filter(translation_key=site.root_page.translation_key, alias_of__isnull=True)
        .select_related("locale")
    )
    return _in_language_order({home.locale.language_code: home for home in homes})


def live_versions(pages):
    """{translation key: {language code: page}} for the live, public, non-alias versions of
    `pages` in every language (theirs included): two queries whatever the number of pages
    or languages."""
    keys = {page.translation_key for page in pages}
    versions = without_view_restrictions(
        Page.objects.live().filter(translation_key__in=keys, alias_of__isnull=True).select_related("locale")
    ).only("id", "path", "depth", "url_path", "translation_key", "locale__language_code")
    found = {}
    for version in versions:
        found.setdefault(version.translation_key, {})[version.locale.language_code] = version
    return {key: _in_language_order(by_code) for key, by_code in found.items()}


def _in_language_order(by_code):
    """{code: value} in the order of settings.LANGUAGES, without languages it does not list
    (a locale left in the database after its language was taken out has no address)."""
    return {code: by_code[code] for code, _name in settings.LANGUAGES if code in by_code}


class LanguageSitemap(Sitemap):
    """The live, public pages of one language, each with its translations as alternates."""

    def __init__(self, request, language_code):
        super().__init__(request)
        self.language_code = language_code

    def items(self):
        home = live_homes(self.get_wagtail_site()).get(self.language_code)
        if home is None:
            return Page.objects.none()
        pages = home.get_descendants(inclusive=True).live().filter(alias_of__isnull=True)
        return without_view_restrictions(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = live_versions(pages)
        urls = []
        for item in pages:
            alternates = []
            translations = versions.get(item.translation_key, {})
            if len(translations) > 1:
                for code, version in translations.items():
                    location = version.get_full_url(self.request)
                    alternates.append({"lang_code": code, "location": location})
                    if code == settings.LANGUAGE_CODE:
                        alternates.append({"lang_code": "x-default", "location": location})
            for number, url_info in enumerate(item.get_sitemap_urls(self.request)):
                # Only the page's own address has translations (not, e.g., a feed it adds).
                urls.append({**url_info, "alternates": alternates if number == 0 else []})
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@require_safe
def sitemap_index(request):
    """/sitemap.xml: one sitemap per language with a live home page."""
    site = Sitemap(request).get_wagtail_site()
    sitemaps = [{"location": f"{site.root_url}/sitemap-{code}.xml"} for code in live_homes(site)]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": sitemaps}, content_type="application/xml")


@require_safe
def language_sitemap(request, language_code):
    if language_code not in dict(settings.LANGUAGES):
        raise Http404("No such language.")
    sitemap = LanguageSitemap(request, language_code)
    return sitemap_views.sitemap(request, {language_code: sitemap}, section=language_code)


# Search results and filtered or paginated listings are not worth a crawler's time and
# would compete with the pages they list (they also carry `noindex` or a canonical link).
ROBOTS_DISALLOWED = [
    "/admin/",
    "/django-admin/",
    "/*/search/",
    "/*?*topic=",
    "/*?*source=",
    "/*?*year=",
    "/*?*match=",
    "/*?*country=",
    "/*?*query=",
    "/*?*q=",
]


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    site = Sitemap(request).get_wagtail_site()
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOWED), ""]
    lines.append(f"Sitemap: {site.root_url}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
