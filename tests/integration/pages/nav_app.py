"""A three-page Dash Pages app (pages in ``nav_pages/``) for the navigation browser tests."""
import dash
from dash import Dash, dcc, html


def create_app(url_base_pathname: str = "/") -> Dash:
    """The app served under ``url_base_pathname``, with a nav bar of ``dcc.Link``s."""
    app = Dash(__name__, use_pages=True, pages_folder="nav_pages", url_base_pathname=url_base_pathname)
    nav = [
        dcc.Link(page["name"], href=page["relative_path"], id=f"nav-{page['name'].lower()}")
        for page in dash.page_registry.values()
        if not page["module"].endswith("not_found_404")
    ]
    extra = [
        ("nav-about-query", "/about?topic=pages&tag=a&tag=b"),
        ("nav-report-42", "/report/42"),
        ("nav-missing", "/no/such/page"),
        ("nav-old-home", "/old-home"),
    ]
    nav += [dcc.Link(link_id, href=app.get_relative_path(path), id=link_id) for link_id, path in extra]
    app.layout = html.Div([html.Nav(nav, id="nav"), dash.page_container])
    return app
