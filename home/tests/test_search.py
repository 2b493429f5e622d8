import pytest

from home.factories import StandardPageFactory


@pytest.fixture
def pages(home_page):
    return [StandardPageFactory(parent=home_page, title=f"Zebra crossing {n}", slug=f"zebra-{n}") for n in range(12)]


def test_search_finds_live_pages(client, pages):
    response = client.get("/en/search/", {"query": "zebra"})
    assert response.status_code == 200
    assert "12 results for “zebra”" in response.text
    assert 'rel="next"' in response.text


def test_search_without_query_shows_the_form(client, home_page):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'name="query"' in response.text
    assert "results for" not in response.text


@pytest.mark.parametrize("page_number", ["abc", "999999", "-1", "0", "1" * 400])
def test_bad_page_numbers_never_fail(client, pages, page_number):
    response = client.get("/en/search/", {"query": "zebra", "page": page_number})
    assert response.status_code == 200
    assert "results for" in response.text


def test_huge_query_is_trimmed(client, pages):
    response = client.get("/en/search/", {"query": "zebra " + "x" * 5000})
    assert response.status_code == 200
    assert "x" * 201 not in response.text


@pytest.mark.parametrize("query", ["\x00", "zebra\x00crossing", "\x1b[31mzebra", "  zebra\t\n "])
def test_control_characters_in_the_query_are_harmless(client, pages, query):
    response = client.get("/en/search/", {"query": query})
    assert response.status_code == 200
    assert "\x00" not in response.text


def test_repeated_query_parameters_use_the_last_one(client, pages):
    response = client.get("/en/search/?query=nothing&query=zebra")
    assert response.status_code == 200
    assert "12 results for “zebra”" in response.text
