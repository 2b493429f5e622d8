"""The network figures, placeable on any page, and the way to the hotline finder that the
header shows on every page."""

from django import template
from django.conf import settings
from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant

from core import chrome_cache
from core.templatetags.site_tags import locale_home
from core.visibility import without_view_restrictions

from ..figures import network_figures as current_network_figures
from ..models import HotlineFinderPage

register = template.Library()


@register.simple_tag(takes_context=True)
def hotline_finder(context):
    """The live hotline finder page of the visitor's language, else the default language's
    (a language whose finder is not translated yet still gets a way to report), or None.
    Kept in the chrome cache, which every publish, unpublish and move makes stale."""
    request = context.get("request")
    home = locale_home(context)
    if home is None:
        return None

    def find():
        default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        candidates = list(
            without_view_restrictions(HotlineFinderPage.objects.live())
            .filter(Q(path__startswith=home.path) | Q(locale__language_code=default_language))
            .order_by("path")
        )
        own = next((page for page in candidates if page.path.startswith(home.path)), None)
        return own or (candidates[0] if candidates else None)

    return chrome_cache.get_or_build(request, "hotline-finder", home.pk, find)


@register.inclusion_tag("network/includes/network_figures.html", takes_context=True)
def network_figures(context, heading="", introduction="", show_finder_link=True, explain_when_empty=False):
    """The live network figures with an optional heading, text and link to the finder.

    Without any live member it shows nothing ("0 member hotlines" would mislead), or, with
    `explain_when_empty`, a line telling editors why (the block uses it for its preview)."""
    return {
        "explain_when_empty": explain_when_empty,
        "request": context.get("request"),
        "figures": current_network_figures(),
        "heading": heading,
        "introduction": introduction,
        "finder_page": hotline_finder(context) if show_finder_link else None,
    }
