"""Signal receivers that keep the chrome cache (see `chrome_cache.py`) true."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import chrome_cache
from .models import FooterContent


def invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        chrome_cache.invalidate()


def connect():
    page_published.connect(chrome_cache.invalidate, dispatch_uid="chrome-page-published")
    page_unpublished.connect(chrome_cache.invalidate, dispatch_uid="chrome-page-unpublished")
    post_page_move.connect(chrome_cache.invalidate, dispatch_uid="chrome-page-moved")
    post_delete.connect(invalidate_on_page_delete, dispatch_uid="chrome-page-deleted")
    for model in (PageViewRestriction, FooterContent, Locale, Site):
        post_save.connect(chrome_cache.invalidate, sender=model, dispatch_uid=f"chrome-saved-{model.__name__}")
        post_delete.connect(chrome_cache.invalidate, sender=model, dispatch_uid=f"chrome-deleted-{model.__name__}")
