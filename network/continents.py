"""The continent of every ISO 3166-1 country code, for grouping hotlines and counting the
continents the network reaches.

Countries that span two continents are placed where the association's regional work puts
them: Cyprus, Russia and Türkiye with Europe, Georgia, Armenia and Azerbaijan with Asia.
django-countries has no continents, and the packages that add them are unmaintained, so the
table lives here; a test checks that it covers every code django-countries knows.
"""

from django.utils.translation import gettext_lazy as _

AFRICA = "africa"
ASIA = "asia"
EUROPE = "europe"
NORTH_AMERICA = "north-america"
SOUTH_AMERICA = "south-america"
OCEANIA = "oceania"
ANTARCTICA = "antarctica"
OTHER = "other"  # a code this table does not know, e.g. one added by COUNTRIES_OVERRIDE

# In display order. The keys double as stable anchors on the hotline finder page.
CONTINENTS = {
    AFRICA: _("Africa"),
    ASIA: _("Asia"),
    EUROPE: _("Europe"),
    NORTH_AMERICA: _("North America"),
    SOUTH_AMERICA: _("South America"),
    OCEANIA: _("Oceania"),
    ANTARCTICA: _("Antarctica"),
    OTHER: _("Other countries and territories"),
}

_CODES = {
    AFRICA: (
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW "
        "MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW"
    ),
    ASIA: (
        "AE AF AM AZ BD BH BN BT CC CN CX GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV "
        "MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE"
    ),
    EUROPE: (
        "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC "
        "MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA"
    ),
    NORTH_AMERICA: (
        "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM PR SV "
        "SX TC TT US VC VG VI"
    ),
    SOUTH_AMERICA: "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    OCEANIA: "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
    ANTARCTICA: "AQ BV GS HM TF",
}

CONTINENT_OF_COUNTRY = {code: continent for continent, codes in _CODES.items() for code in codes.split()}


def continent_of(country_code):
    """The continent key of an ISO 3166-1 alpha-2 code; OTHER for a code the table lacks."""
    return CONTINENT_OF_COUNTRY.get(str(country_code).upper(), OTHER)
