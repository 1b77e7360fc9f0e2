"""async def callbacks in the browser: ordinary ones with ctx, set_props, running and
prevent_initial_call, and background ones with progress and cancel."""
import asyncio
import os

import psutil

from dash import Dash, DiskcacheManager, Input, Output, ctx, html, no_update, set_props
from dash.testing.wait import until


def test_rdr_async_callbacks_update_the_page(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button("go", id="go"), html.Div("idle", id="out"), html.Div(id="side"), html.Div(id="state")]
    )

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        running=[(Output("state", "children"), "running", "done")],
        prevent_initial_call=True,
    )
    async def slow(n):
        await asyncio.sleep(0.3)
        set_props("side", {"children": f"side {ctx.triggered_id}"})
        return f"clicked {n}" if n < 3 else no_update

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "idle")
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#state", "running")
    dash_duo.wait_for_text_to_equal("#out", "clicked 1")
    dash_duo.wait_for_text_to_equal("#side", "side go")
    dash_duo.wait_for_text_to_equal("#state", "done")
    assert dash_duo.get_logs() == []


def test_rdr_async_background_progress_and_cancel(dash_duo, tmpdir):
    import diskcache

    app = Dash(__name__, background_callback_manager=DiskcacheManager(diskcache.Cache(str(tmpdir))))
    app.layout = html.Div(
        [html.Button("run", id="run"), html.Button("stop", id="stop"), html.Div(id="progress"),
         html.Div("none", id="result")]
    )

    @app.callback(
        Output("result", "children"),
        Input("run", "n_clicks"),
        background=True,
        progress=Output("progress", "children"),
        cancel=Input("stop", "n_clicks"),
        prevent_initial_call=True,
    )
    async def work(set_progress, n):
        for step in range(3):
            set_progress(f"step {step}")
            await asyncio.sleep(0.2)
        if n > 1:
            set_progress(f"awaiting in {os.getpid()}")
            await asyncio.sleep(60)
        return f"finished {n}"

    dash_duo.start_server(app)
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_text_to_equal("#progress", "step 2")
    dash_duo.wait_for_text_to_equal("#result", "finished 1")
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_contains_text("#progress", "awaiting in")
    pid = int(dash_duo.find_element("#progress").text.split()[-1])
    dash_duo.find_element("#stop").click()
    until(lambda: not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE, 3,
          msg="the cancelled async job's process never went away")
    assert dash_duo.find_element("#result").text == "finished 1"
    assert dash_duo.get_logs() == []


def test_rdr_async_patterns_patch_prevent_update_and_on_error(dash_duo):
    from dash import ALL, MATCH, Patch
    from dash.exceptions import PreventUpdate

    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button(f"row {i}", id={"type": "row", "i": i}) for i in range(2)]
        + [html.Div(id={"type": "out", "i": i}) for i in range(2)]
        + [html.Div(id="count"), html.Button("add", id="add"), html.Div(["a"], id="items"),
           html.Button("fail", id="fail"), html.Div(id="failure"), html.Div("kept", id="kept")]
    )

    @app.callback(Output({"type": "out", "i": MATCH}, "children"), Input({"type": "row", "i": MATCH}, "n_clicks"),
                  prevent_initial_call=True)
    async def row(n):
        await asyncio.sleep(0)
        return f"{ctx.triggered_id['i']} clicked {n}"

    @app.callback(output={"total": Output("count", "children")}, inputs={"clicks": Input({"type": "row", "i": ALL}, "n_clicks")})
    async def count(clicks):
        return {"total": sum(c or 0 for c in clicks)}

    @app.callback(Output("items", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    async def add(n):
        patch = Patch()
        patch.append(f"item {n}")
        return patch

    async def show_failure(err):
        set_props("failure", {"children": f"handled: {err}"})

    @app.callback(Output("kept", "children"), Input("fail", "n_clicks"), prevent_initial_call=True,
                  on_error=show_failure)
    async def fail(n):
        if n == 1:
            raise PreventUpdate
        raise ValueError("async failure")

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#count", "0")
    dash_duo.find_element(dash_id_selector({"type": "row", "i": 1})).click()
    dash_duo.wait_for_text_to_equal(dash_id_selector({"type": "out", "i": 1}), "1 clicked 1")
    dash_duo.wait_for_text_to_equal("#count", "1")
    dash_duo.find_element("#add").click()
    dash_duo.wait_for_text_to_equal("#items", "aitem 1")
    dash_duo.find_element("#fail").click()
    dash_duo.find_element("#fail").click()
    dash_duo.wait_for_text_to_equal("#failure", "handled: async failure")
    assert dash_duo.find_element("#kept").text == "kept"


def dash_id_selector(dash_id) -> str:
    import json

    return "[id='" + json.dumps(dash_id, sort_keys=True, separators=(",", ":")) + "']"
