"""5,000 components in one layout: 1,000 rows of a Div holding four Spans."""
import os

from dash import Dash, html

app = Dash(__name__)
app.layout = html.Div(
    [
        html.Div([html.Span(f"{row}-{col}") for col in range(4)], id=f"row-{row}")
        for row in range(1000)
    ],
    id="root",
)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]), debug=False)
