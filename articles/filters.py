"""Filtering the news: by topics (any or all of them), source and year, read from the query
string of the listing and of its feeds.

Bad input never raises an error: an unknown topic or source, a year that is not a year or
too many values are left out and reported to the visitor, and the valid filters still apply.
Only a page number that does not exist is a 404, as it is on any paginated site.

The listing costs five queries whatever the number of articles or topics: the source and
year options with their counts, the topics with their counts, the result count, the page of
results, and the topics of those results.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.visibility import without_view_restrictions

from .models import ArticlePage, ArticlePageTopic, Topic

ARTICLES_PER_PAGE = 12
FEED_ITEMS = 20
MAX_TOPICS = 10
MAX_VALUE_LENGTH = 80
MATCH_ANY = "any"
MATCH_ALL = "all"


@dataclass
class Option:
    """One choice in the filter panel, with the number of articles it would show."""

    slug: str
    label: str
    count: int
    selected: bool = False
    obj: object = None


@dataclass
class AppliedFilter:
    label: str
    remove_url: str


@dataclass
class Selection:
    topics: list = field(default_factory=list)
    match: str = MATCH_ANY
    source: Option | None = None
    year: int | None = None

    @property
    def is_empty(self):
        return not (self.topics or self.source or self.year)


def _clean_values(values):
    """Distinct, stripped, non-empty values in their original order."""
    seen = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.append(value)
    return seen


class ArticleFilter:
    def __init__(self, index_page, params):
        self.index_page = index_page
        self.params = params
        self.notices = []
        self.selection = Selection()
        self._read_params()

    # The articles

    def base_queryset(self):
        """Every live, public article of this listing (and so of its language)."""
        return without_view_restrictions(ArticlePage.objects.live().child_of(self.index_page), below=self.index_page)

    def _filtered_without_topics(self):
        articles = self.base_queryset()
        if self.selection.source is not None:
            articles = articles.filter(source_id=self.selection.source.obj)
        if self.selection.year is not None:
            articles = articles.filter(date__year=self.selection.year)
        return articles

    def results(self):
        """The matching articles, newest first, with what their cards show."""
        articles = self._filtered_without_topics()
        topic_ids = [option.obj.pk for option in self.selection.topics]
        if self.selection.match == MATCH_ALL:
            for topic_id in topic_ids:
                articles = articles.filter(
                    Exists(ArticlePageTopic.objects.filter(page_id=OuterRef("pk"), topic_id=topic_id))
                )
        elif topic_ids:
            articles = articles.filter(
                Exists(ArticlePageTopic.objects.filter(page_id=OuterRef("pk"), topic_id__in=topic_ids))
            )
        return articles.select_related("source", "hero_image").order_by("-date", "-pk")

    def attach_topics(self, articles):
        """Gives each article its `card_topics` (in editor order), in one query for all."""
        topics_by_id = {option.obj.pk: option.obj for option in self.topic_options}
        by_article = defaultdict(list)
        links = ArticlePageTopic.objects.filter(page_id__in=[article.pk for article in articles])
        for page_id, topic_id in links.order_by("sort_order", "pk").values_list("page_id", "topic_id"):
            if topic_id in topics_by_id:
                by_article[page_id].append(topics_by_id[topic_id])
        for article in articles:
            article.card_topics = by_article[article.pk]
        return articles

    # The options of the filter panel

    @cached_property
    def _source_year_counts(self):
        rows = (
            self.base_queryset()
            .order_by()
            .values("source_id", "source__slug", "source__name", year=ExtractYear("date"))
            .annotate(count=Count("pk"))
        )
        return list(rows)

    @cached_property
    def source_options(self):
        options = {}
        for row in self._source_year_counts:
            if row["source_id"] is None:
                continue
            option = options.setdefault(
                row["source__slug"], Option(row["source__slug"], row["source__name"], 0, obj=row["source_id"])
            )
            option.count += row["count"]
        return sorted(options.values(), key=lambda option: option.label.casefold())

    @cached_property
    def year_options(self):
        counts = defaultdict(int)
        for row in self._source_year_counts:
            counts[row["year"]] += row["count"]
        return [Option(str(year), str(year), count, obj=year) for year, count in sorted(counts.items(), reverse=True)]

    @cached_property
    def topic_options(self):
        """Every topic of this language, with how many articles (under the chosen source and
        year) it would show."""
        matching = self._filtered_without_topics().values("pk")
        topics = Topic.objects.filter(locale_id=self.index_page.locale_id).annotate(
            article_count=Count("article_links", filter=Q(article_links__page_id__in=matching))
        )
        return [Option(topic.slug, topic.name, topic.article_count, obj=topic) for topic in topics]

    # Reading the query string

    def _read_params(self):
        """Fills `self.selection`: source and year first, since the topic counts depend on them."""
        params = self.params
        selection = self.selection

        source = params.get("source", "").strip()
        if source:
            options = {option.slug: option for option in self.source_options}
            if source in options:
                selection.source = options[source]
            else:
                self.notices.append(
                    _("There are no articles from the source “%(value)s”, so it was left out.")
                    % {"value": source[:MAX_VALUE_LENGTH]}
                )

        year = params.get("year", "").strip()
        if year:
            if year.isdigit() and len(year) == 4:
                selection.year = int(year)
            else:
                self.notices.append(
                    _("“%(value)s” is not a year, so it was left out.") % {"value": year[:MAX_VALUE_LENGTH]}
                )

        slugs = _clean_values(params.getlist("topic"))
        if len(slugs) > MAX_TOPICS:
            self.notices.append(
                _("You can filter by up to %(limit)s topics at once; the first %(limit)s were used.")
                % {"limit": MAX_TOPICS}
            )
            slugs = slugs[:MAX_TOPICS]
        by_slug = {option.slug: option for option in self.topic_options}
        for slug in slugs:
            if slug in by_slug:
                selection.topics.append(by_slug[slug])
            else:
                self.notices.append(
                    _("There is no topic “%(value)s”, so it was left out.") % {"value": slug[:MAX_VALUE_LENGTH]}
                )

        match = params.get("match", MATCH_ANY)
        if match not in (MATCH_ANY, MATCH_ALL):
            self.notices.append(_("Articles matching any of the chosen topics are shown."))
            match = MATCH_ANY
        selection.match = match

    # Addresses

    def query_string(self, selection=None, page=None):
        selection = selection or self.selection
        pairs = [("topic", option.slug) for option in selection.topics]
        if len(selection.topics) > 1 and selection.match == MATCH_ALL:
            pairs.append(("match", MATCH_ALL))
        if selection.source is not None:
            pairs.append(("source", selection.source.slug))
        if selection.year is not None:
            pairs.append(("year", str(selection.year)))
        if page and page > 1:
            pairs.append(("page", str(page)))
        return urlencode(pairs)

    def filtered_url(self, base, selection=None, page=None):
        """`base` with the query string of the selection (the current one by default)."""
        query = self.query_string(selection, page)
        return f"{base}?{query}" if query else base

    def _without(self, **changes):
        selection = Selection(
            topics=list(self.selection.topics),
            match=self.selection.match,
            source=self.selection.source,
            year=self.selection.year,
        )
        for name, value in changes.items():
            if name == "topic":
                selection.topics = [option for option in selection.topics if option.slug != value]
            else:
                setattr(selection, name, value)
        return selection

    def applied_filters(self, base):
        applied = [
            AppliedFilter(
                _("Topic: %(name)s") % {"name": option.label},
                self.filtered_url(base, self._without(topic=option.slug)),
            )
            for option in self.selection.topics
        ]
        if self.selection.source is not None:
            applied.append(
                AppliedFilter(
                    _("Source: %(name)s") % {"name": self.selection.source.label},
                    self.filtered_url(base, self._without(source=None)),
                )
            )
        if self.selection.year is not None:
            applied.append(
                AppliedFilter(
                    _("Year: %(year)s") % {"year": self.selection.year},
                    self.filtered_url(base, self._without(year=None)),
                )
            )
        return applied

    # What the templates need

    def listing_context(self, request):
        base = self.index_page.get_url(request)
        paginator = Paginator(self.results(), ARTICLES_PER_PAGE, allow_empty_first_page=True)
        try:
            page_number = int(self.params.get("page", "1"))
            page_obj = paginator.page(page_number)
        except (ValueError, PageNotAnInteger, EmptyPage):
            raise Http404(_("There is no such page of articles.")) from None
        articles = self.attach_topics(list(page_obj.object_list))

        selected_topics = {option.slug for option in self.selection.topics}
        for option in self.topic_options:
            option.selected = option.slug in selected_topics
        for option in self.source_options:
            option.selected = self.selection.source is not None and option.slug == self.selection.source.slug
        for option in self.year_options:
            option.selected = option.obj == self.selection.year

        full_url = self.index_page.get_full_url(request)
        filtered = not self.selection.is_empty
        single_topic = self.selection.topics[0].obj if len(self.selection.topics) == 1 else None
        return {
            "articles": articles,
            "page_obj": page_obj,
            "paginator": paginator,
            "page_links": [
                {"number": number, "url": self.filtered_url(base, page=number), "current": number == page_obj.number}
                for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
                if number != Paginator.ELLIPSIS
            ],
            "previous_page_url": (
                self.filtered_url(base, page=page_obj.previous_page_number()) if page_obj.has_previous() else ""
            ),
            "next_page_url": self.filtered_url(base, page=page_obj.next_page_number()) if page_obj.has_next() else "",
            "result_count": paginator.count,
            "result_count_text": ngettext("%(count)s article", "%(count)s articles", paginator.count)
            % {"count": paginator.count},
            "topic_options": self.topic_options,
            "source_options": self.source_options,
            "year_options": self.year_options,
            "match_all": self.selection.match == MATCH_ALL,
            "applied_filters": self.applied_filters(base),
            "is_filtered": filtered,
            "single_topic": single_topic,
            "clear_url": base,
            "notices": self.notices,
            "rss_url": self.filtered_url(base + self.index_page.reverse_subpage("rss_feed")),
            "atom_url": self.filtered_url(base + self.index_page.reverse_subpage("atom_feed")),
            "canonical_url": self.filtered_url(full_url, page=page_obj.number),
            "robots": "noindex, follow" if filtered else "",
        }

    def feed_items(self):
        return self.attach_topics(list(self.results()[:FEED_ITEMS]))

    def describe(self):
        """The selection in words, for feed titles, e.g. 'Sextortion, Grooming · BIK Team · 2023'."""
        joiner = _(" and ") if self.selection.match == MATCH_ALL else ", "
        parts = [joiner.join(option.label for option in self.selection.topics)] if self.selection.topics else []
        if self.selection.source is not None:
            parts.append(self.selection.source.label)
        if self.selection.year is not None:
            parts.append(str(self.selection.year))
        return " · ".join(parts)
