"""Dash's DOM for dcc.Markdown, Textarea, Tooltip and Clipboard: the classes and nesting
apps and their tests select (no wrapper classes Dash does not render)."""
from dash import Dash, Input, Output, dcc, html


def test_mkdm001_markdown_textarea_tooltip_clipboard(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown("# Title\n\nsome *text*", id="md"),
            dcc.Markdown("```py\nx = 1\n```", id="md-dark", className="mine", highlight_config={"theme": "dark"}),
            dcc.Textarea(id="ta", value="hello", className="extra"),
            html.Div(
                dcc.Tooltip(
                    id="tip",
                    show=True,
                    bbox={"x0": 10, "y0": 20, "x1": 30, "y1": 60},
                    direction="bottom",
                    className="tip-class",
                    style={"color": "red"},
                    children="tip text",
                ),
                style={"position": "relative"},
            ),
            dcc.Tooltip(id="hidden-tip", show=False, children="hidden"),
            dcc.Clipboard(id="clip", content="copied text", title="copy me", className="clip-class"),
            html.Div(id="clicks"),
        ]
    )

    @app.callback(Output("clicks", "children"), Input("clip", "n_clicks"), prevent_initial_call=True)
    def clicks(n):
        return f"clicks {n}"

    dash_duo.start_server(app)

    md = dash_duo.find_element("#md")
    assert md.get_attribute("class") in (None, "")
    assert dash_duo.find_element("#md > h1").text == "Title"
    assert dash_duo.find_element("#md > p > em").text == "text"
    assert dash_duo.find_element("#md-dark").get_attribute("class").split() == ["mine", "hljs-dark"]
    assert dash_duo.find_element("#md-dark pre > code.hljs")

    assert dash_duo.find_element("#ta").get_attribute("class").split() == ["dash-textarea", "extra"]

    # bounding box over bbox > .hover.hover-<direction> > span#id.hover-content
    box = dash_duo.find_element(".dcc-tooltip-bounding-box.dash-tooltip")
    assert box.value_of_css_property("top") == "20px"
    assert box.value_of_css_property("height") == "40px"
    hover = box.find_element("css selector", ":scope > .hover.hover-bottom")
    assert hover.get_attribute("data-dash-is-loading") == "false"
    content = hover.find_element("css selector", ":scope > span#tip")
    assert content.get_attribute("class").split() == ["hover-content", "tip-class"]
    assert content.text == "tip text"
    assert content.value_of_css_property("color") == "rgba(255, 0, 0, 1)"
    hidden_box = dash_duo.find_element("#hidden-tip").find_element("xpath", "../..")
    assert hidden_box.value_of_css_property("display") == "none"

    clip = dash_duo.find_element("#clip")
    assert clip.tag_name == "div"
    assert clip.get_attribute("class") == "clip-class"
    assert clip.get_attribute("title") == "copy me"
    clip.click()
    dash_duo.wait_for_text_to_equal("#clicks", "clicks 1")
