"""The news listing: filters by topic (any or all), source and year, counts, applied
filters, pagination that keeps the filters, and friendly handling of bad input."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from articles.factories import ArticlePageFactory

LISTING = "/en/articles/"


def titles(response):
    return [article.title for article in response.context["articles"]]


def option(response, group, slug):
    return next(option for option in response.context[f"{group}_options"] if option.slug == slug)


def test_lists_every_live_article_newest_first_with_date_source_and_topics(client, news):
    response = client.get(LISTING)
    assert response.status_code == 200
    assert titles(response) == ["Sextortion and grooming", "On sextortion", "On grooming", "Quarterly figures"]
    html = response.text
    assert "4 articles" in html
    card = html[html.index("Sextortion and grooming") : html.index("On sextortion")]
    assert '<time datetime="2024-03-01">' in card
    assert "INHOPE" in card
    assert 'href="/en/articles/?topic=sextortion">Sextortion</a>' in card
    assert 'href="/en/articles/?topic=grooming">Grooming</a>' in card


def test_one_topic_lists_exactly_its_articles(client, news):
    response = client.get(LISTING, {"topic": "sextortion"})
    assert titles(response) == ["Sextortion and grooming", "On sextortion"]
    assert "2 articles" in response.text


def test_several_topics_match_any_of_them_by_default_and_all_of_them_on_request(client, news):
    any_of = client.get(LISTING, {"topic": ["sextortion", "grooming"]})
    assert titles(any_of) == ["Sextortion and grooming", "On sextortion", "On grooming"]
    all_of = client.get(LISTING, {"topic": ["sextortion", "grooming"], "match": "all"})
    assert titles(all_of) == ["Sextortion and grooming"]


def test_source_and_year_filters_combine_with_topics(client, news):
    assert titles(client.get(LISTING, {"source": "bik-team"})) == ["On sextortion", "Quarterly figures"]
    assert titles(client.get(LISTING, {"year": "2023"})) == ["On sextortion", "On grooming"]
    combined = client.get(LISTING, {"topic": "grooming", "source": "inhope", "year": "2023"})
    assert titles(combined) == ["On grooming"]


def test_filter_panel_counts_follow_the_source_and_year(client, news):
    everything = client.get(LISTING)
    assert option(everything, "topic", "sextortion").count == 2
    assert option(everything, "topic", "hate-speech").count == 0
    assert option(everything, "source", "inhope").count == 2
    assert [(year.label, year.count) for year in everything.context["year_options"]] == [
        ("2024", 1),
        ("2023", 2),
        ("2022", 1),
    ]
    from_bik = client.get(LISTING, {"source": "bik-team"})
    assert option(from_bik, "topic", "sextortion").count == 1
    assert option(from_bik, "topic", "grooming").count == 0
    assert 'value="sextortion" id="topic-sextortion">' in everything.text
    assert 'value="sextortion" id="topic-sextortion" checked>' in client.get(LISTING, {"topic": "sextortion"}).text


def test_an_article_without_a_source_is_listed_and_counted_in_its_year_only(client, news):
    ArticlePageFactory(parent=news["index"], title="No source", slug="no-source", date="2022-05-01", source=None)
    everything = client.get(LISTING)
    assert "No source" in titles(everything)
    assert [source.slug for source in everything.context["source_options"]] == ["bik-team", "inhope"]
    assert ("2022", 2) in [(year.label, year.count) for year in everything.context["year_options"]]
    assert titles(client.get(LISTING, {"source": "inhope"})) == ["Sextortion and grooming", "On grooming"]


def test_applied_filters_each_have_a_one_click_remove_link(client, news):
    response = client.get(LISTING, {"topic": ["sextortion", "grooming"], "match": "all", "source": "inhope"})
    applied = {item.label: item.remove_url for item in response.context["applied_filters"]}
    assert applied == {
        "Topic: Sextortion": "/en/articles/?topic=grooming&source=inhope",
        "Topic: Grooming": "/en/articles/?topic=sextortion&source=inhope",
        "Source: INHOPE": "/en/articles/?topic=sextortion&topic=grooming&match=all",
    }
    assert 'href="/en/articles/?topic=grooming&amp;source=inhope"' in response.text
    assert "Clear all filters" in response.text


def test_pagination_shows_twelve_per_page_and_keeps_the_filters(client, news):
    topic = news["topics"]["hate-speech"]
    for day in range(14):
        ArticlePageFactory(
            parent=news["index"], title=f"Hate speech note {day}", date=datetime.date(2021, 1, 1 + day), topics=[topic]
        )
    first = client.get(LISTING, {"topic": "hate-speech"})
    assert len(first.context["articles"]) == 12
    assert "14 articles" in first.text
    assert first.context["next_page_url"] == "/en/articles/?topic=hate-speech&page=2"
    second = client.get(first.context["next_page_url"])
    assert titles(second) == ["Hate speech note 1", "Hate speech note 0"]
    assert second.context["previous_page_url"] == "/en/articles/?topic=hate-speech"
    assert 'aria-current="page">2</span>' in second.text


@pytest.mark.parametrize("value", ["abc", "999999", "0", "-1", "2", "1.5", "9" * 400])
def test_page_numbers_that_do_not_exist_are_a_404(client, news, value):
    assert client.get(LISTING, {"page": value}).status_code == 404


def test_unknown_values_are_left_out_with_a_message_and_the_rest_still_applies(client, news):
    response = client.get(
        LISTING, {"topic": ["sextortion", "no-such-topic"], "source": "nobody", "year": "last", "match": "most"}
    )
    assert response.status_code == 200
    assert titles(response) == ["Sextortion and grooming", "On sextortion"]
    notices = response.context["notices"]
    assert "There is no topic “no-such-topic”, so it was left out." in notices
    assert "There are no articles from the source “nobody”, so it was left out." in notices
    assert "“last” is not a year, so it was left out." in notices
    assert "Articles matching any of the chosen topics are shown." in notices
    assert 'role="status"' in response.text


def test_a_filter_with_no_results_says_so(client, news):
    response = client.get(LISTING, {"topic": "hate-speech"})
    assert response.status_code == 200
    assert titles(response) == []
    assert "0 articles" in response.text
    assert "No articles match these filters." in response.text


def test_huge_repeated_and_strange_parameters_never_fail(client, news):
    many_topics = [f"topic-{n}" for n in range(40)] + ["sextortion"]
    response = client.get(LISTING, {"topic": many_topics})
    assert response.status_code == 200
    assert any("up to 10 topics" in notice for notice in response.context["notices"])
    huge = client.get(LISTING, {"topic": "x" * 20000, "source": "é" * 5000, "year": "\x00"})
    assert huge.status_code == 200
    assert all(len(notice) < 200 for notice in huge.context["notices"])
    repeated = client.get(LISTING, {"topic": ["sextortion", "sextortion", " sextortion "], "year": ["2023", "2024"]})
    assert repeated.status_code == 200
    assert [item.label for item in repeated.context["applied_filters"]] == ["Topic: Sextortion", "Year: 2024"]


def test_thousands_of_parameters_are_cut_to_the_limit(client, news):
    response = client.get(LISTING + "?" + "&".join(f"topic=t{n}" for n in range(1500)) + "&topic=sextortion")
    assert response.status_code == 200
    assert len(response.context["notices"]) == 11  # the limit, then each of the 10 unknown topics used
    assert len(titles(response)) == 4


def test_filtered_views_are_not_indexed_and_have_their_own_canonical(client, news):
    plain = client.get(LISTING).text
    assert 'name="robots"' not in plain
    assert '<link rel="canonical" href="http://localhost/en/articles/">' in plain
    filtered = client.get(LISTING, {"topic": "sextortion"}).text
    assert '<meta name="robots" content="noindex, follow">' in filtered
    assert '<link rel="canonical" href="http://localhost/en/articles/?topic=sextortion">' in filtered


def test_feed_links_in_the_head_keep_the_filter(client, news):
    html = client.get(LISTING, {"topic": "grooming", "year": "2023"}).text
    head = html[: html.index("</head>")]
    for kind in ("rss", "atom"):
        link = rf'<link rel="alternate" type="application/{kind}\+xml"[^>]+href="/en/articles/feed/{kind}/'
        assert re.search(link + r'\?topic=grooming&amp;year=2023">', head)


def test_drafts_and_private_articles_stay_out_of_the_listing(client, news):
    draft = ArticlePageFactory(parent=news["index"], title="Unpublished draft", live=False)
    private = ArticlePageFactory(parent=news["index"], title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    listed = titles(client.get(LISTING))
    assert draft.title not in listed and private.title not in listed
    assert len(listed) == 4


def test_single_topic_shows_its_description(client, news):
    topic = news["topics"]["grooming"]
    topic.description = "Adults befriending children online in order to abuse them."
    topic.save()
    assert topic.description in client.get(LISTING, {"topic": "grooming"}).text
    assert topic.description not in client.get(LISTING).text


def test_the_filter_form_works_without_javascript(client, news):
    html = client.get(LISTING).text
    form = html[html.index('<form class="filters"') : html.index("</form>", html.index('<form class="filters"'))]
    assert 'method="get" action="/en/articles/"' in form
    assert 'type="submit"' in form
    for name in ('name="topic"', 'name="match"', 'name="source"', 'name="year"'):
        assert name in form
