"""Clientside callbacks (namespaced and inline), set_props, Patch and running."""
import time

from dash import ClientsideFunction, Dash, Input, Output, Patch, html, set_props


def test_rdr_clientside_both_kinds(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="btn"),
            html.Div(id="ns-out"),
            html.Div(id="inline-out"),
            html.Div(id="ctx-out"),
            html.Div(id="async-out"),
            html.Div(id="side"),
            html.Div(id="server-out"),
        ]
    )
    app.index_string = app.index_string.replace(
        "</head>",
        """<script>
        window.dash_clientside = Object.assign({}, window.dash_clientside, {
            ns: {
                double: function (n) { return 'ns ' + 2 * (n || 0); }
            }
        });
        </script></head>""",
    )
    app.clientside_callback(
        ClientsideFunction("ns", "double"), Output("ns-out", "children"), Input("btn", "n_clicks")
    )
    app.clientside_callback(
        """function (text) {
            var ctx = window.dash_clientside.callback_context;
            window.dash_clientside.set_props('side', {children: 'side ' + text});
            return [text + '!', JSON.stringify(ctx.triggered.map(function (t) { return t.prop_id; }))];
        }""",
        Output("inline-out", "children"),
        Output("ctx-out", "children"),
        Input("ns-out", "children"),
    )
    app.clientside_callback(
        """async function (text) {
            await new Promise(function (r) { setTimeout(r, 50); });
            if (text === 'ns 0!') { return window.dash_clientside.no_update; }
            return 'async ' + text;
        }""",
        Output("async-out", "children"),
        Input("inline-out", "children"),
    )

    # A server callback downstream of clientside ones still runs once per change.
    @app.callback(Output("server-out", "children"), Input("async-out", "children"))
    def server(text):
        return f"server {text}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#inline-out", "ns 0!")
    dash_duo.wait_for_text_to_equal("#side", "side ns 0")
    dash_duo.wait_for_text_to_equal("#ctx-out", '["ns-out.children"]')
    assert dash_duo.find_element("#async-out").text == ""

    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#async-out", "async ns 2!")
    dash_duo.wait_for_text_to_equal("#server-out", "server async ns 2!")
    dash_duo.wait_for_text_to_equal("#side", "side ns 2")


def test_rdr_set_props_patch_running(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="btn"),
            html.Div(id="status"),
            html.Div(id="log", children=["start"]),
            html.Div(id="side"),
        ]
    )

    @app.callback(
        Output("log", "children"),
        Input("btn", "n_clicks"),
        running=[(Output("btn", "disabled"), True, False), (Output("status", "children"), "busy", "idle")],
        prevent_initial_call=True,
    )
    def append(n):
        time.sleep(2)  # long enough for the checks below on a loaded machine
        set_props("side", {"children": f"side {n}"})
        patch = Patch()
        patch.append(f"click {n}")
        return patch

    dash_duo.start_server(app)
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#status", "busy")
    assert dash_duo.find_element("#btn").get_attribute("disabled") == "true"
    # The output being computed is marked loading (dash.html reads useLoading()).
    assert dash_duo.find_element("#log").get_attribute("data-dash-is-loading") == "true"
    assert dash_duo.driver.execute_script("return window.store.getState().isLoading") is True
    dash_duo.wait_for_text_to_equal("#status", "idle")
    assert dash_duo.find_element("#btn").get_attribute("disabled") is None
    dash_duo.wait_for_text_to_equal("#log", "startclick 1")
    assert dash_duo.find_element("#log").get_attribute("data-dash-is-loading") is None
    dash_duo.wait_for_text_to_equal("#side", "side 1")
    dash_duo.find_element("#btn").click()
    dash_duo.wait_for_text_to_equal("#log", "startclick 1click 2")
    dash_duo.wait_for_text_to_equal("#side", "side 2")
