"""FAQ answers rendered with their links resolved, once per content and language.

Every page or document link in rich text costs queries when it is rendered (the linked
page, then its translation). The answers shown on a page are expanded together, so links
of one kind are fetched in one bulk query, and the result is kept in the chrome cache,
which every publish, move and deletion of a page makes stale: a warm page spends no query
on them however many links its answers hold.
"""

import hashlib
import secrets

from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from core import chrome_cache


def expand_together(answers):
    """Each answer expanded, in one pass of Wagtail's rewriter over all of them, so that links
    of one kind cost one query for every answer.

    The answers are joined with a separator made for this call: an answer may contain any
    text (one imported or pasted as HTML may hold a comment), but not a random token it
    has never seen. Should the pass still not give back one piece per answer, each answer
    is expanded on its own."""
    separator = f"<!--next-answer-{secrets.token_hex(16)}-->"
    pieces = expand_db_html(separator.join(answers)).split(separator)
    if len(pieces) != len(answers):
        return [expand_db_html(answer) for answer in answers]
    return pieces


def with_expanded_answers(request, items):
    """The FAQ items, each with `answer_html`: its answer ready for the template."""
    if not items:
        return items
    digest = hashlib.sha256("\x00".join(f"{item.pk}:{item.answer}" for item in items).encode()).hexdigest()
    answers = chrome_cache.get_or_build(
        request,
        "faq-answer-list",
        f"{translation.get_language()}:{digest}",
        lambda: expand_together([item.answer for item in items]),
    )
    for item, answer in zip(items, answers, strict=True):
        item.answer_html = mark_safe(answer)
    return items
