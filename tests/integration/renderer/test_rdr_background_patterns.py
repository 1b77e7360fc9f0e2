"""Background callbacks in the browser beyond the basics: pattern-matching dependencies
and ``callback_context`` inside jobs, components created later by other callbacks, the
legacy ``app.long_callback``, and the embedded manager used when none is configured."""
import json
import logging
import time

from dash import ALL, ALLSMALLER, MATCH, Dash, DiskcacheManager, Input, Output, State, ctx, html
from dash.background_callback import submission


def _sel(**dash_id) -> str:
    return f"[id='{json.dumps(dash_id, sort_keys=True, separators=(',', ':'))}']"


def _manager(tmpdir):
    import diskcache

    return DiskcacheManager(diskcache.Cache(str(tmpdir.join("cache"))))


def _row(i: int) -> html.Div:
    return html.Div(
        [
            html.Button(f"run {i}", id={"type": "run", "i": i}),
            html.Div(f"label {i}", id={"type": "label", "i": i}),
            html.Div("idle", id={"type": "out", "i": i}),
        ]
    )


def test_rdr_background_pattern_matching_and_late_components(dash_duo, tmpdir):
    app = Dash(__name__, background_callback_manager=_manager(tmpdir),
               suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("add", id="add"), html.Div([_row(0)], id="rows")])

    @app.callback(Output("rows", "children"), Input("add", "n_clicks"), State("rows", "children"),
                  prevent_initial_call=True)
    def add_row(n, rows):
        return rows + [_row(n)]

    @app.callback(
        Output({"type": "out", "i": MATCH}, "children"),
        Input({"type": "run", "i": MATCH}, "n_clicks"),
        State({"type": "label", "i": ALL}, "children"),
        State({"type": "label", "i": ALLSMALLER}, "children"),
        background=True,
        prevent_initial_call=True,
    )
    def run(n, all_labels, smaller_labels):
        # Runs in a job process: the context and the wildcard values came with it.
        return (
            f"row {ctx.triggered_id['i']} clicked {n}: {len(all_labels)} rows,"
            f" {len(smaller_labels)} before it, via {ctx.triggered[0]['prop_id']}"
        )

    dash_duo.start_server(app)
    dash_duo.find_element(_sel(type="run", i=0)).click()
    dash_duo.wait_for_text_to_equal(
        _sel(type="out", i=0), 'row 0 clicked 1: 1 rows, 0 before it, via {"i":0,"type":"run"}.n_clicks'
    )
    # Rows added later by another callback: their jobs run and land in their own row.
    dash_duo.find_element("#add").click()
    dash_duo.find_element("#add").click()
    dash_duo.wait_for_text_to_equal(_sel(type="label", i=2), "label 2")
    dash_duo.find_element(_sel(type="run", i=2)).click()
    dash_duo.wait_for_text_to_equal(
        _sel(type="out", i=2), 'row 2 clicked 1: 3 rows, 2 before it, via {"i":2,"type":"run"}.n_clicks'
    )
    assert dash_duo.find_element(_sel(type="out", i=1)).text == "idle"
    assert dash_duo.get_logs() == []


def test_rdr_background_legacy_long_callback(dash_duo, tmpdir):
    """``app.long_callback`` with Dash 2.x arguments behaves as ``background=True``."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Button("stop", id="stop"),
            html.Div("idle", id="status"),
            html.Div(id="progress"),
            html.Div("none", id="out"),
        ]
    )

    @app.long_callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        manager=_manager(tmpdir),
        running=[(Output("status", "children"), "running", "idle")],
        cancel=[Input("stop", "n_clicks")],
        progress=[Output("progress", "children")],
        progress_default=["no progress"],
        interval=200,
        prevent_initial_call=True,
    )
    def slow(set_progress, n):
        for step in range(1, 4):
            set_progress(f"step {step}")
            time.sleep(0.3)
        if n > 1:
            time.sleep(30)  # the second run is cancelled
        return f"finished {n}"

    dash_duo.start_server(app)
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#status", "running")
    dash_duo.wait_for_text_to_equal("#progress", "step 3")
    dash_duo.wait_for_text_to_equal("#out", "finished 1")
    dash_duo.wait_for_text_to_equal("#status", "idle")
    dash_duo.wait_for_text_to_equal("#progress", "no progress")

    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#progress", "step 3")
    dash_duo.find_element("#stop").click()
    dash_duo.wait_for_text_to_equal("#status", "idle")
    assert dash_duo.find_element("#out").text == "finished 1"


def test_rdr_background_without_a_manager_uses_the_embedded_one(dash_duo, monkeypatch, caplog):
    monkeypatch.setattr(submission, "_embedded", None)
    caplog.set_level(logging.INFO, logger="dash.background_callback")
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Div("none", id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"),
                  background=True, prevent_initial_call=True)
    def job(n):
        return f"job {n}"

    dash_duo.start_server(app)
    for n in (1, 2):
        dash_duo.find_element("#go").click()
        dash_duo.wait_for_text_to_equal("#out", f"job {n}")
    notes = [r for r in caplog.records if "No background callback manager given" in r.getMessage()]
    assert len(notes) == 1
