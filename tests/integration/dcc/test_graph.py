"""dcc.Graph in a real browser: plotly.js loaded on demand, figure from a callback,
click/hover/relayout events back into callbacks, extendData/prependData."""
import json
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains

import dash
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until

PLOTLY_URL = "_dash-component-suites/plotly/package_data/plotly.min.js"
# plotly.min.js is 4.8 MB: on a busy machine its first load and parse takes a while.
PLOTLY_LOAD_TIMEOUT = 30


def _figure(ys):
    return {
        "data": [{"x": list(range(len(ys))), "y": ys, "type": "scatter", "mode": "markers", "marker": {"size": 18}}],
        "layout": {"width": 500, "height": 320, "margin": {"l": 30, "r": 10, "t": 10, "b": 30}},
    }


def _point_count(dash_duo):
    return len(dash_duo.find_elements("#graph .scatterlayer .point"))


def test_graph_figure_events_and_trace_updates(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("draw", id="draw"),
            html.Button("extend", id="extend"),
            html.Button("prepend", id="prepend"),
            dcc.Graph(id="graph", clear_on_unhover=True),
            html.Div(id="click-out"),
            html.Div(id="hover-out"),
            html.Div(id="relayout-out"),
        ]
    )

    @app.callback(Output("graph", "figure"), Input("draw", "n_clicks"), prevent_initial_call=True)
    def draw(_):
        return _figure([3, 1, 2])

    @app.callback(Output("graph", "extendData"), Input("extend", "n_clicks"), prevent_initial_call=True)
    def extend(n):
        return [{"x": [[10 + n]], "y": [[5]]}, [0], 10]

    @app.callback(Output("graph", "prependData"), Input("prepend", "n_clicks"), prevent_initial_call=True)
    def prepend(_):
        return {"x": [[-1]], "y": [[4]]}

    @app.callback(Output("click-out", "children"), Input("graph", "clickData"), prevent_initial_call=True)
    def clicked(data):
        point = data["points"][0]
        return f"x={point['x']} y={point['y']} curve={point['curveNumber']}"

    @app.callback(Output("hover-out", "children"), Input("graph", "hoverData"), prevent_initial_call=True)
    def hovered(data):
        return "none" if data is None else f"hover x={data['points'][0]['x']}"

    @app.callback(Output("relayout-out", "children"), Input("graph", "relayoutData"), prevent_initial_call=True)
    def relayout(data):
        return json.dumps(sorted(data))

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .main-svg", timeout=PLOTLY_LOAD_TIMEOUT)
    # plotly.js comes from the server only once a Graph mounts, and only once.
    sources = dash_duo.driver.execute_script(
        "return Array.from(document.scripts).map(s => s.src).filter(s => s.includes('plotly'))"
    )
    assert len(sources) == 1 and sources[0].endswith(PLOTLY_URL)

    dash_duo.find_element("#draw").click()
    dash_duo.wait_for_element("#graph .scatterlayer .point")
    assert _point_count(dash_duo) == 3

    point = dash_duo.find_elements("#graph .scatterlayer .point")[1]
    ActionChains(dash_duo.driver).move_to_element(point).perform()
    dash_duo.wait_for_text_to_equal("#hover-out", "hover x=1")
    # plotly's drag layer covers the points: click where the point is, as a user does.
    ActionChains(dash_duo.driver).move_to_element(point).click().perform()
    dash_duo.wait_for_text_to_equal("#click-out", "x=1 y=1 curve=0")
    ActionChains(dash_duo.driver).move_to_element(dash_duo.find_element("#draw")).perform()
    dash_duo.wait_for_text_to_equal("#hover-out", "none")

    dash_duo.find_element("#extend").click()
    dash_duo.wait_for_element("#graph .scatterlayer .point:nth-child(4)")
    dash_duo.find_element("#prepend").click()
    dash_duo.wait_for_element("#graph .scatterlayer .point:nth-child(5)")
    first_x = dash_duo.driver.execute_script(
        "return document.querySelector('#graph .js-plotly-plot').data[0].x[0]"
    )
    assert first_x == -1

    dash_duo.zoom_in_graph_by_ratio("#graph .nsewdrag", compare=False)
    dash_duo.wait_for_contains_text("#relayout-out", "xaxis.range[0]")
    assert dash_duo.get_logs() == []


def test_graph_updates_use_plotly_react(dash_duo):
    """A new figure re-renders the same plot div (Plotly.react), not a fresh plot."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="n", type="number", value=2),
            dcc.Graph(id="graph", figure=_figure([1, 2])),
            dcc.Graph(id="anim", figure=_figure([1, 2]), animate=True),
        ]
    )

    @app.callback(Output("graph", "figure"), Output("anim", "figure"), Input("n", "value"), prevent_initial_call=True)
    def update(n):
        return _figure(list(range(n or 0))), _figure([n, n])

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .scatterlayer .point", timeout=PLOTLY_LOAD_TIMEOUT)
    # Plotly.react keeps the plot's SVG elements; a full redraw would replace them.
    dash_duo.driver.execute_script("document.querySelector('#graph .main-svg').dataset.marker = 'kept'")
    dash_duo.find_element("#n").send_keys("5")  # value becomes 25
    dash_duo.wait_for_element("#graph .scatterlayer .point:nth-child(25)")
    marker = dash_duo.driver.execute_script("return document.querySelector('#graph .main-svg').dataset.marker")
    assert marker == "kept"
    # animate=True moves to the new figure with Plotly.animate.
    until(
        lambda: dash_duo.driver.execute_script("return document.querySelector('#anim .js-plotly-plot').data[0].y")
        == [25, 25],
        timeout=5,
        msg="the animated graph never reached the new figure",
    )


def test_bundle_excludes_plotly():
    bundle = Path(dash.__file__).parent / "dcc" / "dash_core_components.js"
    text = bundle.read_text()
    assert bundle.stat().st_size < 400_000
    assert "plotly.min.js" in text and "Plotly.newPlot" not in text


def test_graph_is_marked_pending_until_first_drawn(dash_duo):
    from dash import Dash, dcc, html

    app = Dash(__name__)
    app.layout = html.Div(dcc.Graph(id="g", figure={"data": [{"y": [1, 3, 2]}]}, className="mine"))
    dash_duo.start_server(app)
    drawn = dash_duo.wait_for_element("#g:not(.dash-graph--pending)")
    assert drawn.get_attribute("class") == "dash-graph mine"
    assert dash_duo.find_element("#g .main-svg").size["width"] > 0
