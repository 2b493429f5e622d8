"""Summit addresses: a new edition lives at its year (/en/summits/2027/) unless the editor
chose another slug, and a published summit whose slug changes keeps its old address as a
permanent redirect. Everything goes through the real admin views."""

import re

import time_machine
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import streamfield

from events.factories import SummitIndexPageFactory, SummitPageFactory
from events.models import SummitPage
from home.factories import HomePageFactory

from .test_admin import TODAY, summit_form


def new_summit_form(**overrides):
    """An undated 2027 edition titled "INHOPE Summit 2027" with Wagtail's automatic slug
    (what the title field's script makes of the title), ready to publish."""
    data = {
        "title": "INHOPE Summit 2027",
        "slug": "inhope-summit-2027",
        "year": 2027,
        "edition_number": 10,
        "start_date": "",
        "start_time": "",
        "end_date": "",
        "end_time": "",
        "days": streamfield([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return summit_form(**data)


class SummitAddressTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="summit-address-home")
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=cls.home, is_default_site=True)
        cls.index = SummitIndexPageFactory(parent=cls.home)

    def setUp(self):
        self.login()
        traveller = time_machine.travel(TODAY, tick=False)
        traveller.start()
        self.addCleanup(traveller.stop)

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=("events", "summitpage", self.index.pk))

    def add(self, data):
        response = self.client.post(self.add_url(), data)
        if response.status_code != 302:
            self.fail(f"not created: {response.context['form'].errors}")
        return SummitPage.objects.child_of(self.index).get(title=data["title"])

    def input_value(self, html, name):
        (tag,) = re.findall(rf'<input[^>]*name="{name}"[^>]*>', html)
        return re.search(r'value="([^"]*)"', tag).group(1)

    def test_add_form_offers_the_year_after_the_latest_edition_as_year_and_slug(self):
        html = self.client.get(self.add_url()).content.decode()
        self.assertEqual((self.input_value(html, "year"), self.input_value(html, "slug")), ("2026", "2026"))
        SummitPageFactory(parent=self.index, year=2026, edition_number=9)
        html = self.client.get(self.add_url()).content.decode()
        self.assertEqual((self.input_value(html, "year"), self.input_value(html, "slug")), ("2027", "2027"))

    def test_new_summit_with_the_automatic_slug_lives_at_its_year(self):
        summit = self.add(new_summit_form())
        self.assertEqual(summit.slug, "2027")
        self.assertTrue(summit.live)
        self.assertEqual(summit.url, "/en/summits/2027/")
        response = self.client.get("/en/summits/2027/")
        self.assertContains(response, "INHOPE Summit 2027")
        self.assertEqual(self.client.get("/en/summits/inhope-summit-2027/").status_code, 404)

    def test_new_summit_without_a_slug_lives_at_its_year(self):
        """Without JavaScript the slug field stays empty."""
        self.assertEqual(self.add(new_summit_form(slug="")).url, "/en/summits/2027/")

    def test_the_offered_slug_follows_a_changed_year(self):
        """The form offered 2026; the editor made it the 2027 edition and left the slug."""
        self.assertEqual(self.add(new_summit_form(slug="2026")).slug, "2027")

    def test_a_draft_autosaved_with_the_new_year_keeps_it_when_the_stale_offered_slug_is_posted(self):
        """The admin autosaves a new page within a second: the draft is made while the slug
        field still holds the offered 2026, and the publish that follows posts it again."""
        autosave = new_summit_form(slug="2026")
        del autosave["action-publish"]  # a draft
        draft = self.add(autosave)
        self.assertEqual((draft.slug, draft.live), ("2027", False))
        edit_url = reverse("wagtailadmin_pages:edit", args=(draft.pk,))
        response = self.client.post(edit_url, new_summit_form(slug="2026"))
        self.assertEqual(response.status_code, 302)
        draft.refresh_from_db()
        self.assertEqual((draft.slug, draft.live, draft.url), ("2027", True, "/en/summits/2027/"))
        self.assertFalse(Redirect.objects.exists())

    def test_add_form_offers_the_next_edition_number_and_the_slug_script(self):
        SummitPageFactory(parent=self.index, year=2024, edition_number=7)
        html = self.client.get(self.add_url()).content.decode()
        self.assertEqual(self.input_value(html, "edition_number"), "8")
        self.assertEqual(self.input_value(html, "year"), "2026")  # never this year or earlier
        self.assertIn("events/js/summit-editor.js", html)

    def test_a_slug_the_editor_typed_is_kept(self):
        summit = self.add(new_summit_form(slug="brussels"))
        self.assertEqual(summit.url, "/en/summits/brussels/")

    def test_a_taken_year_leaves_the_slug_to_wagtail(self):
        SummitPageFactory(parent=self.index, year=2019, edition_number=2, slug="2027")
        self.assertEqual(self.add(new_summit_form()).slug, "inhope-summit-2027")

    def test_a_published_summits_slug_changes_only_when_the_editor_changes_it(self):
        summit = self.add(new_summit_form(slug="brussels"))
        edit_url = reverse("wagtailadmin_pages:edit", args=(summit.pk,))
        response = self.client.post(edit_url, new_summit_form(slug="brussels", title="INHOPE Summit 2027 Brussels"))
        self.assertEqual(response.status_code, 302)
        summit.refresh_from_db()
        self.assertEqual(summit.slug, "brussels")

    def test_old_address_redirects_permanently_after_a_slug_change(self):
        summit = self.add(new_summit_form(slug="brussels"))
        edit_url = reverse("wagtailadmin_pages:edit", args=(summit.pk,))
        with self.captureOnCommitCallbacks(execute=True):  # Wagtail signals slug changes on commit
            response = self.client.post(edit_url, new_summit_form(slug="2027"))
        self.assertEqual(response.status_code, 302)
        summit.refresh_from_db()
        self.assertEqual(summit.url, "/en/summits/2027/")

        redirect = Redirect.objects.get(redirect_page=summit)
        self.assertEqual(redirect.old_path, "/en/summits/brussels")
        self.assertTrue(redirect.is_permanent and redirect.automatically_created)
        response = self.client.get("/en/summits/brussels/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/en/summits/2027/")
        self.assertContains(self.client.get(response["Location"]), "INHOPE Summit 2027")
