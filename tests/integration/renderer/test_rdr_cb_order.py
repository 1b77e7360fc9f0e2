"""Calls made again while an earlier one is in flight, and optional dependencies."""
import time
from multiprocessing import Value

from dash import Dash, Input, Output, State, html


def test_rdr_cb_retrigger_replaces_call_in_flight(dash_duo):
    calls = Value("i", 0)
    app = Dash(__name__)
    app.layout = html.Div([html.Button("hit", id="hit", n_clicks=0), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("hit", "n_clicks"))
    def slow_first(n):
        calls.value += 1
        if n == 1:
            time.sleep(1.5)  # answers after the later calls
        return f"n={n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "n=0")
    for _ in range(3):
        dash_duo.find_element("#hit").click()
    dash_duo.wait_for_text_to_equal("#out", "n=3")
    time.sleep(2)
    # Each click called it at once; the late answer for n=1 was ignored.
    assert calls.value == 4
    assert dash_duo.find_element("#out").text == "n=3"
    assert not dash_duo.redux_state_is_loading
    assert dash_duo.get_logs() == []


def test_rdr_cb_optional_dependencies(dash_duo):
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="slot"), html.Div(id="out")])

    @app.callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(_):
        return html.Button("late", id="late", n_clicks=5)

    @app.callback(
        Output("out", "children"),
        Input("add", "n_clicks"),
        Input("late", "n_clicks", allow_optional=True),
        State("late", "children", allow_optional=True),
    )
    def show(n, late, text):
        return f"{n} {late} {text}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "None None None")
    dash_duo.find_element("#add").click()
    dash_duo.wait_for_text_to_equal("#out", "1 5 late")
    assert dash_duo.get_logs() == []
