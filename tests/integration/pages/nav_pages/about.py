import dash
from dash import Input, Output, callback, dcc, html

dash.register_page(__name__, title="About", description="What this app is")


def layout(topic=None, tag=None, **_other):
    return html.Div(
        [
            html.Div(f"topic={topic} tags={tag}", id="about-content"),
            dcc.Input(id="about-input", value=""),
            html.Div(id="about-echo"),
        ]
    )


@callback(Output("about-echo", "children"), Input("about-input", "value"))
def echo(value):
    return f"echo:{value}"
