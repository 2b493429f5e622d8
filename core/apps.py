from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every content app shares: the page base, mixins, shared blocks, the site chrome
    (its cache, visibility filter, template tags and footer), the localisation helper,
    the admin's locale-aware listings and the 404 view."""

    name = "core"

    def ready(self):
        from . import signals

        signals.connect()
