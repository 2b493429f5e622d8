"""The network's public figures, computed from the live member list.

Editors used to type "46 hotlines in 40 countries" into pages, and every page went stale
when a member joined. The figures are now counted from the hotlines, kept in the cache
between requests and dropped whenever a hotline is saved or deleted (see `signals.py`).
"""

from dataclasses import dataclass

from django.core.cache import cache

from core.cache_invalidation import now_and_on_commit

from .continents import OTHER
from .models import MembershipStatus, live_members

CACHE_KEY = "network:figures"
CACHE_TIMEOUT = 24 * 60 * 60


@dataclass(frozen=True)
class NetworkFigures:
    hotlines: int
    full_members: int
    provisional_members: int
    countries: int
    continents: int

    @property
    def status_not_stated(self):
        return self.hotlines - self.full_members - self.provisional_members


def compute_figures():
    members = live_members()
    return NetworkFigures(
        hotlines=len(members),
        full_members=sum(1 for hotline in members if hotline.status == MembershipStatus.FULL),
        provisional_members=sum(1 for hotline in members if hotline.status == MembershipStatus.PROVISIONAL),
        countries=len({hotline.country.code for hotline in members}),
        continents=len({hotline.continent for hotline in members} - {OTHER}),
    )


def network_figures():
    """The current figures: one query on a cold cache, none on a warm one."""
    figures = cache.get(CACHE_KEY)
    if figures is None:
        figures = compute_figures()
        cache.set(CACHE_KEY, figures, CACHE_TIMEOUT)
    return figures


def forget_figures(**_signal_kwargs):
    """Drops the cached figures, now and again once the transaction commits (see
    `now_and_on_commit`). Usable as a signal receiver."""
    now_and_on_commit(lambda: cache.delete(CACHE_KEY))
