"""Page-level behaviour: list layouts, request hooks, update_title."""
import time

from dash import Dash, Input, Output, html


def test_rdr_list_layout_and_request_hooks(dash_duo):
    hooks = {
        "request_pre": "function (payload) { window.preSeen = (window.preSeen || []).concat([payload.output]); }",
        "request_post": "function (payload, response) { window.postSeen = response; }",
    }
    app = Dash(__name__, hooks=hooks)
    app.layout = lambda: [html.Button("go", id="btn"), html.Div(id="out")]

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def show(n):
        return f"n={n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "n=None")
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#out", "n=1")
    assert dash_duo.driver.execute_script("return window.preSeen") == ["out.children", "out.children"]
    assert dash_duo.driver.execute_script("return window.postSeen") == {"out": {"children": "n=1"}}
    assert dash_duo.redux_state_paths["strs"]["btn"] == ["components", 0]


def test_rdr_update_title(dash_duo):
    app = Dash(__name__, title="My App", update_title="Working...")
    app.layout = html.Div([html.Button("go", id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def slow(n):
        time.sleep(1)
        return f"done {n}"

    dash_duo.start_server(app)
    assert dash_duo.driver.title == "My App"
    dash_duo.find_element("#btn").click()
    deadline = time.time() + 2
    while dash_duo.driver.title != "Working..." and time.time() < deadline:
        time.sleep(0.05)
    assert dash_duo.driver.title == "Working..."
    dash_duo.wait_for_text_to_equal("#out", "done 1")
    assert dash_duo.driver.title == "My App"
