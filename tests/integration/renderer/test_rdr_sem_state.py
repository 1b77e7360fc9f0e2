"""`window.store.getState()` as upstream shapes it: the layout under `layout.components`,
every path starting with "components", for single-component and list layouts."""
import json

import plotly

from dash import Dash, Input, Output, html


def test_rdr_sem_layout_under_components(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Div("a", id="first"), html.Div([html.Span(id="deep")], id="box")], id="root")

    @app.callback(Output("deep", "children"), Input("first", "children"))
    def copy(text):
        return f"copy of {text}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#deep", "copy of a")
    layout = dash_duo.driver.execute_script("return JSON.parse(JSON.stringify(window.store.getState().layout))")
    assert list(layout) == ["components"]
    expected = json.loads(json.dumps(app.layout, cls=plotly.utils.PlotlyJSONEncoder))
    expected["props"]["children"][1]["props"]["children"][0]["props"]["children"] = "copy of a"
    assert layout["components"] == expected
    assert dash_duo.redux_state_paths["strs"] == {
        "root": ["components"],
        "first": ["components", "props", "children", 0],
        "box": ["components", "props", "children", 1],
        "deep": ["components", "props", "children", 1, "props", "children", 0],
    }
    # getLayout takes the same paths.
    assert dash_duo.driver.execute_script(
        "return window.dash_component_api.getLayout(['components', 'props', 'children', 0]).props.id"
    ) == "first"


def test_rdr_sem_list_layout_paths(dash_duo):
    app = Dash(__name__)
    app.layout = [html.Div("one", id="one"), html.Div("two", id="two")]
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#two", "two")
    assert dash_duo.redux_state_paths["strs"] == {"one": ["components", 0], "two": ["components", 1]}
    assert dash_duo.driver.execute_script("return window.store.getState().layout.components.length") == 2


def test_rdr_sem_update_title_through_chain(dash_duo):
    """A clientside callback sets document.title; the server callback it triggers shows
    update_title again, and the clientside title is the one left at the end."""
    import threading

    from dash.testing.wait import until

    gate = threading.Event()
    app = Dash(__name__, title="Start", update_title="Busy...")
    app.layout = html.Div([html.Button("go", id="go", n_clicks=0), html.Div(id="mid"), html.Div(id="end")])
    app.clientside_callback(
        "function (n) { if (n) { document.title = 'Page ' + n; } return n; }",
        Output("mid", "children"),
        Input("go", "n_clicks"),
    )

    @app.callback(Output("end", "children"), Input("mid", "children"))
    def finish(n):
        if n:
            gate.wait(5)
        return f"end {n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#end", "end 0")
    until(lambda: dash_duo.driver.title == "Start", timeout=2)
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#mid", "1")  # the clientside title is written by now
    until(lambda: dash_duo.driver.title == "Busy...", timeout=2)
    gate.set()
    dash_duo.wait_for_text_to_equal("#end", "end 1")
    until(lambda: dash_duo.driver.title == "Page 1", timeout=2)


def test_rdr_sem_callback_graph_time(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="src"), html.Div(id="dst")])

    @app.callback(Output("dst", "children"), Input("src", "children"))
    def copy(value):
        return "ready"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#dst", "ready")
    took = dash_duo.driver.execute_script("return window.dash_component_api.callbackGraphTime")
    assert isinstance(took, (int, float)) and 0 <= took < 1000
