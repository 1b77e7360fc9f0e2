"""The DOM that dash.testing suites select in dcc components: Dash 4's element tree and classes."""
import time

from dash import Dash, Input, Output, dcc, html


def test_dropdown_dom(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Dropdown(["Red", "Green", "Blue"], "Green", id="one", className="picker", style={"width": "300px"}),
            dcc.Dropdown(["Red", "Green", "Blue"], ["Red", "Blue"], id="many", multi=True),
            html.Div(id="one-out"),
            html.Div(id="many-out"),
        ],
        id="page",
    )

    @app.callback(Output("one-out", "children"), Output("many-out", "children"), Input("one", "value"), Input("many", "value"))
    def echo(one, many):
        return str(one), str(many)

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#one-out", "Green")
    # A wrapper (taking style) holds a focus target and the trigger button (taking id and className).
    wrappers = dash_duo.find_elements("#page > .dash-dropdown-wrapper")
    assert len(wrappers) == 2
    assert wrappers[0].value_of_css_property("width") == "300px"
    trigger = dash_duo.find_element(".dash-dropdown-wrapper > button#one.dash-dropdown.picker")
    assert trigger.get_attribute("aria-expanded") == "false"
    assert dash_duo.find_element("#one .dash-dropdown-trigger .dash-dropdown-value-item").text == "Green"
    assert [item.text for item in dash_duo.find_elements("#many .dash-dropdown-value-item")] == ["Red", "Blue"]
    assert dash_duo.find_element("#many .dash-dropdown-value-count").text == "2 selected"
    assert dash_duo.find_elements(".dash-dropdown-content") == []

    # Opening puts the menu beside the trigger: search box, options list with indexed options.
    trigger.click()
    dash_duo.wait_for_element(".dash-dropdown-wrapper > [data-radix-popper-content-wrapper] > .dash-dropdown-content")
    assert trigger.get_attribute("aria-expanded") == "true"
    options = dash_duo.find_elements(".dash-dropdown-options .dash-dropdown-option")
    assert [o.get_attribute("data-option-index") for o in options] == ["0", "1", "2"]
    assert [o.get_attribute("aria-selected") for o in options] == ["false", "true", "false"]
    assert dash_duo.find_element(".dash-dropdown-option.selected input[type=radio]").get_attribute("value") == "Green"
    dash_duo.find_element('.dash-dropdown-option[data-option-index="2"]').click()
    dash_duo.wait_for_text_to_equal("#one-out", "Blue")
    dash_duo.wait_for_no_elements(".dash-dropdown-content")
    dash_duo.wait_for_text_to_equal("#one .dash-dropdown-trigger", "Blue")

    # Multi: Select/Deselect All, check boxes, a search that can find nothing; the menu stays open.
    dash_duo.find_element("#many").click()
    buttons = dash_duo.find_elements(".dash-dropdown-actions .dash-dropdown-action-button")
    assert [b.text for b in buttons] == ["Select All", "Deselect All"]
    assert len(dash_duo.find_elements(".dash-dropdown-option input[type=checkbox]")) == 3
    dash_duo.find_element('.dash-dropdown-option[data-option-index="1"]').click()
    dash_duo.wait_for_text_to_equal("#many-out", "['Red', 'Blue', 'Green']")
    assert dash_duo.find_elements(".dash-dropdown-content")
    dash_duo.find_element(".dash-dropdown-search").send_keys("zzz")
    dash_duo.wait_for_text_to_equal(".dash-dropdown-options .dash-dropdown-option", "No options found")
    buttons[1].click()
    dash_duo.wait_for_text_to_equal("#many-out", "['Red', 'Blue', 'Green']")  # nothing shown, nothing removed
    dash_duo.clear_input(dash_duo.find_element(".dash-dropdown-search"))
    dash_duo.find_elements(".dash-dropdown-action-button")[1].click()
    dash_duo.wait_for_text_to_equal("#many-out", "[]")
    # dash.testing's helper opens the menu and picks by index or by label.
    dash_duo.find_element("#many").click()
    dash_duo.wait_for_no_elements(".dash-dropdown-content")
    dash_duo.select_dcc_dropdown("#one", value="Red")
    dash_duo.wait_for_text_to_equal("#one-out", "Red")
    assert dash_duo.get_logs() == []


def test_tabs_choices_input_dom(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Tabs(
                id="tabs",
                value="b",
                children=[
                    dcc.Tab(label="A", value="a", id="tab-a", children="content a"),
                    dcc.Tab(label="B", value="b", children="content b"),
                    dcc.Tab(label="C", value="c", disabled=True),
                ],
            ),
            dcc.Checklist(["x", "y"], ["y"], id="check", inline=True, inputClassName="box"),
            dcc.RadioItems(["p", "q"], "p", id="radio"),
            dcc.Input(id="num", type="number", value=3, min=0, max=4, step=2, className="boxed"),
            html.Div(id="num-out"),
        ]
    )

    @app.callback(Output("num-out", "children"), Input("num", "value"))
    def echo(value):
        return str(value)

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#tabs-parent.tab-parent > #tabs.tab-container")
    assert [t.text for t in dash_duo.find_elements("#tabs > .tab")] == ["A", "B", "C"]
    dash_duo.wait_for_element("#tabs > .tab.tab--selected:nth-child(2)")
    dash_duo.wait_for_element("#tabs > .tab.tab--disabled:nth-child(3)")
    assert dash_duo.find_element("#tabs-parent > .tab-content").text == "content b"
    dash_duo.find_element("#tab-a:not(.tab--disabled)").click()
    dash_duo.wait_for_contains_class("#tab-a", "tab--selected")
    dash_duo.wait_for_text_to_equal("#tabs-parent > .tab-content", "content a")

    labels = dash_duo.find_elements("#check.dash-options-list.dash-checklist > label.dash-options-list-option")
    assert [label.get_attribute("class").split() for label in labels] == [
        ["dash-options-list-option", "dash-checklist-inline"],
        ["dash-options-list-option", "selected", "dash-checklist-inline"],
    ]
    assert dash_duo.find_element("#check .selected input.dash-options-list-option-checkbox.box").get_attribute("value") == "y"
    dash_duo.find_element("#check .dash-options-list-option-text").click()
    dash_duo.wait_for_element("#check label:first-child.selected")
    assert dash_duo.find_element("#radio.dash-radioitems .selected .dash-options-list-option-text").text == "p"

    # Number inputs sit in a container with − and + steppers that keep within min/max.
    dash_duo.wait_for_element(".dash-input-container.dash-input.boxed > input#num.dash-input-element")
    dash_duo.find_element(".boxed .dash-stepper-increment").click()
    dash_duo.wait_for_text_to_equal("#num-out", "4")
    assert dash_duo.find_element(".boxed .dash-stepper-increment").get_attribute("disabled") == "true"
    dash_duo.find_element(".boxed .dash-stepper-decrement").click()
    dash_duo.wait_for_text_to_equal("#num-out", "2")


def test_loading_and_slider_dom(dash_duo):
    app = Dash(__name__)
    kinds = {"default": "dash-default-spinner", "circle": "dash-sk-circle", "cube": "dash-cube-container", "dot": "dash-dot-spinner"}
    app.layout = html.Div(
        [html.Button("go", id="go")]
        + [dcc.Loading(html.Div("idle", id=f"out-{kind}"), type=kind, id=f"load-{kind}", className=f"spin-{kind}") for kind in kinds]
        + [
            dcc.Slider(0, 10, 5, value=3, id="slider"),
            dcc.RangeSlider(0, 20, 1, value=[5, 15], id="range", marks=None),
        ]
    )

    @app.callback([Output(f"out-{kind}", "children") for kind in kinds], Input("go", "n_clicks"), prevent_initial_call=True)
    def work(n):
        time.sleep(1.5)
        return [f"done {n}"] * len(kinds)

    dash_duo.start_server(app)
    assert dash_duo.find_elements(".dash-spinner") == []
    dash_duo.find_element("#go").click()
    for kind, spinner_class in kinds.items():
        dash_duo.wait_for_element(f"#load-{kind} > .spin-{kind} > .dash-spinner.{spinner_class}")
    assert len(dash_duo.find_elements(".dash-sk-circle > .dash-sk-child")) == 12
    assert len(dash_duo.find_elements(".dash-cube-container .dash-cube-side")) == 6
    assert not dash_duo.find_element("#out-default").is_displayed()
    dash_duo.wait_for_text_to_equal("#out-default", "done 1")
    dash_duo.wait_for_no_elements(".dash-spinner")

    # Slider: a typed-value box, marks (those past the value marked outside the selection), one thumb.
    assert [m.text for m in dash_duo.find_elements("#slider .dash-slider-root.has-marks > .dash-slider-mark")] == ["0", "5", "10"]
    assert len(dash_duo.find_elements("#slider .dash-slider-mark-outside-selection")) == 2
    thumb = dash_duo.find_element("#slider .dash-slider-thumb.dash-slider-thumb-1")
    assert thumb.get_attribute("role") == "slider" and thumb.get_attribute("aria-valuenow") == "3"
    assert dash_duo.find_element("#slider .dash-range-slider-max-input").get_attribute("value") == "3"
    # RangeSlider: a box per bound, thumbs labelled Minimum and Maximum, no marks when marks=None.
    assert dash_duo.find_elements("#range .dash-slider-mark") == []
    assert [t.get_attribute("aria-label") for t in dash_duo.find_elements("#range .dash-slider-thumb")] == ["Minimum", "Maximum"]
    assert dash_duo.find_element("#range .dash-range-slider-min-input").get_attribute("max") == "15"


def test_datatable_column_classes(dash_duo):
    from dash import dash_table

    app = Dash(__name__)
    app.layout = dash_table.DataTable(
        id="table", columns=[{"name": "A", "id": "a"}, {"name": "B", "id": "b"}],
        data=[{"a": 1, "b": "x"}], sort_action="native", filter_action="native",
    )
    dash_duo.start_server(app)
    # Headers, filters and cells carry `column-<index>`; header buttons sit in `.column-actions`.
    dash_duo.wait_for_text_to_equal("#table .dash-header.column-1 .column-header-name", "B")
    assert dash_duo.find_elements("#table .dash-header.column-0 .column-actions .column-header--sort")
    assert dash_duo.find_elements("#table .dash-filter.column-1 input")
    cell = dash_duo.find_element('#table td.dash-cell.column-1[data-dash-row="0"] .dash-cell-value')
    assert cell.text == "x" and "unfocused" in cell.get_attribute("class").split()
