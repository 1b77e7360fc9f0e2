"""URL props from data never carry a `javascript:` URL into the page: html elements and
dcc.Link render `about:blank` instead and log Dash's console error; other schemes are kept,
and a blank dcc.Link href renders no href."""
from dash import Dash, dcc, html


def test_xssp001_javascript_urls_become_about_blank(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Link("link", href="javascript:alert(1)", id="link"),
            html.A("mixed case", href="  JavaScript:alert(1)", id="mixed"),
            html.A("split", href="java\tscr\nipt:alert(1)", id="split"),
            html.A("references", href="&#106;&#x61;vascript:alert(1)", id="refs"),
            html.Form(html.Button("go", formAction="javascript:alert(2)", id="button"), action="javascript:1", id="form"),
            html.Iframe(src="javascript:alert(3)", id="frame"),
            html.ObjectEl(data="javascript:alert(4)", id="object"),
            html.Img(src="data:image/gif;base64,R0lGODlhAQABAAAAACw=", id="image"),
            html.A("relative", href="/page?a=1&b=2", id="relative"),
        ]
    )
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#relative")
    for selector, attribute in [
        ("#link", "href"),
        ("#mixed", "href"),
        ("#split", "href"),
        ("#refs", "href"),
        ("#button", "formaction"),
        ("#form", "action"),
        ("#frame", "src"),
        ("#object", "data"),
    ]:
        assert dash_duo.find_element(selector).get_attribute(attribute) == "about:blank", selector
    assert dash_duo.find_element("#image").get_attribute("src").startswith("data:image/gif")
    assert dash_duo.find_element("#relative").get_attribute("href").endswith("/page?a=1&b=2")

    messages = [entry["message"] for entry in dash_duo.get_logs()]
    assert any("Dangerous link detected:: javascript:alert(1)" in m for m in messages), messages
    assert any("Dangerous link detected:   JavaScript:alert(1)" in m for m in messages), messages


def test_xssp002_blank_link_href(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Link("nowhere", href="", id="blank"), html.A("empty", href="", id="anchor")])
    dash_duo.start_server(app)
    assert dash_duo.find_element("#blank").get_attribute("href") is None
    # html.A keeps an empty href, as in Dash.
    assert dash_duo.find_element("#anchor").get_attribute("href") is not None
    assert dash_duo.get_logs() == []
