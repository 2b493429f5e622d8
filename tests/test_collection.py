"""Every app's tests are collected: pytest.ini lists no `testpaths` (a list that once left
network/tests out for good) and skips only folders that hold no tests."""

from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_test_folder_is_left_out_of_collection(pytestconfig):
    assert pytestconfig.getini("testpaths") == []
    patterns = pytestconfig.getini("norecursedirs")
    folders = {
        folder.name
        for folder in ROOT.iterdir()
        if folder.is_dir() and not folder.name.startswith(".") and any(folder.glob("**/test_*.py"))
    }
    assert {"network", "articles", "events", "tests"} <= folders
    assert [folder for folder in folders if any(fnmatch(folder, pattern) for pattern in patterns)] == []
