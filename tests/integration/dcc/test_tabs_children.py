"""dcc.Tabs redraws its headers when a callback changes a child Tab's props."""
from dash import Dash, Input, Output, dcc, html


def test_tab_header_follows_a_callback_on_the_tab(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("lock", id="lock"),
            dcc.Tabs([dcc.Tab(label="A", value="a", id="tab-a"), dcc.Tab(label="B", value="b", id="tab-b")],
                     value="b", id="tabs"),
        ]
    )

    @app.callback(Output("tab-a", "disabled"), Output("tab-a", "label"), Input("lock", "n_clicks"),
                  prevent_initial_call=True)
    def lock(n):
        return True, "A (locked)"

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#tab-a:not(.tab--disabled)")
    dash_duo.find_element("#lock").click()
    dash_duo.wait_for_element("#tab-a.tab--disabled")
    dash_duo.wait_for_text_to_equal("#tab-a", "A (locked)")
