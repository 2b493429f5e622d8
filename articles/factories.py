import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTopic, Source, Topic
from core.indexing import indexes_updated_once_at_the_end


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class SourceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Source {n}")
    slug = factory.Sequence(lambda n: f"source-{n}")
    url = "https://www.example.org/"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Source


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "articles"
    introduction = "The latest news from the network."

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) - datetime.timedelta(days=n))
    summary = "A short summary of the article."
    source = factory.SubFactory(SourceFactory)

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, topics):
        """ArticlePageFactory(topics=[...]) links the article to those topics."""
        for position, topic in enumerate(topics or []):
            ArticlePageTopic.objects.create(page=self, topic=topic, sort_order=position, locale_id=self.locale_id)


def create_articles_in_bulk(
    index, count, topics, topics_per_article, source=None, start_date=datetime.date(2024, 6, 1)
):
    """`count` live articles under `index`, each linked to `topics_per_article` of `topics`
    (in turn), for performance tests and the benchmark.

    Thousands of articles through Wagtail's `add_child` would take minutes, so the tree
    paths are computed here and each article costs two INSERTs; the topic links are
    inserted in bulk. The articles are otherwise ordinary live pages, left out of the
    search and reference indexes (which would cost more than the rest).
    """
    with indexes_updated_once_at_the_end(index_at_the_end=False):
        return _create_articles_in_bulk(index, count, topics, topics_per_article, source, start_date)


def _create_articles_in_bulk(index, count, topics, topics_per_article, source, start_date):
    first_position = index.numchild + 1
    articles = []
    for offset in range(count):
        slug = f"bulk-article-{first_position + offset}"
        article = ArticlePage(
            title=f"Bulk article {first_position + offset}",
            draft_title=f"Bulk article {first_position + offset}",
            slug=slug,
            path=ArticlePage._get_path(index.path, index.depth + 1, first_position + offset),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{slug}/",
            locale_id=index.locale_id,
            live=True,
            date=start_date - datetime.timedelta(days=offset),
            summary="An article created in bulk.",
            source=source,
        )
        article.save_base()
        articles.append(article)
    index.numchild += count
    index.save(update_fields=["numchild"])
    links = [
        ArticlePageTopic(
            page=article,
            topic=topics[(number + shift) % len(topics)],
            sort_order=shift,
            locale_id=index.locale_id,
        )
        for number, article in enumerate(articles)
        for shift in range(topics_per_article)
    ]
    ArticlePageTopic.objects.bulk_create(links)
    return articles
