"""Events → Summits shows one language at a time, with a locale filter and column, and
"Add summit" goes to the add form under the Summits page of that language."""

from django.urls import reverse
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import Page

from core.tests.helpers import translate_page
from events.models import SummitIndexPage


def listed_titles(response):
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def test_the_summit_listing_starts_on_the_editors_language(admin_client, summits, locales):
    english = {page.title for page in summits["index"].get_children()}
    dutch = translate_page(summits["2024"], locales["nl"])
    Page.objects.filter(pk=dutch.pk).update(title="Top 2024", draft_title="Top 2024")
    url = reverse("summits:index")
    default = admin_client.get(url)
    assert listed_titles(default) == english
    assert any(isinstance(column, LocaleColumn) for column in default.context["table"].columns.values())
    assert listed_titles(admin_client.get(url, {"locale": "nl"})) == {"Top 2024"}
    assert listed_titles(admin_client.get(url, {"locale": "all"})) == english | {"Top 2024"}


def test_add_summit_goes_to_the_form_under_the_summits_page_of_the_language(admin_client, summits, locales):
    translate_page(summits["2024"], locales["nl"])
    response = admin_client.get(reverse("summits:index"), {"locale": "nl"})
    added = admin_client.get(response.context["add_url"])
    dutch_index = SummitIndexPage.objects.get(locale=locales["nl"])
    assert added["Location"] == reverse("wagtailadmin_pages:add", args=("events", "summitpage", dutch_index.pk))
    nothing_in_greek = admin_client.get(reverse("summits:choose_parent"), {"locale": "el"}, follow=True)
    assert nothing_in_greek.redirect_chain[0][0] == reverse("summits:index") + "?locale=el"
    assert any("There is no page in" in str(message) for message in nothing_in_greek.context["messages"])
