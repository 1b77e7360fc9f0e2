"""Callback validation in the browser (debug mode), the debug menu's server light and the
callback graph's canvas and stored layout."""
import time

from dash import ALL, MATCH, Dash, Input, Output, State, dcc, html

DEBUG = dict(debug=True, use_reloader=False, dev_tools_hot_reload=False)


def test_dvt030_invalid_declarations_reported_and_nothing_runs(dash_duo, error_list):
    app = Dash(__name__)
    app.layout = html.Div([html.Div("in", id="in"), html.Div(id="out"), html.Div(id="other")])

    @app.callback(Output("out", "children"), Output("out", "children"), Input("in", "children"))
    def twice(value):
        return value, value

    @app.callback(Output({"k": ALL}, "children"), Output({"k": 1}, "children"), Input("", ""))
    def wild(value):
        return [value], value

    @app.callback(Output("other", "children"), Input("in", "children"))
    def unrelated(value):
        return f"ran with {value}"

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "4")
    assert sorted(error_list.titles()) == [
        "Callback item missing ID",
        "Callback property error",
        "Duplicate callback Outputs",
        "Overlapping wildcard callback outputs",
    ]
    overlap = error_list.detail(error_list.titles().index("Overlapping wildcard callback outputs"))
    assert overlap.startswith('In the callback for output(s):\n  {"k":ALL}.children\n  {"k":1}.children\n')
    assert 'Output 1 ({"k":1}.children)\noverlaps another output ({"k":ALL}.children)' in overlap
    # As upstream, an app with invalid declarations runs no callback at all.
    time.sleep(0.5)
    assert dash_duo.find_element("#other").text == ""
    assert dash_duo.driver.execute_script("return store.getState().error.frontEnd.length") == 4


def test_dvt031_ids_and_props_checked_against_the_layout(dash_duo, error_list):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="field", value="v"), html.Div(id="shown"), html.Div(id={"row": 1})])

    # not called on load: a call would also report the absent "typo" (a nonexistent object)
    @app.callback(Output("shown", "children"), Input("field", "value"), State("typo", "value"), prevent_initial_call=True)
    def show(value, _):
        return value

    @app.callback(Output({"row": MATCH}, "nonsense"), Input({"row": MATCH}, "n_clicks"))
    def rows(_):
        return 1

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "2")
    assert sorted(error_list.titles()) == ["ID not found in layout", "Invalid prop for this component"]
    missing = error_list.detail(error_list.titles().index("ID not found in layout"))
    assert 'Attempting to connect a callback State item to component:\n  "typo"' in missing
    assert missing.endswith("This ID was used in the callback(s) for Output(s):\n  shown.children")
    bad_prop = error_list.detail(error_list.titles().index("Invalid prop for this component"))
    assert 'Property "nonsense" was used with component ID:\n  {"row":1}' in bad_prop
    assert "This ID is assigned to a dash_html_components.Div component" in bad_prop


def test_dvt032_validation_layout_covers_later_pages(dash_duo):
    app = Dash(__name__)
    page = html.Div([html.Button("go", id="go"), html.Div(id="page-out")])
    app.layout = html.Div([html.Button("open", id="open"), html.Div(id="content")])
    app.validation_layout = html.Div([app.layout, page])

    @app.callback(Output("content", "children"), Input("open", "n_clicks"), prevent_initial_call=True)
    def open_page(_):
        return page

    @app.callback(Output("page-out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def go(n):
        return f"went {n}"

    dash_duo.start_server(app, **DEBUG)
    dash_duo.find_element("#open").click()
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#page-out", "went 1")
    assert dash_duo.find_elements(".test-devtools-error-count") == []


def test_dvt033_dependency_cycle_reported(dash_duo, error_list):
    app = Dash(__name__)
    app.layout = html.Div([html.Div("x", id="a"), html.Div(id="b"), html.Div(id="c")])

    @app.callback(Output("a", "children"), Output("b", "children"), Input("a", "children"), Input("c", "children"))
    def ab(a, c):
        return a, c

    @app.callback(Output("c", "children"), Input("a", "children"))
    def c_from_a(a):
        return a

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "1")
    assert error_list.titles() == ["Circular Dependencies"]
    detail = error_list.detail(0)
    assert detail.startswith("Error: Dependency Cycle Found: ")
    assert "a.children__output -> c.children" in detail and "c.children -> a.children__output" in detail
    time.sleep(0.5)
    assert dash_duo.driver.execute_script("return document.title") == "Dash"


def test_dvt034_server_light_and_version(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div("hello", id="hello")
    dash_duo.start_server(app, debug=True, use_reloader=False, dev_tools_hot_reload=True, dev_tools_hot_reload_interval=0.2)
    dash_duo.wait_for_element(".dash-debug-menu__button--available")
    import dash

    assert dash_duo.find_element(".dash-debug-menu__version").text == f"v{dash.__version__}"
    # The menu collapses to its toggle and opens again.
    dash_duo.find_element(".dash-debug-menu__toggle").click()
    dash_duo.wait_for_no_elements(".dash-debug-menu__status")
    dash_duo.find_element(".dash-debug-menu__toggle").click()
    dash_duo.wait_for_element(".dash-debug-menu__button--available")


def test_dvt035_server_light_cold_without_hot_reload(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div("hello", id="hello")
    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_element(".dash-debug-menu__button--cold")


def test_dvt036_graph_canvas_and_kept_positions(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="count")])

    @app.callback(Output("count", "children"), Input("add", "n_clicks"))
    def count(n):
        return f"clicked {n}"

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_text_to_equal("#count", "clicked None")
    profile = dash_duo.driver.execute_script("return store.getState().profile.callbacks['count.children']")
    assert profile["count"] == 1 and "time" in profile["network"]
    button = "#dash-debug-menu__callback-graph-button"
    dash_duo.find_element(button).click()
    dash_duo.find_element('canvas[data-id="layer2-node"]')
    positions = dash_duo.driver.execute_script("return store.getState().profile.graphLayout.positions")
    assert {"add.Xn_clicks", "count.Xchildren", "__dash_callback__.count.children", "add"} <= set(positions)
    assert positions["add.Xn_clicks"]["y"] < positions["__dash_callback__.count.children"]["y"] < positions["count.Xchildren"]["y"]
    moved = dash_duo.driver.execute_script(
        "const p = store.getState().profile.graphLayout.positions['count.Xchildren']; p.y -= 40; return p.y;"
    )
    dash_duo.find_element(button).click()
    dash_duo.find_element("#add").click()
    dash_duo.wait_for_text_to_equal("#count", "clicked 1")
    dash_duo.find_element(button).click()
    dash_duo.find_element('canvas[data-id="layer2-node"]')
    assert dash_duo.driver.execute_script("return store.getState().profile.graphLayout.positions['count.Xchildren'].y") == moved
