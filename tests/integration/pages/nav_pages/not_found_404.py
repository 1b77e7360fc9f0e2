import dash
from dash import html

dash.register_page(__name__, title="Not found")

layout = html.H2("Nothing at this address", id="missing-content")
