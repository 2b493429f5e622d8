"""RSS 2.0 and Atom feeds of a news listing, in its language and for any filter: the feed
link on /en/articles/?topic=sextortion gives the sextortion articles."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .filters import ArticleFilter


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index_page):
        self.request = request
        self.article_filter = ArticleFilter(index_page, request.GET)
        return index_page

    def title(self, index_page):
        description = self.article_filter.describe()
        return f"{index_page.title}: {description}" if description else index_page.title

    def link(self, index_page):
        """The listing with the same filters, on the site's canonical address."""
        return self.article_filter.filtered_url(index_page.get_full_url(self.request))

    def feed_url(self, index_page):
        return self.article_filter.filtered_url(self.request.build_absolute_uri(self.request.path))

    def description(self, index_page):
        return index_page.introduction or _("The latest articles.")

    def items(self, index_page):
        return self.article_filter.feed_items()

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return datetime.datetime.combine(article.date, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)

    def item_author_name(self, article):
        return article.source.name if article.source else None

    def item_author_link(self, article):
        return article.source.url if article.source and article.source.url else None

    def item_categories(self, article):
        return [topic.name for topic in article.card_topics]

    def __call__(self, request, *args, **kwargs):
        # Feed readers fetch without a language cookie; the listing's language decides.
        with translation.override(kwargs["index_page"].locale.language_code):
            return super().__call__(request, *args, **kwargs)


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    subtitle = ArticleRssFeed.description
