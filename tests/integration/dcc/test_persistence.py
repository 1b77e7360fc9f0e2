"""`persistence=True` alone persists each component's user-editable props (upstream's
`persisted_props` defaults) in localStorage (upstream's `persistence_type` default)."""
import json

from dash import Dash, Input, Output, dcc, html

# Upstream's defaults: every one persists to "local".
UPSTREAM_PERSISTED_PROPS = {
    "Checklist": ["value"],
    "DatePickerRange": ["start_date", "end_date"],
    "DatePickerSingle": ["date"],
    "Dropdown": ["value"],
    "Input": ["value"],
    "RadioItems": ["value"],
    "RangeSlider": ["value"],
    "Slider": ["value"],
    "Tabs": ["value"],
    "Textarea": ["value"],
}


def _app() -> Dash:
    app = Dash(__name__)
    options = ["a", "b", "c"]
    app.layout = html.Div(
        [
            dcc.Input(id="input", value="initial", persistence=True),
            dcc.Textarea(id="area", value="initial", persistence=True),
            dcc.Checklist(id="checks", options=options, value=["a"], persistence=True),
            dcc.RadioItems(id="radio", options=options, value="a", persistence=True),
            dcc.Dropdown(id="dropdown", options=options, value="a", persistence=True),
            dcc.Input(id="plain", value="initial"),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("input", "value"), Input("area", "value"), Input("checks", "value"),
        Input("radio", "value"), Input("dropdown", "value"), Input("plain", "value"),
    )
    def show(*values):
        return json.dumps(values)

    return app


def test_dcc_persistence_defaults_declared(dash_duo):
    dash_duo.start_server(_app())
    dash_duo.wait_for_element("#out")
    declared = dash_duo.driver.execute_script(
        "const c = window.dash_core_components; const names = arguments[0];"
        "return Object.fromEntries(names.map((n) => [n, c[n].dashPersistence]));",
        list(UPSTREAM_PERSISTED_PROPS),
    )
    assert declared == {
        name: {"persisted_props": props, "persistence_type": "local"}
        for name, props in UPSTREAM_PERSISTED_PROPS.items()
    }


def test_dcc_persistence_true_survives_reload(dash_duo):
    dash_duo.start_server(_app())
    initial = json.dumps(["initial", "initial", ["a"], "a", "a", "initial"])
    dash_duo.wait_for_text_to_equal("#out", initial)

    for selector in ("#input", "#area", "#plain"):
        dash_duo.clear_input(selector)
        dash_duo.find_element(selector).send_keys("typed")
    dash_duo.find_elements("#checks input")[1].click()
    dash_duo.find_elements("#radio input")[2].click()
    dash_duo.select_dcc_dropdown("#dropdown", "b")
    edited = json.dumps(["typed", "typed", ["a", "b"], "c", "b", "typed"])
    dash_duo.wait_for_text_to_equal("#out", edited)

    dash_duo.driver.refresh()
    # Everything but the unpersisted input comes back as the user left it.
    dash_duo.wait_for_text_to_equal("#out", json.dumps(["typed", "typed", ["a", "b"], "c", "b", "initial"]))
    assert dash_duo.find_element("#input").get_attribute("value") == "typed"
    assert dash_duo.find_element("#plain").get_attribute("value") == "initial"
    stored = dash_duo.driver.execute_script(
        "return [Object.keys(localStorage).length, Object.keys(sessionStorage).length]"
    )
    assert stored[0] >= 5 and stored[1] == 0
    assert dash_duo.get_logs() == []
