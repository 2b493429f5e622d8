"""A cross-request cache for the site chrome: menu, breadcrumbs, translations, footer.

Every public page shows the same chrome, and building it costs several queries. It only
changes when a page is published, unpublished, moved or deleted, a view restriction,
footer, locale or site changes; those events bump one version number (see `signals.py`),
which makes every cached entry stale at once. Entries also expire after an hour.
"""

import time

from django.core.cache import cache

from .cache_invalidation import now_and_on_commit

VERSION_KEY = "chrome:version"
TIMEOUT = 60 * 60
_MISSING = object()


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.set(VERSION_KEY, version, None)
    return version


def _new_version():
    # Always a different number, even when two bumps fall within one tick of a coarse clock.
    cache.set(VERSION_KEY, max(time.time_ns(), (cache.get(VERSION_KEY) or 0) + 1), None)


def invalidate(**_signal_kwargs):
    """Makes every cached chrome entry stale, now and again when the transaction commits
    (see `now_and_on_commit`). Usable as a signal receiver."""
    now_and_on_commit(_new_version)


def get_or_build(request, name, key, build):
    """The cached value for (name, key), built and stored on a miss.

    Values are also kept on the request, so a page that asks twice (the language switcher
    and the hreflang links both want the translations) reads the cache once, and the
    version is read once per request. Previews are never cached: they show unsaved content."""
    if getattr(request, "is_preview", False) or key is None:
        return build()
    on_request = getattr(request, "_chrome_cache", None)
    if on_request is None:
        on_request = {"version": current_version()}
        if request is not None:
            request._chrome_cache = on_request
    cache_key = f"chrome:{on_request['version']}:{name}:{key}"
    value = on_request.get(cache_key, _MISSING)
    if value is _MISSING:
        value = cache.get(cache_key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(cache_key, value, TIMEOUT)
    on_request[cache_key] = value
    return value
