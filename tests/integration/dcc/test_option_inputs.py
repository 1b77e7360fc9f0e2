"""Checklist/RadioItems inputs report the chosen state as a property, as browsers show it."""
from dash import Dash, Input, Output, dcc, html


def test_checkbox_checked_property_follows_clicks_on_input_and_text(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Checklist(["a", "b"], [], id="check"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("check", "value"))
    def show(value):
        return ",".join(value)

    dash_duo.start_server(app)
    inputs = dash_duo.find_elements("#check input")
    inputs[0].click()
    dash_duo.wait_for_text_to_equal("#out", "a")
    assert inputs[0].get_attribute("checked") == "true"
    dash_duo.find_elements("#check .dash-options-list-option-text")[1].click()
    dash_duo.wait_for_text_to_equal("#out", "a,b")
    assert dash_duo.find_elements("#check input")[1].get_attribute("checked") == "true"
    inputs[0].click()
    dash_duo.wait_for_text_to_equal("#out", "b")
    assert dash_duo.find_elements("#check input")[0].get_attribute("checked") is None
