"""dash.hooks: index, layout, setup, route, callback, script/stylesheet; ordering rules."""
import pytest

from dash import Dash, Input, Output, exceptions, hooks, html


def test_index_hook_rewrites_the_page(clean_env):
    @hooks.index()
    def add_theme(page):
        # what dash-mantine-components' pre_render_color_scheme does
        return page.replace("<html>", '<html data-theme="dark">').replace("<head>", "<head><!--x-->", 1)

    app = Dash("index_hook")
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert '<html data-theme="dark">' in page and "<head><!--x-->" in page


def test_layout_hook_and_priority(clean_env):
    order = []

    @hooks.layout(priority=1)
    def low(layout):
        order.append("low")
        return html.Div([layout, html.Span("low")])

    @hooks.layout(priority=10)
    def high(layout):
        order.append("high")
        return layout

    @hooks.layout(final=True)
    def last(layout):
        order.append("final")
        return layout

    app = Dash("layout_hook")
    app.layout = html.Div("main")
    body = app.server.test_client().get("/_dash-layout").get_json()
    assert order == ["high", "low", "final"]
    assert body["props"]["children"][1]["props"]["children"] == "low"


def test_only_one_final_hook(clean_env):
    hooks.layout(final=True)(lambda layout: layout)
    with pytest.raises(exceptions.HookError, match="Final hook already registered"):
        hooks.layout(final=True)(lambda layout: layout)


def test_setup_route_and_callback_hooks(clean_env):
    seen = []

    @hooks.setup()
    def on_setup(app):
        seen.append(app)

    @hooks.route(methods=("GET", "POST"))
    def plugin_status():
        return {"ok": True}

    @hooks.route(name="named/route")
    def other():
        return "named"

    @hooks.callback(Output("hook-out", "children"), Input("hook-in", "n_clicks"))
    def from_plugin(n_clicks):
        return n_clicks

    app = Dash("setup_hook", url_base_pathname="/p/")
    app.layout = html.Div([html.Button(id="hook-in"), html.Div(id="hook-out")])
    client = app.server.test_client()
    assert client.post("/p/plugin_status").get_json() == {"ok": True}
    assert client.get("/p/named/route").data == b"named"
    assert seen == [app]
    specs = client.get("/p/_dash-dependencies").get_json()
    assert [spec["output"] for spec in specs] == ["hook-out.children"]
    client.get("/p/_dash-layout")
    assert seen == [app]  # setup runs once


def test_unknown_hook_name():
    with pytest.raises(exceptions.HookError, match="Unknown hook"):
        hooks.add_hook("nope", lambda: None)


def test_jupyter_dash_is_honest():
    from dash import jupyter_dash

    assert jupyter_dash.default_mode == "inline"
    assert jupyter_dash.active is False
    with pytest.raises(NotImplementedError, match="not supported"):
        jupyter_dash.infer_jupyter_proxy_config()


def test_setup_hook_runs_when_the_app_is_created(clean_env):
    titles = []
    hooks.setup()(lambda app: titles.append(app.title))
    Dash("setup_at_creation", title="made")
    assert titles == ["made"]


def _click(client, output, inputs):
    (spec,) = [s for s in client.get("/_dash-dependencies").get_json() if s["output"] == output]
    return client.post(
        "/_dash-update-component",
        json={"callback_id": spec["callback_id"], "output": output,
              "outputs": {"id": output.split(".")[0], "property": output.split(".")[1]},
              "inputs": inputs, "changedPropIds": [f"{i['id']}.{i['property']}" for i in inputs]},
    )


def test_error_hooks_run_before_on_error_and_can_set_props(clean_env):
    from dash import set_props

    order = []

    @hooks.error()
    def report(err):
        order.append("hook")
        set_props("status", {"children": f"hook saw {err}"})

    def on_error(err):
        order.append("app")
        return "handled"

    app = Dash("error_hooks", on_error=on_error)
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out"), html.Div(id="status")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"))
    def fail(n):
        raise ValueError("boom")

    answer = _click(app.server.test_client(), "out.children", [{"id": "go", "property": "n_clicks", "value": 1}])
    body = answer.get_json()
    assert order == ["hook", "app"]
    assert body["response"]["out"]["children"] == "handled"
    assert body["sideUpdate"]["status"]["children"] == "hook saw boom"


def test_custom_data_hook_is_read_from_ctx(clean_env):
    from dash import ctx

    hooks.custom_data("tenant")(lambda context: {"name": "acme", "inside": bool(context)})
    app = Dash("custom_data_hook")
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"))
    def show(n):
        return f"{ctx.custom_data.tenant['name']} {ctx.custom_data.tenant['inside']}"

    answer = _click(app.server.test_client(), "out.children", [{"id": "go", "property": "n_clicks", "value": 1}])
    assert answer.get_json()["response"]["out"]["children"] == "acme True"


def test_hook_names_are_upstreams_so_suites_can_reset_them(clean_env):
    assert {"layout", "setup", "route", "error", "callback", "index", "custom_data", "dev_tools"} <= set(hooks._ns)
    hooks.devtool("dash_html_components", "Button", {"id": "tool"})
    assert hooks.devtool_components() == [
        {"namespace": "dash_html_components", "type": "Button", "props": {"id": "tool"}, "position": "right"}
    ]
    hooks._ns["dev_tools"] = []
    assert hooks.devtool_components() == []


def test_devtool_components_are_served_with_the_layout_in_debug_mode_only(clean_env):
    hooks.devtool("dash_html_components", "Button", {"children": "tool", "id": "tool"})
    app = Dash("devtool_hook")
    app.layout = html.Div(id="main")
    client = app.server.test_client()
    assert client.get("/_dash-layout").get_json()["props"]["id"] == "main"
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    served = client.get("/_dash-layout").get_json()
    box = served[-1]
    assert box["props"]["className"] == "dash-debug-menu__devtool-components"
    assert box["props"]["children"] == [
        {"type": "Button", "namespace": "dash_html_components", "props": {"children": "tool", "id": "tool"}}
    ]
