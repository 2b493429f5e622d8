"""Matching registrants to their organisation for the per-organisation limit."""

import pytest

from registrations.organisations import (
    email_domain,
    organisation_keys,
    organisation_name_key,
    same_organisation,
)


@pytest.mark.parametrize(
    ("email", "domain"),
    [
        ("ana@example.org", "example.org"),
        ("Ana@Mail.Example.ORG", "example.org"),
        ("ben@dept.example.co.uk", "example.co.uk"),
        ("cem@example.com.au", "example.com.au"),
        ("dana@example.org.", "example.org"),
        ("eva@bücher.example", "xn--bcher-kva.example"),
        ("no-domain", ""),
        ("fred@localhost", ""),
        ("", ""),
        (None, ""),
        ("weird@" + "\udcff", ""),
    ],
)
def test_email_domain(email, domain):
    assert email_domain(email) == domain


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Example Hotline", "example hotline"),
        ("  EXAMPLE   hotline ", "example hotline"),
        ("Exämple Hotline, B.V.", "example hotline"),
        ("Example Hotline e.V.", "example hotline"),
        ("The Example Hotline Ltd.", "example hotline"),
        ("Stichting Meldpunt Voorbeeld", "meldpunt voorbeeld"),
        ("Ελληνική Γραμμή", "ελληνικη γραμμη"),
        ("", ""),
        (None, ""),
    ],
)
def test_organisation_name_key(name, key):
    assert organisation_name_key(name) == key


def test_the_same_domain_is_the_same_organisation():
    assert same_organisation(("ana@example.org", "Example Hotline"), ("ben@mail.example.org", "Hotline Example"))


def test_the_same_organisation_with_different_addresses_is_the_same_organisation():
    assert same_organisation(("ana@example.org", "Example Hotline B.V."), ("ben@other.example", "example hotline"))


def test_a_public_mail_provider_does_not_make_an_organisation():
    assert organisation_keys("ana@gmail.com", "") == set()
    assert not same_organisation(("ana@gmail.com", "First Hotline"), ("ben@gmail.com", "Second Hotline"))
    assert organisation_keys("ana@gmail.com", "First Hotline") == {"name:first hotline"}


def test_different_organisations_stay_apart():
    assert not same_organisation(("ana@example.org", "Example Hotline"), ("ben@example.net", "Other Hotline"))
    assert organisation_keys("ana@example.org", "Example Hotline") == {
        "domain:example.org",
        "name:example hotline",
    }
