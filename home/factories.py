import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import FaqCategory, FaqItem, FaqPage, FooterContent, HomePage, StandardPage


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


class FaqCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FaqCategory


class FaqItemFactory(factory.django.DjangoModelFactory):
    """A question whose anchor is made from the question when saved."""

    question = factory.Sequence(lambda n: f"Question number {n}?")
    answer = factory.LazyAttribute(lambda item: f"<p>The answer to {item.question.lower()}</p>")
    category = factory.SubFactory(FaqCategoryFactory)
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FaqItem


class FaqPageFactory(wagtail_factories.PageFactory):
    title = "Frequently asked questions"
    slug = "faq"
    introduction = "Answers to what people ask us most."

    class Meta:
        model = FaqPage
