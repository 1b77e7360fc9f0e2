"""Background jobs across page changes: leaving a page cancels the jobs whose outputs it
showed (unless the callback opted out with ``cancel_on_navigation=False``), without
touching the new page, and coming back shows a fresh, consistent page."""
import os
import time
from pathlib import Path
from typing import Iterator

import psutil
import pytest

import dash
from dash import Dash, DiskcacheManager, Input, Output, dcc, html
from dash.testing.wait import until

# The job runs STEPS * STEP_S seconds: long enough to navigate away while it runs.
STEPS = 12
STEP_S = 0.25


@pytest.fixture
def clean_registry() -> Iterator[None]:
    """dash.page_registry is global to the process: keep other tests' pages out, and ours in here."""
    saved = dict(dash.page_registry)
    dash.page_registry.clear()
    yield
    dash.page_registry.clear()
    dash.page_registry.update(saved)


def _app(tmpdir, cancel_on_navigation: bool) -> Dash:
    """Page A (`/`) runs a background job; page B (`/b`) shares no component with it."""
    import diskcache

    manager = DiskcacheManager(diskcache.Cache(str(tmpdir.join("cache"))))
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="",
        background_callback_manager=manager,
        suppress_callback_exceptions=True,
    )
    dash.register_page(
        "job_page",
        path="/",
        layout=html.Div(
            [
                html.Button("run", id="btn"),
                html.Div("no result", id="result"),
                html.Div(id="progress"),
                dcc.Link("to B", href="/b", id="to-b"),
            ]
        ),
    )
    dash.register_page(
        "other_page",
        path="/b",
        layout=html.Div([html.Div("page B", id="b-content"), dcc.Link("to A", href="/", id="to-a")]),
    )
    app.layout = html.Div([dash.page_container])
    runs = Path(str(tmpdir))

    @app.callback(
        Output("result", "children"),
        Input("btn", "n_clicks"),
        background=True,
        running=[(Output("btn", "disabled"), True, False)],
        progress=[Output("progress", "children")],
        prevent_initial_call=True,
        cancel_on_navigation=cancel_on_navigation,
    )
    def job(set_progress, n):
        (runs / f"pid-{n}").write_text(str(os.getpid()))
        for i in range(STEPS):
            set_progress(f"step {i}")
            time.sleep(STEP_S)
        (runs / f"done-{n}").write_text("done")
        return f"done {n}"

    return app


def _start_job(dash_duo, tmpdir, n: int) -> int:
    """Clicks run on page A; returns the pid of the job process once it is running."""
    pid_file = Path(str(tmpdir)) / f"pid-{n}"
    pid_file.unlink(missing_ok=True)
    dash_duo.find_element("#btn").click()
    until(lambda: not dash_duo.find_element("#btn").is_enabled(), 5, msg="the job never started running")
    dash_duo.wait_for_contains_text("#progress", "step", timeout=10)
    until(pid_file.exists, 5, msg="the job never recorded its pid")
    return int(pid_file.read_text())


def _assert_clean(dash_duo) -> None:
    """No console error and no dev-tools error (the app runs with debug=True)."""
    assert dash_duo.get_logs() == []
    assert dash_duo.find_elements(".test-devtools-error-count") == []


def _assert_fresh_page_a(dash_duo) -> None:
    dash_duo.wait_for_text_to_equal("#result", "no result")
    assert dash_duo.find_element("#btn").is_enabled()
    assert dash_duo.find_element("#progress").text == ""
    assert not dash_duo.redux_state_is_loading


def _go(dash_duo, link: str, landmark: str) -> None:
    dash_duo.find_element(link).click()
    dash_duo.wait_for_element(landmark)


def test_rdr_navigation_cancels_job(dash_duo, tmpdir, clean_registry):
    dash_duo.start_server(_app(tmpdir, cancel_on_navigation=True), debug=True, use_reloader=False)
    dash_duo.wait_for_element("#btn")
    pid = _start_job(dash_duo, tmpdir, 1)
    assert psutil.pid_exists(pid)

    _go(dash_duo, "#to-b", "#b-content")
    until(lambda: not psutil.pid_exists(pid), 1, msg="the job outlived the page that started it")
    # Past the job's would-be end: nothing reached page B.
    time.sleep(STEPS * STEP_S)
    assert not (Path(str(tmpdir)) / "done-1").exists()
    assert dash_duo.find_element("#b-content").text == "page B"
    assert not dash_duo.redux_state_is_loading
    _assert_clean(dash_duo)

    _go(dash_duo, "#to-a", "#btn")
    _assert_fresh_page_a(dash_duo)
    time.sleep(0.5)
    assert dash_duo.find_element("#result").text == "no result"
    _assert_clean(dash_duo)


def test_rdr_navigation_opt_out_keeps_job(dash_duo, tmpdir, clean_registry):
    dash_duo.start_server(_app(tmpdir, cancel_on_navigation=False), debug=True, use_reloader=False)
    dash_duo.wait_for_element("#btn")

    # Away while the job ends: it finishes, and its result is dropped without errors.
    pid = _start_job(dash_duo, tmpdir, 1)
    _go(dash_duo, "#to-b", "#b-content")
    time.sleep(1)
    assert psutil.pid_exists(pid), "an opted-out job was cancelled by navigation"
    until(lambda: (Path(str(tmpdir)) / "done-1").exists(), STEPS * STEP_S + 5, msg="the job never finished")
    until(lambda: not dash_duo.redux_state_is_loading, 5, msg="the finished job still shows as loading")
    assert dash_duo.find_element("#b-content").text == "page B"
    _assert_clean(dash_duo)
    _go(dash_duo, "#to-a", "#btn")
    _assert_fresh_page_a(dash_duo)

    # Back before the job ends: its outputs are on the page again, so its result shows.
    pid = _start_job(dash_duo, tmpdir, 1)
    _go(dash_duo, "#to-b", "#b-content")
    _go(dash_duo, "#to-a", "#btn")
    assert psutil.pid_exists(pid)
    dash_duo.wait_for_text_to_equal("#result", "done 1", timeout=STEPS * STEP_S + 5)
    until(lambda: dash_duo.find_element("#btn").is_enabled(), 5, msg="the button stayed disabled")
    _assert_clean(dash_duo)
