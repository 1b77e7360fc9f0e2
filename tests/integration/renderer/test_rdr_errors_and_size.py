"""Error display in debug mode, render errors contained, and a 5,000-component layout."""
import time

from dash import Dash, Input, Output, html


def test_rdr_callback_error_in_devtools(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("boom", id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def boom(n):
        raise ValueError(f"broken callback {n}")

    dash_duo.start_server(app, debug=True, use_reloader=False, use_debugger=True, dev_tools_hot_reload=False)
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "1")
    # As upstream: titled by the callback, the traceback in its (expandable) detail.
    assert dash_duo.find_element(".dash-fe-error__title").text == "Callback error updating out.children"
    dash_duo.find_element(".test-devtools-error-toggle").click()
    assert "ValueError: broken callback 1" in dash_duo.find_element(".dash-backend-error").text
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "2")


def test_rdr_unknown_component_is_contained(dash_duo):
    app = Dash(__name__)
    ghost = html.Div(id="ghost")
    ghost._type = "NoSuchThing"
    app.layout = html.Div([html.Div("fine", id="ok"), ghost])
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#ok", "fine")
    box = dash_duo.find_element(".dash-component-error")
    assert "NoSuchThing" in box.text


def test_rdr_5000_components(dash_duo):
    app = Dash(__name__)
    rows = [html.Div(f"row {i}", id=f"r{i}", className="row") for i in range(5000)]
    app.layout = html.Div([html.Button("go", id="btn"), html.Div(id="out"), html.Div(rows)])

    @app.callback(Output("r4999", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def last(n):
        return f"clicked {n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#r4999", "row 4999")
    assert len(dash_duo.find_elements(".row")) == 5000
    start = time.time()
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#r4999", "clicked 1")
    assert time.time() - start < 5


def test_rdr_missing_id_reported_in_debug(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btnn", "n_clicks"))
    def typo(n):
        return n

    dash_duo.start_server(app, debug=True, use_reloader=False, dev_tools_hot_reload=False)
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "1")
    assert dash_duo.find_element(".dash-fe-error__title").text == "ID not found in layout"
    dash_duo.find_element(".test-devtools-error-toggle").click()
    assert '"btnn"' in dash_duo.find_element(".dash-backend-error").text
