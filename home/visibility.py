"""Which pages a visitor may see, in the same SQL statement as the listing itself."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def without_view_restrictions(queryset, below=None):
    """The pages of `queryset` that no view restriction (password, login, group) covers.

    Wagtail's `PageQuerySet.public()` runs a separate query for the restrictions every time
    it is called; this is a correlated subquery instead, so a listing stays one query. With
    `below`, only restrictions inside that page's subtree count: the page itself was already
    checked by Wagtail when it was served, so a visitor who unlocked a private section still
    sees its listings.
    """
    restrictions = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    if below is not None:
        restrictions = restrictions.filter(page__path__startswith=below.path, page__depth__gt=below.depth)
    return queryset.filter(~Exists(restrictions))
