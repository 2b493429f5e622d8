"""Rate limits for the registration form, per IP address and per email address.

Counts live in the shared cache (Redis in production), one counter per key and time window,
so several app servers count together. A limit is `(number, seconds)`: at most `number`
attempts per key in a window of `seconds`.
"""

import hashlib
import time

from django.core.cache import cache

DEFAULT_LIMITS = {"ip": (20, 3600), "email": (5, 3600)}


def _cache_key(kind, value, window, seconds):
    # Hashed: the cache never holds an address in clear (personal data stays out of it).
    digest = hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:32]
    return f"registrations:throttle:{kind}:{digest}:{seconds}:{window}"


def attempt(kind, value, limit=None):
    """Counts one attempt for `value` (an IP address or an email address) and says whether
    it is within the limit. Values are compared case-insensitively; an empty value is never
    limited (the form's own validation refuses it)."""
    number, seconds = limit or DEFAULT_LIMITS[kind]
    value = (value or "").strip().casefold()
    if not value:
        return True
    window = int(time.time() // seconds)
    key = _cache_key(kind, value, window, seconds)
    if cache.add(key, 1, timeout=seconds + 60):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=seconds + 60)
            count = 1
    return count <= number
