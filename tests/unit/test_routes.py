"""The Flask routes of a Dash app, through Flask's test client."""
import json
import re

import pytest

import dash
from dash import Dash, Input, Output, dcc, html


def _config(page: str) -> dict:
    match = re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', page, re.S)
    assert match, page
    return json.loads(match.group(1))


@pytest.fixture
def app(clean_env):
    app = Dash("routes_app")
    app.layout = html.Div([dcc.Input(id="in"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return f"got {value}"

    return app


@pytest.fixture
def client(app):
    return app.server.test_client()


def test_index_page(client):
    response = client.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<div id="react-entry-point">' in page
    assert "<title>Dash</title>" in page
    assert '<meta charset="UTF-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert '<link rel="icon" type="image/x-icon" href="/_favicon.ico?v=' in page
    assert page.rstrip().endswith("</html>")
    assert '<script id="_dash-renderer" type="application/javascript">var renderer = new DashRenderer();</script>' in page


def test_page_config(client):
    config = _config(client.get("/").get_data(as_text=True))
    assert config["requests_pathname_prefix"] == "/"
    assert config["url_base_pathname"] is None
    assert config["debug"] is False and config["ui"] is False and config["props_check"] is False
    assert config["update_title"] == "Updating..."
    assert config["suppress_callback_exceptions"] is False
    assert config["serve_locally"] is True
    assert config["dash_version"] == dash.__version__
    assert config["hot_reload"] is None
    assert config["children_props"]["dash_core_components"]["Tab"] == ["label"]
    assert "Div" in config["children_props"]["dash_html_components"]


def test_config_json_cannot_close_its_script_tag(clean_env):
    app = Dash("xss_app", update_title="</script><script>alert(1)</script>")
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "</script><script>alert(1)" not in page
    assert _config(page)["update_title"] == "</script><script>alert(1)</script>"


def test_any_path_serves_the_index(client):
    for path in ("/page-1", "/a/b/c", "/page?x=1"):
        response = client.get(path)
        assert response.status_code == 200
        assert "react-entry-point" in response.get_data(as_text=True)


def test_layout_route(client):
    response = client.get("/_dash-layout")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == {
        "props": {
            "children": [
                {"props": {"id": "in"}, "type": "Input", "namespace": "dash_core_components"},
                {"props": {"children": None, "id": "out"}, "type": "Div", "namespace": "dash_html_components"},
            ]
        },
        "type": "Div",
        "namespace": "dash_html_components",
    }


def test_layout_list_and_function(clean_env):
    app = Dash("layout_kinds")
    app.layout = [html.Div("a"), html.Div("b")]
    client = app.server.test_client()
    assert [item["props"]["children"] for item in client.get("/_dash-layout").get_json()] == ["a", "b"]

    calls = []

    def layout():
        calls.append(1)
        return html.Div(f"call {len(calls)}")

    app.layout = layout
    assert client.get("/_dash-layout").get_json()["props"]["children"] == "call 1"
    assert client.get("/_dash-layout").get_json()["props"]["children"] == "call 2"
    assert len(calls) == 2


def test_no_layout_is_a_clear_500(clean_env):
    app = Dash("no_layout")
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["type"] == "NoLayoutException"
    assert "app.layout" in error["message"]
    assert "traceback" not in error
    assert app.server.test_client().get("/").status_code == 500  # every request, not just the first
    app.layout = html.Div("fixed")
    assert app.server.test_client().get("/_dash-layout").status_code == 200


def test_duplicate_ids_in_layout(clean_env):
    app = Dash("dupes")
    app.layout = html.Div([html.Div(id="x"), html.Span(id="x")])
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    assert response.get_json()["error"]["type"] == "DuplicateIdError"


def test_errors_in_routes_are_json_and_traceback_only_in_debug(clean_env):
    app = Dash("boom")

    def layout():
        raise ValueError("layout exploded")

    app.layout = layout
    client = app.server.test_client()
    error = client.get("/_dash-layout").get_json()["error"]
    assert error == {"message": "layout exploded", "type": "ValueError"}
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    error = client.get("/_dash-layout").get_json()["error"]
    assert "Traceback" in error["traceback"] and "layout exploded" in error["traceback"]


def test_user_routes_on_the_same_server_keep_flask_errors(app):
    @app.server.route("/mine")
    def mine():
        raise RuntimeError("user route")

    response = app.server.test_client().get("/mine")
    assert response.status_code == 500
    assert response.mimetype == "text/html"


def test_dependencies_route(client):
    specs = client.get("/_dash-dependencies").get_json()
    assert len(specs) == 1
    assert specs[0]["output"] == "out.children"
    assert specs[0]["inputs"] == [{"id": "in", "property": "value"}]


def test_update_component(client):
    spec = client.get("/_dash-dependencies").get_json()[0]
    body = {
        "callback_id": spec["callback_id"],
        "output": spec["output"],
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": 7}],
        "state": [],
        "changedPropIds": ["in.value"],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.data
    assert response.get_json()["response"] == {"out": {"children": "got 7"}}


@pytest.mark.parametrize("data", [b"not json", b"[1, 2]", b""])
def test_update_component_rejects_bad_bodies(client, data):
    response = client.post("/_dash-update-component", data=data, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["message"]


def test_update_component_only_dispatches_posts(client):
    # a GET falls through to the client-side routing catch-all, like upstream
    assert client.get("/_dash-update-component").mimetype == "text/html"


def test_global_callbacks_are_served(clean_env):
    from dash import _callback

    app = Dash("global_cb")
    app.layout = html.Div([dcc.Input(id="g-in"), html.Div(id="g-out")])
    saved = (list(_callback.GLOBAL_CALLBACK_LIST), dict(_callback.GLOBAL_CALLBACK_MAP))
    try:
        @dash.callback(Output("g-out", "children"), Input("g-in", "value"))
        def global_echo(value):
            return value

        client = app.server.test_client()
        outputs = [spec["output"] for spec in client.get("/_dash-dependencies").get_json()]
        assert outputs == ["g-out.children"]
        assert any(spec["output"] == "g-out.children" for spec in app._callback_list)
    finally:
        _callback.GLOBAL_CALLBACK_LIST[:] = saved[0]
        _callback.GLOBAL_CALLBACK_MAP.clear()
        _callback.GLOBAL_CALLBACK_MAP.update(saved[1])


def test_inline_clientside_script_in_page(clean_env):
    app = Dash("clientside_app")
    app.layout = html.Div([dcc.Input(id="c-in"), html.Div(id="c-out")])
    app.clientside_callback("function(v) { return v; }", Output("c-out", "children"), Input("c-in", "value"))
    page = app.server.test_client().get("/").get_data(as_text=True)
    inline = page.index("function(v) { return v; }")
    assert page.index("dash_renderer") < inline < page.index('id="_dash-renderer"')


def test_favicon_route(client):
    response = client.get("/_favicon.ico")
    assert response.status_code == 200
    assert response.mimetype == "image/x-icon"
    assert response.data[:4] == b"\x00\x00\x01\x00"  # ICO header
    etag = response.headers["ETag"]
    assert client.get("/_favicon.ico", headers={"If-None-Match": etag}).status_code == 304


def test_health_endpoint(clean_env):
    app = Dash("health_app", health_endpoint="health")
    app.layout = html.Div()
    response = app.server.test_client().get("/health")
    assert (response.status_code, response.data) == (200, b"OK")


def test_routes_under_prefix(clean_env):
    app = Dash("prefixed_routes", url_base_pathname="/app/")
    app.layout = html.Div("x")
    client = app.server.test_client()
    assert client.get("/app/_dash-layout").status_code == 200
    assert client.get("/app/some/page").status_code == 200
    assert client.get("/_dash-layout").status_code == 404
    page = client.get("/app/").get_data(as_text=True)
    assert 'src="/app/_dash-component-suites/dash/deps/react@18.' in page
    assert _config(page)["requests_pathname_prefix"] == "/app/"


def test_requests_prefix_differs_from_routes_prefix(clean_env):
    app = Dash("proxied", requests_pathname_prefix="/proxy/app/", routes_pathname_prefix="/app/")
    app.layout = html.Div()
    client = app.server.test_client()
    page = client.get("/app/").get_data(as_text=True)
    assert 'src="/proxy/app/_dash-component-suites/' in page
    assert 'href="/proxy/app/_favicon.ico' in page


def test_title_meta_tags_and_external_resources(clean_env):
    app = Dash(
        "meta_app",
        title="My <App>",
        description="An app",
        meta_tags=[{"name": "viewport", "content": "width=500"}, {"property": "og:title", "content": "T"}],
        external_scripts=["https://cdn.example.com/a.js", {"src": "https://cdn.example.com/b.js", "integrity": "sha-x", "crossorigin": "anonymous"}],
        external_stylesheets=["https://cdn.example.com/a.css", {"href": "https://cdn.example.com/b.css", "media": "print"}],
    )
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "<title>My &lt;App&gt;</title>" in page
    assert '<meta name="description" content="An app">' in page
    assert '<meta name="viewport" content="width=500">' in page
    assert "initial-scale" not in page
    assert '<meta property="og:title" content="T">' in page
    assert '<script src="https://cdn.example.com/b.js" integrity="sha-x" crossorigin="anonymous"></script>' in page
    assert '<link rel="stylesheet" href="https://cdn.example.com/b.css" media="print">' in page
    # external scripts come after React and before the renderer
    assert page.index("react-dom@18") < page.index("cdn.example.com/a.js") < page.index("dash_renderer")


def test_title_can_change_after_creation(app, client):
    app.title = "Changed"
    assert "<title>Changed</title>" in client.get("/").get_data(as_text=True)


def test_custom_index_string_and_interpolate_index(clean_env):
    app = Dash("custom_index", index_string="<main>{%app_entry%}</main>{%config%}{%scripts%}{%renderer%}")
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert page.startswith("<main>\n<div id=\"react-entry-point\">")

    class MyDash(Dash):
        def interpolate_index(self, **kwargs):
            return f"<html><body>custom{kwargs['app_entry']}{kwargs['config']}{kwargs['scripts']}{kwargs['renderer']}</body></html>"

    mine = MyDash("custom_interp")
    mine.layout = html.Div()
    assert "<body>custom" in mine.server.test_client().get("/").get_data(as_text=True)

    class Broken(Dash):
        def interpolate_index(self, **kwargs):
            return "<html>nothing</html>"

    broken = Broken("broken_interp")
    broken.layout = html.Div()
    response = broken.server.test_client().get("/")
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["type"] == "InvalidIndexException"
    assert "the app entry ({%app_entry%}), the config ({%config%})" in error["message"]

    no_renderer = Dash("no_renderer", index_string="<html>{%app_entry%}{%config%}{%scripts%}</html>")
    no_renderer.layout = html.Div()
    error = no_renderer.server.test_client().get("/").get_json()["error"]
    assert "the renderer ({%renderer%})" in error["message"]


def test_renderer_hooks(clean_env):
    app = Dash("renderer_hooks", hooks={"request_pre": "(payload) => { window.seen = payload; }"})
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "new DashRenderer({request_pre: (payload) => { window.seen = payload; }})" in page


def test_reload_hash_only_with_hot_reload(clean_env):
    app = Dash("hot")
    app.layout = html.Div()
    client = app.server.test_client()
    assert client.get("/_reload-hash").status_code == 404
    app.enable_dev_tools(debug=True)
    body = client.get("/_reload-hash").get_json()
    assert set(body) == {"reloadHash", "hard", "packages", "files"}
    assert body["reloadHash"] == client.get("/_reload-hash").get_json()["reloadHash"]
    config = _config(client.get("/").get_data(as_text=True))
    assert config["hot_reload"] == {"interval": 3000, "max_retry": 8}
    assert config["debug"] is True and config["ui"] is True


def test_job_routes_are_registered(app, client):
    assert any("_dash-jobs" in rule for rule in app.routes)
    response = client.get("/_dash-jobs/not-a-token")
    assert response.status_code == 404
    assert response.get_json()["error"]["message"]


def test_concurrent_first_requests_set_up_once(clean_env):
    import threading

    from dash import hooks

    calls = []

    @hooks.setup()
    def slow_setup(app):
        calls.append(app)
        threading.Event().wait(0.2)

    app = Dash("concurrent")
    app.layout = html.Div()
    statuses = []

    def hit():
        statuses.append(app.server.test_client().get("/_dash-layout").status_code)

    threads = [threading.Thread(target=hit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 4
    assert calls == [app]
