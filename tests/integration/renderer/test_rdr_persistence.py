"""User edits of persisted props survive a reload; a changed layout value wins."""
from dash import Dash, Input, Output, dcc, html


def test_rdr_persistence_local(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="name", value="initial", persistence=True, persisted_props=["value"]),
            dcc.Input(id="plain", value="initial"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("name", "value"), Input("plain", "value"))
    def show(name, plain):
        return f"{name}/{plain}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "initial/initial")
    for selector in ("#name", "#plain"):
        dash_duo.clear_input(selector)
        dash_duo.find_element(selector).send_keys("edited")
    dash_duo.wait_for_text_to_equal("#out", "edited/edited")

    dash_duo.driver.refresh()
    dash_duo.wait_for_text_to_equal("#out", "edited/initial")
    assert dash_duo.find_element("#name").get_attribute("value") == "edited"
