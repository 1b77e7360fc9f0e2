"""callback_context / ctx and set_props: inside dispatched calls, threads, and by hand."""
import threading
from contextvars import copy_context

import pytest

import dash
from dash import ALL, MATCH, Dash, Input, Output, State, ctx, html, set_props
from dash import exceptions
from dash._callback_context import FalsyList, context_value
from dash._dispatch import execute, parse_request
from dash._utils import AttributeDict


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def post(app, body):
    return app.server.test_client().post("/_dash-update-component", json=body)


def spec_id(app, index=0):
    return app._callback_list[index]["callback_id"]


def test_outside_a_callback_is_a_clear_error():
    with pytest.raises(exceptions.MissingCallbackContextException, match="only available while a callback runs"):
        ctx.triggered  # noqa: B018
    with pytest.raises(exceptions.MissingCallbackContextException):
        set_props("x", {"children": 1})
    assert dash.callback_context is ctx


def test_single_output_fields():
    app = new_app()
    seen = {}

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), State("inp", "value"))
    def update(n, value):
        seen.update(
            triggered=ctx.triggered,
            triggered_id=ctx.triggered_id,
            triggered_prop_ids=ctx.triggered_prop_ids,
            inputs=ctx.inputs,
            states=ctx.states,
            inputs_list=ctx.inputs_list,
            states_list=ctx.states_list,
            outputs_list=ctx.outputs_list,
            args_grouping=ctx.args_grouping,
            outputs_grouping=ctx.outputs_grouping,
            using=(ctx.using_args_grouping, ctx.using_outputs_grouping),
        )
        return "ok"

    body = {
        "callback_id": spec_id(app),
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "btn", "property": "n_clicks", "value": 2}],
        "state": [{"id": "inp", "property": "value", "value": "v"}],
        "changedPropIds": ["btn.n_clicks"],
    }
    assert post(app, body).status_code == 200
    assert seen["triggered"] == [{"prop_id": "btn.n_clicks", "value": 2}]
    assert seen["triggered_id"] == "btn"
    assert seen["triggered_prop_ids"] == {"btn.n_clicks": "btn"}
    assert seen["inputs"] == {"btn.n_clicks": 2} and seen["states"] == {"inp.value": "v"}
    assert seen["inputs_list"] == [{"id": "btn", "property": "n_clicks", "value": 2}]
    assert seen["states_list"] == [{"id": "inp", "property": "value", "value": "v"}]
    assert seen["outputs_list"] == {"id": "out", "property": "children"}
    assert seen["outputs_grouping"] == {"id": "out", "property": "children"}
    assert seen["args_grouping"] == [
        {"id": "btn", "property": "n_clicks", "value": 2, "str_id": "btn", "triggered": True},
        {"id": "inp", "property": "value", "value": "v", "str_id": "inp", "triggered": False},
    ]
    assert seen["using"] == (False, False)

    body["changedPropIds"] = []
    post(app, body)
    assert seen["triggered"] == [{"prop_id": ".", "value": None}]
    assert not seen["triggered"] and isinstance(seen["triggered"], FalsyList)
    assert seen["triggered_id"] is None and seen["triggered_prop_ids"] == {}


def test_wildcard_and_grouped_fields():
    app = new_app()
    seen = {}

    @app.callback(
        output={"rows": Output({"type": "row", "index": ALL}, "children"), "title": Output("title", "children")},
        inputs={"clicks": Input({"type": "btn", "index": ALL}, "n_clicks"), "extra": (State("s", "value"),)},
    )
    def update(clicks, extra):
        seen.update(
            args=(clicks, extra),
            triggered_id=ctx.triggered_id,
            inputs=ctx.inputs,
            args_grouping=ctx.args_grouping,
            outputs_grouping=ctx.outputs_grouping,
            outputs_list=ctx.outputs_list,
            using=(ctx.using_args_grouping, ctx.using_outputs_grouping),
        )
        return {"rows": [c or 0 for c in clicks], "title": "t"}

    btn = lambda i, v: {"id": {"type": "btn", "index": i}, "property": "n_clicks", "value": v}  # noqa: E731
    row = lambda i: {"id": {"type": "row", "index": i}, "property": "children"}  # noqa: E731
    body = {
        "callback_id": spec_id(app),
        "outputs": [[row(1), row(2)], {"id": "title", "property": "children"}],
        "inputs": [[btn(1, 5), btn(2, None)]],
        "state": [{"id": "s", "property": "value", "value": "x"}],
        "changedPropIds": ['{"index":1,"type":"btn"}.n_clicks'],
    }
    response = post(app, body)
    assert response.status_code == 200
    assert response.get_json()["response"] == {
        '{"index":1,"type":"row"}': {"children": 5},
        '{"index":2,"type":"row"}': {"children": 0},
        "title": {"children": "t"},
    }
    assert seen["args"] == ([5, None], ("x",))
    assert seen["triggered_id"] == {"type": "btn", "index": 1}
    assert seen["triggered_id"].index == 1
    assert seen["inputs"] == {'{"index":1,"type":"btn"}.n_clicks': 5, '{"index":2,"type":"btn"}.n_clicks': None}
    assert seen["args_grouping"]["clicks"][0]["triggered"] is True
    assert seen["args_grouping"]["clicks"][1]["triggered"] is False
    assert seen["args_grouping"]["extra"][0]["str_id"] == "s"
    assert seen["outputs_grouping"] == {"rows": [row(1), row(2)], "title": {"id": "title", "property": "children"}}
    assert seen["outputs_list"] == [[row(1), row(2)], {"id": "title", "property": "children"}]
    assert seen["using"] == (True, True)


def test_match_callback_sees_concrete_ids():
    app = new_app()

    @app.callback(Output({"i": MATCH}, "children"), Input({"i": MATCH}, "value"))
    def update(value):
        # as upstream, a single dependency's args_grouping is the item, not a list of one
        assert ctx.args_grouping["id"] == {"i": 7} and ctx.args_grouping.triggered
        return f"{ctx.triggered_id['i']}:{value}"

    body = {
        "callback_id": spec_id(app),
        "outputs": {"id": {"i": 7}, "property": "children"},
        "inputs": [{"id": {"i": 7}, "property": "value", "value": "v"}],
        "changedPropIds": ['{"i":7}.value'],
    }
    assert post(app, body).get_json()["response"] == {'{"i":7}': {"children": "7:v"}}
    body["inputs"][0]["id"] = {"i": 8}
    response = post(app, body)
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == "MATCH values differ for key 'i': 7 and 8"


def test_response_cookies_headers_and_timing():
    app = new_app()

    @app.callback(Output("o", "children"), Input("i", "value"))
    def update(value):
        ctx.response.set_cookie("seen", "yes")
        ctx.response.headers["X-From-Callback"] = "1"
        ctx.record_timing("work", 0.0123, "heavy")
        return ctx.cookies.get("c", "none") + "|" + ctx.path

    client = app.server.test_client()
    client.set_cookie("c", "cookie-value")
    body = {"callback_id": spec_id(app), "outputs": {"id": "o", "property": "children"},
            "inputs": [{"id": "i", "property": "value", "value": 1}]}
    response = client.post("/_dash-update-component", json=body)
    assert response.get_json()["response"]["o"]["children"] == "cookie-value|/_dash-update-component"
    assert "seen=yes" in response.headers["Set-Cookie"]
    assert response.headers["X-From-Callback"] == "1"
    assert response.headers["Server-Timing"] == 'work;dur=12;desc="heavy"'
    assert response.headers["Content-Type"] == "application/json"


def test_manual_context_as_in_dash_testing_docs():
    def callback_under_test():
        return ctx.triggered_id, ctx.triggered[0]["prop_id"], ctx.inputs

    def run():
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "btn-1.n_clicks"}]))
        return callback_under_test()

    assert copy_context().run(run) == ("btn-1", "btn-1.n_clicks", {})


def test_set_props_without_hook_collects_and_with_hook_forwards():
    app = new_app()
    forwarded = []

    @app.callback(Input("b", "n_clicks"))
    def side(n):
        set_props("x", {"children": n})
        set_props({"t": "y", "i": 1}, {"value": 1})
        set_props("x", {"title": "t"})

    body = {"callback_id": spec_id(app), "inputs": [{"id": "b", "property": "n_clicks", "value": 4}]}
    response = post(app, body)
    assert response.status_code == 200
    assert response.get_json() == {
        "multi": True,
        "response": {},
        "sideUpdate": {"x": {"children": 4, "title": "t"}, '{"i":1,"t":"y"}': {"value": 1}},
    }
    with app.server.test_request_context():
        entry, call = parse_request(app, body)
    result = execute(entry, call, set_props_hook=lambda sid, props: forwarded.append((sid, props)))
    assert forwarded == [("x", {"children": 4}), ('{"i":1,"t":"y"}', {"value": 1}), ("x", {"title": "t"})]
    assert result.side_update == {} and result.prevented


def test_concurrent_calls_in_threads_are_isolated():
    app = new_app()
    barrier = threading.Barrier(2)

    @app.callback(Output("o", "children"), Input("i", "value"))
    def update(value):
        barrier.wait(timeout=5)  # both calls are inside their context at once
        set_props("side", {"v": value})
        return ctx.triggered[0]["value"]

    results = {}

    def call(value):
        body = {"callback_id": spec_id(app), "outputs": {"id": "o", "property": "children"},
                "inputs": [{"id": "i", "property": "value", "value": value}], "changedPropIds": ["i.value"]}
        results[value] = post(app, body).get_json()

    threads = [threading.Thread(target=call, args=(v,)) for v in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for value in ("a", "b"):
        assert results[value]["response"] == {"o": {"children": value}}
        assert results[value]["sideUpdate"] == {"side": {"v": value}}
