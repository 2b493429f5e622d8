"""Template tags for the FAQ page: its FAQPage structured data."""

from django import template
from wagtail.rich_text import get_text_for_indexing

from core.templatetags.site_tags import content_language, json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def faq_json_ld(context, page, faq_groups):
    """schema.org FAQPage data: each question with its answer as plain text and its own
    address (the page's address with the question's anchor)."""
    questions = [item for group in faq_groups for item in group["items"]]
    if not questions:
        return ""
    page_url = page.get_full_url(context.get("request"))
    return json_ld(
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": page.title,
            "url": page_url,
            "inLanguage": content_language(context, page),
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question,
                    "url": f"{page_url}#{item.anchor}",
                    "acceptedAnswer": {"@type": "Answer", "text": get_text_for_indexing(item.answer)},
                }
                for item in questions
            ],
        }
    )
