import pytest

from core.factories import FooterContentFactory
from home.factories import StandardPageFactory
from network.factories import HotlineFactory, HotlineFinderPageFactory
from network.models import MembershipStatus


@pytest.fixture
def network(home_page):
    """A finder page and four live hotlines in four countries on two continents, plus an
    unpublished one that must never count."""
    FooterContentFactory()
    other_routes = StandardPageFactory(parent=home_page, title="Other ways to report", slug="report")
    finder = HotlineFinderPageFactory(parent=home_page, other_route_page=other_routes)
    hotlines = {
        "safenet": HotlineFactory(name="SafenetBG", country="BG", year_joined=2006),
        "incibe": HotlineFactory(name="INCIBE", country="ES", year_joined=2022),
        "netpatrola": HotlineFactory(
            name="NetPatrola", country="RS", status=MembershipStatus.PROVISIONAL, year_joined=2022
        ),
        "teprotejo": HotlineFactory(
            name="Te Protejo", country="MX", status=MembershipStatus.PROVISIONAL, year_joined=2022
        ),
    }
    hotlines["draft"] = HotlineFactory(name="Draft Hotline", country="FR", live=False)
    return {"finder": finder, "other_routes": other_routes, **hotlines}
