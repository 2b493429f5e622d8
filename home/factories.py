import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Together for a safer internet"
    hero_lead = "A network of hotlines where anyone can report illegal material."
    mission = "We connect hotlines around the world."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "An introduction to this page."

    class Meta:
        model = StandardPage
