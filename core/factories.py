import factory
from wagtail.models import Locale

from core.models import FooterContent


class FooterContentFactory(factory.django.DjangoModelFactory):
    organisation_name = "INHOPE"
    tagline = "The International Association of Internet Hotlines"
    address = "Jozef Israëlskade 46v\n1072 SB Amsterdam"
    contact_email = "info@inhope.example"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FooterContent
