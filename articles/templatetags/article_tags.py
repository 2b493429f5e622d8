"""Template tags for the news: the home page's latest articles and Article structured data."""

from django import template

from core.templatetags.site_tags import json_ld
from core.visibility import without_view_restrictions

from ..models import ArticlePage

register = template.Library()


@register.inclusion_tag("articles/includes/latest_articles.html", takes_context=True)
def latest_articles(context, home, count=3):
    """The newest articles below a home page, in its language, in one query."""
    articles = list(
        without_view_restrictions(ArticlePage.objects.live().descendant_of(home))
        .filter(locale_id=home.locale_id)
        .select_related("source", "hero_image")
        .order_by("-date", "-pk")[:count]
    )
    request = context.get("request")
    return {
        "request": request,
        "articles": articles,
        "listing_url": articles[0].get_listing_url(request) if articles else "",
    }


@register.simple_tag(takes_context=True)
def article_json_ld(context, article, image_url="", site_name=""):
    """schema.org Article data for search engines: headline, dates, author, publisher, image."""
    request = context.get("request")
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": article.date.isoformat(),
        "inLanguage": article.locale.language_code,
        "mainEntityOfPage": article.get_full_url(request),
        "publisher": {"@type": "Organization", "name": site_name},
    }
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if article.source:
        data["author"] = {"@type": "Organization", "name": article.source.name}
        if article.source.url:
            data["author"]["url"] = article.source.url
    else:
        data["author"] = data["publisher"]
    if image_url:
        data["image"] = [image_url]
    topics = context.get("topics") or []
    if topics:
        data["keywords"] = [topic.name for topic in topics]
    return json_ld(data)
