"""Signed links in registration emails: confirm your address, withdraw.

A link carries the registration's id and what it is for, signed with the site's secret key
and timestamped, so it cannot be forged or reused for another purpose, and a confirmation
link stops working after `REGISTRATION_CONFIRMATION_HOURS`. Nothing personal is in the link.
"""

from django.conf import settings
from django.core import signing

PURPOSES = ("confirm", "withdraw")
DEFAULT_CONFIRMATION_HOURS = 48


class LinkError(Exception):
    """A link that cannot be used; `reason` is "expired" or "invalid" (forged, mangled or
    made for another purpose), for a friendly page that says which."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _signer(purpose):
    if purpose not in PURPOSES:
        raise ValueError(f"Unknown link purpose {purpose!r}")
    return signing.TimestampSigner(salt=f"registrations.{purpose}")


def make_token(registration_id, purpose):
    return _signer(purpose).sign(str(int(registration_id)))


def confirmation_max_age():
    """Seconds a confirmation link stays valid (unconfirmed registrations then expire)."""
    return int(getattr(settings, "REGISTRATION_CONFIRMATION_HOURS", DEFAULT_CONFIRMATION_HOURS)) * 3600


def read_token(token, purpose):
    """The registration id in a link made by `make_token` for `purpose`; `LinkError` when
    the link is expired, forged or for another purpose. Withdrawal links do not expire:
    a registrant may withdraw until the summit."""
    max_age = confirmation_max_age() if purpose == "confirm" else None
    try:
        value = _signer(purpose).unsign(str(token or "")[:200], max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkError("expired") from error
    except signing.BadSignature as error:
        raise LinkError("invalid") from error
    return int(value)  # only this module signs with these salts, and it signs integers
