"""FAQ answers rendered with their links resolved, once per content and language.

Every page or document link in rich text costs queries when it is rendered (the linked
page, then its translation). The answers shown on a page are expanded together, so links
of one kind are fetched in one bulk query, and the result is kept in the chrome cache,
which every publish, move and deletion of a page makes stale: a warm page spends no query
on them however many links its answers hold.
"""

import hashlib

from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from . import chrome_cache

# Draftail never stores HTML comments, so this cannot occur inside an answer.
SEPARATOR = "<!--next-answer-->"


def with_expanded_answers(request, items):
    """The FAQ items, each with `answer_html`: its answer ready for the template."""
    if not items:
        return items
    digest = hashlib.sha256("\x00".join(f"{item.pk}:{item.answer}" for item in items).encode()).hexdigest()
    html = chrome_cache.get_or_build(
        request,
        "faq-answers",
        f"{translation.get_language()}:{digest}",
        lambda: expand_db_html(SEPARATOR.join(item.answer for item in items)),
    )
    for item, answer in zip(items, html.split(SEPARATOR), strict=True):
        item.answer_html = mark_safe(answer)
    return items
