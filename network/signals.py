"""Keeps the network figures true: any change to a hotline (saved, published, unpublished,
deleted) drops the cached figures."""

from django.db.models.signals import post_delete, post_save

from .figures import forget_figures
from .models import Hotline


def connect():
    post_save.connect(forget_figures, sender=Hotline, dispatch_uid="network-figures-hotline-saved")
    post_delete.connect(forget_figures, sender=Hotline, dispatch_uid="network-figures-hotline-deleted")
