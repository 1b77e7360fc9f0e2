"""The minimal dash_table.DataTable in a real browser: data/columns from a callback,
native paging and sorting, active_cell and selected_rows back into callbacks."""
import json

from dash import Dash, Input, Output, dash_table, html


def _cells(dash_duo, column):
    return [cell.text for cell in dash_duo.find_elements(f'#table td[data-dash-column="{column}"]')]


def test_datatable_paging_sorting_selection(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("load", id="load"),
            dash_table.DataTable(id="table", page_size=4, sort_action="native", row_selectable="multi"),
            html.Div(id="active-out"),
            html.Div(id="rows-out"),
            html.Div(id="sort-out"),
        ]
    )

    @app.callback(Output("table", "data"), Output("table", "columns"), Input("load", "n_clicks"), prevent_initial_call=True)
    def load(_):
        data = [{"name": f"item {i}", "size": (i * 7) % 10, "id": f"row{i}"} for i in range(10)]
        return data, [{"id": "name", "name": "Name"}, {"id": "size", "name": "Size"}]

    @app.callback(Output("active-out", "children"), Input("table", "active_cell"), prevent_initial_call=True)
    def active(cell):
        return json.dumps(cell, sort_keys=True)

    @app.callback(Output("rows-out", "children"), Input("table", "selected_rows"), prevent_initial_call=True)
    def rows(selected):
        return json.dumps(selected)

    @app.callback(Output("sort-out", "children"), Input("table", "sort_by"), prevent_initial_call=True)
    def sort(sort_by):
        return json.dumps(sort_by)

    dash_duo.start_server(app)
    dash_duo.find_element("#load").click()
    dash_duo.wait_for_text_to_equal('#table td[data-dash-column="name"]', "item 0")
    assert [th.text for th in dash_duo.find_elements("#table .column-header-name")] == ["Name", "Size"]
    assert _cells(dash_duo, "name") == ["item 0", "item 1", "item 2", "item 3"]

    dash_duo.find_element("#table .next-page").click()
    dash_duo.wait_for_text_to_equal('#table td[data-dash-column="name"]', "item 4")
    assert dash_duo.find_element("#table .current-page").text == "2"

    dash_duo.find_elements('#table th[data-dash-column="size"] .column-header--sort')[0].click()
    dash_duo.wait_for_text_to_equal("#sort-out", '[{"column_id": "size", "direction": "asc"}]')
    dash_duo.find_elements('#table th[data-dash-column="size"] .column-header--sort')[0].click()
    dash_duo.wait_for_text_to_equal("#sort-out", '[{"column_id": "size", "direction": "desc"}]')
    dash_duo.find_element("#table .previous-page").click()
    dash_duo.wait_for_text_to_equal('#table td[data-dash-column="size"]', "9")
    assert _cells(dash_duo, "size") == ["9", "8", "7", "6"]

    dash_duo.find_elements('#table td[data-dash-column="name"]')[1].click()
    dash_duo.wait_for_text_to_equal(
        "#active-out", '{"column": 0, "column_id": "name", "row": 1, "row_id": "row4"}'
    )
    checkboxes = dash_duo.find_elements("#table .dash-select-cell input")
    checkboxes[0].click()
    dash_duo.wait_for_text_to_equal("#rows-out", "[7]")  # index into data, not the page
    checkboxes[2].click()
    dash_duo.wait_for_text_to_equal("#rows-out", "[7, 1]")
    assert dash_duo.get_logs() == []
