"""An ALLSMALLER input: changing one member reruns the MATCH instances after it."""
import json

from dash import ALLSMALLER, MATCH, Dash, Input, Output, dcc, html


def _sel(**dash_id) -> str:
    return "[id='" + json.dumps(dash_id, sort_keys=True, separators=(",", ":")) + "']"


def test_rdr_cb_allsmaller_member_change_reruns_later_rows(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div([dcc.Checklist(["done"], [], id={"t": "done", "i": i}), html.Div(id={"t": "note", "i": i})])
            for i in range(3)
        ]
    )

    @app.callback(
        Output({"t": "note", "i": MATCH}, "children"),
        Input({"t": "done", "i": ALLSMALLER}, "value"),
        Input({"t": "done", "i": MATCH}, "value"),
    )
    def note(before, this):
        return "done" if this else f"{sum(1 for v in before if v)} of {len(before)} before"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal(_sel(t="note", i=2), "0 of 2 before")
    dash_duo.find_element(_sel(t="done", i=0) + " input").click()
    dash_duo.wait_for_text_to_equal(_sel(t="note", i=0), "done")
    dash_duo.wait_for_text_to_equal(_sel(t="note", i=1), "1 of 1 before")
    dash_duo.wait_for_text_to_equal(_sel(t="note", i=2), "1 of 2 before")
