"""The on-page error list in debug mode (callback tracebacks, front-end and render
errors, prop types, set_props to unknown ids/props) and its absence in production."""
import time

import requests

from dash import Dash, Input, Output, html, set_props

DEBUG = dict(debug=True, use_reloader=False, dev_tools_hot_reload=False)


def error_titles(dash_duo):
    """Titles, oldest first (the list shows the newest first, as upstream)."""
    return [e.text for e in dash_duo.find_elements(".dash-fe-error__title")][::-1]


def wait_for_error_count(dash_duo, count):
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", str(count))


def user_helper(n):
    raise ZeroDivisionError(f"user code failed on click {n}")


def error_app(assets, typed):
    app = Dash(__name__, assets_folder=str(assets))
    app.layout = html.Div(
        [
            html.Button("fail", id="fail"),
            html.Button("side", id="side"),
            html.Button("client", id="client"),
            html.Button("retype", id="retype"),
            html.Div(id="out"),
            html.Div(id="side-out"),
            html.Div(id="client-out"),
            typed(id="typed", count="not a number"),
        ]
    )

    @app.callback(Output("out", "children"), Input("fail", "n_clicks"), prevent_initial_call=True)
    def fail(n):
        return user_helper(n)

    @app.callback(Output("side-out", "children"), Input("side", "n_clicks"), prevent_initial_call=True)
    def side(n):
        set_props("ghost", {"children": "boo"})
        set_props("typed", {"bogus": 1})
        return "side done"

    @app.callback(Output("typed", "count"), Input("retype", "n_clicks"), prevent_initial_call=True)
    def retype(n):
        return {"not": "a number"}

    app.clientside_callback(
        """function (n) {
            dash_clientside.set_props("phantom", {children: "x"});
            return "client done";
        }""",
        Output("client-out", "children"),
        Input("client", "n_clicks"),
        prevent_initial_call=True,
    )
    return app


def test_dvt001_errors_reported_in_debug(dash_duo, error_list, assets_with_lib, typed_component):
    app = error_app(assets_with_lib, typed_component)
    dash_duo.start_server(app, **DEBUG)

    # props_check: the initial layout's bad value, naming component, prop and value.
    wait_for_error_count(dash_duo, 1)
    assert error_titles(dash_duo)[0].startswith('Invalid argument `count` passed into Typed with ID "typed".')
    detail = error_list.detail(0)
    assert 'Value provided: "not a number"' in detail and "expected `number`" in detail

    # A callback exception: a back-end error titled by its callback, with the server's
    # traceback pruned to the user's code (also in the store, as upstream).
    dash_duo.find_element("#fail").click()
    wait_for_error_count(dash_duo, 2)
    assert error_titles(dash_duo)[1] == "Callback error updating out.children"
    traceback_text = error_list.detail(0)
    assert "in user_helper" in traceback_text and "in fail" in traceback_text
    assert "_dispatch.py" not in traceback_text and "user code failed on click 1" in traceback_text
    stored = dash_duo.driver.execute_script("return store.getState().error.backEnd[0].error")
    assert stored["message"] == "Callback error updating out.children" and "in user_helper" in stored["html"]

    # set_props from a server callback: unknown id and unknown prop; the rest still applies.
    dash_duo.find_element("#side").click()
    dash_duo.wait_for_text_to_equal("#side-out", "side done")
    wait_for_error_count(dash_duo, 4)
    assert error_titles(dash_duo)[2:] == [
        "set_props: no component with id ghost in the layout.",
        'set_props: dvt_lib.Typed (id typed) has no prop "bogus".',
    ]

    # Clientside set_props to an unknown id.
    dash_duo.find_element("#client").click()
    dash_duo.wait_for_text_to_equal("#client-out", "client done")
    wait_for_error_count(dash_duo, 5)
    assert error_titles(dash_duo)[4] == "set_props: no component with id phantom in the layout."

    # A callback output of the wrong type is checked too.
    dash_duo.find_element("#retype").click()
    wait_for_error_count(dash_duo, 6)
    assert error_titles(dash_duo)[5].startswith('Invalid argument `count` passed into Typed with ID "typed".')

    # Window errors.
    dash_duo.driver.execute_script("window.dvtFailLater('page script failed');")
    wait_for_error_count(dash_duo, 7)
    assert "page script failed" in error_titles(dash_duo)[6]

    # The list closes and reopens from the menu; the menu itself collapses.
    dash_duo.find_element("#dash-debug-menu__errors-button").click()
    dash_duo.wait_for_no_elements(".dash-fe-error__title")
    dash_duo.find_element("#dash-debug-menu__errors-button").click()
    assert len(error_titles(dash_duo)) == 7
    dash_duo.find_element(".dash-debug-menu__toggle").click()
    dash_duo.wait_for_no_elements(".test-devtools-error-count")
    dash_duo.find_element(".dash-debug-menu__error-indicator")


def test_dvt002_render_error_reported(dash_duo, assets_with_lib, typed_component):
    app = Dash(__name__, assets_folder=str(assets_with_lib))
    app.layout = html.Div([html.Button("boom", id="boom"), typed_component(id="typed", count=1)])

    @app.callback(Output("typed", "explode"), Input("boom", "n_clicks"), prevent_initial_call=True)
    def boom(n):
        return True

    dash_duo.start_server(app, **DEBUG)
    dash_duo.wait_for_text_to_equal("#typed", "typed:1")
    assert error_titles(dash_duo) == []
    dash_duo.find_element("#boom").click()
    wait_for_error_count(dash_duo, 1)
    time.sleep(0.5)  # React's development build also re-throws it to the window: not counted twice
    assert error_titles(dash_duo) == ["dvt_lib.Typed (id typed): Typed render exploded"]
    # Only the failing component is replaced.
    assert dash_duo.find_element("#boom").text == "boom"


def test_dvt003_nothing_in_production(dash_duo, assets_with_lib, typed_component):
    app = error_app(assets_with_lib, typed_component)
    dash_duo.start_server(app, debug=False)
    dash_duo.wait_for_text_to_equal("#typed", "typed:not a number")
    for button in ("fail", "side", "client", "retype"):
        dash_duo.find_element(f"#{button}").click()
    dash_duo.wait_for_text_to_equal("#side-out", "side done")
    dash_duo.wait_for_text_to_equal("#client-out", "client done")
    dash_duo.driver.execute_script("window.dvtFailLater('page script failed');")
    time.sleep(0.5)
    assert dash_duo.find_elements(".dash-debug-menu") == []
    assert dash_duo.find_elements(".dash-fe-error__title") == []
    config = dash_duo.driver.execute_script("return JSON.parse(document.getElementById('_dash-config').textContent);")
    assert (config["debug"], config["ui"], config["props_check"], config["hot_reload"]) == (False, False, False, None)
    assert requests.get(dash_duo.server_url + "/_reload-hash", timeout=5).status_code == 404
    scripts = dash_duo.driver.execute_script("return [...document.scripts].map(s => s.src).filter(Boolean);")
    assert any("react@" in s for s in scripts) and all(".min.js" in s for s in scripts if "/deps/" in s)


def test_dvt004_ui_off_in_debug(dash_duo, assets_with_lib, typed_component):
    app = error_app(assets_with_lib, typed_component)
    dash_duo.start_server(app, **DEBUG, dev_tools_ui=False)
    dash_duo.wait_for_text_to_equal("#typed", "typed:not a number")
    dash_duo.find_element("#fail").click()
    dash_duo.find_element("#side").click()
    dash_duo.wait_for_text_to_equal("#side-out", "side done")
    time.sleep(0.5)
    assert dash_duo.find_elements(".dash-debug-menu") == []
    # Debug mode still sends the traceback; it is logged to the browser console.
    logged = " ".join(entry["message"] for entry in dash_duo.get_logs() or [])
    assert "user code failed on click 1" in logged and "in user_helper" in logged
