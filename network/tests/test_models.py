import datetime

import pytest
from django.core.exceptions import ValidationError
from django_countries import countries

from network.continents import CONTINENT_OF_COUNTRY, CONTINENTS, continent_of
from network.factories import HotlineFactory
from network.models import live_members


def test_every_country_has_a_continent():
    assert set(CONTINENT_OF_COUNTRY) == {code for code, _name in countries}
    assert set(CONTINENT_OF_COUNTRY.values()) <= set(CONTINENTS)


def test_continent_of_accepts_any_case_and_rejects_unknown_codes():
    assert continent_of("bg") == "europe"
    assert continent_of("MX") == "north-america"
    assert continent_of("PH") == "asia"
    assert continent_of("XK") == "other"


def test_a_hotline_needs_a_reporting_page_or_a_website(db):
    hotline = HotlineFactory.build(website="", reporting_url="")
    with pytest.raises(ValidationError) as error:
        hotline.full_clean()
    assert "reporting_url" in error.value.message_dict
    hotline.website = "https://hotline.example/"
    hotline.full_clean()
    assert hotline.report_url == "https://hotline.example/"


def test_the_year_joined_is_not_before_the_founding_nor_in_the_future(db):
    for year in (1998, datetime.date.today().year + 1):
        with pytest.raises(ValidationError) as error:
            HotlineFactory.build(year_joined=year).full_clean()
        assert "year_joined" in error.value.message_dict


def test_members_are_shown_in_the_visitors_language_where_translated(locales):
    safenet = HotlineFactory(name="SafenetBG", description="Bulgaria's hotline.")
    dutch = safenet.copy_for_translation(locales["nl"])
    dutch.description = "Het Bulgaarse meldpunt."
    dutch.save()
    untranslated = HotlineFactory(name="INCIBE", country="ES")

    members = {hotline.name: hotline for hotline in live_members(locales["nl"].pk)}

    assert members["SafenetBG"].description == "Het Bulgaarse meldpunt."
    assert members["INCIBE"] == untranslated
    assert [hotline.description for hotline in live_members()] == ["Bulgaria's hotline.", untranslated.description]


def test_unpublishing_a_hotline_removes_it_in_every_language(locales):
    safenet = HotlineFactory(name="SafenetBG")
    safenet.copy_for_translation(locales["nl"]).save()

    safenet.unpublish()

    assert live_members(locales["nl"].pk) == []
    assert live_members() == []


def test_deleting_the_default_language_version_removes_the_member(locales):
    safenet = HotlineFactory(name="SafenetBG")
    safenet.copy_for_translation(locales["nl"]).save()
    safenet.delete()
    assert live_members(locales["nl"].pk) == []


def test_facts_come_from_the_default_language_version(locales):
    safenet = HotlineFactory(name="SafenetBG", reporting_url="https://old.example/report/")
    dutch = safenet.copy_for_translation(locales["nl"])
    dutch.description = "Het Bulgaarse meldpunt."
    dutch.save()
    safenet.country, safenet.reporting_url = "RO", "https://new.example/report/"
    safenet.save()

    [member] = live_members(locales["nl"].pk)

    assert member.description == "Het Bulgaarse meldpunt."
    assert (member.country.code, member.report_url) == ("RO", "https://new.example/report/")
