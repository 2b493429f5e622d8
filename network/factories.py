import factory
import wagtail_factories
from wagtail.models import Locale

from network.models import Hotline, HotlineFinderPage, MembershipStatus


class HotlineFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Hotline {n}")
    country = "BG"
    website = factory.LazyAttribute(lambda hotline: f"https://{hotline.name.lower().replace(' ', '-')}.example/")
    reporting_url = factory.LazyAttribute(lambda hotline: f"{hotline.website}report/")
    status = MembershipStatus.FULL
    year_joined = 2006
    description = "Takes reports from the public."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Hotline


class HotlineFinderPageFactory(wagtail_factories.PageFactory):
    title = "Find your hotline"
    slug = "hotlines"
    introduction = "Choose your country to find where to report."
    safety_notice = "<p>Never download or forward the material: report only the web address.</p>"
    no_hotline_text = "<p>You can report to the hotline of the country where the material is hosted.</p>"

    class Meta:
        model = HotlineFinderPage
