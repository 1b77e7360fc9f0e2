"""Dev-mode prop checks of our own components (html, dcc, dash_table), which declare their
prop types as metadata type strings rather than React propTypes: a wrong value is
reported with prop, component and id; a correct app with many components reports nothing;
nothing is checked without debug or with dev_tools_props_check=False."""
import time

from dash import Dash, Input, Output, dash_table, dcc, html

DEBUG = dict(debug=True, use_reloader=False, dev_tools_hot_reload=False)


def error_titles(dash_duo):
    return [e.text for e in dash_duo.find_elements(".dash-fe-error__title")]


def wait_for_error_count(dash_duo, count):
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", str(count))


def bad_input_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("break", id="break"),
            html.Button("retab", id="retab"),
            dcc.Input(id="x", value="fine"),
            dcc.Tabs(id="tabs", value="a", children=[dcc.Tab(label="A", value="a"), dcc.Tab(label="B", value="b")]),
            html.Div(id="done"),
        ]
    )

    @app.callback(Output("x", "value"), Output("done", "children"), Input("break", "n_clicks"), prevent_initial_call=True)
    def break_it(_):
        return {"not": "a string"}, "broken"

    @app.callback(Output("tabs", "value"), Input("retab", "n_clicks"), prevent_initial_call=True)
    def retab(_):
        return 7

    return app


def test_dvpc001_wrong_type_from_callback_reported(dash_duo, error_list):
    app = bad_input_app()
    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_element("#x")
    time.sleep(0.3)
    assert error_titles(dash_duo) == []

    dash_duo.find_element("#break").click()
    dash_duo.wait_for_text_to_equal("#done", "broken")
    wait_for_error_count(dash_duo, 1)
    assert error_titles(dash_duo) == [
        'Invalid argument `value` passed into Input with ID "x". expected `string` or `number` Value provided: {"not":"a string"}'
    ]
    detail = error_list.detail(0)
    assert "expected `string` or `number`" in detail
    assert 'Value provided: {"not":"a string"}' in detail
    assert "dash_core_components.Input" in detail

    dash_duo.find_element("#retab").click()
    wait_for_error_count(dash_duo, 2)
    # the newest error comes first, as upstream lists them
    assert error_titles(dash_duo)[0].startswith('Invalid argument `value` passed into Tabs with ID "tabs".')
    assert "expected `string`" in error_list.detail(0)


def test_dvpc002_nested_problem_names_its_path(dash_duo, error_list):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("sort", id="sort"),
            dash_table.DataTable(id="table", columns=[{"id": "a", "name": "A"}], data=[{"a": 1}]),
        ]
    )

    @app.callback(Output("table", "sort_by"), Input("sort", "n_clicks"), prevent_initial_call=True)
    def sort(_):
        return [{"column_id": "a", "direction": "up"}]

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_element("#table")
    dash_duo.find_element("#sort").click()
    wait_for_error_count(dash_duo, 1)
    assert error_titles(dash_duo)[0].startswith('Invalid argument `sort_by` passed into DataTable with ID "table".')
    detail = error_list.detail(0)
    assert 'expected one of "asc", "desc" at `sort_by[0].direction`' in detail


def correct_app():
    app = Dash(__name__)
    figure = {
        "data": [{"x": [1, 2, 3], "y": [3, 1, 2], "type": "scatter"}],
        "layout": {"title": {"text": "ok"}, "height": 300},
    }
    app.layout = html.Div(
        [
            html.H1("Props check", id="title", style={"color": "navy"}, className="head"),
            html.A("link", href="#x", target="_blank", title="a link", tabIndex=1, hidden=False),
            html.Img(src="data:image/gif;base64,R0lGODlhAQABAAAAACw=", alt="dot", width=1, height=1),
            html.Button("press", id="press", n_clicks=0, disabled=False, type="button", **{"data-role": "btn", "aria-label": "press"}),
            html.Label(["Name", dcc.Input(id="name", value="Ann", type="text", debounce=True, placeholder="name")]),
            dcc.Input(id="num", value=3, type="number", min=0, max=10, step=1),
            dcc.Textarea(id="area", value="text", rows=3),
            dcc.Dropdown(
                id="dd",
                options=[{"label": "One", "value": 1}, {"label": "Two", "value": "two", "disabled": True}, {"label": html.B("Three"), "value": 3}],
                value=[1, 3],
                multi=True,
                clearable=False,
            ),
            dcc.Dropdown(id="dd2", options=["a", "b"], value="a"),
            dcc.Checklist(id="check", options=[{"label": "A", "value": "a"}, "b"], value=["a"], inline=True),
            dcc.RadioItems(id="radio", options={"x": "X", "y": "Y"}, value="x"),
            dcc.Slider(id="slider", min=0, max=10, step=1, value=4, marks={0: "zero", 5: {"label": "five", "style": {"color": "red"}}, 10: "ten"}),
            dcc.RangeSlider(id="range", min=0, max=20, value=[2, 8], marks=None, tooltip={"placement": "bottom", "always_visible": True}),
            dcc.Graph(id="graph", figure=figure, config={"displayModeBar": False, "responsive": True}, style={"height": "320px"}),
            dcc.Tabs(
                id="tabs",
                value="t1",
                children=[dcc.Tab(label="Tab one", value="t1", children=html.Div("first")), dcc.Tab(label="Tab two", value="t2", children="second")],
            ),
            dcc.Store(id="store", data={"a": [1, 2, {"b": None}]}, storage_type="memory"),
            dcc.Store(id="store2", data=[1, "x"]),
            dcc.Interval(id="interval", interval=60000, n_intervals=0, max_intervals=1),
            dcc.Markdown("# Title\n\nSome *markdown* and `code`.", id="md", link_target="_blank"),
            dcc.Upload(id="upload", children=html.Div(["Drop or ", html.A("select")]), multiple=True, accept=".csv"),
            dcc.Loading(html.Div("loaded", id="loaded"), id="loading", type="circle"),
            dcc.DatePickerSingle(id="date", date="2024-01-15", display_format="YYYY-MM-DD"),
            dcc.Clipboard(id="clip", target_id="title"),
            dcc.Location(id="url", refresh=False),
            dash_table.DataTable(
                id="table",
                columns=[
                    {"id": "name", "name": "Name"},
                    {"id": "n", "name": ["Group", "N"], "type": "numeric", "format": {"specifier": ".1f"}},
                    {"id": "ok", "name": "OK", "editable": True, "presentation": "input"},
                ],
                data=[{"name": "a", "n": 1.5, "ok": True}, {"name": "b", "n": None, "ok": False}],
                page_size=5,
                sort_action="native",
                filter_action="native",
                row_selectable="multi",
                style_cell={"textAlign": "left"},
                style_data_conditional=[
                    {"if": {"row_index": "odd"}, "backgroundColor": "#f8f8f8"},
                    {"if": {"column_id": "n", "filter_query": "{n} > 1"}, "color": "green"},
                ],
                style_header_conditional=[{"if": {"column_id": ["name", "n"]}, "fontWeight": "bold"}],
                tooltip_data=[{"name": "first row"}, {"name": {"value": "**second**", "type": "markdown"}}],
                css=[{"selector": ".dash-table", "rule": "width: 100%"}],
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Output("graph", "figure"),
        Output("dd", "value"),
        Output("table", "data"),
        Input("press", "n_clicks"),
        prevent_initial_call=True,
    )
    def press(n):
        new_figure = {"data": [{"x": [1, 2], "y": [n, n + 1], "type": "bar"}], "layout": {"height": 300}}
        return [html.Span(f"pressed {n}"), dcc.Link("home", href="/")], new_figure, [1], [{"name": "c", "n": n, "ok": True}]

    return app


def test_dvpc003_correct_app_reports_nothing(dash_duo):
    app = correct_app()
    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_element("#table")
    dash_duo.wait_for_text_to_equal("#loaded", "loaded")
    dash_duo.find_element("#press").click()
    dash_duo.wait_for_text_to_equal("#out", "pressed 1home")
    # User edits go through the same checks: type into inputs, switch tab, select a row.
    dash_duo.find_element("#name").send_keys("e")
    dash_duo.find_element("#num").send_keys("1")
    dash_duo.find_elements("#tabs .tab")[1].click()
    dash_duo.find_element("#table td.dash-cell").click()
    time.sleep(1)
    assert error_titles(dash_duo) == []
    assert dash_duo.find_elements(".test-devtools-error-count") == [] or (
        dash_duo.find_element(".test-devtools-error-count").text in ("", "0")
    )
    assert dash_duo.get_logs() == []


def test_dvpc004_no_checks_without_debug_or_when_disabled(dash_duo):
    app = bad_input_app()
    dash_duo.start_server(app, **DEBUG, dev_tools_props_check=False)
    dash_duo.wait_for_element(".dash-debug-menu")
    dash_duo.find_element("#break").click()
    dash_duo.wait_for_text_to_equal("#done", "broken")
    dash_duo.find_element("#retab").click()
    time.sleep(0.5)
    assert error_titles(dash_duo) == []
    config = dash_duo.driver.execute_script("return JSON.parse(document.getElementById('_dash-config').textContent);")
    assert (config["debug"], config["props_check"]) == (True, False)


def test_dvpc005_no_checks_in_production(dash_duo):
    app = bad_input_app()
    dash_duo.start_server(app, debug=False)
    dash_duo.find_element("#break").click()
    dash_duo.wait_for_text_to_equal("#done", "broken")
    dash_duo.find_element("#retab").click()
    time.sleep(0.5)
    assert dash_duo.find_elements(".dash-debug-menu") == []
    assert dash_duo.find_elements(".dash-fe-error__title") == []
