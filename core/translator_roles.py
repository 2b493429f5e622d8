"""Translators who may work in their own language only (wagtail-localize#108).

Each language has a "Translators (<language>)" group, tied to its locale by a
`TranslatorRole`. Its members may:

- edit pages of their language's tree: the group's only page permission is "change" on
  that language's home page (no "add", "publish" or "delete");
- edit their language's versions of the translatable snippets (FAQ questions, hotlines,
  topics ...), through `LocalePermissionPolicy`, which every translatable snippet viewset
  uses (Wagtail has no per-locale snippet permission);
- start translations into their language only (wagtail-localize's "Translate" form offers
  them no other language: `core.wagtail_hooks`).

They never edit the source language and never publish: the Moderators group publishes.
A user who belongs to any other group (or is a superuser) is not limited by language.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language_info
from wagtail.models import DraftStateMixin, GroupPagePermission, Page, TranslatableMixin
from wagtail.permission_policies.base import ModelPermissionPolicy

from core.models import TranslatorRole

MODERATORS = "Moderators"


def translatable_snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def translator_group_name(locale):
    try:
        name = get_language_info(locale.language_code)["name"]
    except KeyError:
        name = locale.get_display_name()
    return f"Translators ({name})"


def _model_permissions(model, actions):
    return Permission.objects.filter(
        content_type__app_label=model._meta.app_label,
        codename__in=[f"{action}_{model._meta.model_name}" for action in actions],
    )


def ensure_translator_group(locale):
    """The locale's translators group with its permissions (idempotent)."""
    role = TranslatorRole.objects.filter(locale=locale).select_related("group").first()
    if role is not None:
        group = role.group
    else:
        group, _created = Group.objects.get_or_create(name=translator_group_name(locale))
        TranslatorRole.objects.update_or_create(group=group, defaults={"locale": locale})
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation"),
    )
    for model in translatable_snippet_models():
        group.permissions.add(*_model_permissions(model, ["change", "view"]))
    change_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for home in Page.objects.filter(depth=2, locale=locale):
        GroupPagePermission.objects.get_or_create(group=group, page=home, permission=change_page)
    return group


def ensure_moderators_group():
    """Wagtail's Moderators group (made by its migrations) also publishes every language's
    translatable snippets."""
    group, _created = Group.objects.get_or_create(name=MODERATORS)
    for model in translatable_snippet_models():
        if issubclass(model, DraftStateMixin):
            # Wagtail makes this permission after migrating, but only for the snippet models
            # it knew of then (they register when the admin's hooks load).
            Permission.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(model),
                codename=f"publish_{model._meta.model_name}",
                defaults={"name": f"Can publish {model._meta.verbose_name_raw}"},
            )
        group.permissions.add(*_model_permissions(model, ["add", "change", "delete", "publish", "view"]))
    return group


def restricted_locale_ids(user):
    """The ids of the locales `user` may edit, or None when language does not limit them
    (a superuser, or anyone in a group that is not a translators group). Cached on the user."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    if not hasattr(user, "_translator_locale_ids"):
        groups = list(user.groups.values_list("pk", "translator_role__locale_id"))
        if not groups or any(locale_id is None for _pk, locale_id in groups):
            user._translator_locale_ids = None
        else:
            user._translator_locale_ids = {locale_id for _pk, locale_id in groups}
    return user._translator_locale_ids


class LocalePermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, limited for translators to their language's objects.
    Translators create snippets only as translations (never "add" a new one)."""

    def user_has_permission(self, user, action):
        if action == "add" and restricted_locale_ids(user) is not None:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        locale_ids = restricted_locale_ids(user)
        if locale_ids is not None and instance.locale_id not in locale_ids:
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        locale_ids = restricted_locale_ids(user)
        return instances if locale_ids is None else instances.filter(locale_id__in=locale_ids)


def user_can_edit_translation_of(user, instance):
    """wagtail-localize's check before its translation editor's API calls (save a string,
    machine-translate, upload a PO file): for snippets it asks only whether the user may
    edit that type; here the instance's own language counts too."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return instance.snippet_viewset.permission_policy.user_has_permission_for_instance(user, "change", instance)
