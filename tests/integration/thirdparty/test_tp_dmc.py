"""Dash Mantine Components (2.8.1 from PyPI) on this framework, unchanged:
MantineProvider around a Button counted by a callback, a Select whose dropdown
(rendered in a portal) sets `value` through setProps, a lazily loaded chart chunk,
loading state, persistence, and the dash.hooks.index color-scheme hook."""
import time

import dash_mantine_components as dmc
from dash import Dash, Input, Output, hooks, html


def _app() -> Dash:
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                dmc.Button("Press", id="press"),
                html.Div(id="pressed"),
                dmc.Select(
                    id="fruit",
                    label="Fruit",
                    data=[{"value": "apple", "label": "Apple"}, {"value": "pear", "label": "Pear"}],
                    value="apple",
                ),
                html.Div(id="chosen"),
            ]
        )
    )

    @app.callback(Output("pressed", "children"), Input("press", "n_clicks"))
    def pressed(n):
        return f"pressed {n or 0}"

    @app.callback(Output("chosen", "children"), Input("fruit", "value"))
    def chosen(value):
        return f"chose {value}"

    return app


def test_tp_dmc_button_and_select(dash_duo):
    dash_duo.start_server(_app())
    dash_duo.wait_for_text_to_equal("#pressed", "pressed 0")
    dash_duo.wait_for_text_to_equal("#chosen", "chose apple")
    # MantineProvider injected its CSS variables: the button is styled, not bare.
    assert "mantine-Button-root" in dash_duo.find_element("#press").get_attribute("class")
    dash_duo.find_element("#press").click()
    dash_duo.wait_for_text_to_equal("#pressed", "pressed 1")

    select = dash_duo.find_element("#fruit")
    assert select.get_attribute("value") == "Apple"
    select.click()
    option = dash_duo.wait_for_element('.mantine-Select-option[value="pear"]', timeout=5)
    option.click()
    dash_duo.wait_for_text_to_equal("#chosen", "chose pear")
    assert dash_duo.find_element("#fruit").get_attribute("value") == "Pear"
    assert dash_duo.get_logs() == []


def test_tp_dmc_lazy_chart_and_loading_state(dash_duo):
    # AreaChart lives in async-AreaChart.js (after dash_mantine_components-charts-shared.js),
    # fetched unfingerprinted next to the main bundle; the Button marks itself loading
    # (data-dash-is-loading) from the renderer's loading map while its output is pending.
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                html.Button("go", id="go"),
                dmc.Button("idle", id="target"),
                dmc.AreaChart(
                    id="chart",
                    h=200,
                    dataKey="day",
                    data=[{"day": "mon", "v": 1}, {"day": "tue", "v": 3}],
                    series=[{"name": "v", "color": "blue"}],
                ),
            ]
        )
    )

    @app.callback(Output("target", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def slow(n):
        time.sleep(1.5)
        return f"done {n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#chart .recharts-surface", timeout=10)
    loaded = dash_duo.driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        ".filter(function (n) { return n.indexOf('dash_mantine_components/') >= 0; })"
        ".map(function (n) { return n.split('/').pop(); })"
    )
    assert "dash_mantine_components-charts-shared.js" in loaded and "async-AreaChart.js" in loaded

    assert dash_duo.find_element("#target").get_attribute("data-dash-is-loading") is None
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_element('#target[data-dash-is-loading="true"]', timeout=3)
    dash_duo.wait_for_text_to_equal("#target", "done 1", timeout=10)
    assert dash_duo.find_element("#target").get_attribute("data-dash-is-loading") is None
    assert dash_duo.get_logs() == []


def test_tp_dmc_tabs_persist_and_color_scheme_hook(dash_duo, monkeypatch):
    # pre_render_color_scheme registers a dash.hooks.index hook for every later app:
    # keep it to this test.
    monkeypatch.setitem(hooks._ns, "index", list(hooks._ns["index"]))
    dmc.pre_render_color_scheme()
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                dmc.Tabs(
                    [
                        dmc.TabsList([dmc.TabsTab("A", value="a", id="tab-a"), dmc.TabsTab("B", value="b", id="tab-b")]),
                        dmc.TabsPanel("panel a", value="a"),
                        dmc.TabsPanel("panel b", value="b"),
                    ],
                    id="tabs",
                    value="a",
                    persistence=True,
                ),
                html.Div(id="active"),
            ]
        )
    )

    @app.callback(Output("active", "children"), Input("tabs", "value"))
    def show(value):
        return f"tab {value}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#active", "tab a")
    # the hook's script ran before the renderer and replaced the "loading" marker
    assert dash_duo.driver.execute_script("return document.documentElement.getAttribute('data-mantine-color-scheme')") == "light"
    dash_duo.find_element("#tab-b").click()
    dash_duo.wait_for_text_to_equal("#active", "tab b")
    dash_duo.driver.refresh()
    dash_duo.wait_for_text_to_equal("#active", "tab b")
    assert dash_duo.find_element("#tab-b").get_attribute("aria-selected") == "true"
    assert dash_duo.get_logs() == []
