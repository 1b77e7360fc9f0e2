"""Components as option labels of Checklist, RadioItems and Dropdown: a component or a list
of components renders bare inside the option (text labels keep their <span>), and the
components take part in callbacks, also in options a callback added later."""
from dash import MATCH, Dash, Input, Output, State, dcc, html


def _option(key):
    return {
        "label": [
            html.Button("press", id={"kind": "press", "key": key}),
            html.Span(id={"kind": "count", "key": key}, className="count"),
        ],
        "value": key,
    }


def test_opla001_component_labels_with_callbacks(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("more", id="more"),
            dcc.Checklist([_option("k0"), {"label": "plain", "value": "p"}], id="checks"),
            dcc.RadioItems([{"label": html.B("bold", id="bold"), "value": 1}], id="radio"),
        ]
    )

    @app.callback(Output("checks", "options"), Input("more", "n_clicks"), State("checks", "options"),
                  prevent_initial_call=True)
    def more(n, options):
        return [*options, _option(f"k{n}")]

    @app.callback(Output({"kind": "count", "key": MATCH}, "children"), Input({"kind": "press", "key": MATCH}, "n_clicks"))
    def count(n):
        return f"pressed {n}" if n else "idle"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal('#checks [data-option-index="0"] .count', "idle")
    # Text labels sit in a span, components directly in the option's text span.
    assert dash_duo.find_element('#checks [data-option-index="1"] .dash-options-list-option-text > span').text == "plain"
    assert dash_duo.find_element("#radio .dash-options-list-option-text > b#bold").text == "bold"
    assert dash_duo.find_element('#checks [data-option-index="0"] .dash-options-list-option-text > button')

    dash_duo.find_element("#more").click()
    dash_duo.wait_for_text_to_equal('#checks [data-option-index="2"] .count', "idle")
    for index in (0, 2):
        dash_duo.find_element(f'#checks [data-option-index="{index}"] button').click()
        dash_duo.wait_for_text_to_equal(f'#checks [data-option-index="{index}"] .count', "pressed 1")
    assert dash_duo.get_logs() == []


def test_opla002_dropdown_component_label_in_value(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        dcc.Dropdown([{"label": html.B("bold"), "value": 1}, {"label": "text", "value": 2}], value=1, id="dd")
    )
    dash_duo.start_server(app)
    assert dash_duo.wait_for_element("#dd .dash-dropdown-value-item > b").text == "bold"
    assert dash_duo.get_logs() == []
