"""Clientside callback edges: MATCH instances triggered by a plain input, callbacks without
outputs, and what `dash_clientside.callback_context` holds."""
from dash import MATCH, Dash, Input, Output, State, clientside_callback, html


def _row(i):
    return f"div[id*='\"row\":{i}']"


def test_rdr_cb_clientside_match_from_plain_input(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("hit", id="hit")] + [html.Div(id={"row": i}) for i in range(3)])
    clientside_callback(
        """(n, id) => {
            const ctx = dash_clientside.callback_context;
            return `${n}|${id.row}|${typeof ctx.triggered_id}|${ctx.outputs_list.id.row}`;
        }""",
        Output({"row": MATCH}, "children"),
        Input("hit", "n_clicks"),
        State({"row": MATCH}, "id"),
    )
    dash_duo.start_server(app)
    for i in range(3):
        dash_duo.wait_for_text_to_equal(_row(i), f"undefined|{i}|undefined|{i}")
    dash_duo.find_element("#hit").click()
    # Every row's instance runs, not only the first one found.
    for i in range(3):
        dash_duo.wait_for_text_to_equal(_row(i), f"1|{i}|string|{i}")
    assert dash_duo.get_logs() == []


def test_rdr_cb_clientside_without_outputs(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("hit", id="hit"), html.Button("other", id="other"), html.Pre(id="report")])
    # Returns nothing, writes through set_props; it has no outputs_list.
    clientside_callback(
        """(n, other) => {
            const ctx = dash_clientside.callback_context;
            dash_clientside.set_props("report", {
                children: `${n} ${JSON.stringify(ctx.inputs)} ${ctx.outputs_list === undefined}`,
            });
        }""",
        Input("hit", "n_clicks"),
        Input("other", "n_clicks"),
        prevent_initial_call=True,
    )
    dash_duo.start_server(app)
    dash_duo.find_element("#hit").click()
    # Never-set props read null in `inputs`.
    dash_duo.wait_for_text_to_equal("#report", '1 {"hit.n_clicks":1,"other.n_clicks":null} true')
    assert dash_duo.get_logs() == []
