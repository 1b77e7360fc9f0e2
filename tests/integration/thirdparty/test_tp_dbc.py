"""Dash Bootstrap Components (2.0.4 from PyPI) on this framework, unchanged: Button
clicks through setProps, Tabs and Accordion reading their children through getLayout,
component-valued children props, Spinner following the renderer's loading state,
persistence by dashPersistence defaults, and NavLink's pushstate event."""
import time

import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, dcc, html


def test_tp_dbc_button_clicks_counted(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([dbc.Button("Click me", id="btn", color="primary"), html.Div(id="count")])

    @app.callback(Output("count", "children"), Input("btn", "n_clicks"))
    def count(n):
        return f"clicked {n or 0}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#count", "clicked 0")
    button = dash_duo.find_element("#btn")
    assert "btn-primary" in button.get_attribute("class")
    for expected in (1, 2, 3):
        button.click()
        dash_duo.wait_for_text_to_equal("#count", f"clicked {expected}")
    assert dash_duo.get_logs() == []


def test_tp_dbc_tabs_switch_with_active_tab(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dbc.Tabs(
                [
                    dbc.Tab(html.Div("first body", id="body-1"), label="First", tab_id="one"),
                    dbc.Tab(html.Div("second body", id="body-2"), label="Second", tab_id="two"),
                ],
                id="tabs",
                active_tab="one",
            ),
            html.Div(id="active"),
            html.Button("go to first", id="to-first"),
        ]
    )

    @app.callback(Output("active", "children"), Input("tabs", "active_tab"))
    def show_active(tab):
        return f"active {tab}"

    @app.callback(Output("tabs", "active_tab"), Input("to-first", "n_clicks"), prevent_initial_call=True)
    def to_first(_):
        return "one"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#active", "active one")
    # Tab labels come from each child's props, which dbc reads with getLayout(componentPath).
    links = dash_duo.find_elements("#tabs .nav-link")
    assert [link.text for link in links] == ["First", "Second"]
    assert "active" in links[0].get_attribute("class")
    assert dash_duo.find_element("#body-1").text == "first body"

    links[1].click()
    dash_duo.wait_for_text_to_equal("#active", "active two")
    dash_duo.wait_for_contains_class("#tabs .nav-item:nth-child(2) .nav-link", "active")
    assert "active" not in dash_duo.find_element("#tabs .nav-item:nth-child(1) .nav-link").get_attribute("class")
    dash_duo.wait_for_text_to_equal("#body-2", "second body")

    # A callback output to active_tab switches back.
    dash_duo.find_element("#to-first").click()
    dash_duo.wait_for_text_to_equal("#active", "active one")
    dash_duo.wait_for_contains_class("#tabs .nav-item:nth-child(1) .nav-link", "active")
    assert dash_duo.get_logs() == []


def test_tp_dbc_spinner_shows_while_callback_runs(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("load", id="load"),
            dbc.Spinner(html.Div("nothing yet", id="slow-out"), id="spinner", delay_show=0),
        ]
    )

    @app.callback(Output("slow-out", "children"), Input("load", "n_clicks"), prevent_initial_call=True)
    def slow(n):
        time.sleep(1.5)
        return f"loaded {n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#slow-out", "nothing yet")
    dash_duo.wait_for_no_elements(".spinner-border", timeout=3)
    dash_duo.find_element("#load").click()
    dash_duo.wait_for_element(".spinner-border", timeout=3)
    dash_duo.wait_for_text_to_equal("#slow-out", "loaded 1", timeout=10)
    dash_duo.wait_for_no_elements(".spinner-border", timeout=3)
    assert dash_duo.get_logs() == []


def test_tp_dbc_tabs_persist_active_tab_across_reload(dash_duo):
    # persisted_props is not given: the renderer must take it from dbc's static
    # Tabs.dashPersistence ({persisted_props: ["active_tab"], persistence_type: "local"}).
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dbc.Tabs(
                [dbc.Tab("a", label="A", tab_id="a"), dbc.Tab("b", label="B", tab_id="b")],
                id="tabs",
                active_tab="a",
                persistence=True,
            ),
            html.Div(id="active"),
        ]
    )

    @app.callback(Output("active", "children"), Input("tabs", "active_tab"))
    def show_active(tab):
        return f"active {tab}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#active", "active a")
    dash_duo.find_element("#tabs .nav-item:nth-child(2) .nav-link").click()
    dash_duo.wait_for_text_to_equal("#active", "active b")
    dash_duo.driver.refresh()
    dash_duo.wait_for_text_to_equal("#active", "active b")
    dash_duo.wait_for_contains_class("#tabs .nav-item:nth-child(2) .nav-link", "active")
    assert dash_duo.get_logs() == []


def test_tp_dbc_navlink_updates_location(dash_duo):
    # dbc links call history.pushState and dispatch `_dashprivate_pushstate`, which
    # dcc.Location listens to: the page must not reload.
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Location(id="url"),
            dbc.NavLink("Page 2", href="/page-2", id="link"),
            html.Div(id="path"),
        ]
    )

    @app.callback(Output("path", "children"), Input("url", "pathname"))
    def show_path(pathname):
        return f"at {pathname}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#path", "at /")
    dash_duo.driver.execute_script("window.__samePage = true")
    dash_duo.find_element("#link").click()
    dash_duo.wait_for_text_to_equal("#path", "at /page-2")
    assert dash_duo.driver.execute_script("return window.__samePage") is True
    assert dash_duo.get_logs() == []


def test_tp_dbc_accordion_and_component_labels(dash_duo):
    # Accordion reads each item's item_id/title with getLayout(componentPath); a
    # Checklist option label is a component, delivered through the `options[].label`
    # children prop.
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dbc.Accordion(
                [
                    dbc.AccordionItem("first body", title="First", item_id="first"),
                    dbc.AccordionItem("second body", title=html.I("Second", id="second-title"), item_id="second"),
                ],
                id="accordion",
                active_item="first",
            ),
            dbc.Checklist(
                id="checks",
                options=[{"label": html.B("Bold", id="bold-label"), "value": "b"}, {"label": "Plain", "value": "p"}],
                value=[],
            ),
            html.Div(id="state"),
        ]
    )

    @app.callback(Output("state", "children"), Input("accordion", "active_item"), Input("checks", "value"))
    def show_state(item, checked):
        return f"{item} {checked}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#state", "first []")
    assert [e.text for e in dash_duo.find_elements("#accordion .accordion-button")] == ["First", "Second"]
    assert dash_duo.find_element("#second-title").tag_name == "i"
    dash_duo.find_elements("#accordion .accordion-button")[1].click()
    dash_duo.wait_for_text_to_equal("#state", "second []")
    assert dash_duo.find_element("#bold-label").tag_name == "b"
    dash_duo.find_elements("#checks input")[0].click()
    dash_duo.wait_for_text_to_equal("#state", "second ['b']")
    assert dash_duo.get_logs() == []
