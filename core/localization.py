"""One helper for "this object (or these objects) in the active language, else the default".

Translations of a page or snippet share its `translation_key`. Several places hold an object
in the wrong language: page and snippet choosers inside StreamFields keep pointing at the
source language's objects in translations (Wagtail's copy for translation keeps the ids,
and wagtail-localize keeps them when the target was not translated yet); editor-chosen
related pages are copied unchanged; a member hotline is defined by its default-language
version. `in_active_language` swaps each for its version in the wanted language, in at most
one query however many there are.
"""

from django.db.models import BooleanField, Case, Q, QuerySet, Value, When
from django.utils.translation import pgettext
from wagtail.models import Locale


def _locale_id(locale):
    if locale is None:
        return Locale.get_active().pk
    return locale if isinstance(locale, int) else locale.pk


def translation_pairs(objects, locale=None, *, candidates=None):
    """[(object, its version in `locale` or None)] for a list or queryset of translatable
    objects of one model, in at most one query.

    `locale` is a Locale, its id or None for the active language. `candidates` limits which
    versions count (e.g. live, public pages, with `select_related`); by default any row of
    the objects' model does.

    For a list, the pairs keep its order; no query is run when every object is already in
    `locale` and no `candidates` are given. For a queryset, the objects are read in the same
    query as their versions, and the pairs follow the order of `candidates` (which must then
    contain the objects themselves too)."""
    locale_id = _locale_id(locale)
    if isinstance(objects, QuerySet):
        pool = candidates if candidates is not None else objects.model._default_manager.all()
        rows = list(
            pool.filter(
                Q(pk__in=objects.values("pk"))
                | Q(locale_id=locale_id, translation_key__in=objects.values("translation_key"))
            ).annotate(
                _is_wanted_object=Case(
                    When(pk__in=objects.values("pk"), then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                )
            )
        )
        versions = {row.translation_key: row for row in rows if row.locale_id == locale_id}
        return [(row, versions.get(row.translation_key)) for row in rows if row._is_wanted_object]
    objects = list(objects)
    if not objects:
        return []
    if candidates is None and all(obj.locale_id == locale_id for obj in objects):
        return [(obj, obj) for obj in objects]
    pool = candidates if candidates is not None else type(objects[0])._default_manager.all()
    versions = {
        version.translation_key: version
        for version in pool.filter(locale_id=locale_id, translation_key__in={obj.translation_key for obj in objects})
    }
    return [(obj, versions.get(obj.translation_key)) for obj in objects]


def in_active_language(objects, locale=None, *, candidates=None, fallback=True):
    """Each translatable object in `locale` (the active language when None), else the object
    itself (with `fallback`; without it, objects with no such version are left out).

    `objects` is one instance (one is returned, or None), a list or a queryset (a list is
    returned); see `translation_pairs` for `candidates`, the order and the query count."""
    if objects is None:
        return None
    if not isinstance(objects, (list, tuple, set, QuerySet)):
        found = in_active_language([objects], locale, candidates=candidates, fallback=fallback)
        return found[0] if found else None
    if isinstance(objects, QuerySet) and not fallback:
        # Only the versions are wanted: they are the whole answer, in `candidates`' order.
        pool = candidates if candidates is not None else objects.model._default_manager.all()
        return list(pool.filter(locale_id=_locale_id(locale), translation_key__in=objects.values("translation_key")))
    return [
        version if version is not None else obj
        for obj, version in translation_pairs(objects, locale, candidates=candidates)
        if version is not None or fallback
    ]


def joined(parts):
    """Parts of a list joined with the active language's separator (", " in most, "、" in
    Japanese, "، " in Arabic), leaving out empty ones."""
    return pgettext("list separator", ", ").join(str(part) for part in parts if part)
