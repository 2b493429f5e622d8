"""WSGI entry point. Deployments set DJANGO_SETTINGS_MODULE=inhope_cms.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inhope_cms.settings.dev")

application = get_wsgi_application()
