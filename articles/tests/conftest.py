import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, SourceFactory, TopicFactory
from core.factories import FooterContentFactory


@pytest.fixture
def news(home_page):
    """A listing with three topics, two sources and four articles."""
    FooterContentFactory()
    index = ArticleIndexPageFactory(parent=home_page)
    topics = {
        slug: TopicFactory(name=name, slug=slug)
        for slug, name in [("sextortion", "Sextortion"), ("grooming", "Grooming"), ("hate-speech", "Hate speech")]
    }
    inhope = SourceFactory(name="INHOPE", slug="inhope")
    bik = SourceFactory(name="BIK Team", slug="bik-team")
    articles = {
        "both": ArticlePageFactory(
            parent=index,
            title="Sextortion and grooming",
            slug="both",
            date="2024-03-01",
            source=inhope,
            topics=[topics["sextortion"], topics["grooming"]],
        ),
        "sextortion": ArticlePageFactory(
            parent=index,
            title="On sextortion",
            slug="on-sextortion",
            date="2023-06-01",
            source=bik,
            topics=[topics["sextortion"]],
        ),
        "grooming": ArticlePageFactory(
            parent=index,
            title="On grooming",
            slug="on-grooming",
            date="2023-02-01",
            source=inhope,
            topics=[topics["grooming"]],
        ),
        "untagged": ArticlePageFactory(
            parent=index, title="Quarterly figures", slug="quarterly", date="2022-12-01", source=bik, topics=[]
        ),
    }
    return {"index": index, "topics": topics, "sources": {"inhope": inhope, "bik-team": bik}, "articles": articles}
