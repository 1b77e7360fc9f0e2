"""Dash AG Grid (dash-ag-grid 35.3.0 from PyPI) on this framework, unchanged: the grid
renders rowData from its lazily loaded chunk, its own setProps calls reach callbacks,
selectedRows persists by the grid's dashPersistence defaults, and a background job
streams rows into it with set_props (seed example 6)."""
import time

import dash_ag_grid as dag
from dash import Dash, DiskcacheManager, Input, Output, html, set_props

ROWS = [{"make": "Toyota", "price": 35000}, {"make": "Ford", "price": 32000}, {"make": "Porsche", "price": 72000}]
COLUMNS = [{"field": "make"}, {"field": "price"}]


def _displayed_rows(dash_duo, grid_id: str) -> int:
    """Rows the grid holds after filtering, read through the library's own API."""
    return dash_duo.driver.execute_script(
        "var api = window.dash_ag_grid.getApi(arguments[0]);"
        "return api ? api.getDisplayedRowCount() : -1;",
        grid_id,
    )


def _wait_rows(dash_duo, grid_id: str, expected: int, timeout: float = 10) -> None:
    deadline = time.time() + timeout
    while _displayed_rows(dash_duo, grid_id) != expected:
        if time.time() > deadline:
            raise AssertionError(f"grid {grid_id} shows {_displayed_rows(dash_duo, grid_id)} rows, expected {expected}")
        time.sleep(0.1)


def _grid_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dag.AgGrid(id="grid", rowData=ROWS, columnDefs=COLUMNS, columnSize="sizeToFit"),
            html.Div(id="virtual"),
            html.Div(id="clicked"),
        ]
    )

    @app.callback(Output("virtual", "children"), Input("grid", "virtualRowData"))
    def count_virtual(rows):
        # virtualRowData is only ever set by the grid itself (setProps after mount).
        return "none" if rows is None else f"{len(rows)} rows"

    @app.callback(Output("clicked", "children"), Input("grid", "cellClicked"), prevent_initial_call=True)
    def show_click(cell):
        return f"{cell['colId']}={cell['value']} row {cell['rowIndex']}"

    return app


def test_tp_aggrid_renders_and_reports_its_props(dash_duo):
    dash_duo.start_server(_grid_app())
    dash_duo.wait_for_element(".ag-cell", timeout=10)
    headers = [e.text for e in dash_duo.find_elements(".ag-header-cell-text")]
    assert headers == ["Make", "Price"]
    cells = [e.text for e in dash_duo.find_elements(".ag-row .ag-cell")]
    assert sorted(cells) == sorted(str(v) for row in ROWS for v in row.values())
    assert _displayed_rows(dash_duo, "grid") == 3
    dash_duo.wait_for_text_to_equal("#virtual", "3 rows")
    assert dash_duo.get_logs() == []


def test_tp_aggrid_cell_clicked_drives_callback(dash_duo):
    dash_duo.start_server(_grid_app())
    cell = dash_duo.wait_for_element('.ag-row[row-index="2"] .ag-cell[col-id="price"]', timeout=10)
    cell.click()
    dash_duo.wait_for_text_to_equal("#clicked", "price=72000 row 2")
    dash_duo.find_element('.ag-row[row-index="1"] .ag-cell[col-id="make"]').click()
    dash_duo.wait_for_text_to_equal("#clicked", "make=Ford row 1")
    assert dash_duo.get_logs() == []


def test_tp_aggrid_no_library_warnings(dash_duo, console_capture):
    dash_duo.start_server(_grid_app())
    dash_duo.wait_for_element(".ag-cell", timeout=10)
    dash_duo.wait_for_text_to_equal("#virtual", "3 rows")
    assert [m for m in console_capture() if "AG Grid" in m] == []


def test_tp_aggrid_selected_rows_persist_across_reload(dash_duo):
    # persisted_props is not given: the renderer takes ["selectedRows"] from the
    # grid's static AgGrid.dashPersistence (set because React >= 18.3).
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dag.AgGrid(
                id="grid",
                rowData=ROWS,
                columnDefs=COLUMNS,
                getRowId="params.data.make",
                dashGridOptions={"rowSelection": {"mode": "multiRow"}},
                persistence=True,
            ),
            html.Div(id="selected"),
        ]
    )

    @app.callback(Output("selected", "children"), Input("grid", "selectedRows"))
    def show_selected(rows):
        return "selected " + ",".join(row["make"] for row in rows or [])

    dash_duo.start_server(app)
    dash_duo.wait_for_element('.ag-row[row-index="1"] .ag-selection-checkbox input', timeout=10).click()
    dash_duo.wait_for_text_to_equal("#selected", "selected Ford")
    dash_duo.driver.refresh()
    dash_duo.wait_for_element('.ag-row-selected[row-index="1"]', timeout=10)
    dash_duo.wait_for_text_to_equal("#selected", "selected Ford")
    assert len(dash_duo.find_elements(".ag-row-selected")) == 1
    assert dash_duo.get_logs() == []


def _streaming_app(tmpdir) -> Dash:
    """Seed example 6: a background callback without Output feeding the grid."""
    import diskcache

    manager = DiskcacheManager(diskcache.Cache(str(tmpdir.join("cache"))))
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = [
        html.Button(id="button_id", children="Get data"),
        html.Button(id="cancel_button_id", children="Cancel Running Job!"),
        dag.AgGrid(id="ag-grid-updating", dashGridOptions={"pagination": True}),
    ]

    @app.callback(
        Input("button_id", "n_clicks"),
        background=True,
        running=[
            (Output("button_id", "disabled"), True, False),
            (Output("cancel_button_id", "disabled"), False, True),
        ],
        cancel=[Input("cancel_button_id", "n_clicks")],
        prevent_initial_call=True,
    )
    def update_progress(n_clicks):
        rows = [{"step": step, "row": i} for step in range(3) for i in range(100)]
        column_defs = [{"field": "step"}, {"field": "row"}]
        for end in (100, 200, 300):
            time.sleep(0.5)
            set_props("ag-grid-updating", {"rowData": rows[:end], "columnDefs": column_defs})

    return app


def _record_row_updates(dash_duo, grid_id: str) -> None:
    """Record, in the page, the grid's row count and the trigger button's disabled
    state at each rowData update: polling from the test could miss a short step."""
    dash_duo.driver.execute_script(
        "var api = window.dash_ag_grid.getApi(arguments[0]);"
        "window.__rowUpdates = [];"
        "api.addEventListener('rowDataUpdated', function () {"
        "  window.__rowUpdates.push([api.getDisplayedRowCount(), document.getElementById('button_id').disabled]);"
        "});",
        grid_id,
    )


def _row_updates(dash_duo) -> list:
    return dash_duo.driver.execute_script("return window.__rowUpdates")


def test_tp_aggrid_background_job_streams_rows(dash_duo, tmpdir):
    dash_duo.start_server(_streaming_app(tmpdir))
    dash_duo.wait_for_element("#ag-grid-updating .ag-root", timeout=10)
    _wait_rows(dash_duo, "ag-grid-updating", 0)
    _record_row_updates(dash_duo, "ag-grid-updating")
    dash_duo.find_element("#button_id").click()
    _wait_rows(dash_duo, "ag-grid-updating", 300, timeout=20)
    # Each set_props reached the grid in order; the trigger stayed disabled while the
    # job ran (the last step lands with the job's end, when running.off applies).
    updates = _row_updates(dash_duo)
    assert [count for count, _ in updates] == [100, 200, 300]
    assert [disabled for _, disabled in updates[:2]] == [True, True]
    dash_duo.wait_for_element("#button_id:not([disabled])", timeout=10)
    assert dash_duo.find_element("#cancel_button_id").get_property("disabled") is True
    headers = [e.text for e in dash_duo.find_elements("#ag-grid-updating .ag-header-cell-text")]
    assert headers == ["Step", "Row"]
    assert dash_duo.get_logs() == []


def test_tp_aggrid_background_job_cancel_stops_stream(dash_duo, tmpdir):
    dash_duo.start_server(_streaming_app(tmpdir))
    dash_duo.wait_for_element("#ag-grid-updating .ag-root", timeout=10)
    _wait_rows(dash_duo, "ag-grid-updating", 0)
    _record_row_updates(dash_duo, "ag-grid-updating")
    dash_duo.find_element("#button_id").click()
    # running.on applies when the job's ticket arrives: from then on cancel knows the job.
    dash_duo.wait_for_element("#button_id[disabled]", timeout=10)
    dash_duo.find_element("#cancel_button_id").click()
    dash_duo.wait_for_element("#button_id:not([disabled])", timeout=10)
    at_cancel = len(_row_updates(dash_duo))
    time.sleep(2)  # longer than the job's remaining steps: none may land
    assert len(_row_updates(dash_duo)) == at_cancel < 3
    assert dash_duo.get_logs() == []
