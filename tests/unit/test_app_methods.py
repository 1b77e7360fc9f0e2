"""Public methods of Dash beyond the decorators: startup routes, JSON APIs, CSP hashes."""
import base64
import hashlib

import pytest

from dash import Dash, Input, Output, ctx, html


@pytest.fixture
def startup_routes():
    saved = list(Dash.STARTUP_ROUTES)
    yield
    Dash.STARTUP_ROUTES[:] = saved


def test_startup_routes_are_served_by_apps_made_afterwards(startup_routes):
    Dash.add_startup_route("plugin/ping", lambda: "pong", ["POST"])
    app = Dash("startup_app", url_base_pathname="/base/")
    app.layout = html.Div()
    client = app.server.test_client()
    assert client.post("/base/_dash_startup_route/plugin/ping").data == b"pong"
    with pytest.raises(ValueError, match="GET.*POST"):
        Dash.add_startup_route("x", lambda: "", ["DELETE"])


def test_api_endpoint_serves_the_function_outside_any_callback():
    app = Dash("api_app")
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), api_endpoint="/api/double")
    def double(n_clicks):
        return {"value": n_clicks * 2, "in_callback": bool(ctx)}

    app.setup_apis()
    app.setup_apis()  # idempotent
    client = app.server.test_client()
    assert client.post("/api/double", json={"n_clicks": 4}).get_json() == {"value": 8, "in_callback": False}
    wrong = client.post("/api/double", json={"clicks": 4})
    assert wrong.status_code == 400 and "clicks" in wrong.get_json()["error"]["message"]
    assert client.post("/api/double", json=[1]).status_code == 400


def test_csp_hashes_cover_every_inline_script_of_the_page():
    app = Dash("csp_app")
    app.layout = html.Div([html.Div(id="a"), html.Div(id="b")])
    app.clientside_callback("function(v) { return v; }", Output("b", "children"), Input("a", "children"))
    page = app.server.test_client().get("/").get_data(as_text=True)
    inline = [
        chunk.split(">", 1)[1]
        for chunk in page.split("<script")[1:]
        if "src=" not in chunk.split(">", 1)[0] and "application/json" not in chunk.split(">", 1)[0]
    ]
    bodies = [chunk.split("</script>", 1)[0] for chunk in inline]
    expected = [
        "'sha384-" + base64.b64encode(hashlib.sha384(body.encode()).digest()).decode() + "'" for body in bodies
    ]
    assert sorted(app.csp_hashes("sha384")) == sorted(expected) and len(expected) == 2
    with pytest.raises(ValueError, match="sha256"):
        app.csp_hashes("sha999")


def test_layout_may_be_a_list_mixing_text_and_components():
    app = Dash("list_layout")
    app.layout = ["text", 3, html.Div(id="x")]
    assert app.server.test_client().get("/_dash-layout").get_json()[:2] == ["text", 3]


def test_extra_components_are_served_after_the_layout():
    from dash import dcc

    app = Dash("extra_components")
    app._extra_components.append(dcc.Store(id="extra", data=1))
    app.layout = html.Div(id="main")
    served = app.server.test_client().get("/_dash-layout").get_json()
    assert [item["props"]["id"] for item in served] == ["main", "extra"]


def test_callbacks_registered_while_a_callback_runs_are_sent_with_its_answer():
    app = Dash("dynamic_callbacks")
    app.layout = html.Div([html.Button(id="make"), html.Div(id="made"), html.Button(id="b"), html.Div(id="o")])

    @app.callback(Output("made", "children"), Input("make", "n_clicks"), _allow_dynamic_callbacks=True)
    def make(n):
        app.callback(Output("o", "children"), Input("b", "n_clicks"))(lambda m: f"dynamic {m}")
        return "made"

    client = app.server.test_client()
    (spec,) = client.get("/_dash-dependencies").get_json()
    body = client.post(
        "/_dash-update-component",
        json={"callback_id": spec["callback_id"], "output": spec["output"],
              "outputs": {"id": "made", "property": "children"},
              "inputs": [{"id": "make", "property": "n_clicks", "value": 1}], "changedPropIds": ["make.n_clicks"]},
    ).get_json()
    assert [s["output"] for s in body["callbacks"]] == ["o.children"]
    new = body["callbacks"][0]
    answer = client.post(
        "/_dash-update-component",
        json={"callback_id": new["callback_id"], "output": new["output"],
              "outputs": {"id": "o", "property": "children"},
              "inputs": [{"id": "b", "property": "n_clicks", "value": 2}], "changedPropIds": ["b.n_clicks"]},
    ).get_json()
    assert answer["response"]["o"]["children"] == "dynamic 2"
