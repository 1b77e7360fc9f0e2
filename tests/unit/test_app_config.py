"""Dash(...) keywords, config, obsolete keywords, layout validation, server wiring."""
import inspect
import json
import warnings
from pathlib import Path

import flask
import pytest

import dash
from dash import Dash, exceptions, html

# Upstream Dash 4.4.1's signatures (from the shared API surface), parameters in order
# with their defaults; index_string's default is a long template checked separately.
UPSTREAM_INIT = [
    ("name", None), ("server", True), ("backend", None), ("assets_folder", "assets"),
    ("pages_folder", "pages"), ("use_pages", None), ("assets_url_path", "assets"),
    ("assets_ignore", ""), ("assets_path_ignore", None), ("assets_external_path", None),
    ("eager_loading", False), ("include_assets_files", True), ("include_pages_meta", True),
    ("url_base_pathname", None), ("requests_pathname_prefix", None),
    ("routes_pathname_prefix", None), ("serve_locally", True), ("compress", None),
    ("meta_tags", None), ("index_string", ...), ("external_scripts", None),
    ("external_stylesheets", None), ("suppress_callback_exceptions", None),
    ("prevent_initial_callbacks", False), ("show_undo_redo", False),
    ("extra_hot_reload_paths", None), ("plugins", None), ("title", "Dash"),
    ("update_title", "Updating..."), ("background_callback_manager", None),
    ("add_log_handler", True), ("hooks", None), ("routing_callback_inputs", None),
    ("description", None), ("on_error", None), ("use_async", None), ("health_endpoint", None),
    ("csrf_token_name", "_csrf_token"), ("csrf_header_name", "X-CSRFToken"),
    ("websocket_callbacks", False), ("websocket_allowed_origins", None),
    ("websocket_inactivity_timeout", 300000), ("websocket_heartbeat_interval", 30000),
    ("websocket_batch_delay", 0.005), ("websocket_max_workers", 4), ("enable_mcp", None),
    ("mcp_path", None),
]
UPSTREAM_RUN = [
    ("host", None), ("port", None), ("proxy", None), ("debug", None),
    ("hide_all_callbacks", False), ("jupyter_mode", None), ("jupyter_width", "100%"),
    ("jupyter_height", 650), ("jupyter_server_url", None), ("dev_tools_ui", None),
    ("dev_tools_props_check", None), ("dev_tools_serve_dev_bundles", None),
    ("dev_tools_hot_reload", None), ("dev_tools_hot_reload_interval", None),
    ("dev_tools_hot_reload_watch_interval", None), ("dev_tools_hot_reload_max_retry", None),
    ("dev_tools_silence_routes_logging", None), ("dev_tools_disable_version_check", None),
    ("dev_tools_prune_errors", None), ("dev_tools_validate_callbacks", None),
]
UPSTREAM_ALL = [
    "Input", "Output", "State", "clientside_callback", "ClientsideFunction", "MATCH",
    "ALLSMALLER", "ALL", "development", "exceptions", "dcc", "html", "dash_table",
    "__version__", "callback_context", "set_props", "callback", "get_app", "get_asset_url",
    "get_relative_path", "strip_relative_path", "CeleryManager", "DiskcacheManager",
    "register_page", "page_registry", "Dash", "no_update", "NoUpdate", "page_container",
    "Patch", "jupyter_dash", "ctx", "hooks", "stringify_id",
]
API_JSON = Path("/work/shared/api/dash_api_surface.json")


def _signature(func):
    params = list(inspect.signature(func).parameters.values())[1:]  # drop self
    *named, var_kw = params
    assert var_kw.kind is inspect.Parameter.VAR_KEYWORD
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in named)
    return [(p.name, ... if p.name == "index_string" else p.default) for p in named], var_kw.name


@pytest.mark.parametrize(
    "func, expected, var_kw",
    [(Dash.__init__, UPSTREAM_INIT, "obsolete"), (Dash.run, UPSTREAM_RUN, "flask_run_options")],
)
def test_signature_matches_upstream(func, expected, var_kw):
    assert _signature(func) == (expected, var_kw)


@pytest.mark.skipif(not API_JSON.exists(), reason="shared API surface not on this machine")
def test_transcribed_signatures_match_the_api_surface():
    api = json.loads(API_JSON.read_text())
    for name, expected in (("Dash.__init__", UPSTREAM_INIT), ("Dash.run", UPSTREAM_RUN)):
        params = [p for p in api["signatures"][name]["parameters"] if p["kind"] == "POSITIONAL_OR_KEYWORD"]
        assert [(p["name"], p.get("default", ...)) for p in params if p["name"] != "self"] == expected
    assert api["dash.__all__"] == UPSTREAM_ALL


def test_every_public_name_is_importable():
    assert sorted(dash.__all__) == sorted(UPSTREAM_ALL)
    for name in dash.__all__:
        assert getattr(dash, name) is not None, name
    assert isinstance(dash.page_container, html.Div)


def test_default_index_string_has_every_placeholder():
    default = inspect.signature(Dash).parameters["index_string"].default
    for key in ("metas", "title", "favicon", "css", "app_entry", "config", "scripts", "renderer"):
        assert f"{{%{key}%}}" in default


def test_config_defaults(clean_env, tmp_path):
    app = Dash("config_app")
    config = app.config
    assert config.routes_pathname_prefix == "/"
    assert config.requests_pathname_prefix == "/"
    assert config.url_base_pathname is None
    assert config.serve_locally is True
    assert config.compress is False
    assert config.suppress_callback_exceptions is False
    assert config.assets_external_path == ""
    assert config.title == "Dash" and app.title == "Dash"
    assert config.assets_folder.endswith("assets")
    assert isinstance(app.server, flask.Flask)
    assert app.scripts.config.serve_locally is True and app.css.config.serve_locally is True


def test_config_read_only_and_final(clean_env):
    app = Dash("ro_app")
    with pytest.raises(AttributeError, match="Read-only"):
        app.config.serve_locally = False
    with pytest.raises(AttributeError, match="Read-only"):
        app.config["requests_pathname_prefix"] = "/x/"
    with pytest.raises(AttributeError, match="Invalid config key"):
        app.config.not_a_key = 1
    app.config.suppress_callback_exceptions = True  # writable
    assert "_read_only" in app.config.__dict__
    app.config.update({"title": "New"})
    assert dict(app.config.items())["title"] == "New"


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"url_base_pathname": "/a/"}, ("/a/", "/a/", "/a/")),
        ({"routes_pathname_prefix": "/b/"}, (None, "/b/", "/b/")),
        ({"requests_pathname_prefix": "/x/"}, (None, "/", "/x/")),
        ({"routes_pathname_prefix": "/b/", "requests_pathname_prefix": "/x/b/"}, (None, "/b/", "/x/b/")),
    ],
)
def test_pathname_prefixes(clean_env, kwargs, expected):
    config = Dash("prefix_app", **kwargs).config
    assert (config.url_base_pathname, config.routes_pathname_prefix, config.requests_pathname_prefix) == expected


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"url_base_pathname": "/a/", "routes_pathname_prefix": "/b/"}, "ambiguous"),
        ({"url_base_pathname": "/a/", "requests_pathname_prefix": "/b/"}, "ambiguous"),
        ({"routes_pathname_prefix": "b/"}, "start with `/`"),
        ({"routes_pathname_prefix": "/b"}, "end with `/`"),
        ({"requests_pathname_prefix": "x/"}, "start with `/`"),
        ({"url_base_pathname": "/a"}, "end with `/`"),
        ({"url_base_pathname": 3}, "must be a string"),
    ],
)
def test_bad_pathname_prefixes(clean_env, kwargs, message):
    with pytest.raises(exceptions.InvalidConfig, match=message):
        Dash("bad_prefix", **kwargs)


def test_pathname_env_vars(clean_env):
    clean_env.setenv("DASH_URL_BASE_PATHNAME", "/env/")
    assert Dash("env_app").config.requests_pathname_prefix == "/env/"
    # a keyword wins over the environment
    assert Dash("env_app", url_base_pathname="/kw/").config.routes_pathname_prefix == "/kw/"
    clean_env.delenv("DASH_URL_BASE_PATHNAME")
    clean_env.setenv("DASH_APP_NAME", "myapp")
    config = Dash("env_app", routes_pathname_prefix="/b/").config
    assert (config.routes_pathname_prefix, config.requests_pathname_prefix) == ("/b/", "/myapp/b/")


def test_bool_env_vars(clean_env):
    clean_env.setenv("DASH_SUPPRESS_CALLBACK_EXCEPTIONS", "true")
    assert Dash("env_bool").config.suppress_callback_exceptions is True
    clean_env.setenv("DASH_SUPPRESS_CALLBACK_EXCEPTIONS", "maybe")
    with pytest.raises(exceptions.InvalidConfig, match="not a boolean"):
        Dash("env_bool")


@pytest.mark.parametrize(
    "index_string, missing",
    [
        ("<html></html>", "{%app_entry%}, {%config%}, {%scripts%}"),
        ("{%app_entry%}{%config%}", "{%scripts%}"),
    ],
)
def test_bad_index_string(clean_env, index_string, missing):
    with pytest.raises(exceptions.InvalidIndexException, match=f"Missing items {missing}"):
        Dash("bad_index", index_string=index_string)
    app = Dash("bad_index")
    with pytest.raises(exceptions.InvalidIndexException):
        app.index_string = index_string
    app.index_string = "<div>{%app_entry%}{%config%}{%scripts%}</div>"


def test_obsolete_and_unknown_keywords(clean_env):
    manager = object()
    with pytest.warns(UserWarning, match="long_callback_manager"):
        app = Dash("obsolete_app", long_callback_manager=manager)
    assert app._background_manager is manager
    with pytest.raises(exceptions.ObsoleteKeywordException, match="not both"):
        Dash("obsolete_app", long_callback_manager=manager, background_callback_manager=manager)
    with pytest.raises(exceptions.ObsoleteKeywordException, match="static_folder"):
        Dash("obsolete_app", static_folder="x")
    with pytest.raises(TypeError, match="unexpected keyword argument 'foo'"):
        Dash("obsolete_app", foo=1)


def test_no_effect_keywords_warn_once(clean_env, monkeypatch):
    from dash import dash as dash_module

    monkeypatch.setattr(dash_module, "_warned", set())
    with pytest.warns(UserWarning, match=r"Dash\(websocket_callbacks=\.\.\.\) has no effect"):
        Dash("ws_app", websocket_callbacks=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Dash("ws_app", websocket_callbacks=True)  # second time: quiet
        Dash("ws_app", websocket_max_workers=4)  # default value: quiet


def test_compress_without_flask_compress_warns(clean_env, monkeypatch):
    import builtins

    from dash import dash as dash_module

    monkeypatch.setattr(dash_module, "_warned", set())
    real_import = builtins.__import__

    def no_flask_compress(name, *args, **kwargs):
        if name == "flask_compress":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_flask_compress)
    with pytest.warns(UserWarning, match="flask-compress"):
        app = Dash("compress_app", compress=True)
    assert app.config.compress is True


def test_run_server_is_gone(clean_env):
    app = Dash("old_app")
    with pytest.raises(exceptions.ObsoleteKeywordException, match="app.run"):
        app.run_server()


def test_layout_types(clean_env):
    app = Dash("layout_app")
    app.layout = html.Div("x")
    app.layout = [html.Div("a"), html.Div("b")]
    app.layout = lambda: html.Div("f")
    for bad in (5, "text", [html.Div(), None], {"a": 1}):
        with pytest.raises(exceptions.NoLayoutException, match="Layout must be"):
            app.layout = bad


def test_server_choices(clean_env):
    own = flask.Flask("own")
    app = Dash("server_app", server=own)
    assert app.server is own
    assert any(rule.rule == "/_dash-layout" for rule in own.url_map.iter_rules())

    later = Dash("late_app", server=False)
    assert later.server is None
    target = flask.Flask("target")
    later.init_app(target, routes_pathname_prefix="/late/")
    assert later.server is target
    assert later.config.requests_pathname_prefix == "/late/"
    assert any(rule.rule == "/late/_dash-layout" for rule in target.url_map.iter_rules())
    with pytest.raises(AttributeError, match="init_app"):
        later.config.routes_pathname_prefix = "/x/"

    with pytest.raises(exceptions.InvalidConfig, match="server"):
        Dash("bad_server", server="yes")


def test_two_apps_share_one_flask_server(clean_env):
    server = flask.Flask("shared")
    one = Dash("one", server=server, url_base_pathname="/one/")
    two = Dash("two", server=server, url_base_pathname="/two/")
    one.layout = html.Div("one")
    two.layout = html.Div("two")
    client = server.test_client()
    assert b'"one"' in client.get("/one/_dash-layout").data
    assert b'"two"' in client.get("/two/_dash-layout").data

    def broken():
        raise ValueError("broken layout")

    one.layout = broken
    one.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    error = client.get("/one/_dash-layout").get_json()["error"]
    assert error["message"] == "broken layout" and "traceback" in error  # app one's debug flag


def test_plugins_are_plugged(clean_env):
    class Plugin:
        def plug(self, app):
            app.plugged = True

    assert Dash("plug_app", plugins=[Plugin()]).plugged is True


def test_enable_dev_tools_defaults_follow_debug(clean_env):
    app = Dash("dev_app")
    assert app.enable_dev_tools(debug=True, dev_tools_hot_reload=False) is True
    assert app._debug is True
    assert app._dev_tools.ui is True and app._dev_tools.props_check is True
    assert app._dev_tools.hot_reload is False
    assert app.enable_dev_tools() is False
    assert app._debug is False and app._dev_tools.ui is False
    clean_env.setenv("DASH_DEBUG", "true")
    assert app.enable_dev_tools() is True


def test_run_validates_port_and_proxy(clean_env):
    app = Dash("run_app")
    app.layout = html.Div()
    with pytest.raises(exceptions.InvalidConfig, match="1 to 65535"):
        app.run(port=0)
    with pytest.raises(exceptions.InvalidConfig, match="1 to 65535"):
        app.run(port="abc")
    clean_env.setenv("PORT", "70000")
    with pytest.raises(exceptions.InvalidConfig, match="port='70000'"):
        app.run()
    with pytest.raises(exceptions.ProxyError, match="serves"):
        app.run(port=8050, proxy="http://0.0.0.0:9999::https://example.com")


def test_long_callback_is_a_background_callback(clean_env):
    from dash import Input, Output

    app = Dash("long_app")
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

    class Manager:
        def register(self, entry):
            self.entry = entry

    manager = Manager()

    @app.long_callback(Output("out", "children"), Input("go", "n_clicks"), manager=manager, interval=500)
    def work(n_clicks):
        return n_clicks

    spec = app._callback_list[-1]
    assert spec["background"]["interval"] == 500
    assert manager.entry.callback_id == spec["callback_id"]
