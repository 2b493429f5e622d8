from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site for development and review: `manage.py load_demo_content` (the content
    of every app, translated from the PO files in `demo/locale/`) and `ensure_dev_superuser`.
    It depends on every content app; no other app imports it."""

    name = "demo"
    verbose_name = "Demo content"
