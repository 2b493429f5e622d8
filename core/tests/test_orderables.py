from django.apps import apps
from wagtail.models import Orderable


def test_every_orderable_keeps_the_editors_order():
    """A model that is both Orderable and translatable gets its Meta from TranslatableMixin,
    which has no `ordering`: its rows then come back in the database's order (which on
    PostgreSQL changes as rows are rewritten), not the order editors chose."""
    orderables = [model for model in apps.get_models() if issubclass(model, Orderable) and not model._meta.abstract]
    assert len(orderables) >= 3
    unordered = [model.__name__ for model in orderables if list(model._meta.ordering)[:1] != ["sort_order"]]
    assert unordered == []
