"""The network figures, placeable on any page, and the way to the hotline finder that the
header shows on every page."""

from django import template

from home import chrome_cache
from home.templatetags.site_tags import locale_home
from home.visibility import without_view_restrictions

from ..figures import network_figures as current_network_figures
from ..models import HotlineFinderPage

register = template.Library()


@register.simple_tag(takes_context=True)
def hotline_finder(context):
    """The live hotline finder page of the visitor's language, or None. Kept in the chrome
    cache, which every publish, unpublish and move makes stale."""
    request = context.get("request")
    home = locale_home(context)
    if home is None:
        return None
    return chrome_cache.get_or_build(
        request,
        "hotline-finder",
        home.pk,
        lambda: without_view_restrictions(HotlineFinderPage.objects.live().descendant_of(home)).first(),
    )


@register.inclusion_tag("network/includes/network_figures.html", takes_context=True)
def network_figures(context, heading="", introduction="", show_finder_link=True):
    """The live network figures with an optional heading, text and link to the finder."""
    return {
        "request": context.get("request"),
        "figures": current_network_figures(),
        "heading": heading,
        "introduction": introduction,
        "finder_page": hotline_finder(context) if show_finder_link else None,
    }
