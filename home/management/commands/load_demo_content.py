from django.core.management.base import BaseCommand

from home.demo.loader import DemoLoader, reset


class Command(BaseCommand):
    help = "Build the demo site (home, about, contact, footer, menu, translations). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Delete the demo content first and rebuild it.")

    def handle(self, *args, **options):
        if options["reset"]:
            reset()
            self.stdout.write("Removed the demo content.")
        created = DemoLoader(stdout=self.stdout).load()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(created)} items created)."))
        else:
            self.stdout.write("Demo content already in place; nothing changed.")
