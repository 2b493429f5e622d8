"""StreamField blocks shared by every page type with a body.

Each content block is a StructBlock with an icon, a description, a preview value and a
template of its own under templates/components/blocks/. `BodyStreamBlock` is the one body
definition reused across page types, so editors meet the same blocks everywhere.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from faq.blocks import FaqBlock

# Rich text stays small on purpose: headings have their own block, and nothing here can
# embed scripts, iframes or arbitrary HTML.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def first_image_or_none():
    """Block previews in the admin show a real image when the library has one."""
    return get_image_model().objects.order_by("pk").first()


class AnchorBlock(blocks.FieldBlock):
    """A slug used as an HTML id.

    It is kept out of translation (wagtail-localize copies it from the source page), so a
    link such as /nl/about/#history keeps working in every language.
    """

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field = forms.SlugField(required=required, help_text=help_text, max_length=80)
        super().__init__(**kwargs)

    def get_translatable_segments(self, value):
        return []

    class Meta:
        icon = "link"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("The heading text."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        help_text=_("H2 starts a new section; H3 divides a section."),
    )
    anchor = AnchorBlock(
        required=False,
        help_text=_(
            "Optional link target, e.g. 'history' for #history. Left empty, it is made from "
            "the heading text. It stays the same in every language."
        ),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = value.get("anchor") or slugify(value.get("text", ""), allow_unicode=True)
        return context

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        description = _("A section heading with a stable link target.")
        preview_value = {"text": "Our history", "level": "h2", "anchor": "history"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/rich_text_block.html"
        description = _("Paragraphs with bold, italic, links and lists.")
        preview_value = (
            "<p>Member hotlines assess every report they receive under national law and "
            "pass confirmed material to the police.</p>"
        )


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text=_("Landscape images of at least 1,200 pixels wide work best."))
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text=_("Optional visible caption."))
    credit = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional photographer or source."))

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"
        description = _("An image with required alternative text and an optional caption.")
        preview_value = staticmethod(
            lambda: {
                "image": first_image_or_none(),
                "alt_text": "Analysts at work in a hotline office",
                "caption": "A hotline office",
            }
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600, help_text=_("The quoted words, without quotation marks."))
    attribution = blocks.CharBlock(required=False, max_length=120, help_text=_("Who said it."))
    role = blocks.CharBlock(required=False, max_length=160, help_text=_("Their role and organisation."))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        description = _("A highlighted quotation with its speaker.")
        preview_value = {
            "quote": "Every report matters: behind each one there may be a child who needs help.",
            "attribution": "A hotline analyst",
            "role": "Member hotline",
        }


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another website, with its visible label."""

    label = blocks.CharBlock(max_length=80, help_text=_("The visible link text, e.g. 'Report content'."))
    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site. Choose this or a web address."))
    url = blocks.URLBlock(
        required=False, label=_("Web address"), help_text=_("A web address elsewhere. Choose this or a page.")
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        # Translations keep the source page's id: link to the page in the visitor's language.
        context["link_page"] = page.localized if page is not None else None
        return context

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or a web address, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value

    class Meta:
        icon = "link"
        template = "components/blocks/link_block.html"
        description = _("A link to a page or web address.")
        preview_value = {"label": "Read more", "url": "https://example.org/"}


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text=_("A short, action-led heading."))
    text = blocks.TextBlock(required=False, max_length=400, help_text=_("One or two sentences of context."))
    link = LinkBlock(help_text=_("Where the button leads."))

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action_block.html"
        description = _("A highlighted panel with a heading, text and a button.")
        preview_value = {
            "heading": "Seen something illegal online?",
            "text": "Report it anonymously to the hotline in your country.",
            "link": {"label": "Find your hotline", "url": "https://example.org/"},
        }


class TwoColumnBlock(blocks.StructBlock):
    text = RichTextBlock(help_text=_("The text column."))
    image = ImageChooserBlock(help_text=_("The image column."))
    alt_text = blocks.CharBlock(max_length=250, help_text=_("Describe what the image shows. Required."))
    image_position = blocks.ChoiceBlock(
        choices=[("end", _("Image after the text")), ("start", _("Image before the text"))],
        default="end",
        help_text=_("On narrow screens the columns stack in this order."),
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/two_column_block.html"
        description = _("Text beside an image.")
        preview_value = staticmethod(
            lambda: {
                "text": "<p>Hotlines work together across borders so that material hosted abroad is removed fast.</p>",
                "image": first_image_or_none(),
                "alt_text": "A map with connected points",
                "image_position": "end",
            }
        )


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, help_text=_("The number as shown, e.g. '1999' or '50+'."))
    label = blocks.CharBlock(max_length=100, help_text=_("What the number counts, e.g. 'member hotlines'."))

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading above the figures."))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, help_text=_("One to six figures."))

    class Meta:
        icon = "table"
        template = "components/blocks/key_figures_block.html"
        description = _("A row of large numbers with labels.")
        preview_value = {
            "heading": "In numbers",
            "figures": [
                {"figure": "1999", "label": "year founded"},
                {"figure": "2010", "label": "Foundation set up"},
                {"figure": "6", "label": "continents"},
            ],
        }


class OptionalLinkBlock(LinkBlock):
    """A LinkBlock that may be left empty; once any part is filled in, it is checked as a link."""

    label = blocks.CharBlock(required=False, max_length=80, help_text=_("The visible link text, e.g. 'Read more'."))

    def clean(self, value):
        if not (value.get("label") or value.get("page") or value.get("url")):
            return blocks.StructBlock.clean(self, value)
        value = super().clean(value)
        if not value.get("label"):
            raise StructBlockValidationError(block_errors={"label": ValidationError(_("Give the link a label."))})
        return value

    class Meta:
        icon = "link"
        template = "components/blocks/link_block.html"
        label = _("Link (optional)")


PILLAR_ICONS = [
    ("support", _("Helping hands (support)")),
    ("technology", _("Screen and network (technology)")),
    ("advocacy", _("Megaphone (advocacy)")),
    ("network", _("Globe (network)")),
    ("report", _("Flag (reporting)")),
    ("education", _("Book (education)")),
]


class PillarBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, help_text=_("The pillar's name, e.g. 'Supporting hotlines'."))
    icon = blocks.ChoiceBlock(choices=PILLAR_ICONS, default="support", help_text=_("A small picture above the title."))
    text = blocks.TextBlock(max_length=400, help_text=_("Two or three sentences on what the pillar covers."))
    link = OptionalLinkBlock(help_text=_("Optional: where to read more."))

    class Meta:
        icon = "pick"
        label = _("Pillar")


class PillarsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading, e.g. 'Our key pillars'."))
    pillars = blocks.ListBlock(PillarBlock(), min_num=1, max_num=6, help_text=_("Drag to reorder; usually three."))

    class Meta:
        icon = "group"
        template = "components/blocks/pillars_block.html"
        description = _("Cards for the main areas of work, each with an icon, text and a link.")
        preview_value = {
            "heading": "Our key pillars",
            "pillars": [
                {"title": "Supporting hotlines", "icon": "support", "text": "Training, shared standards and care."},
                {"title": "Technology", "icon": "technology", "text": "Secure tools for exchanging reports."},
                {"title": "Advocacy", "icon": "advocacy", "text": "Laws and policies that protect children."},
            ],
        }


class ObjectiveBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=100, help_text=_("The objective in a few words, e.g. 'Raise awareness'."))
    text = blocks.TextBlock(max_length=300, help_text=_("One or two sentences on what it means in practice."))

    class Meta:
        icon = "tick"
        label = _("Objective")


class ObjectivesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading, e.g. 'Our objectives'."))
    objectives = blocks.ListBlock(ObjectiveBlock(), min_num=1, help_text=_("Numbered in this order; drag to reorder."))

    class Meta:
        icon = "list-ol"
        template = "components/blocks/objectives_block.html"
        description = _("A numbered list of objectives, each with a title and a short text.")
        preview_value = {
            "heading": "Our objectives",
            "objectives": [
                {"title": "Raise awareness", "text": "Make sure people know where to report."},
                {"title": "Expand the network", "text": "Help new hotlines start where none exist."},
            ],
        }


class MilestoneBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(min_value=1900, max_value=2100, help_text=_("The year, e.g. 1999."))
    title = blocks.CharBlock(max_length=120, help_text=_("What happened, in a few words."))
    text = blocks.TextBlock(required=False, max_length=400, help_text=_("Optional: a sentence or two more."))

    class Meta:
        icon = "date"
        label = _("Milestone")


class HistoryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading, e.g. 'Our history'."))
    milestones = blocks.ListBlock(MilestoneBlock(), min_num=1, help_text=_("In date order, oldest first."))

    class Meta:
        icon = "history"
        template = "components/blocks/history_block.html"
        description = _("A timeline of milestones by year.")
        preview_value = {
            "heading": "Our history",
            "milestones": [
                {"year": 1999, "title": "The association is founded"},
                {"year": 2010, "title": "The Foundation is set up"},
            ],
        }


class FunderBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=160, help_text=_("The funder or programme, e.g. 'Digital Europe Programme'."))
    url = blocks.URLBlock(
        required=False, label=_("Web address"), help_text=_("Optional: the funder's or programme's website.")
    )
    logo = ImageChooserBlock(required=False, help_text=_("Optional logo, shown in the funder's colours."))

    class Meta:
        icon = "site"
        label = _("Funder")


class FundingBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading, e.g. 'Our funding'."))
    text = RichTextBlock(help_text=_("The acknowledgement as the funders ask for it to be worded."))
    funders = blocks.ListBlock(FunderBlock(), default=[], help_text=_("The funders and programmes, with links."))

    class Meta:
        icon = "doc-full-inverse"
        template = "components/blocks/funding_block.html"
        description = _("An acknowledgement of who funds the work, with the funders' names and logos.")
        preview_value = {
            "heading": "Our funding",
            "text": "<p>Our work is co-funded by the European Union.</p>",
            "funders": [{"name": "Digital Europe Programme", "url": "https://example.org/"}],
        }


class NetworkFiguresBlock(blocks.StructBlock):
    """The live network figures (hotlines, countries, continents), counted from the member
    hotlines: editors place the block, never type the numbers."""

    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional heading, e.g. 'Our network today'.")
    )
    introduction = blocks.TextBlock(required=False, max_length=300, help_text=_("Optional sentence above the figures."))
    show_finder_link = blocks.BooleanBlock(
        required=False, default=True, help_text=_("Show a link to the 'Find your hotline' page under the figures.")
    )

    class Meta:
        icon = "table"
        template = "components/blocks/network_figures_block.html"
        description = _("The number of member hotlines, countries and continents, always up to date.")
        preview_value = {"heading": "Our network today", "show_finder_link": True}


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text=_("The question or title people click to open."))
    content = RichTextBlock(help_text=_("The text shown when the item is open."))

    class Meta:
        icon = "arrow-down"
        label = _("Item")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading above the items."))
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, help_text=_("Each item opens on its own."))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/accordion_block.html"
        description = _("Questions or topics that open one at a time; works without JavaScript.")
        preview_value = {
            "heading": "Common questions",
            "items": [
                {"title": "Is reporting anonymous?", "content": "<p>Yes. You do not have to give your name.</p>"},
                {"title": "What happens next?", "content": "<p>An analyst assesses the report.</p>"},
            ],
        }


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    two_columns = TwoColumnBlock()
    key_figures = KeyFiguresBlock()
    network_figures = NetworkFiguresBlock()
    pillars = PillarsBlock()
    objectives = ObjectivesBlock()
    history = HistoryBlock()
    funding = FundingBlock()
    accordion = AccordionBlock()
    faq = FaqBlock(label=_("Questions from the FAQ"))

    class Meta:
        template = "components/blocks/body_stream_block.html"


class HighlightBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text=_("The page to highlight."))
    summary = blocks.TextBlock(
        required=False,
        max_length=240,
        help_text=_("Optional teaser text; left empty, the page's search description is used."),
    )

    class Meta:
        icon = "pick"
        template = "components/blocks/highlight_block.html"
        description = _("A card linking to a page of this site.")
        preview_value = {"summary": "Learn how the network of hotlines works together."}


class HighlightStreamBlock(blocks.StreamBlock):
    highlight = HighlightBlock()

    class Meta:
        max_num = 6


SOCIAL_NETWORKS = [
    ("linkedin", "LinkedIn"),
    ("x", "X"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("youtube", "YouTube"),
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS, help_text=_("The social network."))
    url = blocks.URLBlock(label=_("Profile address"), help_text=_("The full address of the profile."))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["network_label"] = dict(SOCIAL_NETWORKS).get(value.get("network"), value.get("network"))
        return context

    class Meta:
        icon = "site"
        template = "components/blocks/social_link_block.html"
        description = _("A link to one of the association's social media profiles.")
        preview_value = {"network": "linkedin", "url": "https://www.linkedin.com/"}
