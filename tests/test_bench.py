"""The benchmarks in bench/ keep working as the code moves: each builds its data here at a
tiny size (the timing itself is theirs to run, not a test's)."""

import sys
from argparse import Namespace
from pathlib import Path

import pytest
from django.conf import settings

sys.path.insert(0, str(Path(settings.BASE_DIR) / "bench"))

import hotlines  # noqa: E402
import news  # noqa: E402
import translations  # noqa: E402

pytestmark = pytest.mark.django_db


def test_the_news_benchmark_builds_its_articles(locales):
    articles, topics, sources = news.build_news(Namespace(articles=12, topics=3, max_topics_per_article=2, seed=1))
    assert len(articles) == 12 and len(topics) == 3 and sources


def test_the_hotlines_benchmark_builds_its_network(locales, capsys):
    hotlines.build_network(Namespace(hotlines=6, questions=4, seed=1))
    assert "Created 6 hotlines and 4 questions" in capsys.readouterr().out


def test_the_translations_benchmark_builds_every_status(locales, capsys, client):
    from django.contrib.auth import get_user_model

    from core.translation_report import IN_PROGRESS, MISSING, translation_rows

    translations.build(Namespace(pages=16, sent=4))
    assert "Created 16 English articles in 9 languages" in capsys.readouterr().out
    statuses = {row.status for row in translation_rows()}
    assert {MISSING, IN_PROGRESS} <= statuses
    client.force_login(get_user_model().objects.create_superuser("bench", "bench@example.org", "bench"))
    assert client.get("/admin/reports/translations/?locale=bg").status_code == 200
