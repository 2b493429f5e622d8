from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every content app shares: the page base, mixins, shared blocks, the site chrome
    (its cache, visibility filter, template tags and footer), the localisation helper,
    the admin's locale-aware listings and the 404 view."""

    name = "core"

    def ready(self):
        from . import signals

        signals.connect()

        # wagtail-localize checks only a snippet's type before its translation editor's API
        # calls; translators are limited to their own language (core/translator_roles.py).
        from wagtail_localize.views import edit_translation

        from .translator_roles import user_can_edit_translation_of

        edit_translation.user_can_edit_instance = user_can_edit_translation_of
