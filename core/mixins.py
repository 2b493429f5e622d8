"""Mixins shared by the content apps' models."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class ChildInOneQueryMixin:
    """For listing pages: a child page is found in one query, with the related rows its
    page shows, instead of Wagtail's two (the child page, then its specific fields).

    List it after `RoutablePageMixin`, so that the listing's own routes (feeds, calendars)
    are matched first, without a query."""

    child_page_model = None  # "app_label.ModelName"
    child_select_related = ()

    def route(self, request, path_components):
        if path_components:
            child = (
                apps.get_model(self.child_page_model)
                .objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related(*self.child_select_related)
                .first()
            )
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


class UniqueInLocaleMixin:
    """A slug field (an FAQ anchor, a topic's slug) that is unique within one language and,
    through a synchronised field, the same in every translation.

    With `unique_in_locale_source` set, an empty value is made from that field on save
    (with -2, -3... on a clash, or `unique_in_locale_fallback` when the text has nothing a
    slug can keep). The model also declares a `UniqueConstraint` on (locale, field); `clean`
    gives editors a message on the field instead of a database error."""

    unique_in_locale_field = "slug"
    unique_in_locale_source = None
    unique_in_locale_fallback = None
    unique_in_locale_message = _("Another entry in this language already uses this slug.")

    def clean(self):
        super().clean()
        field = self.unique_in_locale_field
        value = getattr(self, field, None)
        if value and self.locale_id is not None and value in self.taken_in_locale(value, exact=True):
            raise ValidationError({field: self.unique_in_locale_message})

    def save(self, *args, **kwargs):
        field = self.unique_in_locale_field
        # Historical models in migrations have this base without the subclass' settings.
        if self.unique_in_locale_source and not getattr(self, field):
            if self.locale_id is None:
                self.locale = self.get_default_locale()
            setattr(self, field, self.free_in_locale(getattr(self, self.unique_in_locale_source)))
        super().save(*args, **kwargs)

    def taken_in_locale(self, prefix, exact=False):
        """The values other entries of this language use that start with (or, with `exact`,
        equal) `prefix`."""
        field = self.unique_in_locale_field
        lookup = field if exact else f"{field}__startswith"
        others = type(self).objects.filter(locale_id=self.locale_id, **{lookup: prefix}).exclude(pk=self.pk)
        return set(others.values_list(field, flat=True))

    def free_in_locale(self, text):
        """A slug of `text` that no other entry of this language uses, in one query."""
        max_length = self._meta.get_field(self.unique_in_locale_field).max_length
        base = slugify(text, allow_unicode=True)[:max_length].strip("-") or self.unique_in_locale_fallback
        taken = self.taken_in_locale(base[: max_length - 4].rstrip("-"))
        value, number = base, 2
        while value in taken:
            suffix = f"-{number}"
            value = base[: max_length - len(suffix)].rstrip("-") + suffix
            number += 1
        return value
