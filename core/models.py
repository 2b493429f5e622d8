"""Models every content app shares: the page base and the site footer snippet."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .blocks import LinkBlock, SocialLinkBlock
from .mixins import ChildInOneQueryMixin, UniqueInLocaleMixin

__all__ = ["BasePage", "ChildInOneQueryMixin", "FooterContent", "TranslatorRole", "UniqueInLocaleMixin"]


class BasePage(Page):
    """Fields and behaviour every public page type shares: social sharing and meta text."""

    # A page keeps its slug in every language (/en/about/ and /el/about/ are one page), so
    # the slug is copied to translations rather than offered to translators as a string,
    # which would keep a fully translated page "waiting for translations". Page types that
    # override fields of their own extend this list (see `events.SummitPage`).
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image shown when the page is shared on social media (1200 × 630 pixels works best)."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The search description if an editor wrote one, otherwise the page's own summary."""
        return self.search_description or self.get_summary()

    def get_summary(self):
        return ""

    def get_social_image(self):
        return self.social_image


class FooterContent(TranslatableMixin, ClusterableModel):
    """The site footer, one per language, translated with wagtail-localize."""

    organisation_name = models.CharField(
        max_length=120,
        help_text=_("Shown as the footer heading, e.g. the association's full name."),
    )
    tagline = models.CharField(
        max_length=240,
        blank=True,
        help_text=_("One short sentence under the name."),
    )
    address = models.TextField(
        blank=True,
        help_text=_("Postal address, one line per row."),
    )
    contact_email = models.EmailField(
        blank=True,
        help_text=_("Public contact address, shown as a mail link."),
    )
    social_links = StreamField(
        [("social_link", SocialLinkBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Profiles on social networks."),
    )
    legal_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Privacy, cookie and legal pages."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("address"),
        FieldPanel("contact_email"),
        FieldPanel("social_links"),
        FieldPanel("legal_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"


class TranslatorRole(models.Model):
    """Makes a group the translators of one language (see `core/translator_roles.py`).

    Wagtail's page permissions already follow the tree, and each language has its own home
    page, so a group's page permissions stay in its language; snippets have no such tree, so
    this record is what limits a translator's snippet permissions to their language."""

    group = models.OneToOneField(
        "auth.Group",
        on_delete=models.CASCADE,
        related_name="translator_role",
        help_text=_("The group whose members translate into this language."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="translator_roles",
        help_text=_("The only language the group's members may edit."),
    )

    class Meta:
        verbose_name = _("translator role")
        verbose_name_plural = _("translator roles")

    def __str__(self):
        return f"{self.group} → {self.locale}"
