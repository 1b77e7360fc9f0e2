"""Dash Pages through the real Flask test client: registry, routing, redirects, 404, meta tags, prefixes."""
import importlib
import re
import sys
import textwrap
from pathlib import Path
from typing import Any, Dict

import pytest

import dash
from dash import Dash, State, dcc, exceptions, html
from dash._pages import PAGE_REGISTRY, find_page


@pytest.fixture(autouse=True)
def empty_registry():
    PAGE_REGISTRY.clear()


@pytest.fixture(autouse=True)
def forget_page_modules():
    yield
    for name in [n for n in sys.modules if n.split(".")[0] in ("pages", "my_pages")]:
        del sys.modules[name]


def write_page(folder: Path, name: str, source: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.py").write_text(textwrap.dedent(source))


def test_page_container_shape():
    container = dash.page_container
    ids = [child.id for child in container.children]
    assert ids == ["_pages_location", "_pages_content", "_pages_store", "_pages_dummy"]
    assert type(container.children[0]).__name__ == "Location"
    assert container.children[0].refresh == "callback-nav"
    assert type(container.children[2]).__name__ == "Store"


def test_register_page_infers_path_name_title_order(clean_env):
    Dash("pages_app")
    dash.register_page("pages.home", path="/", layout=html.Div("home"))
    dash.register_page("pages.historical_analysis", layout=html.Div("h"))
    dash.register_page("pages.not_found_404", layout=html.Div("404"))
    dash.register_page("pages.report", path_template="/report/<report_id>", layout=html.Div("r"))
    home = dash.page_registry["pages.home"]
    assert (home["path"], home["name"], home["title"], home["order"]) == ("/", "Home", "Home", 0)
    hist = dash.page_registry["pages.historical_analysis"]
    assert (hist["path"], hist["name"], hist["relative_path"], hist["description"]) == (
        "/historical-analysis", "Historical analysis", "/historical-analysis", "")
    assert dash.page_registry["pages.not_found_404"]["path"] == "/not-found-404"
    assert dash.page_registry["pages.report"]["path"] == "/report/none"
    assert list(dash.page_registry) == [
        "pages.home", "pages.historical_analysis", "pages.not_found_404", "pages.report"]


def test_registry_order_numbers_then_strings_then_module(clean_env):
    Dash("pages_app")
    dash.register_page("pages.home", path="/", layout=html.Div())
    dash.register_page("pages.zeta", layout=html.Div())
    assert dash.page_registry["pages.home"]["order"] == 0
    dash.register_page("pages.b_str", order="b", layout=html.Div())
    dash.register_page("pages.a_str", order="a", layout=html.Div())
    dash.register_page("pages.second", order=2.5, layout=html.Div())
    dash.register_page("pages.first", order=1, layout=html.Div())
    # once any page chooses an order, the home page no longer defaults to 0
    assert dash.page_registry["pages.home"]["order"] is None
    assert list(dash.page_registry) == [
        "pages.first", "pages.second", "pages.a_str", "pages.b_str", "pages.home", "pages.zeta"]


def test_register_page_keeps_extra_keywords(clean_env):
    Dash("pages_app", url_base_pathname="/app/")
    dash.register_page("pages.x", path="/x", name="X!", title="Title X", order=3, icon="star", layout=html.Div())
    page = dash.page_registry["pages.x"]
    assert (page["name"], page["title"], page["order"], page["icon"]) == ("X!", "Title X", 3, "star")
    assert (page["supplied_name"], page["supplied_path"], page["supplied_order"]) == ("X!", "/x", 3)
    assert page["relative_path"] == "/app/x"


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"path": "nope"}, exceptions.UnsupportedRelativePath),
        ({"path_template": "report/<id>"}, exceptions.UnsupportedRelativePath),
        ({"path": "/a", "path_template": "/a/<b>"}, exceptions.PageError),
        ({"redirect_from": ["old"]}, exceptions.UnsupportedRelativePath),
    ],
)
def test_register_page_validation(clean_env, kwargs, error):
    Dash("pages_app")
    with pytest.raises(error):
        dash.register_page("pages.bad", layout=html.Div(), **kwargs)
    assert "pages.bad" not in dash.page_registry


def test_duplicate_paths_warn_and_the_first_page_is_shown(clean_env):
    app = Dash("pages_app", use_pages=True, pages_folder="")
    dash.register_page("pages.one", path="/same", layout=html.Div("one", id="one"))
    with pytest.warns(UserWarning, match="already used"):
        dash.register_page("pages.two", path="/same", layout=html.Div("two", id="two"))
    assert list(dash.page_registry) == ["pages.one", "pages.two"]
    from dash._pages import route

    content, _ = route(app, "/same", "")
    assert content.id == "one"


def test_find_page_with_templates(clean_env):
    Dash("pages_app")
    dash.register_page("pages.home", path="/", layout=html.Div())
    dash.register_page("pages.report", path_template="/report/<report_id>/<part>", layout=html.Div())
    assert find_page("")[0]["module"] == "pages.home"
    page, variables = find_page("report/42/summary/")
    assert page["module"] == "pages.report" and variables == {"report_id": "42", "part": "summary"}
    assert find_page("report/42")[0] is None
    assert find_page("report/42/summary/more")[0] is None


def test_register_page_needs_an_app_and_no_request(clean_env, monkeypatch):
    monkeypatch.setattr(dash._get_app, "_CURRENT_APP", None)
    with pytest.raises(exceptions.PageError, match="create the Dash app"):
        dash.register_page("pages.early", layout=html.Div())
    app = Dash("pages_app")
    with app.server.test_request_context("/"):
        with pytest.raises(exceptions.PageError, match="during a request"):
            dash.register_page("pages.late", layout=html.Div())
    assert not dash.page_registry


def test_routing_callbacks_are_hidden(pages_app):
    specs = pages_app.server.test_client().get("/app/_dash-dependencies").get_json()
    pages_specs = [s for s in specs if "_pages_" in s["output"]]
    assert len(pages_specs) == 2 and all(s["hidden"] for s in pages_specs)


def test_image_inferred_from_assets(app_dir, clean_env):
    (app_dir / "assets").mkdir()
    for name in ("app.png", "logo.svg", "charts.jpg"):
        (app_dir / "assets" / name).write_bytes(b"x")
    Dash("myapp")
    dash.register_page("pages.charts", layout=html.Div())
    dash.register_page("pages.other", layout=html.Div())
    dash.register_page("pages.own", image="own.webp", layout=html.Div())
    images = {m: (p["image"], p["supplied_image"]) for m, p in dash.page_registry.items()}
    assert images == {
        "pages.charts": ("charts.jpg", None),
        "pages.other": ("app.png", None),
        "pages.own": ("own.webp", "own.webp"),
    }


def router_spec(client, prefix="/"):
    specs = client.get(f"{prefix}_dash-dependencies").get_json()
    return next(s for s in specs if s["output"] == ".._pages_content.children..._pages_store.data..")


def route(client, pathname: str, search: str = "", prefix: str = "/", state=()) -> Dict[str, Any]:
    """POST the routing callback as the renderer does when the address bar changes."""
    spec = router_spec(client, prefix)
    body = {
        "output": spec["output"],
        "outputs": [{"id": o["id"], "property": o["property"]} for o in spec["outputs"]],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "state": list(state),
        "changedPropIds": ["_pages_location.pathname"],
    }
    if "callback_id" in spec:
        body["callback_id"] = spec["callback_id"]
    response = client.post(f"{prefix}_dash-update-component", json=body)
    assert response.status_code in (200, 204), response.get_data(as_text=True)
    return response.get_json() if response.status_code == 200 else {}


def content(result) -> Any:
    return result["response"]["_pages_content"]["children"]


def title(result) -> str:
    return result["response"]["_pages_store"]["data"]["title"]


@pytest.fixture
def pages_app(app_dir, clean_env):
    pages = app_dir / "pages"
    write_page(pages, "home", '''
        import dash
        from dash import html
        dash.register_page(__name__, path="/", redirect_from=["/old-home", "/older/home"], description="The home page")
        layout = html.Div("home page")
    ''')
    write_page(pages, "report", '''
        import dash
        from dash import html
        dash.register_page(
            __name__,
            path_template="/report/<report_id>",
            title=lambda report_id=None: f"Report {report_id}",
            description=lambda report_id=None: f"About report {report_id}",
            image_url="https://example.com/r.png",
        )
        def layout(report_id=None, **query):
            return html.Div(f"report {report_id} {sorted(query.items())}")
    ''')
    write_page(pages / "nested", "deep_page", '''
        import dash
        from dash import html
        dash.register_page(__name__, name="Deep", link=dash.get_relative_path("/nested/deep-page"))
        layout = html.Div("deep")
    ''')
    write_page(pages, "helpers", "raise RuntimeError('helper modules are left alone')\n")
    write_page(pages, "_private", "raise RuntimeError('private modules are not imported')\n")
    yield Dash("myapp", use_pages=True, url_base_pathname="/app/")


def test_pages_are_imported_when_the_app_is_created(pages_app):
    assert list(dash.page_registry) == ["pages.home", "pages.nested.deep_page", "pages.report"]
    deep = dash.page_registry["pages.nested.deep_page"]
    assert (deep["path"], deep["relative_path"], deep["link"]) == (
        "/nested/deep-page", "/app/nested/deep-page", "/app/nested/deep-page")
    assert [child.id for child in pages_app.layout.children][0] == "_pages_location"
    assert "pages.helpers" not in sys.modules


def test_routing_path_variables_and_query_strings(pages_app):
    client = pages_app.server.test_client()
    layout = client.get("/app/_dash-layout").get_json()
    assert [c["props"]["id"] for c in layout["props"]["children"]][:2] == ["_pages_location", "_pages_content"]

    home = route(client, "/app/", prefix="/app/")
    assert content(home)["props"]["children"] == "home page"
    assert title(home) == "Home"

    report = route(client, "/app/report/7", "?x=1&y=a&y=b", prefix="/app/")
    assert content(report)["props"]["children"] == "report 7 [('x', '1'), ('y', ['a', 'b'])]"
    assert title(report) == "Report 7"

    # like upstream: blank query values kept, path variables passed as the browser encoded them
    encoded = route(client, "/app/report/a%20b", "?q=x%20y&e=", prefix="/app/")
    assert content(encoded)["props"]["children"] == "report a%20b [('e', ''), ('q', 'x y')]"

    deep = route(client, "/app/nested/deep-page/", prefix="/app/")
    assert (content(deep)["props"]["children"], title(deep)) == ("deep", "Deep")

    # client-side navigation to an old path shows the page it redirects to
    assert content(route(client, "/app/older/home", prefix="/app/"))["props"]["children"] == "home page"


def test_builtin_404(pages_app):
    client = pages_app.server.test_client()
    missing = route(client, "/app/nothing", prefix="/app/")
    assert content(missing) == {"type": "H1", "namespace": "dash_html_components",
                                "props": {"children": "404 - Page not found"}}
    assert title(missing) == "Dash"
    # a path outside the prefix is no page either
    assert title(route(client, "/elsewhere", prefix="/app/")) == "Dash"
    assert title(route(client, "/appreport/7", prefix="/app/")) == "Dash"
    assert title(route(client, "/app", prefix="/app/")) == "Home"


def test_custom_404_module(app_dir, clean_env):
    write_page(app_dir / "pages", "not_found_404", '''
        import dash
        from dash import html
        dash.register_page(__name__, title="Lost")
        layout = html.P("nothing here")
    ''')
    client = Dash("myapp", use_pages=True).server.test_client()
    missing = route(client, "/nowhere")
    assert (content(missing)["props"]["children"], title(missing)) == ("nothing here", "Lost")


def test_location_without_pathname_does_not_route(pages_app):
    assert route(pages_app.server.test_client(), None, prefix="/app/") == {}


def test_index_serves_every_page_path_under_the_prefix(pages_app):
    client = pages_app.server.test_client()
    for path in ("/app/", "/app/report/3", "/app/nested/deep-page", "/app/no/such/page"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'id="react-entry-point"' in response.get_data(as_text=True)
    assert client.get("/report/3").status_code == 404


def test_redirect_from(pages_app):
    client = pages_app.server.test_client()
    for old in ("/app/old-home", "/app/older/home"):
        response = client.get(old)
        assert (response.status_code, response.headers["Location"]) == (301, "/app/")


def meta(page: str) -> Dict[str, str]:
    tags = re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">', page)
    return dict(tags)


def test_page_meta_tags_in_index(pages_app):
    client = pages_app.server.test_client()
    page = client.get("/app/").get_data(as_text=True)
    assert page.count('name="description"') == 1
    tags = meta(page)
    assert tags["description"] == "The home page"
    assert (tags["og:title"], tags["twitter:title"], tags["og:type"]) == ("Home", "Home", "website")
    assert tags["twitter:url"] == "http://localhost/app/"

    report = meta(client.get("/app/report/12").get_data(as_text=True))
    assert (report["og:title"], report["og:description"]) == ("Report 12", "About report 12")
    assert report["og:image"] == report["twitter:image"] == "https://example.com/r.png"

    unknown = meta(client.get("/app/unknown").get_data(as_text=True))
    assert (unknown["og:title"], unknown["description"], unknown["og:image"]) == ("Dash", "", "")


def test_behind_a_proxy_that_strips_the_prefix(pages_app, app_dir, clean_env):
    PAGE_REGISTRY.clear()
    for name in [n for n in sys.modules if n.startswith("pages.")]:
        del sys.modules[name]
    app = Dash("myapp", use_pages=True, routes_pathname_prefix="/", requests_pathname_prefix="/app/")
    client = app.server.test_client()
    assert meta(client.get("/report/5").get_data(as_text=True))["og:title"] == "Report 5"
    assert client.get("/old-home").headers["Location"] == "/app/"
    report = route(client, "/app/report/5", prefix="/")
    assert (content(report)["props"]["children"], title(report)) == ("report 5 []", "Report 5")


def test_meta_image_from_assets_is_absolute(app_dir, clean_env):
    (app_dir / "assets").mkdir()
    (app_dir / "assets" / "logo.png").write_bytes(b"png")
    write_page(app_dir / "pages", "home", '''
        import dash
        dash.register_page(__name__, path="/", layout="home")
    ''')
    client = Dash("myapp", use_pages=True, url_base_pathname="/app/").server.test_client()
    tags = meta(client.get("/app/").get_data(as_text=True))
    assert tags["og:image"] == "http://localhost/app/assets/logo.png"
    assert client.get("/app/assets/logo.png").data == b"png"


def test_include_pages_meta_false(pages_app, app_dir, clean_env):
    PAGE_REGISTRY.clear()
    client = Dash("myapp", use_pages=True, include_pages_meta=False).server.test_client()
    assert "og:title" not in client.get("/").get_data(as_text=True)


def test_pages_in_the_app_module_with_empty_pages_folder(app_dir, clean_env):
    write_page(app_dir / "pages", "home", "raise RuntimeError('not the pages folder')\n")
    app = Dash("myapp", use_pages=True, pages_folder="")
    dash.register_page("home", path="/", layout=html.Div("inline home"))
    dash.register_page("about", layout=lambda **query: html.Div(f"about {query}"), redirect_from=["/info"])
    client = app.server.test_client()
    assert client.get("/info").headers["Location"] == "/about"
    assert content(route(client, "/"))["props"]["children"] == "inline home"
    assert content(route(client, "/about", "?a=1"))["props"]["children"] == "about {'a': '1'}"
    assert dash.page_registry["about"]["path"] == "/about"


def test_custom_pages_folder_turns_pages_on(app_dir, clean_env):
    write_page(app_dir / "my_pages", "start", '''
        import dash
        dash.register_page(__name__, path="/", layout="start")
    ''')
    app = Dash("myapp", pages_folder="my_pages")
    assert app.use_pages and list(dash.page_registry) == ["my_pages.start"]
    assert dash.page_registry["my_pages.start"]["name"] == "Start"


def test_app_in_a_package_and_nested_pages_folder(app_dir, clean_env):
    package = app_dir / "proj"
    package.mkdir()
    (package / "__init__.py").write_text("")
    write_page(package / "pages" / "Sub_Dir", "MyPage", "import dash\ndash.register_page(__name__, layout='x')\n")
    importlib.import_module("proj")
    try:
        Dash("proj", use_pages=True)
        page = dash.page_registry["proj.pages.Sub_Dir.MyPage"]
        assert (page["path"], page["name"]) == ("/sub-dir/mypage", "Mypage")
        assert "proj.pages.Sub_Dir.MyPage" in sys.modules
    finally:
        for name in [n for n in sys.modules if n.split(".")[0] == "proj"]:
            del sys.modules[name]

    PAGE_REGISTRY.clear()
    write_page(app_dir / "src" / "views", "v_one", "import dash\ndash.register_page(__name__, layout='x')\n")
    Dash("myapp", use_pages=True, pages_folder="src/views")
    assert [(m, p["path"]) for m, p in dash.page_registry.items()] == [("src.views.v_one", "/v-one")]
    del sys.modules["src.views.v_one"]


def test_default_pages_folder_needs_use_pages(app_dir, clean_env):
    write_page(app_dir / "pages", "home", "import dash\ndash.register_page(__name__, path='/', layout='x')\n")
    app = Dash("myapp")
    assert not app.use_pages and not dash.page_registry and app.layout is None


def test_routing_callback_inputs_reach_the_layout(app_dir, clean_env):
    app = Dash("myapp", use_pages=True, pages_folder="",
               routing_callback_inputs={"language": State("lang", "value")})
    app.layout = html.Div([dcc.Dropdown(["en", "fr"], "en", id="lang"), dash.page_container])
    dash.register_page("home", path="/", layout=lambda language=None, **_: html.Div(f"lang={language}"))
    client = app.server.test_client()
    state = [{"id": "lang", "property": "value", "value": "fr"}]
    assert content(route(client, "/", state=state))["props"]["children"] == "lang=fr"


def test_missing_layout_is_reported(app_dir, clean_env):
    write_page(app_dir / "pages", "empty", "import dash\ndash.register_page(__name__)\n")
    with pytest.raises(exceptions.NoLayoutException, match="pages.empty"):
        Dash("myapp", use_pages=True)


def test_use_pages_requires_the_folder(app_dir, clean_env):
    with pytest.raises(exceptions.InvalidConfig, match="does not exist"):
        Dash("myapp", use_pages=True, pages_folder="missing_pages")


@pytest.mark.parametrize("prefix", ["/", "/app/", "/deep/er/"])
def test_relative_path_helpers_under_prefixes(app_dir, clean_env, prefix):
    Dash("myapp", url_base_pathname=prefix)
    base = prefix.rstrip("/")
    assert dash.get_relative_path("/") == f"{base}/"
    assert dash.get_relative_path("/page-1/sub") == f"{base}/page-1/sub"
    assert dash.strip_relative_path(f"{base}/page-1/") == "page-1"
    assert dash.strip_relative_path(f"{base}/") == ""
    assert dash.strip_relative_path(None) is None
    assert dash.get_asset_url("img/x.png") == f"{base}/assets/img/x.png"
    with pytest.raises(exceptions.UnsupportedRelativePath):
        dash.get_relative_path("page-1")


def test_each_new_pages_app_registers_the_folder_again(pages_app):
    """A process that builds one app after another (a test suite) gets every page each time."""
    before = list(dash.page_registry)
    PAGE_REGISTRY.clear()
    Dash("myapp", use_pages=True)
    assert list(dash.page_registry) == before


def test_page_title_and_description_default_to_the_apps(app_dir, clean_env):
    Dash("myapp", use_pages=True, pages_folder="", title="App Title", description="App text")
    dash.register_page("home", path="/", layout=html.Div())
    dash.register_page("other", layout=html.Div(), title="Own", description="Own text")
    home, other = dash.page_registry["home"], dash.page_registry["other"]
    assert (home["title"], home["description"]) == ("App Title", "App text")
    assert (other["title"], other["description"]) == ("Own", "Own text")
    Dash("myapp", use_pages=True, pages_folder="")
    dash.register_page("plain", layout=html.Div())
    assert (dash.page_registry["plain"]["title"], dash.page_registry["plain"]["description"]) == ("Plain", "")


def test_page_link_preview_tags_come_before_the_default_meta_tags(pages_app):
    page = pages_app.server.test_client().get("/app/").get_data(as_text=True)
    metas = re.findall(r"<meta ([a-z-]+)=", page)
    assert metas[0] == "name" and metas[-3:] == ["http-equiv", "charset", "name"]
    assert re.search(r'<meta name="description"', page).start() < page.index('charset="UTF-8"')


def test_a_page_without_layout_names_its_module(app_dir, clean_env):
    write_page(app_dir / "pages", "empty", "import dash\ndash.register_page(__name__)\n")
    with pytest.raises(exceptions.NoLayoutException) as err:
        Dash("myapp", use_pages=True)
    assert err.value.args[0].startswith(
        'No layout found in module pages.empty\nA variable or a function named "layout" is required.'
    )


def test_validation_layout_holds_every_page_unless_exceptions_are_suppressed(pages_app, app_dir, clean_env):
    pages_app.layout = html.Div([dash.page_container])
    pages_app.server.test_client().get("/app/")
    assert "home page" in str(pages_app.validation_layout)
    quiet = Dash("myapp", use_pages=True, suppress_callback_exceptions=True)
    quiet.layout = html.Div([dash.page_container])
    quiet.server.test_client().get("/")
    assert quiet.validation_layout is None
