"""Indexing many saves at once: the search and reference indexes updated once per object."""

from contextlib import contextmanager

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save
from django.urls import get_resolver
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as update_search_index_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


def register_admin_viewsets():
    """Wagtail registers the models of admin viewsets (the FAQ, topics, speakers...) with
    the reference index when it builds the admin's URLs. A management command never builds
    them, so without this the references of those models would be left out of the index."""
    get_resolver().url_patterns  # noqa: B018 (loading the URLconf runs the admin's hooks)


@contextmanager
def indexes_updated_once_at_the_end(index_at_the_end=True):
    """Wagtail updates the search index and the reference index on every save; the demo
    saves each page several times (created, revised, published, translated, published
    again), which made those updates a third of the build. Inside this block they wait,
    and each object saved is indexed once, as it stands, when the block ends, by the same
    tasks Wagtail's signal handlers run (`index_at_the_end=False` leaves them out: pages
    made in bulk for speed tests).

    Not for concurrent use: the search index's signal handlers are disconnected for every
    thread while the block runs (the reference index's switch is per thread)."""
    register_admin_viewsets()
    searched_models = {
        model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)
    }
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and (sender in ReferenceIndex.tracked_models or sender in searched_models):
            saved[(sender, instance.pk)] = None

    for model in searched_models:
        post_save.disconnect(update_search_index_on_save, sender=model)
    post_save.connect(remember, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(remember)
        for model in searched_models:
            post_save.connect(update_search_index_on_save, sender=model)
    if not index_at_the_end:
        return
    for model, pk in saved:
        names = (model._meta.app_label, model._meta.model_name, str(pk))
        try:
            if model in ReferenceIndex.tracked_models:
                update_reference_index_task.call(*names)
            if model in searched_models:
                insert_or_update_object_task.call(*names)
        except ObjectDoesNotExist:
            continue  # saved, then deleted before the block ended
