"""The background job client: running, progress, set_props, result, cancel."""
import time

from dash import Dash, DiskcacheManager, Input, Output, html, set_props


def _app(tmpdir):
    import diskcache

    manager = DiskcacheManager(diskcache.Cache(str(tmpdir.join("cache"))))
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div(
        [
            html.Button("run", id="run"),
            html.Button("cancel", id="cancel"),
            html.Div(id="status", children="idle"),
            html.Div(id="progress"),
            html.Div(id="side"),
            html.Div(id="result"),
        ]
    )

    @app.callback(
        Output("result", "children"),
        Input("run", "n_clicks"),
        background=True,
        running=[(Output("status", "children"), "running", "idle")],
        progress=[Output("progress", "children")],
        progress_default=["no progress"],
        cancel=[Input("cancel", "n_clicks")],
        prevent_initial_call=True,
    )
    def job(set_progress, n):
        for i in range(1, 4):
            set_progress(f"step {i}")
            time.sleep(0.4)
        set_props("side", {"children": f"side {n}"})
        if n and n > 1:
            time.sleep(5)
        return f"done {n}"

    return app


def test_rdr_background_job_lifecycle(dash_duo, tmpdir):
    dash_duo.start_server(_app(tmpdir))
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_text_to_equal("#status", "running")
    dash_duo.wait_for_contains_text("#progress", "step")
    assert dash_duo.redux_state_is_loading
    dash_duo.wait_for_text_to_equal("#result", "done 1", timeout=15)
    dash_duo.wait_for_text_to_equal("#side", "side 1")
    dash_duo.wait_for_text_to_equal("#status", "idle")
    dash_duo.wait_for_text_to_equal("#progress", "no progress")

    # The second run sleeps long after set_props; cancelling keeps the old result.
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_text_to_equal("#side", "side 2", timeout=15)
    dash_duo.find_element("#cancel").click()
    dash_duo.wait_for_text_to_equal("#status", "idle")
    time.sleep(1)
    assert dash_duo.find_element("#result").text == "done 1"
    assert not dash_duo.redux_state_is_loading


def _marker_app(tmpdir):
    """A job that writes a marker file unless it is cancelled before finishing."""
    import diskcache

    manager = DiskcacheManager(diskcache.Cache(str(tmpdir.join("cache"))))
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div([html.Button("run", id="run"), html.Div(id="result")])
    markers = str(tmpdir)

    @app.callback(
        Output("result", "children"),
        Input("run", "n_clicks"),
        background=True,
        prevent_initial_call=True,
    )
    def job(n):
        time.sleep(2 if n == 1 else 0.2)
        with open(f"{markers}/done-{n}", "w") as marker:
            marker.write("done")
        return f"done {n}"

    return app


def _wait_for_job_ticket(dash_duo):
    """Waits until the page follows a background job (it holds the job's token)."""
    script = "return window.store.getState().requestQueue.some(function (r) { return r.status === 'job'; });"
    deadline = time.time() + 10
    while not dash_duo.driver.execute_script(script):
        assert time.time() < deadline, "no background job ticket arrived"
        time.sleep(0.05)


def test_rdr_background_superseded_job_is_cancelled(dash_duo, tmpdir):
    dash_duo.start_server(_marker_app(tmpdir))
    dash_duo.find_element("#run").click()
    _wait_for_job_ticket(dash_duo)
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_text_to_equal("#result", "done 2", timeout=15)
    time.sleep(2.5)
    assert tmpdir.join("done-2").exists()
    assert not tmpdir.join("done-1").exists()
    assert dash_duo.find_element("#result").text == "done 2"


def test_rdr_background_job_cancelled_on_unload(dash_duo, tmpdir):
    dash_duo.start_server(_marker_app(tmpdir))
    dash_duo.find_element("#run").click()
    _wait_for_job_ticket(dash_duo)
    dash_duo.driver.get("about:blank")
    time.sleep(3)
    assert not tmpdir.join("done-1").exists()
