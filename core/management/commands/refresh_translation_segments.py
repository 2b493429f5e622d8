"""Re-extracts the segments of every translation source with the current field settings.

wagtail-localize stores, per source, the strings a translator is asked for. They are
computed when a source is created or updated, so a change in what is translatable (the
page slug became a synchronised field, copied to translations instead of translated)
reaches an existing source only when that source is next updated. Until then the
translations report says "Waiting for translations" for fully translated pages. Run this
once on existing databases after deploying such a change; it is idempotent and leaves the
stored source content and the pages alone:

    manage.py refresh_translation_segments
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail_localize.models import SourceDeletedError, StringSegment, TranslationSource


def page_slug_segments():
    """The page slugs that translators are asked to translate."""
    return StringSegment.objects.filter(context__path="slug", source__object__content_type__model="page")


def refresh_translation_segments():
    """Refreshes the segments of every source. Returns the number of sources refreshed,
    the number skipped because their object was deleted, and the number of page slug
    strings that translators are no longer asked for."""
    slugs_before = page_slug_segments().count()
    refreshed = skipped = 0
    with transaction.atomic():
        for source in TranslationSource.objects.order_by("pk").iterator():
            try:
                source.refresh_segments()
            except SourceDeletedError:
                skipped += 1
            else:
                refreshed += 1
    return refreshed, skipped, slugs_before - page_slug_segments().count()


class Command(BaseCommand):
    help = (
        "Re-extract the strings of every translation source with the current translatable-field "
        "settings (e.g. drop page slugs, which are the same in every language). Idempotent."
    )

    def handle(self, *args, **options):
        refreshed, skipped, slugs = refresh_translation_segments()
        self.stdout.write(
            self.style.SUCCESS(
                f"Refreshed {refreshed} translation source(s); skipped {skipped} whose object was deleted; "
                f"{slugs} page slug string(s) no longer need translating."
            )
        )
