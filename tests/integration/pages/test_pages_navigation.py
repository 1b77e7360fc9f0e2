"""Dash Pages in headless Chromium: dcc.Link navigation without reloads, history,
path variables, query strings, 404, redirects and page titles, at the root and under a prefix."""
from typing import Tuple

import pytest

from dash.testing.wait import until

from nav_app import create_app

PREFIXES = ["/", "/app/"]


def open_app(dash_duo, prefix: str, path: str = "") -> None:
    """Serve the app (debug mode: dev-tools errors show) under ``prefix`` and load
    ``path`` (relative to the prefix)."""
    dash_duo.start_server(create_app(prefix), navigate=False, debug=True, use_reloader=False)
    dash_duo.server_url = dash_duo.server.url + prefix + path


def address(dash_duo) -> Tuple[str, str]:
    return tuple(dash_duo.driver.execute_script("return [location.pathname, location.search]"))


def assert_no_errors(dash_duo) -> None:
    """Neither console errors nor dev-tools errors (the app runs with debug=True)."""
    assert dash_duo.get_logs() == []
    assert dash_duo.find_elements(".test-devtools-error-count") == []


def wait_title(dash_duo, title: str) -> None:
    until(lambda: dash_duo.driver.title == title, 5, msg=f"the page title never became {title!r}")


def mark_document(dash_duo) -> None:
    """A marker that a full page load would wipe out."""
    dash_duo.driver.execute_script("window.__marker = 'kept'")


def assert_not_reloaded(dash_duo) -> None:
    assert dash_duo.driver.execute_script("return window.__marker") == "kept"


@pytest.mark.parametrize("prefix", PREFIXES)
def test_pages_link_navigation_and_history(dash_duo, prefix):
    open_app(dash_duo, prefix)
    dash_duo.wait_for_text_to_equal("#home-content", "Welcome home")
    wait_title(dash_duo, "Home page")
    mark_document(dash_duo)

    dash_duo.find_element("#nav-about-query").click()
    dash_duo.wait_for_text_to_equal("#about-content", "topic=pages tags=['a', 'b']")
    wait_title(dash_duo, "About")
    assert address(dash_duo) == (f"{prefix}about", "?topic=pages&tag=a&tag=b")
    # a callback of a page module works once its page is shown
    dash_duo.wait_for_text_to_equal("#about-echo", "echo:")
    dash_duo.find_element("#about-input").send_keys("hi")
    dash_duo.wait_for_text_to_equal("#about-echo", "echo:hi")

    dash_duo.find_element("#nav-report-42").click()
    dash_duo.wait_for_text_to_equal("#report-content", "report 42 query=[]")
    wait_title(dash_duo, "Report 42")

    dash_duo.find_element("#next-report").click()
    dash_duo.wait_for_text_to_equal("#report-content", "report 43 query=[]")
    wait_title(dash_duo, "Report 43")
    assert address(dash_duo) == (f"{prefix}report/43", "")
    assert_not_reloaded(dash_duo)

    dash_duo.driver.back()
    dash_duo.wait_for_text_to_equal("#report-content", "report 42 query=[]")
    dash_duo.driver.back()
    dash_duo.wait_for_text_to_equal("#about-content", "topic=pages tags=['a', 'b']")
    wait_title(dash_duo, "About")
    dash_duo.driver.back()
    dash_duo.wait_for_text_to_equal("#home-content", "Welcome home")
    wait_title(dash_duo, "Home page")
    assert address(dash_duo) == (prefix, "")

    dash_duo.driver.forward()
    dash_duo.wait_for_text_to_equal("#about-content", "topic=pages tags=['a', 'b']")
    assert address(dash_duo) == (f"{prefix}about", "?topic=pages&tag=a&tag=b")
    assert_not_reloaded(dash_duo)

    dash_duo.find_element("#nav-about").click()
    dash_duo.wait_for_text_to_equal("#about-content", "topic=None tags=None")
    assert address(dash_duo) == (f"{prefix}about", "")
    assert_not_reloaded(dash_duo)
    assert_no_errors(dash_duo)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_pages_direct_load_404_and_redirects(dash_duo, prefix):
    open_app(dash_duo, prefix, "report/7?x=1")
    dash_duo.wait_for_text_to_equal("#report-content", "report 7 query=[('x', '1')]")
    wait_title(dash_duo, "Report 7")
    mark_document(dash_duo)

    dash_duo.find_element("#nav-missing").click()
    dash_duo.wait_for_text_to_equal("#missing-content", "Nothing at this address")
    wait_title(dash_duo, "Not found")
    assert address(dash_duo) == (f"{prefix}no/such/page", "")

    # a Link to an old address shows the page it moved to, without a reload
    dash_duo.find_element("#nav-old-home").click()
    dash_duo.wait_for_text_to_equal("#home-content", "Welcome home")
    wait_title(dash_duo, "Home page")
    assert_not_reloaded(dash_duo)

    # loading an old address is answered by the server with a 301 to the new one
    dash_duo.wait_for_page(dash_duo.server.url + prefix + "old-home")
    dash_duo.wait_for_text_to_equal("#home-content", "Welcome home")
    assert address(dash_duo) == (prefix, "")

    dash_duo.wait_for_page(dash_duo.server.url + prefix + "nothing/here")
    dash_duo.wait_for_text_to_equal("#missing-content", "Nothing at this address")
    wait_title(dash_duo, "Not found")
    assert_no_errors(dash_duo)
