"""Which pages a visitor may see, without a query of its own on a warm cache."""

from wagtail.models import PageViewRestriction

from . import chrome_cache


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (password, login, groups).

    There are few of them and they rarely change, so the list lives in the chrome cache,
    which every restriction change, page move and deletion makes stale."""
    return chrome_cache.get_or_build(
        None,
        "restricted-paths",
        "all",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def without_view_restrictions(queryset, below=None):
    """The pages of `queryset` that no view restriction covers.

    Wagtail's `PageQuerySet.public()` runs a query for the restrictions each time it is
    called; this reads them from the cache and filters by tree path in the same statement
    as the listing. With `below`, only restrictions inside that page's subtree count: the
    page itself was already checked by Wagtail when it was served, so a visitor who
    unlocked a private section still sees its listings.
    """
    for path in restricted_paths():
        if below is None or (path.startswith(below.path) and len(path) > len(below.path)):
            queryset = queryset.exclude(path__startswith=path)
    return queryset
