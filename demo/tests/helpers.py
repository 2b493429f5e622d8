from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from articles.models import Topic
from core.models import FooterContent
from faq.models import FaqItem
from network.models import Hotline


def demo_state():
    """What the demo is made of, counted (pages with their ids and revisions): two states
    compare equal when nothing was added, removed or republished."""
    return {
        "pages": sorted(Page.objects.values_list("id", "url_path", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": FooterContent.objects.count(),
        "hotlines": Hotline.objects.count(),
        "topics": Topic.objects.count(),
        "faq_items": FaqItem.objects.count(),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
        "sources": TranslationSource.objects.count(),
        "string_translations": StringTranslation.objects.count(),
    }
