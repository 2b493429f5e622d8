from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.loader import DemoLoader, reset


class Command(BaseCommand):
    help = (
        "Build the demo site (pages, snippets, images and their Dutch and Greek translations from the demo "
        "PO files). Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "Delete what the demo created (its pages, snippets, images and their translations; never an "
                "editor's own pages or snippets) and build it again. Development only: refused when DEBUG is off."
            ),
        )
        parser.add_argument(
            "--allow-reset-without-debug",
            action="store_true",
            help="Let --reset run although DEBUG is off (e.g. on a review server). Deletes the demo content.",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        """One transaction: a failed rebuild leaves the demo as it was before the reset."""
        refresh_home = False
        if options["reset"]:
            if not settings.DEBUG and not options["allow_reset_without_debug"]:
                raise CommandError(
                    "--reset deletes content and is for development: DEBUG is off, so nothing was deleted. "
                    "Add --allow-reset-without-debug if you really mean to reset the demo on this server."
                )
            removed, kept = reset()
            self.stdout.write(f"Removed the demo content ({len(removed)} items).")
            for label in kept:
                self.stdout.write(f"  kept {label}")
            refresh_home = True
        created = DemoLoader(stdout=self.stdout, refresh_home=refresh_home).load()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(created)} items created)."))
        else:
            self.stdout.write("Demo content already in place; nothing changed.")
