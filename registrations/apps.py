from django.apps import AppConfig


class RegistrationsConfig(AppConfig):
    """Summit registration on the site (issue 14): who may register, for which option, and
    which organisation they count against. Built up in steps; this first one holds how
    registrants are matched to their organisation for the per-organisation limit."""

    name = "registrations"
