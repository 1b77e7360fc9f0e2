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
