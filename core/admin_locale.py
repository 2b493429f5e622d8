"""Admin listings of translatable content show one language at a time.

Wagtail's listings already carry a locale filter (`wagtail.admin.filters.LocaleFilter`, added
by `WagtailFilterSet` to every translatable model) and a locale column
(`wagtail.admin.ui.tables.LocaleColumn`), but the filter starts on "All", so every flat list
mixes the languages. Here the same filter starts on the editor's admin language (their Wagtail
preference, when a locale exists for it) or else the default locale, and "All" is a choice of
its own (`?locale=all`) that survives a reload. The "Add" button follows the listing's
language: `LocaleChooseParentView` goes straight to the add form under the one parent page in
that language, or offers just the parents in that language."""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.forms.pages import ParentChooserForm
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.models import DraftStateMixin, Locale
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.translator_roles import LocalePermissionPolicy, restricted_locale_ids

ALL_LOCALES = "all"


def editor_locale(request):
    """The locale of the editor's admin language, else the default locale (once per request)."""
    if not hasattr(request, "_editor_locale"):
        profile = getattr(request.user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile is not None else get_language()
        try:
            request._editor_locale = Locale.objects.get_for_language(language)
        except (Locale.DoesNotExist, LookupError):
            request._editor_locale = Locale.get_default()
    return request._editor_locale


def requested_locale(request):
    """The locale chosen with ?locale=<code>, else the editor's; None never (404 if unknown)."""
    code = request.GET.get("locale")
    if code and code != ALL_LOCALES:
        return get_object_or_404(Locale, language_code=code)
    return editor_locale(request)


class EditorLocaleFilter(LocaleFilter):
    """Wagtail's locale filter, with "All" as a value of its own rather than the empty one."""

    def filter(self, qs, language_code):
        if language_code == ALL_LOCALES:
            return qs
        return super().filter(qs, language_code)


class EditorLocaleFilterSetMixin:
    """Starts the locale filter that `WagtailFilterSet` adds on the editor's language."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        wagtail_filter = self.filters.get("locale")
        if request is None or not isinstance(wagtail_filter, LocaleFilter):
            return
        default = editor_locale(request).language_code
        self.filters["locale"] = EditorLocaleFilter(
            label=wagtail_filter.label,
            choices=wagtail_filter.extra["choices"],
            initial=default,
            empty_label=None,
            null_label=_("All languages"),
            null_value=ALL_LOCALES,
            widget=forms.RadioSelect,
        )
        if self.is_bound and not self.data.get("locale"):
            # The default is what the form shows as chosen and what the listing shows; as it
            # equals the initial value, the listing does not count as filtered.
            self.data = self.data.copy()
            self.data["locale"] = default


class EditorLocaleFilterSet(EditorLocaleFilterSetMixin, WagtailFilterSet):
    pass


class EditorLocaleIndexViewMixin:
    """The listing's locale (used by the "Add" button) follows the filter's default."""

    def get_locale(self):
        if not self.i18n_enabled:
            return None
        return requested_locale(self.request)


class TranslatablePageIndexView(EditorLocaleIndexViewMixin, PageIndexView):
    """A flat page listing with a locale column (so no locale badge beside each title)."""

    show_locale_labels = False


class EditorLocaleSnippetIndexView(EditorLocaleIndexViewMixin, SnippetIndexView):
    base_filterset_class = EditorLocaleFilterSet


class InstancePermissionMixin:
    """Wagtail's snippet edit and delete views check the user's permission on the model
    only; this also asks the viewset's permission policy about the object itself, which is
    how translators are kept to their own language (core/translator_roles.py)."""

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_required, instance
        ):
            raise PermissionDenied
        return instance


class InstanceCheckedEditView(InstancePermissionMixin, snippet_views.EditView):
    def dispatch(self, request, *args, **kwargs):
        # Saving a snippet without drafts makes it live at once: translators never publish,
        # so their work on such snippets goes through wagtail-localize's editor, whose
        # strings are saved as they type and applied when a moderator publishes.
        if (
            request.method == "POST"
            and not issubclass(self.model, DraftStateMixin)
            and restricted_locale_ids(request.user) is not None
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class InstanceCheckedDeleteView(InstancePermissionMixin, snippet_views.DeleteView):
    pass


class TranslatableSnippetViewSet(SnippetViewSet):
    """A snippet listing that starts on the editor's language. Leave "locale" out of
    `list_filter`: Wagtail adds its locale filter (by language code) by itself."""

    index_view_class = EditorLocaleSnippetIndexView
    edit_view_class = InstanceCheckedEditView
    delete_view_class = InstanceCheckedDeleteView

    @cached_property
    def permission_policy(self):
        # Translators edit only their language's objects (core/translator_roles.py).
        return LocalePermissionPolicy(self.model)


class ParentInLocaleForm(ParentChooserForm):
    """Wagtail's parent chooser form, offering only the given parent pages, as radio buttons."""

    def __init__(self, child_page_type, user, parents, *args, **kwargs):
        super().__init__(child_page_type, user, *args, **kwargs)
        field = self.fields["parent_page"]
        field.queryset = parents
        field.empty_label = None
        field.widget = forms.RadioSelect()
        field.widget.choices = field.choices
        field.label_from_instance = self.parent_label

    @staticmethod
    def parent_label(page):
        parent = page.get_parent()
        if parent is None or parent.is_root():
            return page.get_admin_display_title()
        return gettext("%(page)s (in %(parent)s)") % {
            "page": page.get_admin_display_title(),
            "parent": parent.get_admin_display_title(),
        }


class LocaleChooseParentView(ChooseParentView):
    """Adding a page from a flat listing: under the one parent in the listing's language
    (else the editor's, else the default), a choice among that language's parents when
    there are several, and a clear message when there is none."""

    @cached_property
    def locale(self):
        return requested_locale(self.request)

    @cached_property
    def parents(self):
        return (
            self.get_valid_parent_pages(self.request.user)
            .filter(locale=self.locale)
            .order_by("path")
            .select_related("locale")
        )

    def get(self, request, *args, **kwargs):
        parent_ids = list(self.parents.values_list("pk", flat=True)[:2])
        if len(parent_ids) == 1:
            return self.redirect_to_add_form(parent_ids[0])
        if not parent_ids:
            messages.error(
                request,
                gettext(
                    "There is no page in %(language)s that can hold a new %(page_type)s, or you may not "
                    "add pages there. Create or translate that page first, or choose another language."
                )
                % {"language": self.locale.get_display_name(), "page_type": self.model.get_verbose_name()},
            )
            return redirect(self.get_index_url() or "wagtailadmin_home")
        return super().get(request, *args, **kwargs)

    def redirect_to_add_form(self, parent_id):
        opts = self.model._meta
        return redirect("wagtailadmin_pages:add", opts.app_label, opts.model_name, quote(parent_id))

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return ParentInLocaleForm(self.model, self.request.user, self.parents, data)

    def get_index_url(self):
        index_url = super().get_index_url()
        if index_url:
            return f"{index_url}?locale={self.locale.language_code}"
        return index_url

    def get_page_subtitle(self):
        return f"{self.model.get_verbose_name()} ({self.locale.get_display_name()})"
