"""A background job whose process is killed mid-job: the page reports it and recovers."""
import os
import signal
import time

from dash import Dash, DiskcacheManager, Input, Output, html
from dash.testing.wait import until


def test_rdr_background_killed_job_is_reported_on_the_page(dash_duo, tmpdir):
    import diskcache

    app = Dash(__name__, background_callback_manager=DiskcacheManager(
        diskcache.Cache(str(tmpdir.join("cache")))))
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Div("idle", id="status"),
            html.Div(id="pid"),
            html.Div("none", id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        background=True,
        running=[(Output("status", "children"), "running", "idle")],
        progress=Output("pid", "children"),
        prevent_initial_call=True,
    )
    def doomed(set_progress, n):
        set_progress(str(os.getpid()))
        time.sleep(60)
        return "never"

    dash_duo.start_server(app, debug=True, dev_tools_hot_reload=False)
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#status", "running")
    pid = int(until(lambda: dash_duo.find_element("#pid").text, timeout=10))
    os.kill(pid, signal.SIGKILL)
    # Reported in the dev tools' error list, `running` restored, the output untouched.
    dash_duo.wait_for_text_to_equal("#status", "idle", timeout=10)
    dash_duo.wait_for_contains_text(".dash-fe-error__title", "worker stopped", timeout=10)
    assert dash_duo.find_element("#out").text == "none"
