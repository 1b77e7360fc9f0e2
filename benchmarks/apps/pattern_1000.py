"""1,000 pattern-matched button/output pairs wired by one MATCH callback."""
import os

from dash import MATCH, Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div(
    [
        html.Div(
            [
                html.Button("+", id={"type": "btn", "index": i}),
                html.Span("0", id={"type": "out", "index": i}),
            ]
        )
        for i in range(1000)
    ]
)


@app.callback(
    Output({"type": "out", "index": MATCH}, "children"),
    Input({"type": "btn", "index": MATCH}, "n_clicks"),
    prevent_initial_call=True,
)
def count(n_clicks):
    return str(n_clicks)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]), debug=False)
