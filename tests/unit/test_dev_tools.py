"""Debug mode on the server: dev tools options (keywords, DASH_* env), the page config,
``_reload-hash`` and its file watcher, and pruned callback tracebacks."""
import json
import logging
import os
import re
import time

import pytest

from dash import Dash, Input, Output, html
from dash._dev_tools import HotReload, reloader_extra_files, resolve_dev_tools
from dash.exceptions import InvalidConfig

FLAGS = ("ui", "props_check", "serve_dev_bundles", "hot_reload", "silence_routes_logging", "prune_errors", "validate_callbacks")


def page_config(app):
    html_text = app.server.test_client().get("/").get_data(as_text=True)
    return json.loads(re.search(r'id="_dash-config" type="application/json">(.*?)</script>', html_text).group(1))


@pytest.fixture
def app():
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="in"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "children"))
    def explode(value):
        return helper_that_fails(value)

    return app


def helper_that_fails(value):
    raise ValueError(f"bad value {value!r}")


def call_explode(app):
    spec = next(s for s in app._callback_list if s["output"] == "out.children")
    body = {
        "callback_id": spec["callback_id"],
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "children", "value": "x"}],
        "state": [],
        "changedPropIds": ["in.children"],
    }
    response = app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 500
    return response.get_json()["error"]


# -- options -------------------------------------------------------------------------------


def test_flags_follow_debug(clean_env):
    debug, tools = resolve_dev_tools(None, {})
    assert debug is False
    assert [tools[f] for f in FLAGS if f != "prune_errors"] == [False] * (len(FLAGS) - 1)
    debug, tools = resolve_dev_tools(True, {"hot_reload": False})
    assert debug is True and tools.hot_reload is False
    assert all(tools[f] for f in FLAGS if f != "hot_reload")
    assert (tools.hot_reload_interval, tools.hot_reload_watch_interval, tools.hot_reload_max_retry) == (3.0, 0.5, 8)


@pytest.mark.parametrize(
    "env, given, expected",
    [
        ({"DASH_DEBUG": "true"}, {}, {"ui": True, "hot_reload": True}),
        ({"DASH_DEBUG": "true", "DASH_UI": "false"}, {}, {"ui": False, "props_check": True}),
        ({"DASH_DEBUG": "true", "DASH_UI": "false"}, {"ui": True}, {"ui": True}),
        ({"DASH_PROPS_CHECK": "1"}, {}, {"props_check": True, "ui": False}),
        ({"DASH_HOT_RELOAD": "yes", "DASH_HOT_RELOAD_INTERVAL": "0.25"}, {}, {"hot_reload": True, "hot_reload_interval": 0.25}),
        ({"DASH_HOT_RELOAD_MAX_RETRY": "3", "DASH_HOT_RELOAD_WATCH_INTERVAL": "2"}, {}, {"hot_reload_max_retry": 3, "hot_reload_watch_interval": 2.0}),
        ({"DASH_DEBUG": "true", "DASH_PRUNE_ERRORS": "false"}, {}, {"prune_errors": False}),
        ({"DASH_SILENCE_ROUTES_LOGGING": "true", "DASH_SERVE_DEV_BUNDLES": "true"}, {}, {"silence_routes_logging": True, "serve_dev_bundles": True}),
    ],
)
def test_env_variables_and_keywords(clean_env, env, given, expected):
    for key, value in env.items():
        clean_env.setenv(key, value)
    _, tools = resolve_dev_tools(None, given)
    assert {key: tools[key] for key in expected} == expected


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DASH_DEBUG": "maybe"}, "DASH_DEBUG='maybe' is not a boolean"),
        ({"DASH_HOT_RELOAD_INTERVAL": "fast"}, "DASH_HOT_RELOAD_INTERVAL='fast' is not a float"),
        ({"DASH_HOT_RELOAD_INTERVAL": "-1"}, "must not be negative"),
    ],
)
def test_bad_env_values_are_named(clean_env, env, message):
    for key, value in env.items():
        clean_env.setenv(key, value)
    with pytest.raises(InvalidConfig, match=re.escape(message)):
        resolve_dev_tools(None, {})


def test_unknown_option_is_refused():
    with pytest.raises(TypeError, match="hot_reloads"):
        resolve_dev_tools(True, {"hot_reloads": True})


def test_page_config_in_debug_and_production(clean_env, app):
    config = page_config(app)
    assert (config["debug"], config["ui"], config["props_check"], config["hot_reload"]) == (False, False, False, None)
    app.enable_dev_tools(debug=True, dev_tools_hot_reload_interval=0.2, dev_tools_hot_reload_max_retry=4)
    config = page_config(app)
    assert (config["debug"], config["ui"], config["props_check"]) == (True, True, True)
    # Seconds in Python, milliseconds on the page (as upstream).
    assert config["hot_reload"] == {"interval": 200, "max_retry": 4}


def test_dev_bundles_only_in_debug(clean_env, app):
    def react_scripts():
        page = app.server.test_client().get("/").get_data(as_text=True)
        return re.findall(r'deps/(react|prop-types)@[^"]*?(\.min)?\.js"', page)

    assert react_scripts() == [("react", ".min"), ("prop-types", ".min")]
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    assert react_scripts() == [("react", ""), ("prop-types", "")]


def test_silence_routes_logging(clean_env, app):
    werkzeug = logging.getLogger("werkzeug")
    level = werkzeug.level
    try:
        app.enable_dev_tools(debug=True, dev_tools_silence_routes_logging=True, dev_tools_hot_reload=False)
        assert werkzeug.level == logging.ERROR
    finally:
        werkzeug.setLevel(level)


# -- _reload-hash -----------------------------------------------------------------------------


def test_reload_hash_absent_in_production(clean_env, app):
    client = app.server.test_client()
    response = client.get("/_reload-hash")
    assert response.status_code == 404 and "Traceback" not in response.get_data(as_text=True)
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    assert client.get("/_reload-hash").status_code == 404


def test_reload_hash_follows_asset_changes(clean_env, tmp_path):
    (tmp_path / "style.css").write_text("body {color: red}")
    (tmp_path / "extra.py").write_text("X = 1")
    app = Dash(__name__, assets_folder=str(tmp_path), extra_hot_reload_paths=[str(tmp_path / "extra.py")])
    app.layout = html.Div()
    app.enable_dev_tools(debug=True, dev_tools_hot_reload_watch_interval=0.05)
    client = app.server.test_client()

    def wait_for_new_hash(previous):
        deadline = time.time() + 5
        while time.time() < deadline:
            state = client.get("/_reload-hash").get_json()
            if state["reloadHash"] != previous:
                return state
            time.sleep(0.05)
        raise AssertionError("the reload hash did not change")

    first = client.get("/_reload-hash").get_json()
    assert first == {"reloadHash": first["reloadHash"], "hard": False, "packages": [], "files": []}
    time.sleep(0.1)
    # Some filesystems keep mtimes in whole seconds: move the mtime explicitly.
    os.utime(tmp_path / "style.css", (time.time(), time.time() + 5))
    css = wait_for_new_hash(first["reloadHash"])
    assert css["hard"] is False
    assert [(f["url"], f["is_css"]) for f in css["files"]] == [("/assets/style.css", True)]
    (tmp_path / "app.js").write_text("window.x = 1;")
    js = wait_for_new_hash(css["reloadHash"])
    assert js["hard"] is True
    assert sorted(f["url"] for f in js["files"]) == ["/assets/app.js", "/assets/style.css"]


def test_changes_outside_assets_and_deletions_are_hard(tmp_path):
    (tmp_path / "assets").mkdir()
    state = HotReload(assets_folder=str(tmp_path / "assets"), asset_url=lambda p: "/assets/" + p)
    css = str(tmp_path / "assets" / "a.css")
    state.record_changes({}, {css: 1.0})
    assert state.hard is False and state.files["a.css"]["modified"] == 1000
    state.record_changes({css: 1.0}, {})
    assert state.hard is True
    other = HotReload(assets_folder=str(tmp_path / "assets"), asset_url=lambda p: p)
    other.record_changes({}, {str(tmp_path / "models.py"): 2.0})
    assert other.hard is True and other.files == {}


def test_reloader_extra_files(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.yaml").write_text("a: 1")
    (tmp_path / "data" / "__pycache__").mkdir()
    (tmp_path / "data" / "__pycache__" / "x.pyc").write_bytes(b"")
    (tmp_path / "single.txt").write_text("x")
    found = reloader_extra_files([str(tmp_path / "data"), str(tmp_path / "single.txt"), str(tmp_path / "missing")])
    assert found == [str(tmp_path / "data" / "a.yaml"), str(tmp_path / "single.txt")]


# -- callback errors ---------------------------------------------------------------------


def test_callback_traceback_pruned_to_user_code(clean_env, app):
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    error = call_explode(app)
    traceback_text = error["traceback"]
    assert error["message"] == "bad value 'x'"
    assert traceback_text.startswith("Traceback (most recent call last):\n")
    files = re.findall(r'File "([^"]+)"', traceback_text)
    assert files and all(f == __file__ for f in files), files
    assert "in explode" in traceback_text and "in helper_that_fails" in traceback_text
    assert traceback_text.rstrip().endswith("ValueError: bad value 'x'")


def test_callback_traceback_unpruned(clean_env, app):
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False, dev_tools_prune_errors=False)
    traceback_text = call_explode(app)["traceback"]
    assert os.path.join("dash", "_dispatch.py") in traceback_text
    assert "in helper_that_fails" in traceback_text
    # As the Werkzeug debugger shows it: the server's frames that led to the callback too.
    assert "self.wsgi_app(environ, start_response)" in traceback_text
    assert traceback_text.index("flask") < traceback_text.index("in explode")


def test_no_traceback_in_production(clean_env, app):
    error = call_explode(app)
    assert error == {"type": "ValueError", "message": "Callback error updating out.children"}


def test_prune_keeps_the_innermost_frame_when_all_are_dash(clean_env):
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="in"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "children"))
    def unencodable(value):
        return object()  # fails in Dash's encoder, after the user's code returned

    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    error = call_explode(app)
    frames = re.findall(r'File "([^"]+)"', error["traceback"])
    assert len(frames) == 1 and os.sep + "dash" + os.sep in frames[0], error["traceback"]
    assert error["type"] in error["traceback"]


# -- Server-Timing, validation layout --------------------------------------------------------


def timed_app():
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="in"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "children"))
    def slow(value):
        from dash import ctx

        ctx.record_timing("pancakes", 1.23)
        time.sleep(0.2)
        return value

    return app


def server_timing(app):
    spec = app._callback_list[0]
    body = {
        "callback_id": spec["callback_id"],
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "children", "value": "x"}],
        "changedPropIds": ["in.children"],
    }
    return app.server.test_client().post("/_dash-update-component", json=body).headers.get("Server-Timing")


def test_server_timing_has_the_whole_request_in_debug(clean_env):
    app = timed_app()
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    entries = dict(part.split(";dur=") for part in server_timing(app).split(", "))
    assert list(entries) == ["__dash_server", "pancakes"]
    assert int(entries["__dash_server"]) >= 200 and entries["pancakes"] == "1230"


def test_server_timing_without_debug_or_ui(clean_env):
    assert server_timing(timed_app()) == "pancakes;dur=1230"
    app = timed_app()
    app.enable_dev_tools(debug=True, dev_tools_ui=False, dev_tools_hot_reload=False)
    assert server_timing(app) == "pancakes;dur=1230"


def layout_function():
    import flask

    pages = [html.Div(id="page-1-input")] if not flask.has_request_context() else []
    return html.Div([html.Div(id="url"), *pages])


@pytest.mark.parametrize(
    "setup, expected",
    [
        ({"debug": True}, None),
        ({"debug": True, "validation_layout": html.Div(id="every-page")}, "every-page"),
        ({"debug": True, "layout": layout_function}, "page-1-input"),
        ({"debug": True, "layout": layout_function, "suppress": True}, None),
        ({"debug": True, "validation_layout": html.Div(id="every-page"), "validate": False}, None),
        ({"debug": False, "validation_layout": html.Div(id="every-page")}, None),
    ],
)
def test_validation_layout_in_page_config(clean_env, setup, expected):
    app = Dash(__name__, suppress_callback_exceptions=setup.get("suppress", False))
    app.layout = setup.get("layout", html.Div(id="url"))
    if "validation_layout" in setup:
        app.validation_layout = setup["validation_layout"]
    app.enable_dev_tools(debug=setup["debug"], dev_tools_validate_callbacks=setup.get("validate"), dev_tools_hot_reload=False)
    config = page_config(app)
    assert config["validate_callbacks"] is (setup["debug"] and setup.get("validate", True))
    found = json.dumps(config.get("validation_layout"))
    assert (expected in found) if expected else "validation_layout" not in config


def test_failing_layout_function_left_to_the_layout_request(clean_env):
    app = Dash(__name__)

    def broken():
        raise ValueError("broken layout")

    app.layout = broken
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    assert app.validation_layout is None
    assert app.server.test_client().get("/_dash-layout").get_json()["error"]["message"] == "broken layout"
