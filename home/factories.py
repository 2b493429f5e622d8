import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import FooterContent, HomePage, StandardPage


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


class FooterContentFactory(factory.django.DjangoModelFactory):
    organisation_name = "INHOPE"
    tagline = "The International Association of Internet Hotlines"
    address = "Jozef Israëlskade 46v\n1072 SB Amsterdam"
    contact_email = "info@inhope.example"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FooterContent
