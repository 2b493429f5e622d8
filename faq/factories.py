import factory
import wagtail_factories
from wagtail.models import Locale

from faq.models import FaqCategory, FaqItem, FaqPage


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
