"""POST _dash-update-component through Flask's test client: answers, errors, validation."""
import json
import logging
import pickle

import pytest

from dash import ALL, Dash, Input, Output, Patch, State, ctx, html, no_update, set_props
from dash.exceptions import PreventUpdate
from dash._dispatch import CallRequest, execute, parse_request


@pytest.fixture
def app():
    app = Dash(__name__)
    app.layout = html.Div()

    @app.callback(Output("out", "children"), Input("in", "value"), State("st", "value"))
    def single(value, state):
        if value == "prevent":
            raise PreventUpdate
        if value == "boom":
            raise ValueError("secret detail")
        if value == "noup":
            return no_update
        if value == "object":
            return object()
        return f"{value}/{state}"

    @app.callback(
        Output("a", "children"), Output("b", "children"), Output({"t": "r", "i": ALL}, "children"),
        Input("multi", "value"),
    )
    def multi(value):
        if value == "short":
            return 1, 2
        if value == "scalar":
            return 5
        if value == "bad-all":
            return 1, 2, [1]
        if value == "all-noup":
            return no_update, no_update, no_update
        if value == "patch":
            patch = Patch()
            patch.append("x")
            return patch, no_update, [no_update, 3]
        return value, no_update, ["r1", "r2"]

    @app.callback(output={"x": Output("dx", "children")}, inputs={"v": Input("dict", "value")})
    def by_dict(v):
        return {"y": v} if v == "wrong-key" else {"x": v}

    @app.callback(Input("side", "n_clicks"))
    def no_output(n):
        set_props("target", {"children": n})
        if n == 2:
            raise PreventUpdate
        return "oops" if n == 3 else None

    return app


def cid(app, output):
    return next(s["callback_id"] for s in app._callback_list if s["output"].startswith(output))


def post(app, body):
    return app.server.test_client().post("/_dash-update-component", json=body)


def single_body(app, value, **extra):
    body = {
        "callback_id": cid(app, "out.children"),
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": value}],
        "state": [{"id": "st", "property": "value", "value": "s"}],
        "changedPropIds": ["in.value"],
    }
    body.update(extra)
    return body


def multi_body(app, value):
    rows = [{"id": {"t": "r", "i": i}, "property": "children"} for i in (1, 2)]
    return {
        "callback_id": cid(app, "..a.children"),
        "outputs": [{"id": "a", "property": "children"}, {"id": "b", "property": "children"}, rows],
        "inputs": [{"id": "multi", "property": "value", "value": value}],
        "changedPropIds": [],
    }


def test_single_output_200(app):
    response = post(app, single_body(app, "v"))
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.get_json() == {"multi": True, "response": {"out": {"children": "v/s"}}}


def test_outputs_as_list_of_one_and_legacy_body_without_callback_id(app):
    body = single_body(app, "v", outputs=[{"id": "out", "property": "children"}])
    assert post(app, body).get_json()["response"] == {"out": {"children": "v/s"}}
    del body["callback_id"]
    assert post(app, body).get_json()["response"] == {"out": {"children": "v/s"}}


def test_prevent_update_and_no_update_are_204(app):
    assert post(app, single_body(app, "prevent")).status_code == 204
    assert post(app, single_body(app, "noup")).status_code == 204
    assert post(app, multi_body(app, "all-noup")).status_code == 204


def test_multi_output_omits_no_update_and_serializes_patch(app):
    response = post(app, multi_body(app, "hello")).get_json()["response"]
    assert response == {
        "a": {"children": "hello"},
        '{"i":1,"t":"r"}': {"children": "r1"},
        '{"i":2,"t":"r"}': {"children": "r2"},
    }
    response = post(app, multi_body(app, "patch")).get_json()["response"]
    assert response == {
        "a": {"children": {"__dash_patch_update": "__dash_patch_update",
                           "operations": [{"operation": "Append", "location": [], "params": {"value": "x"}}]}},
        '{"i":2,"t":"r"}': {"children": 3},
    }


def test_dict_grouping(app):
    body = {"callback_id": cid(app, "..dx.children"), "outputs": [{"id": "dx", "property": "children"}],
            "inputs": [{"id": "dict", "property": "value", "value": 9}]}
    assert post(app, body).get_json()["response"] == {"dx": {"children": 9}}


def test_no_output_callback_side_updates(app):
    body = {"callback_id": cid(app, ""), "inputs": [{"id": "side", "property": "n_clicks", "value": 1}]}
    body["callback_id"] = next(s["callback_id"] for s in app._callback_list if s["no_output"])
    assert post(app, body).get_json() == {"multi": True, "response": {}, "sideUpdate": {"target": {"children": 1}}}
    body["inputs"][0]["value"] = 2  # PreventUpdate after set_props still sends the side update
    assert post(app, body).get_json()["sideUpdate"] == {"target": {"children": 2}}


@pytest.mark.parametrize(
    "value, message",
    [
        ("short", r"does not fit its outputs at the return value: expected 3 values, got 2"),
        ("scalar", "expected a list or tuple of 3 values, got int"),
        ("bad-all", r"must return a list of 2 values for wildcard output \{\"i\":\[\"ALL\"\],\"t\":\"r\"\}\.children; got 1"),
    ],
)
def test_invalid_return_values_name_callback_and_output(app, value, message):
    app._debug = True
    error = post(app, multi_body(app, value)).get_json()["error"]
    assert error["type"] == "InvalidCallbackReturnValue"
    assert "test_dispatch.app.<locals>.multi" in error["message"]
    assert "..a.children...b.children" in error["message"]
    assert __import__("re").search(message, error["message"])


def test_invalid_dict_keys_and_no_output_value_and_unserializable(app):
    app._debug = True
    body = {"callback_id": cid(app, "..dx.children"), "outputs": [{"id": "dx", "property": "children"}],
            "inputs": [{"id": "dict", "property": "value", "value": "wrong-key"}]}
    assert "expected keys ['x'], got ['y']" in post(app, body).get_json()["error"]["message"]
    body = {"callback_id": next(s["callback_id"] for s in app._callback_list if s["no_output"]),
            "inputs": [{"id": "side", "property": "n_clicks", "value": 3}]}
    assert "has no outputs but returned str 'oops'" in post(app, body).get_json()["error"]["message"]
    message = post(app, single_body(app, "object")).get_json()["error"]["message"]
    assert "returned a value of type object for output out.children, which is not JSON serializable" in message


def test_500_without_traceback_unless_debug(app, caplog):
    with caplog.at_level(logging.ERROR, logger="dash"):
        response = post(app, single_body(app, "boom"))
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error == {"type": "ValueError", "message": "Callback error updating out.children"}
    assert "secret detail" not in response.get_data(as_text=True)
    assert "secret detail" in caplog.text and "Traceback" in caplog.text

    app._debug = True
    error = post(app, single_body(app, "boom")).get_json()["error"]
    assert error["message"] == "secret detail" and error["type"] == "ValueError"
    assert "Traceback" in error["traceback"] and "raise ValueError" in error["traceback"]


def test_on_error_callback_then_app_level():
    handled = []
    app = Dash(__name__, on_error=lambda err: handled.append(("app", str(err))))
    app.layout = html.Div()

    @app.callback(Output("a", "children"), Input("i", "value"),
                  on_error=lambda err: f"handled {err}")
    def own(value):
        raise RuntimeError("x")

    @app.callback(Output("b", "children"), Input("i", "value"))
    def fallback(value):
        set_props("msg", {"children": "failed"})
        raise RuntimeError("y")

    body = {"callback_id": cid(app, "a.children"), "outputs": {"id": "a", "property": "children"},
            "inputs": [{"id": "i", "property": "value", "value": 1}]}
    assert post(app, body).get_json()["response"] == {"a": {"children": "handled x"}}
    body.update(callback_id=cid(app, "b.children"), outputs={"id": "b", "property": "children"})
    assert post(app, body).get_json() == {"multi": True, "response": {}, "sideUpdate": {"msg": {"children": "failed"}}}
    assert handled == [("app", "y")]


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda b: "not json", "request body is not valid JSON"),
        (lambda b: [1], "request body must be a JSON object"),
        (lambda b: {**b, "callback_id": "nope"}, "unknown callback 'nope'"),
        (lambda b: {**b, "callback_id": 5}, "'callback_id' must be a string"),
        (lambda b: {k: v for k, v in b.items() if k not in ("callback_id", "output")}, "needs a 'callback_id'"),
        (lambda b: {**b, "output": "other.children"}, "'output' does not match"),
        (lambda b: {**b, "outputs": "x"}, "'outputs' must be a list"),
        (lambda b: {**b, "outputs": {"id": "zzz", "property": "children"}}, r"outputs\[0\]: zzz.children does not match out.children"),
        (lambda b: {**b, "inputs": None}, "'inputs' must be a list"),
        (lambda b: {**b, "inputs": []}, "'inputs' has 0 items, the callback has 1"),
        (lambda b: {**b, "inputs": b["inputs"] * 2}, "'inputs' has 2 items, the callback has 1"),
        (lambda b: {**b, "inputs": [5]}, r"inputs\[0\]: expected an object"),
        (lambda b: {**b, "inputs": [{"id": ["x"], "property": "value"}]}, r"inputs\[0\]: 'id' must be a string"),
        (lambda b: {**b, "inputs": [{"id": {"a": [1]}, "property": "value"}]}, r"inputs\[0\]: 'id' must be a string"),
        (lambda b: {**b, "inputs": [{"id": "in", "property": 3}]}, r"inputs\[0\]: 'property' must be a string"),
        (lambda b: {**b, "inputs": [{"id": "in", "property": "other"}]}, r"inputs\[0\]: in.other does not match in.value"),
        (lambda b: {**b, "state": []}, "'state' has 0 items"),
        (lambda b: {**b, "changedPropIds": "in.value"}, "'changedPropIds' must be a list of strings"),
        (lambda b: {**b, "changedPropIds": [1]}, "'changedPropIds' must be a list of strings"),
    ],
)
def test_malformed_requests_are_400(app, mutate, message):
    body = mutate(single_body(app, "v"))
    client = app.server.test_client()
    if isinstance(body, str):
        response = client.post("/_dash-update-component", data=body, content_type="application/json")
    else:
        response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert set(error) == {"message"}
    assert __import__("re").search(message, error["message"]), error["message"]


@pytest.mark.parametrize(
    "rows, message",
    [
        ({"id": {"t": "r", "i": 1}, "property": "children"}, r"outputs\[2\]: expected a list of matches"),
        ([{"id": {"t": "other", "i": 1}, "property": "children"}], r"outputs\[2\]\[0\]: .* does not match"),
        ([{"id": {"t": "r"}, "property": "children"}], r"outputs\[2\]\[0\]: .* does not match"),
        ([{"id": {"t": "r", "i": 1, "x": 2}, "property": "children"}], r"outputs\[2\]\[0\]: .* does not match"),
    ],
)
def test_malformed_wildcard_lists_are_400(app, rows, message):
    body = multi_body(app, "v")
    body["outputs"][2] = rows
    response = post(app, body)
    assert response.status_code == 400
    assert __import__("re").search(message, response.get_json()["error"]["message"])


def test_call_request_is_plain_data(app):
    with app.server.test_request_context():
        entry, call = parse_request(app, json.dumps(multi_body(app, "v")))
    as_dict = call.to_dict()
    assert CallRequest.from_dict(json.loads(json.dumps(as_dict))) == call
    assert pickle.loads(pickle.dumps(call)) == call
    result = execute(entry, CallRequest.from_dict(as_dict))
    assert result.response["a"] == {"children": "v"} and not result.prevented


def test_background_entry_executes_with_progress_hook():
    app = Dash(__name__)
    app.layout = html.Div()

    @app.callback(Output("o", "children"), Input("go", "n_clicks"), background=True,
                  progress=[Output("p", "value"), Output("p", "max")])
    def job(set_progress, n):
        set_progress((1, 10))
        set_props("log", {"children": "started"})
        return n * 2

    body = {"callback_id": cid(app, "o.children"), "outputs": {"id": "o", "property": "children"},
            "inputs": [{"id": "go", "property": "n_clicks", "value": 21}]}
    with app.server.test_request_context():
        entry, call = parse_request(app, body)
    events = []
    result = execute(entry, call, progress_hook=lambda v: events.append(("progress", v)),
                     set_props_hook=lambda sid, props: events.append((sid, props)))
    assert events == [("progress", (1, 10)), ("log", {"children": "started"})]
    assert result.response == {"o": {"children": 42}}


def test_set_props_accepts_patch(app):
    @app.callback(Input("patcher", "n_clicks"))
    def patcher(n):
        patch = Patch()
        patch["rows"].append(n)
        set_props("grid", {"data": patch})

    spec = app._callback_list[-1]
    body = {"callback_id": spec["callback_id"], "inputs": [{"id": "patcher", "property": "n_clicks", "value": 1}]}
    assert post(app, body).get_json()["sideUpdate"] == {
        "grid": {"data": {"__dash_patch_update": "__dash_patch_update",
                          "operations": [{"operation": "Append", "location": ["rows"], "params": {"value": 1}}]}}
    }


def test_background_callbacks_are_handed_to_the_job_manager(tmp_path):
    diskcache = pytest.importorskip("diskcache")
    from dash import DiskcacheManager

    app = Dash(__name__, background_callback_manager=DiskcacheManager(diskcache.Cache(str(tmp_path))))
    app.layout = html.Div()

    @app.callback(Output("o", "children"), Input("go", "n_clicks"), background=True)
    def job(n):
        # the job runs in another process, with a copy of the request's details
        return n * 2 if ctx.path == "/_dash-update-component" else "no request copy"

    body = {"callback_id": cid(app, "o.children"), "outputs": {"id": "o", "property": "children"},
            "inputs": [{"id": "go", "property": "n_clicks", "value": 21}]}
    client = app.server.test_client()
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 202
    token = response.get_json()["job"]["token"]
    events = response.get_json()["events"]
    for _ in range(40):
        if any(e["type"] == "result" for e in events):
            break
        events += client.get(f"/_dash-jobs/{token}?after={len(events)}&wait=500").get_json()["events"]
    assert {"seq": len(events), "type": "result", "response": {"o": {"children": 42}}} in events
