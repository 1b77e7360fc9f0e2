import dash
from dash import html

dash.register_page(__name__, path="/", title="Home page", redirect_from=["/old-home"])

layout = html.Div("Welcome home", id="home-content")
