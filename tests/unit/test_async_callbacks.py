"""async def callbacks through the Flask test client: the same features as sync ones."""
import asyncio
import threading

import pytest

from dash import ALL, Dash, Input, Output, Patch, ctx, exceptions, html, no_update, set_props


def _post(client, spec, inputs, outputs):
    return client.post(
        "/_dash-update-component",
        json={"callback_id": spec["callback_id"], "output": spec["output"], "outputs": outputs,
              "inputs": inputs, "changedPropIds": [f"{i['id']}.{i['property']}" for i in inputs if isinstance(i, dict)]},
    )


def _specs(app):
    client = app.server.test_client()
    return client, {s["output"]: s for s in client.get("/_dash-dependencies").get_json()}


def test_async_callback_sees_ctx_and_sets_props():
    app = Dash("async_basic")
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="a"), html.Div(id="b"), html.Div(id="side")])

    @app.callback(Output("a", "children"), Output("b", "children"), Input("btn", "n_clicks"))
    async def both(n):
        await asyncio.sleep(0)
        set_props("side", {"children": "from async"})
        ctx.record_timing("work", 0.001)
        return f"{ctx.triggered_id} {n}", Patch()

    client, specs = _specs(app)
    answer = _post(client, specs["..a.children...b.children.."],
                   [{"id": "btn", "property": "n_clicks", "value": 3}],
                   [{"id": "a", "property": "children"}, {"id": "b", "property": "children"}])
    body = answer.get_json()
    assert body["response"]["a"]["children"] == "btn 3"
    assert body["sideUpdate"]["side"]["children"] == "from async"
    assert "work;dur=1" in answer.headers["Server-Timing"]


def test_async_prevent_update_no_update_and_on_error():
    app = Dash("async_errors")
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="a"), html.Div(id="b")])

    @app.callback(Output("a", "children"), Input("btn", "n_clicks"))
    async def prevented(n):
        raise exceptions.PreventUpdate

    async def handled(err):
        return f"handled {err}"

    @app.callback(Output("b", "children"), Input("btn", "n_clicks"), on_error=handled)
    async def failing(n):
        await asyncio.sleep(0)
        raise ValueError("async boom")

    client, specs = _specs(app)
    click = [{"id": "btn", "property": "n_clicks", "value": 1}]
    assert _post(client, specs["a.children"], click, {"id": "a", "property": "children"}).status_code == 204
    body = _post(client, specs["b.children"], click, {"id": "b", "property": "children"}).get_json()
    assert body["response"]["b"]["children"] == "handled async boom"


def test_async_pattern_matching():
    app = Dash("async_patterns")
    app.layout = html.Div([html.Div(id={"i": 0}), html.Div(id={"i": 1}), html.Div(id="total")])

    @app.callback(Output("total", "children"), Input({"i": ALL}, "children"))
    async def total(values):
        return f"{len(ctx.inputs_list[0])} {values}" if values else no_update

    client, specs = _specs(app)
    inputs = [[{"id": {"i": 0}, "property": "children", "value": "x"},
               {"id": {"i": 1}, "property": "children", "value": "y"}]]
    body = _post(client, specs["total.children"], inputs, {"id": "total", "property": "children"}).get_json()
    assert body["response"]["total"]["children"] == "2 ['x', 'y']"


def test_two_requests_await_side_by_side():
    """The second request releases the first: it deadlocks unless both await at once."""
    app = Dash("async_concurrent")
    app.layout = html.Div([html.Div(id="in"), html.Div(id="wait"), html.Div(id="release")])
    released = {}

    @app.callback(Output("wait", "children"), Input("in", "children"))
    async def wait(v):
        released["event"] = asyncio.Event()
        await asyncio.wait_for(released["event"].wait(), 10)
        return "released"

    @app.callback(Output("release", "children"), Input("in", "children"))
    async def release(v):
        while "event" not in released:
            await asyncio.sleep(0.01)
        released["event"].set()
        return "done"

    _, specs = _specs(app)
    results = {}

    def call(output):
        client = app.server.test_client()
        name = output.split(".")[0]
        results[name] = _post(client, specs[output], [{"id": "in", "property": "children", "value": 1}],
                              {"id": name, "property": "children"}).get_json()

    threads = [threading.Thread(target=call, args=(o,)) for o in ("wait.children", "release.children")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(15)
    assert results["wait"]["response"]["wait"]["children"] == "released"
    assert results["release"]["response"]["release"]["children"] == "done"


def test_use_async_false_refuses_async_callbacks_at_registration():
    app = Dash("async_off", use_async=False)
    app.layout = html.Div()
    with pytest.raises(exceptions.IncorrectTypeException, match="use_async=False"):
        @app.callback(Output("a", "children"), Input("b", "n_clicks"))
        async def nope(n):
            return n
