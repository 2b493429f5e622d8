"""Signed confirmation and withdrawal links: they round-trip, expire (confirmation only),
and refuse forgeries and links made for the other purpose."""

import datetime

import pytest
import time_machine

from registrations.links import LinkError, make_token, read_token


def test_a_link_carries_its_registration():
    assert read_token(make_token(42, "confirm"), "confirm") == 42
    assert read_token(make_token(42, "withdraw"), "withdraw") == 42
    assert "42" in make_token(42, "confirm")  # an id, nothing personal


def test_a_confirmation_link_expires_but_a_withdrawal_link_does_not(settings):
    settings.REGISTRATION_CONFIRMATION_HOURS = 2
    with time_machine.travel(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC), tick=False):
        confirm, withdraw = make_token(7, "confirm"), make_token(7, "withdraw")
    with time_machine.travel(datetime.datetime(2027, 3, 1, 10, 59, tzinfo=datetime.UTC), tick=False):
        assert read_token(confirm, "confirm") == 7
    with time_machine.travel(datetime.datetime(2027, 3, 1, 11, 1, tzinfo=datetime.UTC), tick=False):
        with pytest.raises(LinkError) as expired:
            read_token(confirm, "confirm")
        assert expired.value.reason == "expired"
        assert read_token(withdraw, "withdraw") == 7


@pytest.mark.parametrize(
    "token",
    [
        "",
        None,
        "42",
        "42:forged:signature",
        "x" * 5000,
        "\x00:%00",
        "７:abc:def",
    ],
)
def test_forged_and_mangled_links_are_refused(token):
    with pytest.raises(LinkError) as refused:
        read_token(token, "confirm")
    assert refused.value.reason == "invalid"


def test_a_link_is_good_for_its_own_purpose_only():
    with pytest.raises(LinkError):
        read_token(make_token(42, "withdraw"), "confirm")
    tampered = make_token(42, "confirm").replace("42", "43", 1)
    with pytest.raises(LinkError):
        read_token(tampered, "confirm")
    with pytest.raises(ValueError):
        make_token(42, "delete")
