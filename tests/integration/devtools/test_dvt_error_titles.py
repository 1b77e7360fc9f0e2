"""Titles of Python errors in the dev tools: outputs, or the inputs of a callback without outputs."""
from dash import Dash, Input, Output, html

DEBUG = dict(debug=True, use_reloader=False, use_debugger=True, dev_tools_hot_reload=False)


def test_error_of_a_callback_without_outputs_names_its_inputs(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out")])

    @app.callback(Input("go", "n_clicks"), prevent_initial_call=True)
    def returns_a_value(n):
        return "a callback without outputs may not return this"

    @app.callback(Output("out", "children"), Input("out", "title"))
    def fails(title):
        raise ValueError("failed")

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_text_to_equal(".dash-fe-error__title", "Callback error updating out.children")
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal(dash_duo.devtools_error_count_locator, "2")
    titles = [e.text for e in dash_duo.find_elements(".dash-fe-error__title")]
    assert "Callback error with no output from input go.n_clicks" in titles


def test_running_output_naming_an_absent_component_is_reported_on_and_off(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"),
                  running=[(Output("nowhere", "children"), "on", "off")], prevent_initial_call=True)
    def work(n):
        return "done"

    dash_duo.start_server(app, **DEBUG)
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#out", "done")
    dash_duo.wait_for_text_to_equal(dash_duo.devtools_error_count_locator, "2")
    titles = {e.text for e in dash_duo.find_elements(".dash-fe-error__title")}
    assert titles == {"ID running component not found in layout"}
