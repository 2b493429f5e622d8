"""Adds a language to the site: `manage.py add_language de` (after adding it to LANGUAGES).

Idempotent, so it can run for every language on each deploy (`--all`)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Site
from wagtail_localize.operations import TranslationCreator

from core.translator_roles import ensure_moderators_group, ensure_translator_group


class Command(BaseCommand):
    help = (
        "Creates a language's locale, its 'Translators (<language>)' group and a draft translation "
        "of each site's home page for its translators to start from. The language must be in settings.LANGUAGES."
    )

    def add_arguments(self, parser):
        parser.add_argument("language_codes", nargs="*", help="Language codes from settings.LANGUAGES, e.g. de ja.")
        parser.add_argument("--all", action="store_true", help="Every language in settings.LANGUAGES.")

    @transaction.atomic
    def handle(self, *args, language_codes, all, **options):
        known = dict(settings.LANGUAGES)
        codes = list(known) if all else language_codes
        if not codes:
            raise CommandError("Name a language code (e.g. `add_language de`) or use --all.")
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise CommandError(
                f"Not in settings.LANGUAGES: {', '.join(unknown)}. Add a line there first (it has: {', '.join(known)})."
            )
        ensure_moderators_group()
        for code in codes:
            locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.stdout.write(f"Created the locale {code}.")
            for site in Site.objects.select_related("root_page"):
                root = site.root_page.specific
                if root.locale_id != locale.pk and not root.has_translation(locale):
                    TranslationCreator(None, [locale]).create_translations(root, include_related_objects=False)
                    self.stdout.write(f"Created a draft {code} translation of {root.title} for the translators.")
            if code == settings.LANGUAGE_CODE:
                self.stdout.write(f"{known[code]} is the source language: it has no translators group.")
                continue
            group = ensure_translator_group(locale)
            self.stdout.write(f"{known[code]}: locale and the group '{group.name}' are ready.")
