"""Text-like inputs, choices, dropdowns, sliders and dcc.Button in a real browser: each
component is set from a callback and reports a user's action back into a callback."""
import json
import time

from dash import Dash, Input, Output, dcc, html
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


def _echo(app, component_id, prop, out_id=None):
    """Register a callback writing `component_id.prop` as JSON into `out_id`."""

    @app.callback(Output(out_id or f"{component_id}-out", "children"), Input(component_id, prop))
    def echo(value):
        return json.dumps(value)


def test_text_inputs_and_button(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="text", value="start"),
            dcc.Input(id="lazy", debounce=True),
            dcc.Input(id="num", type="number", debounce=0.3, min=0, max=100, step=1),
            dcc.Textarea(id="area"),
            dcc.Button("press", id="btn"),
            html.Button("fill", id="fill"),
            html.Div(id="text-out"),
            html.Div(id="lazy-out"),
            html.Div(id="submit-out"),
            html.Div(id="num-out"),
            html.Div(id="area-out"),
            html.Div(id="btn-out"),
        ]
    )
    _echo(app, "text", "value")
    _echo(app, "lazy", "value")
    _echo(app, "num", "value")
    _echo(app, "area", "value")
    _echo(app, "btn", "n_clicks")

    @app.callback(Output("submit-out", "children"), Input("lazy", "n_submit"), Input("lazy", "n_blur"))
    def submits(n_submit, n_blur):
        return f"submit={n_submit} blur={n_blur}"

    @app.callback(
        Output("text", "value"), Output("area", "value"), Output("num", "value"),
        Input("fill", "n_clicks"), prevent_initial_call=True,
    )
    def fill(_):
        return "from callback", "line1\nline2", 7

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#text-out", '"start"')
    # Unset props reach callbacks as None (defaults live in the component, not the layout).
    dash_duo.wait_for_text_to_equal("#submit-out", "submit=None blur=None")

    dash_duo.find_element("#text").send_keys("!")
    dash_duo.wait_for_text_to_equal("#text-out", '"start!"')

    lazy = dash_duo.find_element("#lazy")
    lazy.send_keys("abc")
    time.sleep(0.5)  # debounce=True: nothing is sent while typing
    assert dash_duo.find_element("#lazy-out").text == "null"
    lazy.send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#lazy-out", '"abc"')
    dash_duo.wait_for_text_to_equal("#submit-out", "submit=1 blur=None")
    dash_duo.find_element("#area").click()  # blurs #lazy
    dash_duo.wait_for_text_to_equal("#submit-out", "submit=1 blur=1")

    dash_duo.find_element("#num").send_keys("42")
    dash_duo.wait_for_text_to_equal("#num-out", "42")  # a number, not a string
    dash_duo.find_element("#num").send_keys("0")
    dash_duo.wait_for_text_to_equal("#num-out", "null")  # 420 > max

    dash_duo.find_element("#area").send_keys("hello")
    dash_duo.wait_for_text_to_equal("#area-out", '"hello"')

    dash_duo.find_element("#btn").click()
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#btn-out", "2")

    dash_duo.find_element("#fill").click()
    dash_duo.wait_for_text_to_equal("#text-out", '"from callback"')
    assert dash_duo.find_element("#text").get_attribute("value") == "from callback"
    assert dash_duo.find_element("#area").get_attribute("value") == "line1\nline2"
    assert dash_duo.find_element("#num").get_attribute("value") == "7"
    assert dash_duo.get_logs() == []


def test_choices_and_dropdowns(dash_duo):
    many = [f"option {i}" for i in range(10000)]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Checklist(id="check", options=["a", "b", "c"], value=["a"]),
            dcc.RadioItems(
                id="radio",
                options=[
                    {"label": "One", "value": 1},
                    {"label": "Two", "value": 2},
                    {"label": html.Span("Styled", id="styled-label"), "value": 3},
                ],
            ),
            dcc.Dropdown(id="single", options={"nyc": "New York", "mtl": "Montreal"}, value="nyc"),
            dcc.Dropdown(id="multi", options=many, multi=True),
            html.Button("set", id="set"),
            html.Div(id="check-out"),
            html.Div(id="radio-out"),
            html.Div(id="single-out"),
            html.Div(id="multi-out"),
        ]
    )
    for component_id in ("check", "radio", "single", "multi"):
        _echo(app, component_id, "value")

    @app.callback(
        Output("check", "value"), Output("radio", "value"), Output("single", "options"), Output("single", "value"),
        Output("multi", "options"),
        Input("set", "n_clicks"), prevent_initial_call=True,
    )
    def set_all(_):
        cities = [{"label": "Paris", "value": "par"}, {"label": "Oslo", "value": "osl"}]
        return ["b", "c"], 2, cities, "osl", many[:100]

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#check-out", '["a"]')

    dash_duo.find_elements("#check input")[2].click()
    dash_duo.wait_for_text_to_equal("#check-out", '["a", "c"]')
    dash_duo.find_elements("#check input")[0].click()
    dash_duo.wait_for_text_to_equal("#check-out", '["c"]')

    dash_duo.find_elements("#radio input")[1].click()
    dash_duo.wait_for_text_to_equal("#radio-out", "2")
    dash_duo.wait_for_text_to_equal("#radio #styled-label", "Styled")  # a component label

    assert dash_duo.find_element("#single .dash-dropdown-value").text == "New York"
    dash_duo.select_dcc_dropdown("#single", "Montreal")
    dash_duo.wait_for_text_to_equal("#single-out", '"mtl"')
    dash_duo.find_element("#single .dash-dropdown-clear").click()
    dash_duo.wait_for_text_to_equal("#single-out", "null")

    # 10k options: only a window of them is in the DOM; search reaches the last one.
    # The open menu sits beside the trigger button, in the dropdown's wrapper.
    dash_duo.find_element("#multi").click()
    rendered = dash_duo.find_elements(".dash-dropdown-content .dash-dropdown-option")
    assert 0 < len(rendered) < 100
    dash_duo.find_element(".dash-dropdown-search").send_keys("option 9999")
    dash_duo.wait_for_text_to_equal(".dash-dropdown-option", "option 9999")
    dash_duo.find_element(".dash-dropdown-option").click()
    dash_duo.wait_for_text_to_equal("#multi-out", '["option 9999"]')
    search = dash_duo.find_element(".dash-dropdown-search")
    dash_duo.clear_input(search)
    search.send_keys("option 12")
    dash_duo.wait_for_text_to_equal('.dash-dropdown-option[data-option-index="0"]', "option 12")
    dash_duo.find_element('.dash-dropdown-option[data-option-index="0"]').click()
    dash_duo.wait_for_text_to_equal("#multi-out", '["option 9999", "option 12"]')
    search.send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(".dash-dropdown-content")

    dash_duo.find_element("#set").click()
    dash_duo.wait_for_text_to_equal("#check-out", '["b", "c"]')
    dash_duo.wait_for_text_to_equal("#single .dash-dropdown-value", "Oslo")
    # "option 9999" is no longer offered, so it leaves the value.
    dash_duo.wait_for_text_to_equal("#multi-out", '["option 12"]')
    assert [box.is_selected() for box in dash_duo.find_elements("#check input")] == [False, True, True]
    assert dash_duo.find_elements("#radio input")[1].is_selected()
    assert dash_duo.get_logs() == []


def test_sliders(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Slider(id="slider", min=0, max=10, step=1, value=3, tooltip={"always_visible": True, "template": "{value} kg"}),
            dcc.RangeSlider(id="range", min=0, max=100, step=5, value=[10, 60], marks={0: "zero", 50: "half", 100: "all"}),
            dcc.Slider(id="drag", min=0, max=1, step=0.1, value=0.5, updatemode="drag"),
            html.Button("reset", id="reset"),
            html.Div(id="slider-out"),
            html.Div(id="range-out"),
            html.Div(id="drag-out"),
            html.Div(id="slider-drag-out"),
        ],
        style={"width": "600px"},
    )
    _echo(app, "slider", "value")
    _echo(app, "range", "value")
    _echo(app, "drag", "value")
    _echo(app, "slider", "drag_value", "slider-drag-out")

    @app.callback(Output("slider", "value"), Output("range", "value"), Input("reset", "n_clicks"), prevent_initial_call=True)
    def reset(_):
        return 9, [20, 25]

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#slider-out", "3")
    assert dash_duo.find_element("#slider .dash-slider-tooltip").text == "3 kg"
    assert [m.text for m in dash_duo.find_elements("#range .dash-slider-mark")] == ["zero", "half", "all"]

    handle = dash_duo.find_element("#slider .dash-slider-thumb")
    handle.send_keys(Keys.ARROW_RIGHT)
    handle.send_keys(Keys.ARROW_RIGHT)
    dash_duo.wait_for_text_to_equal("#slider-out", "5")
    handle.send_keys(Keys.END)
    dash_duo.wait_for_text_to_equal("#slider-out", "10")

    # Dragging reports drag_value as it goes and value (updatemode="mouseup") on release.
    body = dash_duo.find_element("#slider .dash-slider-root")
    # The handle sits at 10 (the right end): moving it left by 80% of the rail lands on 2.
    actions = ActionChains(dash_duo.driver).click_and_hold(handle)
    actions.move_by_offset(-int(body.size["width"] * 0.8), 0).perform()
    dash_duo.wait_for_text_to_equal("#slider-drag-out", "2")
    assert dash_duo.find_element("#slider-out").text == "10"
    ActionChains(dash_duo.driver).release().perform()
    dash_duo.wait_for_text_to_equal("#slider-out", "2")

    # Direct input snaps to the step and keeps the handles ordered.
    upper = dash_duo.find_elements("#range .dash-range-slider-input")[1]
    dash_duo.clear_input(upper)
    upper.send_keys("73", Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#range-out", "[10, 75]")

    # A click on the rail moves the nearest handle.
    dash_duo.click_at_coord_fractions("#drag .dash-slider-root", 0.8, 0.5)
    dash_duo.wait_for_text_to_equal("#drag-out", "0.8")

    dash_duo.find_element("#reset").click()
    dash_duo.wait_for_text_to_equal("#range-out", "[20, 25]")
    dash_duo.wait_for_text_to_equal("#slider .dash-slider-tooltip", "9 kg")
    assert dash_duo.find_element("#slider .dash-slider-thumb").get_attribute("aria-valuenow") == "9"
    assert dash_duo.get_logs() == []
