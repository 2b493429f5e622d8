"""Rate limits per IP address and per email address, in the shared cache."""

import datetime

import time_machine
from django.core.cache import cache

from registrations.throttle import _cache_key, attempt


def test_attempts_are_limited_per_window():
    start = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        assert [attempt("email", "Ana@Example.org", (3, 3600)) for _ in range(5)] == [True, True, True, False, False]
        assert attempt("email", "ana@example.org ", (3, 3600)) is False  # the same address
        assert attempt("email", "ben@example.org", (3, 3600)) is True  # another one
        assert attempt("ip", "203.0.113.7", (1, 60)) is True
        assert attempt("ip", "203.0.113.7", (1, 60)) is False
    with time_machine.travel(start + datetime.timedelta(hours=1, minutes=1), tick=False):
        assert attempt("email", "ana@example.org", (3, 3600)) is True  # a new window


def test_empty_values_are_not_limited_and_addresses_are_not_kept_in_clear():
    assert all(attempt("ip", "", (1, 60)) for _ in range(3))
    with time_machine.travel(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC), tick=False):
        attempt("email", "private.person@example.org", (5, 3600))
        window = int(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC).timestamp() // 3600)
        key = _cache_key("email", "private.person@example.org", window, 3600)
    assert cache.get(key) == 1
    assert "private.person" not in key
