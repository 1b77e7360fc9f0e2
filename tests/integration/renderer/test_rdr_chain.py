"""Chained callbacks settle in one pass, each callback called once per change."""
from collections import Counter

from dash import Dash, Input, Output, html


def test_rdr_chain_settles_once(dash_duo):
    calls = Counter()
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="btn"),
            html.Div(id="a"),
            html.Div(id="b"),
            html.Div(id="c"),
            html.Div(id="d"),
        ]
    )

    @app.callback(Output("a", "children"), Input("btn", "n_clicks"))
    def to_a(n):
        calls["a"] += 1
        return f"a{n or 0}"

    @app.callback(Output("b", "children"), Input("a", "children"))
    def to_b(a):
        calls["b"] += 1
        return f"b({a})"

    @app.callback(Output("c", "children"), Input("a", "children"))
    def to_c(a):
        calls["c"] += 1
        return f"c({a})"

    # d waits for both branches of the diamond and must run once per change.
    @app.callback(Output("d", "children"), Input("b", "children"), Input("c", "children"))
    def to_d(b, c):
        calls["d"] += 1
        return f"{b}+{c}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#d", "b(a0)+c(a0)")
    assert dash_duo.find_element("#a").text == "a0"
    assert calls == Counter(a=1, b=1, c=1, d=1)

    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#d", "b(a1)+c(a1)")
    dash_duo._wait_for_callbacks()
    assert calls == Counter(a=2, b=2, c=2, d=2)
    assert dash_duo.get_logs() == []
