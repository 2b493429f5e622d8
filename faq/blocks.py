"""The "Questions from the FAQ" block, part of every body (`core.blocks.BodyStreamBlock`).

It imports nothing from `core.blocks`, so that module can import it without a cycle."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale, Page
from wagtail.snippets.blocks import SnippetChooserBlock

from core.localization import in_active_language

from .rich_text import with_expanded_answers


def first_faq_items():
    """Block previews in the admin show real questions when there are some."""
    return list(apps.get_model("faq", "FaqItem").objects.filter(locale=Locale.get_default())[:3])


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading above the questions."))
    items = blocks.ListBlock(
        SnippetChooserBlock("faq.FaqItem"),
        min_num=1,
        help_text=_("Questions from the FAQ, in the order to show them. Each shows in the page's language."),
    )

    def get_context(self, value, parent_context=None):
        """Adds `faq_items`: the chosen questions in the language of the page they are on
        (no query when they already are, otherwise one for all of them)."""
        context = super().get_context(value, parent_context=parent_context)
        page = context.get("page")
        locale_id = page.locale_id if isinstance(page, Page) else None
        # None: deleted; not live: unpublished. A translation shows only once it is published.
        chosen = list({item.pk: item for item in value["items"] if item is not None and item.live}.values())
        in_place = all(item.locale_id == locale_id for item in chosen)  # then no query at all
        live_versions = None if in_place else apps.get_model("faq", "FaqItem").objects.filter(live=True)
        context["faq_items"] = with_expanded_answers(
            context.get("request"), in_active_language(chosen, locale_id, candidates=live_versions)
        )
        return context

    class Meta:
        icon = "help"
        template = "faq/blocks/faq_block.html"
        description = _("Questions chosen from the FAQ, shown in the page's language; works without JavaScript.")
        preview_value = staticmethod(lambda: {"heading": "Common questions", "items": first_faq_items()})
