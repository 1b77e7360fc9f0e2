"""Component-library resources: fingerprints, registration, page tags, suite serving, assets."""
import os
import re

import pytest

from dash import Dash, exceptions, html
from dash.fingerprint import build_fingerprint, check_fingerprint
from dash.resources import resolve_resource


# -- fingerprints -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, version, mtime, expected",
    [
        ("dash_mantine_components.js", "2.8.1", 1795465637, "dash_mantine_components.v2_8_1m1795465637.js"),
        ("_components/dash_bootstrap_components.min.js", "2.0.4", 1795465638.9,
         "_components/dash_bootstrap_components.v2_0_4m1795465638.min.js"),
        ("deps/react@18.3.1.min.js", "4.4.1", 1795465636, "deps/react@18.v4_4_1m1795465636.3.1.min.js"),
        ("dash-renderer/build/dash_renderer.min.js", "4.4.1", 1, "dash-renderer/build/dash_renderer.v4_4_1m1.min.js"),
        ("bundle.js", "1.0.0rc1+local", 5, "bundle.v1_0_0rc1_localm5.js"),
        ("LICENSE", "1.0", 5, "LICENSE"),
    ],
)
def test_build_fingerprint(path, version, mtime, expected):
    assert build_fingerprint(path, version, mtime) == expected


@pytest.mark.parametrize(
    "path, expected",
    [
        ("async-DashIconify.v0_1_2m1650551946.js", ("async-DashIconify.js", True)),
        ("deps/react@18.v4_4_1m1795465636.3.1.min.js", ("deps/react@18.3.1.min.js", True)),
        ("_components/dbc.v2_0_4m1795465638.min.js", ("_components/dbc.min.js", True)),
        ("async-AreaChart.v9_9_9m123.js", ("async-AreaChart.js", True)),
        ("x.vabcmDEADbeef.js", ("x.js", True)),
        ("dash_iconify.min.js", ("dash_iconify.min.js", False)),
        ("v1m2.js", ("v1m2.js", False)),
        ("a.v1m2.js/inner.js", ("a.v1m2.js/inner.js", False)),  # only the last segment
        ("a.vXmZZ.js", ("a.vXmZZ.js", False)),  # mtime must be hex
    ],
)
def test_check_fingerprint(path, expected):
    assert check_fingerprint(path) == expected


def test_fingerprint_round_trip():
    for path in ("a/b/c.min.js", "deps/prop-types@15.8.1.js", "x.css"):
        assert check_fingerprint(build_fingerprint(path, "3.2.1", 99)) == (path, True)


# -- resolving entries --------------------------------------------------------------------


def _resolve(entry, serve_locally=True, eager_loading=False, dev_bundles=False):
    return resolve_resource(entry, serve_locally=serve_locally, eager_loading=eager_loading, dev_bundles=dev_bundles)


def test_async_and_dynamic_together_is_rejected():
    with pytest.raises(exceptions.ResourceException, match="both 'dynamic' and 'async'"):
        _resolve({"relative_package_path": "a.js", "namespace": "x", "async": True, "dynamic": False})


@pytest.mark.parametrize(
    "mode, eager, dynamic",
    [(True, False, True), (True, True, False), ("eager", False, True), ("eager", True, False),
     ("lazy", False, True), ("lazy", True, True), (False, False, False)],
)
def test_async_modes(mode, eager, dynamic):
    res = _resolve({"relative_package_path": "a.js", "namespace": "x", "async": mode}, eager_loading=eager)
    assert res.dynamic is dynamic


def test_entry_choices():
    entry = {"relative_package_path": "a.min.js", "dev_package_path": "a.js", "external_url": "https://c/a.js", "namespace": "x"}
    assert _resolve(entry).relative_package_path == "a.min.js"
    assert _resolve(entry, dev_bundles=True).relative_package_path == "a.js"
    assert _resolve(entry, serve_locally=False).external_url == "https://c/a.js"
    assert _resolve({**entry, "external_only": True}).external_url == "https://c/a.js"
    assert _resolve({**entry, "dev_only": True}) is None
    assert _resolve({**entry, "dev_only": True}, dev_bundles=True).relative_package_path == "a.js"
    assert _resolve({**entry, "dev_only": True}, serve_locally=False).external_url == "https://c/a.js"
    assert _resolve({"external_url": "https://c/only.js"}) is None  # nothing local to serve
    with pytest.raises(exceptions.ResourceException, match="absolute_path"):
        _resolve({"absolute_path": "/etc/passwd"})
    with pytest.raises(exceptions.ResourceException, match="namespace"):
        _resolve({"relative_package_path": "a.js"})
    with pytest.raises(exceptions.ResourceException, match="neither"):
        _resolve({"namespace": "x"}, serve_locally=False)


# -- a real library through the app ------------------------------------------------------


def _script_srcs(page):
    return re.findall(r'<script src="([^"]+)"', page)


@pytest.fixture
def lib_app(make_library, clean_env):
    lib = make_library("fakelib")
    app = Dash("lib_app")
    app.layout = html.Div(lib.Widget(id="w"))
    return app


def test_library_scripts_in_page_order(lib_app):
    import fakelib

    folder = os.path.dirname(fakelib.__file__)
    mtime = {rel: int(os.stat(os.path.join(folder, rel)).st_mtime) for rel in ("fakelib.min.js", "_components/sub.min.js")}
    page = lib_app.server.test_client().get("/").get_data(as_text=True)
    suites = [src.split("/_dash-component-suites/", 1)[1] for src in _script_srcs(page)]
    # React deps first (other tests may have imported more libraries: positions are relative)
    assert [s.split(".")[0] for s in suites[:3]] == ["dash/deps/react@18", "dash/deps/react-dom@18", "dash/deps/prop-types@15"]
    lib = suites.index(f"fakelib/fakelib.v1_2_3m{mtime['fakelib.min.js']}.min.js")
    assert suites[lib + 1] == f"fakelib/_components/sub.v1_2_3m{mtime['_components/sub.min.js']}.min.js"
    renderer = next(i for i, s in enumerate(suites) if s.startswith("dash/dash-renderer/build/dash_renderer."))
    assert lib < renderer
    # dash's own bundles right after the renderer, in upstream order
    assert [s.split("/")[0] for s in suites[renderer + 1:]] == ["dash_core_components", "dash_html_components", "dash_table"]
    # the async chunk and the dynamic maps get no tag
    assert "async-Chunk" not in page and ".map" not in page
    assert '<link rel="stylesheet" href="/_dash-component-suites/fakelib/fakelib.v1_2_3m' in page


def test_eager_loading_emits_async_chunks(make_library, clean_env):
    make_library("eagerlib")
    app = Dash("eager_app", eager_loading=True)
    app.layout = html.Div()
    srcs = _script_srcs(app.server.test_client().get("/").get_data(as_text=True))
    assert any("/eagerlib/async-Chunk.v1_2_3m" in src for src in srcs)
    assert not any(src.endswith(".map") for src in srcs)


def test_serve_locally_false_uses_external_urls(make_library, clean_env):
    make_library("cdnlib")
    app = Dash("cdn_app", serve_locally=False)
    app.layout = html.Div()
    srcs = _script_srcs(app.server.test_client().get("/").get_data(as_text=True))
    assert "https://cdn.example.com/cdnlib.min.js" in srcs
    assert any("/cdnlib/_components/sub.v" in src for src in srcs)  # no external_url: local


def test_testing_runner_switch_to_local(make_library, clean_env):
    make_library("switchlib")
    app = Dash("switch_app", serve_locally=False)
    app.layout = html.Div()
    app.scripts.config.serve_locally = True
    app.css.config.serve_locally = True
    srcs = _script_srcs(app.server.test_client().get("/").get_data(as_text=True))
    assert not any(src.startswith("https://cdn.example.com") for src in srcs)


def test_serving_suite_files(lib_app):
    client = lib_app.server.test_client()
    client.get("/")
    plain = client.get("/_dash-component-suites/fakelib/fakelib.min.js")
    assert plain.status_code == 200
    assert plain.mimetype == "application/javascript"
    assert plain.data.startswith(b"window.fakelib")
    assert "max-age=31536000" not in plain.headers.get("Cache-Control", "")
    etag = plain.headers["ETag"]
    again = client.get("/_dash-component-suites/fakelib/fakelib.min.js", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""

    fingerprinted = client.get("/_dash-component-suites/fakelib/fakelib.v1_2_3m1650551946.min.js")
    assert fingerprinted.status_code == 200
    assert "max-age=31536000" in fingerprinted.headers["Cache-Control"]
    assert fingerprinted.data == plain.data

    sub = client.get("/_dash-component-suites/fakelib/_components/sub.v9_9_9m1.min.js")
    assert (sub.status_code, sub.data) == (200, b"/* sub-folder bundle */\n")
    chunk = client.get("/_dash-component-suites/fakelib/async-Chunk.v0_1_2m1650551946.js")
    assert (chunk.status_code, chunk.data) == (200, b"/* async chunk */\n")

    source_map = client.get("/_dash-component-suites/fakelib/fakelib.min.js.map")
    assert source_map.status_code == 200
    assert source_map.mimetype == "application/json"
    assert source_map.get_json() == {"version": 3, "sources": []}

    css = client.get("/_dash-component-suites/fakelib/fakelib.css")
    assert css.mimetype == "text/css"


@pytest.mark.parametrize(
    "url",
    [
        "/_dash-component-suites/fakelib/async-Chunk.js.map",  # registered, not shipped
        "/_dash-component-suites/fakelib/__init__.py",  # shipped, not registered
        "/_dash-component-suites/fakelib/nope.js",
        "/_dash-component-suites/fakelib/../fakelib/fakelib.min.js",
        "/_dash-component-suites/os/os.py",
        "/_dash-component-suites/unknownpkg/x.js",
    ],
)
def test_unregistered_or_missing_suite_files_are_404(lib_app, url):
    client = lib_app.server.test_client()
    client.get("/")
    response = client.get(url)
    assert response.status_code == 404
    if response.mimetype == "application/json":
        assert "traceback" not in response.get_json()["error"]


def test_chunks_are_servable_before_any_page_render(lib_app):
    # another worker process may get the chunk request first
    response = lib_app.server.test_client().get("/_dash-component-suites/fakelib/async-Chunk.js")
    assert response.status_code == 200


def test_registered_paths(lib_app):
    lib_app.server.test_client().get("/")
    registered = lib_app.registered_paths.as_dict()
    assert registered["fakelib"] == sorted(
        ["fakelib.min.js", "_components/sub.min.js", "async-Chunk.js", "async-Chunk.js.map", "fakelib.min.js.map", "fakelib.css"]
    )
    assert "dash_html_components.min.js" in registered["dash_html_components"]


def test_package_key_serves_from_another_package(make_library, clean_env):
    make_library("holder", js_dist=[], css_dist=[], files={"inner/data.js": "/* held */"})
    make_library(
        "aliaslib",
        js_dist=[{"relative_package_path": "inner/data.js", "namespace": "alias_ns", "package": "holder"}],
        css_dist=[],
        files={},
    )
    app = Dash("alias_app")
    app.layout = html.Div()
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert "/_dash-component-suites/alias_ns/inner/data.v1_2_3m" in page
    assert client.get("/_dash-component-suites/alias_ns/inner/data.js").data == b"/* held */"
    assert client.get("/_dash-component-suites/holder/inner/data.js").status_code == 404


def test_library_without_version_or_file_is_served_plain(make_library, clean_env, caplog):
    make_library("nofile", js_dist=[{"relative_package_path": "missing.js", "namespace": "nofile"}], css_dist=[], files={})
    app = Dash("nofile_app")
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert 'src="/_dash-component-suites/nofile/missing.js"' in page
    assert "missing.js of package nofile was not found" in caplog.text


def test_attributes_on_library_scripts(make_library, clean_env):
    make_library(
        "attrlib",
        js_dist=[{"relative_package_path": "attrlib.min.js", "namespace": "attrlib", "attributes": {"crossorigin": "anonymous", "defer": True}}],
        css_dist=[],
    )
    app = Dash("attr_app")
    app.layout = html.Div()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert re.search(r'<script src="/_dash-component-suites/attrlib/attrlib\.v[^"]+" crossorigin="anonymous" defer></script>', page)


def test_appended_scripts_and_hook_resources(clean_env):
    from dash import hooks

    hooks.script([{"external_url": "https://cdn.example.com/hook.js", "external_only": True}])
    hooks.stylesheet([{"external_url": "https://cdn.example.com/hook.css", "external_only": True}])
    app = Dash("append_app")
    app.layout = html.Div()
    app.scripts.append_script({"external_url": "https://cdn.example.com/appended.js", "external_only": True})
    page = app.server.test_client().get("/").get_data(as_text=True)
    srcs = _script_srcs(page)
    assert srcs.index("https://cdn.example.com/appended.js") < next(i for i, s in enumerate(srcs) if "dash_renderer" in s)
    assert srcs[-1] == "https://cdn.example.com/hook.js"
    assert '<link rel="stylesheet" href="https://cdn.example.com/hook.css">' in page


# -- assets --------------------------------------------------------------------------------


@pytest.fixture
def assets_app(app_dir, clean_env):
    assets = app_dir / "assets"
    for rel, text in {
        "b.css": "b{}",
        "a.css": "a{}",
        "z.js": "var z;",
        "mod.mjs": "export const m = 1;",
        "sub/c.js": "var c;",
        "ignored.js": "var bad;",
        "skip/d.js": "var d;",
        "img/logo.png": "png",
        "favicon.ico": "ico",
    }.items():
        (assets / rel).parent.mkdir(parents=True, exist_ok=True)
        (assets / rel).write_text(text)

    def make(**kwargs):
        app = Dash("myapp", **kwargs)
        app.layout = html.Div()
        return app

    return make


def test_assets_are_included_sorted_and_filtered(assets_app):
    app = assets_app(assets_ignore="ignored", assets_path_ignore=["skip"])
    page = app.server.test_client().get("/").get_data(as_text=True)
    css = re.findall(r'href="/assets/([^"?]+)\?m=\d+"', page)
    assert css == ["favicon.ico", "a.css", "b.css"]  # favicon link, then stylesheets sorted
    assert page.index("a.css") < page.index("</head>")
    srcs = [s for s in _script_srcs(page) if s.startswith("/assets/")]
    assert [s.split("?")[0] for s in srcs] == ["/assets/mod.mjs", "/assets/sub/c.js", "/assets/z.js"]
    assert re.search(r'<script src="/assets/mod\.mjs\?m=\d+" type="module"></script>', page)
    assert "ignored.js" not in page and "d.js" not in page
    assert '<link rel="icon" type="image/x-icon" href="/assets/favicon.ico?m=' in page
    # asset scripts load after the libraries and before the renderer (upstream order)
    assert page.index("/assets/z.js") < page.index("dash_renderer")


def test_assets_are_served(assets_app):
    client = assets_app().server.test_client()
    assert client.get("/assets/img/logo.png").data == b"png"
    assert client.get("/assets/sub/c.js").data == b"var c;"
    assert "javascript" in client.get("/assets/mod.mjs").content_type  # modules need a JS type
    assert client.get("/assets/nope.js").status_code == 404
    assert client.get("/assets/../myapp.py").status_code == 404


def test_assets_can_be_turned_off_and_moved(assets_app):
    off = assets_app(include_assets_files=False).server.test_client()
    assert "/assets/" not in off.get("/").get_data(as_text=True)
    assert off.get("/assets/a.css").status_code == 200  # still served
    moved = assets_app(assets_url_path="static-files", url_base_pathname="/app/").server.test_client()
    page = moved.get("/app/").get_data(as_text=True)
    assert 'href="/app/static-files/a.css?m=' in page
    assert moved.get("/app/static-files/a.css").data == b"a{}"


def test_assets_external_path(assets_app):
    app = assets_app(assets_external_path="https://cdn.example.com/static/", serve_locally=False)
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert 'href="https://cdn.example.com/static/a.css"' in page


def test_bad_assets_ignore_pattern(assets_app):
    response = assets_app(assets_ignore="[").server.test_client().get("/")
    assert response.status_code == 500
    assert "Invalid assets ignore pattern" in response.get_json()["error"]["message"]


# -- real PyPI libraries, when installed ----------------------------------------------------


def test_real_pypi_libraries(clean_env):
    dag = pytest.importorskip("dash_ag_grid")
    dbc = pytest.importorskip("dash_bootstrap_components")
    app = Dash("pypi_app")
    app.layout = html.Div([dag.AgGrid(id="grid"), dbc.Button("b", id="btn")])
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    version = dag.__version__.replace(".", "_")
    grid = re.search(rf'src="(/_dash-component-suites/dash_ag_grid/dash_ag_grid\.v{version}m\d+\.min\.js)"', page)
    boot = re.search(r'src="(/_dash-component-suites/dash_bootstrap_components/_components/dash_bootstrap_components\.v[\w]+m\d+\.min\.js)"', page)
    assert grid and boot
    assert "async-community" not in page
    assert client.get(grid.group(1)).status_code == 200
    assert client.get(boot.group(1)).status_code == 200
    chunk = client.get("/_dash-component-suites/dash_ag_grid/async-community.v1_0_0m123.js")
    assert chunk.status_code == 200 and chunk.mimetype == "application/javascript"
    assert client.get("/_dash-component-suites/dash_ag_grid/async-community.js.map").mimetype == "application/json"


def test_real_pypi_mantine_chunks(clean_env):
    dmc = pytest.importorskip("dash_mantine_components")
    app = Dash("pypi_mantine")
    app.layout = dmc.MantineProvider(dmc.Button("b"))
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    # one main bundle tag; its 17 async chunks and the .map files are never tags
    assert len(re.findall(r'src="/_dash-component-suites/dash_mantine_components/', page)) == 1
    # webpack 5 asks for chunks unfingerprinted, next to the main bundle
    for chunk in ("dash_mantine_components-charts-shared.js", "async-AreaChart.js"):
        response = client.get(f"/_dash-component-suites/dash_mantine_components/{chunk}")
        assert response.status_code == 200 and response.mimetype == "application/javascript"
    # listed in _js_dist as dynamic, but not shipped in the wheel
    missing = client.get("/_dash-component-suites/dash_mantine_components/async-AreaChart.js.map")
    assert missing.status_code == 404
    assert "not registered or not installed" in missing.get_json()["error"]["message"]


def test_dev_bundles_use_unminified_react(clean_env):
    app = Dash("dev_bundles")
    app.layout = html.Div()
    client = app.server.test_client()
    prod = [check_fingerprint(s)[0] for s in _script_srcs(client.get("/").get_data(as_text=True))]
    assert "/_dash-component-suites/dash/deps/react@18.3.1.min.js" in prod
    app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    dev = [check_fingerprint(s)[0] for s in _script_srcs(client.get("/").get_data(as_text=True))]
    assert dev[:3] == [
        "/_dash-component-suites/dash/deps/react@18.3.1.js",
        "/_dash-component-suites/dash/deps/react-dom@18.3.1.js",
        "/_dash-component-suites/dash/deps/prop-types@15.8.1.js",
    ]


def test_etag_changes_with_the_file(lib_app):
    import fakelib

    client = lib_app.server.test_client()
    url = "/_dash-component-suites/fakelib/_components/sub.min.js"
    etag = client.get(url).headers["ETag"]
    path = os.path.join(os.path.dirname(fakelib.__file__), "_components", "sub.min.js")
    with open(path, "w") as handle:
        handle.write("/* rebuilt, longer bundle */\n")
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response.data == b"/* rebuilt, longer bundle */\n"
    assert response.headers["ETag"] != etag


def test_regenerator_runtime_is_a_page_global_before_the_libraries(clean_env):
    """Async chunks of component bundles built with older Babel presets call it."""
    app = Dash("regenerator_app")
    app.layout = html.Div()
    client = app.server.test_client()
    srcs = _script_srcs(client.get("/").get_data(as_text=True))
    runtime = next(s for s in srcs if "regenerator-runtime" in s)
    assert srcs.index(runtime) < next(i for i, s in enumerate(srcs) if "dash_renderer" in s)
    assert b"regeneratorRuntime" in client.get(runtime).data
