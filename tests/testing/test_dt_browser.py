"""dash_duo against a real Dash app in headless Chromium."""
import os
import threading
from pathlib import Path

import pytest

from dash import Dash, Input, Output, html
from dash.testing.application_runners import ThreadedRunner, port_is_free
from dash.testing.composite import DashComposite
from dash.testing.errors import DashAppLoadingError, TestingTimeoutError
from dash.testing.wait import until


def _click_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button("go", id="btn", n_clicks=0), html.Div("start", id="out")]
    )

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def show(n_clicks):
        return f"clicked {n_clicks}"

    return app


def test_wait_for_text_succeeds_and_times_out_with_details(dash_duo):
    dash_duo.start_server(_click_app())
    dash_duo.wait_for_text_to_equal("#out", "clicked 0")
    dash_duo.multiple_click("#btn", 2)
    dash_duo.wait_for_text_to_equal("#out", "clicked 2")
    assert dash_duo.find_element("out", attribute="ID").text == "clicked 2"
    assert "btn" in dash_duo.redux_state_paths["strs"]
    assert not dash_duo.redux_state_is_loading

    with pytest.raises(TestingTimeoutError) as info:
        dash_duo.wait_for_text_to_equal("#out", "clicked 99", timeout=0.5)
    # Upstream's wording, which users' suites compare with ``err.value.args[0]``.
    assert info.value.args[0] == "text -> clicked 99 not found within 0.5s, found: clicked 2"
    with pytest.raises(TestingTimeoutError) as info:
        dash_duo.wait_for_contains_text("#gone", "x", timeout=0.5)
    assert info.value.args[0] == "text -> x not found inside element within 0.5s, #gone not found"


def test_get_logs_returns_new_console_errors(dash_duo):
    dash_duo.start_server(_click_app())
    dash_duo.wait_for_text_to_equal("#out", "clicked 0")
    assert dash_duo.get_logs() == []
    dash_duo.driver.execute_script("console.error('dash-testing-marker');")
    logs = dash_duo.get_logs()
    assert [entry["level"] for entry in logs] == ["SEVERE"]
    assert "dash-testing-marker" in logs[0]["message"]
    assert dash_duo.get_logs() == []


def test_take_snapshot_writes_png(dash_duo, tmp_path, monkeypatch):
    monkeypatch.setenv("DASH_TEST_ARTIFACTS", str(tmp_path))
    dash_duo.start_server(_click_app())
    path = dash_duo.take_snapshot("my snapshot")
    assert Path(path) == tmp_path / "my_snapshot.png"
    assert Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dash_duo_mp_runs_forked_app(dash_duo_mp):
    dash_duo_mp.start_server(_click_app())
    dash_duo_mp.find_element("#btn").click()
    dash_duo_mp.wait_for_text_to_equal("#out", "clicked 1")


def test_restarted_server_keeps_its_url_for_the_open_page(dash_duo_mp):
    """A page left open (navigate=False) keeps working against the restarted server."""
    dash_duo_mp.start_server(_click_app())
    first_url = dash_duo_mp.server_url
    dash_duo_mp.find_element("#btn").click()
    dash_duo_mp.wait_for_text_to_equal("#out", "clicked 1")
    dash_duo_mp.server.stop()
    dash_duo_mp.start_server(_click_app(), navigate=False)
    assert dash_duo_mp.server_url == first_url
    dash_duo_mp.find_element("#btn").click()
    dash_duo_mp.wait_for_text_to_equal("#out", "clicked 2")


def test_wait_for_page_raises_loading_error_on_non_dash_page(dash_duo):
    app = _click_app()
    app.server.add_url_rule("/plain", "plain", lambda: "<p id='plain'>not a dash page</p>")
    dash_duo.start_server(app)
    with pytest.raises(DashAppLoadingError, match="not a dash page"):
        dash_duo.wait_for_page(f"{dash_duo.server_url}/plain", timeout=1)


def test_callback_state_while_a_callback_runs(dash_duo):
    release = threading.Event()
    app = Dash(__name__)
    app.layout = html.Div([html.Div("start", id="slow")])

    @app.callback(Output("slow", "children"), Input("slow", "id"))
    def slow(_):
        release.wait(10)
        return "done"

    # The page counts as loaded while its initial callback is still running.
    dash_duo.start_server(app)
    assert until(lambda: dash_duo.redux_state_is_loading, timeout=5)
    assert [rq["status"] for rq in dash_duo.redux_state_rqs] == ["running"]
    with pytest.raises(TestingTimeoutError, match="callbacks are still running"):
        dash_duo.wait_timeout = 0.5
        dash_duo._wait_for_callbacks()
    dash_duo.wait_timeout = 10
    release.set()
    assert dash_duo._wait_for_callbacks()
    assert dash_duo.find_element("#slow").text == "done"
    assert dash_duo.redux_state_rqs == []


def test_composite_context_manager_stops_browser_and_server():
    with DashComposite(ThreadedRunner(), browser="Chrome", headless=True) as duo:
        duo.start_server(_click_app())
        duo.wait_for_text_to_equal("#out", "clicked 0")
        port, service, profile = duo.server.port, duo.driver.service, duo._user_data_dir
    assert port_is_free(port)
    assert not service.is_connectable()
    assert not os.path.exists(profile)
