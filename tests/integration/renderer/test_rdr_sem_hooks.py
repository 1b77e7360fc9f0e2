"""Renderer hooks: the payload the request hooks see, layout hooks, and the expired-JWT
retry with `request_refresh_jwt`."""
from multiprocessing import Value

import flask
import pytest

from dash import Dash, Input, Output, State, dcc, html


def test_rdr_sem_hooks_payload_shape(dash_duo):
    hooks = {
        "request_pre": "(p) => { (window.pre = window.pre || []).push(JSON.parse(JSON.stringify(p))); }",
        "request_post": "(p, r) => { (window.post = window.post || []).push(JSON.parse(JSON.stringify([p, r]))); }",
    }
    app = Dash(__name__, hooks=hooks)
    app.layout = html.Div(
        [
            dcc.Input(id={"k": "in", "n": 1}, value="a"),
            dcc.Input(id="st", value="s"),
            html.Div(id="plain"),
            html.Div(id="stated"),
        ]
    )

    @app.callback(Output("plain", "children"), Input({"k": "in", "n": 1}, "value"), prevent_initial_call=True)
    def plain(v):
        return v

    @app.callback(
        Output("stated", "children"),
        Input({"k": "in", "n": 1}, "value"),
        State("st", "value"),
        prevent_initial_call=True,
    )
    def stated(v, s):
        return v + s

    dash_duo.start_server(app)
    dash_duo.find_element("input").send_keys("b")
    dash_duo.wait_for_text_to_equal("#stated", "abs")
    dash_duo.wait_for_text_to_equal("#plain", "ab")
    pre = sorted(dash_duo.driver.execute_script("return window.pre"), key=lambda p: p["output"])
    changed = '{"k":"in","n":1}.value'
    assert pre[0] == {
        "output": "plain.children",
        "outputs": {"id": "plain", "property": "children"},
        "inputs": [{"id": {"k": "in", "n": 1}, "property": "value", "value": "ab"}],
        "changedPropIds": [changed],
        "parsedChangedPropsIds": [{"k": "in", "n": 1}],
    }
    assert pre[1]["state"] == [{"id": "st", "property": "value", "value": "s"}]
    post = sorted(dash_duo.driver.execute_script("return window.post"), key=lambda p: p[0]["output"])
    assert post[0] == [pre[0], {"plain": {"children": "ab"}}]
    assert dash_duo.get_logs() == []


def test_rdr_sem_layout_hooks(dash_duo):
    hooks = {
        "layout_pre": "() => { window.preRan = !document.getElementById('inner'); }",
        "layout_post": "(layout) => { layout.props.children[0].props.children = 'from layout_post'; }",
    }
    app = Dash(__name__, hooks=hooks)
    app.layout = html.Div([html.Div("from server", id="inner"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inner", "children"))
    def echo(text):
        return f"callback saw: {text}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#inner", "from layout_post")
    # The edited layout is the one callbacks read.
    dash_duo.wait_for_text_to_equal("#out", "callback saw: from layout_post")
    assert dash_duo.driver.execute_script("return window.preRan") is True


@pytest.mark.parametrize("status", [401, 400])
def test_rdr_sem_refresh_jwt(dash_duo, status):
    hooks = {
        "request_refresh_jwt": "(old) => { window.olds = (window.olds || []).concat([old]); return (old || '') + 'x'; }",
    }
    app = Dash(__name__, hooks=hooks)
    app.layout = html.Div([html.Button("go", id="btn"), html.Div(id="out")])
    wanted = Value("i", 0)

    @app.server.before_request
    def check_token():
        if not flask.request.path.endswith("_dash-update-component") or not wanted.value:
            return None
        token = flask.request.headers.get("Authorization", "")
        if token != "Bearer " + "x" * wanted.value:
            flask.request.get_json(silent=True)
            flask.abort(status, description="JWT Expired, try again")
        return None

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def clicked(n):
        wanted.value = n  # the next request needs a longer token
        return f"clicks {n}"

    dash_duo.start_server(app)
    btn = dash_duo.find_element("#btn")
    btn.click()  # no token needed yet
    dash_duo.wait_for_text_to_equal("#out", "clicks 1")
    btn.click()  # rejected once, refreshed to "x", retried
    dash_duo.wait_for_text_to_equal("#out", "clicks 2")
    btn.click()  # "x" now too short: refreshed to "xx"
    dash_duo.wait_for_text_to_equal("#out", "clicks 3")
    assert dash_duo.driver.execute_script("return window.olds") == [None, "x"]
    # Only the two rejected requests show in the console.
    assert len(dash_duo.get_logs()) == 2
