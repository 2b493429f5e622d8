from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"


class Command(BaseCommand):
    help = "Create the development superuser (admin/admin) and print the login. Development only."

    def add_arguments(self, parser):
        parser.add_argument("--address", default="127.0.0.1:8000", help="Where the development server listens.")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The development superuser is only created when DEBUG is on.")
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            User.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://{options['address']}/admin/  username: {USERNAME}  password: {PASSWORD}\n"
                f"Site:  http://{options['address']}/en/"
            )
        )
