"""Pattern-matching callbacks as components are added and removed."""
from dash import ALL, MATCH, Dash, Input, Output, State, ctx, html, set_props


def test_rdr_pattern_add_remove(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("add", id="add"),
            html.Button("remove", id="remove"),
            html.Div(id="rows", children=[]),
            html.Div(id="total"),
            html.Button("reset", id="reset"),
            html.Div(id="note"),
        ]
    )

    # An ALL output gets one value per matching component.
    @app.callback(
        Output({"type": "row-out", "index": ALL}, "children", allow_duplicate=True),
        Input("reset", "n_clicks"),
        State({"type": "row-out", "index": ALL}, "id"),
        prevent_initial_call=True,
    )
    def reset(_n, ids):
        return [f"reset {i['index']}" for i in ids]

    # A callback without outputs that only uses set_props.
    @app.callback(Input("reset", "n_clicks"), prevent_initial_call=True)
    def note(n):
        set_props("note", {"children": f"reset {n} times"})

    @app.callback(
        Output("rows", "children"),
        Input("add", "n_clicks"),
        Input("remove", "n_clicks"),
        State("rows", "children"),
        prevent_initial_call=True,
    )
    def edit_rows(_add, _remove, rows):
        if ctx.triggered_id == "remove":
            return rows[:-1]
        i = len(rows)
        row = html.Div(
            [
                html.Button(f"row {i}", id={"type": "row-btn", "index": i}),
                html.Span(id={"type": "row-out", "index": i}),
            ]
        )
        return rows + [row]

    # MATCH: each new row gets its own instance and initial call.
    @app.callback(
        Output({"type": "row-out", "index": MATCH}, "children"),
        Input({"type": "row-btn", "index": MATCH}, "n_clicks"),
    )
    def row_out(n):
        return f"{ctx.triggered_id['index'] if ctx.triggered_id else 'init'}:{n or 0}"

    # ALL: fires when rows appear or disappear (even with prevent_initial_call, as
    # upstream does), and on any row's click.
    @app.callback(
        Output("total", "children"),
        Input({"type": "row-btn", "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    def total(clicks):
        return f"{len(clicks)} rows, {sum(c or 0 for c in clicks)} clicks"

    dash_duo.start_server(app)
    dash_duo._wait_for_callbacks()
    assert dash_duo.find_element("#total").text == ""
    dash_duo.find_element("#add").click()
    dash_duo.wait_for_text_to_equal("#total", "1 rows, 0 clicks")
    dash_duo.find_element("#add").click()
    dash_duo.wait_for_text_to_equal("#total", "2 rows, 0 clicks")
    dash_duo.wait_for_text_to_equal('[id=\'{"index":1,"type":"row-out"}\']', "init:0")

    dash_duo.find_element('[id=\'{"index":1,"type":"row-btn"}\']').click()
    dash_duo.wait_for_text_to_equal('[id=\'{"index":1,"type":"row-out"}\']', "1:1")
    dash_duo.wait_for_text_to_equal("#total", "2 rows, 1 clicks")
    assert dash_duo.find_element('[id=\'{"index":0,"type":"row-out"}\']').text == "init:0"

    dash_duo.find_element("#reset").click()
    dash_duo.wait_for_text_to_equal('[id=\'{"index":0,"type":"row-out"}\']', "reset 0")
    dash_duo.wait_for_text_to_equal('[id=\'{"index":1,"type":"row-out"}\']', "reset 1")
    dash_duo.wait_for_text_to_equal("#note", "reset 1 times")

    dash_duo.find_element("#remove").click()
    dash_duo.wait_for_text_to_equal("#total", "1 rows, 0 clicks")
    assert '{"index":0,"type":"row-btn"}' in dash_duo.redux_state_paths["strs"]
    assert '{"index":1,"type":"row-btn"}' not in dash_duo.redux_state_paths["strs"]
