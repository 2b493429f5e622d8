import json
import re
from html.parser import HTMLParser
from io import StringIO

from django.core.management import call_command
from wagtail.models import Page


def assert_page_tree_is_sound():
    """Wagtail's tree problem finder (what `fixtree` reports) finds nothing.

    A wrong `numchild` is silent until an editor adds a page under the node, which then
    fails with an IntegrityError on `wagtailcore_page.path`."""
    bad_alphabet, bad_path_length, orphans, wrong_depth, wrong_numchild = Page.find_problems()
    assert (bad_alphabet, bad_path_length, orphans, wrong_depth, wrong_numchild) == ([], [], [], [], []), (
        f"page tree problems: wrong numchild {wrong_numchild}, orphans {orphans}, wrong depth {wrong_depth}"
    )


def load_demo(*args):
    """Runs `load_demo_content` (with `--reset` etc.) and checks the page tree it leaves."""
    call_command("load_demo_content", *args, stdout=StringIO())
    assert_page_tree_is_sound()


def translate_page(page, locale):
    """A published translation of `page` in `locale` (Wagtail's own copy-for-translation)."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


class InlineCodeFinder(HTMLParser):
    """Collects what a strict Content-Security-Policy would block: inline scripts,
    inline styles and event-handler attributes."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes and attributes.get("type") != "application/ld+json":
            self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("<style> element")
        for name in attributes:
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>")
            if name.startswith("on"):
                self.problems.append(f"{name} handler on <{tag}>")


def inline_code_in(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.problems


def json_ld(html):
    """The first JSON-LD block of a page, parsed."""
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def log_in_editor_speaking(client, language, username=None):
    """Logs `client` in as a new superuser whose admin language is `language`."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    username = username or f"editor-{language}"
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "secret-password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def member_of(group_name, username, password="secret-password"):
    """A new user (not a superuser) in the group `group_name`, e.g. "Translators (Greek)"."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, f"{username}@example.org", password)
    user.groups.add(Group.objects.get(name=group_name))
    return user
