"""Multi-page basics: register_page, page_registry, page_container, the routing callback."""
import sys
import textwrap

import pytest

import dash
from dash import Dash, exceptions, html
from dash._pages import PAGE_REGISTRY, find_page


@pytest.fixture(autouse=True)
def empty_registry():
    PAGE_REGISTRY.clear()


def test_page_container_shape():
    container = dash.page_container
    ids = [child.id for child in container.children]
    assert ids == ["_pages_location", "_pages_content", "_pages_store", "_pages_dummy"]
    assert type(container.children[0]).__name__ == "Location"
    assert type(container.children[2]).__name__ == "Store"


def test_register_page_infers_path_name_title_order(clean_env):
    Dash("pages_app")
    dash.register_page("pages.home", path="/", layout=html.Div("home"))
    dash.register_page("pages.historical_analysis", layout=html.Div("h"))
    dash.register_page("not_found_404", layout=html.Div("404"))
    dash.register_page("pages.report", path_template="/report/<report_id>", layout=html.Div("r"))
    home = dash.page_registry["pages.home"]
    assert (home["path"], home["name"], home["title"], home["order"]) == ("/", "Home", "Home", 0)
    hist = dash.page_registry["pages.historical_analysis"]
    assert (hist["path"], hist["name"], hist["relative_path"]) == (
        "/historical-analysis", "Historical analysis", "/historical-analysis")
    assert dash.page_registry["not_found_404"]["path"] == "/not-found-404"
    assert dash.page_registry["pages.report"]["path"] == "/report/none"
    # pages with an order first, then by module name
    assert list(dash.page_registry) == ["pages.home", "not_found_404", "pages.historical_analysis", "pages.report"]


def test_register_page_keeps_extra_keywords(clean_env):
    Dash("pages_app", url_base_pathname="/app/")
    dash.register_page("pages.x", path="/x", name="X!", title="Title X", order=3, icon="star", layout=html.Div())
    page = dash.page_registry["pages.x"]
    assert (page["name"], page["title"], page["order"], page["icon"]) == ("X!", "Title X", 3, "star")
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
    with pytest.raises(error):
        dash.register_page("pages.bad", layout=html.Div(), **kwargs)
    assert "pages.bad" not in dash.page_registry


def test_duplicate_paths_are_rejected(clean_env):
    dash.register_page("pages.one", path="/same", layout=html.Div())
    with pytest.raises(exceptions.PageError, match="already used"):
        dash.register_page("pages.two", path="/same", layout=html.Div())


def test_find_page_with_templates(clean_env):
    dash.register_page("pages.home", path="/", layout=html.Div())
    dash.register_page("pages.report", path_template="/report/<report_id>/<part>", layout=html.Div())
    assert find_page("")[0]["module"] == "pages.home"
    page, variables = find_page("report/42/summary")
    assert page["module"] == "pages.report" and variables == {"report_id": "42", "part": "summary"}
    assert find_page("report/42")[0] is None


def _route_body(spec, pathname, search=""):
    return {
        "callback_id": spec["callback_id"],
        "output": spec["output"],
        "outputs": [{"id": o["id"], "property": o["property"]} for o in spec["outputs"]],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "state": [],
        "changedPropIds": ["_pages_location.pathname"],
    }


@pytest.fixture
def pages_app(app_dir, clean_env):
    pages = app_dir / "pages"
    pages.mkdir()
    (pages / "home.py").write_text(textwrap.dedent('''
        import dash
        from dash import html
        dash.register_page(__name__, path="/", redirect_from=["/old-home"], description="The home page")
        layout = html.Div("home page")
    '''))
    (pages / "report.py").write_text(textwrap.dedent('''
        import dash
        from dash import html
        dash.register_page(__name__, path_template="/report/<report_id>", title=lambda report_id=None, **kw: f"Report {report_id}")
        def layout(report_id=None, **query):
            return html.Div(f"report {report_id} {sorted(query.items())}")
    '''))
    (pages / "_helpers.py").write_text("raise RuntimeError('private modules are not imported')\n")
    app = Dash("myapp", use_pages=True, url_base_pathname="/app/")
    yield app
    for name in [n for n in sys.modules if n == "pages" or n.startswith("pages.")]:
        del sys.modules[name]


def test_pages_routing_through_the_server(pages_app):
    client = pages_app.server.test_client()
    layout = client.get("/app/_dash-layout").get_json()
    assert [c["props"]["id"] for c in layout["props"]["children"]][:2] == ["_pages_location", "_pages_content"]
    specs = client.get("/app/_dash-dependencies").get_json()
    router = next(s for s in specs if s["output"] == ".._pages_content.children..._pages_store.data..")

    home = client.post("/app/_dash-update-component", json=_route_body(router, "/app/")).get_json()
    assert home["response"]["_pages_content"]["children"]["props"]["children"] == "home page"
    assert home["response"]["_pages_store"]["data"]["title"] == "Home"

    report = client.post("/app/_dash-update-component", json=_route_body(router, "/app/report/7", "?x=1")).get_json()
    assert report["response"]["_pages_content"]["children"]["props"]["children"] == "report 7 [('x', '1')]"
    assert report["response"]["_pages_store"]["data"]["title"] == "Report 7"

    missing = client.post("/app/_dash-update-component", json=_route_body(router, "/app/nothing")).get_json()
    assert missing["response"]["_pages_content"]["children"]["props"]["children"][0]["props"]["children"] == "404 - Page not found"
    assert dash.page_registry["pages.home"]["relative_path"] == "/app/"


def test_pages_are_imported_when_the_app_is_created(pages_app):
    assert set(dash.page_registry) == {"pages.home", "pages.report"}
    assert "pages._helpers" not in dash.page_registry
    assert [child.id for child in pages_app.layout.children][0] == "_pages_location"


def test_redirect_from(pages_app):
    response = pages_app.server.test_client().get("/app/old-home")
    assert (response.status_code, response.headers["Location"]) == (301, "/app/")


def test_page_meta_tags_in_index(pages_app):
    client = pages_app.server.test_client()
    page = client.get("/app/").get_data(as_text=True)
    assert page.count('name="description"') == 1
    assert '<meta name="description" content="The home page">' in page
    assert '<meta property="og:title" content="Home">' in page
    assert "og:title" not in client.get("/app/unknown").get_data(as_text=True)


def test_use_pages_requires_the_folder(app_dir, clean_env):
    with pytest.raises(exceptions.InvalidConfig, match="does not exist"):
        Dash("myapp", use_pages=True, pages_folder="missing_pages")
