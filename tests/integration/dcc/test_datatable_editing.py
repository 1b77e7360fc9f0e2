"""dash_table.DataTable in a real browser: cell editing, row deletion, native and custom
filtering, and the style_* props, each seen from callbacks or computed styles."""
import json

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from dash import Dash, Input, Output, State, dash_table, html


def _cell(column, row):
    return f'#table td.dash-cell[data-dash-column="{column}"][data-dash-row="{row}"]'


def _texts(dash_duo, column, table="table"):
    return [cell.text for cell in dash_duo.find_elements(f'#{table} td.dash-cell[data-dash-column="{column}"]')]


def _type(dash_duo, keys):
    """Keys to whatever has focus, as a user typing."""
    ActionChains(dash_duo.driver).send_keys(keys).perform()


def _filter_box(table, column):
    return f'#{table} th.dash-filter[data-dash-column="{column}"] input'


def test_datatable_edit_cells(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dash_table.DataTable(
                id="table",
                editable=True,
                columns=[
                    {"id": "name", "name": "Name", "editable": False},
                    {"id": "size", "name": "Size", "type": "numeric"},
                    {"id": "note", "name": "Note"},
                ],
                data=[{"name": f"item {i}", "size": i, "note": ""} for i in range(4)],
            ),
            html.Button("elsewhere", id="elsewhere"),
            html.Div(id="edits"),
        ]
    )

    @app.callback(
        Output("edits", "children"),
        Input("table", "data"),
        State("table", "data_previous"),
        State("table", "data_timestamp"),
        State("table", "active_cell"),
        prevent_initial_call=True,
    )
    def edits(data, previous, timestamp, active):
        return json.dumps(
            {
                "now": [row["size"] for row in data],
                "notes": [row["note"] for row in data],
                "before": [row["size"] for row in previous],
                "stamped": isinstance(timestamp, int) and timestamp > 0,
                "active": [active["row"], active["column"]],
            }
        )

    def expect(now, before, active, notes=("", "", "", "")):
        expected = {"now": now, "notes": list(notes), "before": before, "stamped": True, "active": active}
        dash_duo.wait_for_text_to_equal("#edits", json.dumps(expected))

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal(_cell("size", 1), "1")

    # Double click edits; Enter commits a number (numeric column) and moves down one row.
    ActionChains(dash_duo.driver).double_click(dash_duo.find_element(_cell("size", 1))).perform()
    editor = dash_duo.wait_for_element(f"{_cell('size', 1)} input")
    dash_duo.clear_input(editor)
    editor.send_keys("42" + Keys.ENTER)
    expect([0, 42, 2, 3], [0, 1, 2, 3], [2, 1])
    dash_duo.wait_for_text_to_equal(_cell("size", 1), "42")
    dash_duo.wait_for_contains_class(_cell("size", 2), "focused")

    # Typing on the active cell replaces its value; text that is not a number stays text.
    _type(dash_duo, "x7" + Keys.ENTER)
    expect([0, 42, "x7", 3], [0, 42, 2, 3], [3, 1])
    dash_duo.wait_for_contains_class(_cell("size", 3), "focused")

    # Escape cancels: the cell shows its old value and data does not change.
    _type(dash_duo, "99")
    dash_duo.wait_for_element(f"{_cell('size', 3)} input")
    _type(dash_duo, Keys.ESCAPE)
    dash_duo.wait_for_no_elements("#table td input")
    assert dash_duo.find_element(_cell("size", 3)).text == "3"

    # Enter starts editing with the value; leaving the cell commits it.
    _type(dash_duo, Keys.ENTER)
    dash_duo.wait_for_element(f"{_cell('size', 3)} input")
    _type(dash_duo, "5")
    dash_duo.find_element("#elsewhere").click()
    expect([0, 42, "x7", 35], [0, 42, "x7", 3], [3, 1])  # `before` has no 99: Escape committed nothing
    dash_duo.wait_for_text_to_equal(_cell("size", 3), "35")

    # Text columns keep text, even when it looks like a number.
    ActionChains(dash_duo.driver).double_click(dash_duo.find_element(_cell("note", 0))).perform()
    dash_duo.wait_for_element(f"{_cell('note', 0)} input").send_keys("12" + Keys.ENTER)
    expect([0, 42, "x7", 35], [0, 42, "x7", 35], [1, 2], notes=["12", "", "", ""])

    # A column with editable=False does not edit, whatever the table says.
    ActionChains(dash_duo.driver).double_click(dash_duo.find_element(_cell("name", 0))).perform()
    dash_duo.wait_for_contains_class(_cell("name", 0), "focused")
    _type(dash_duo, Keys.ENTER + "z")
    assert dash_duo.find_elements("#table td input") == []
    assert _texts(dash_duo, "name") == ["item 0", "item 1", "item 2", "item 3"]
    assert dash_duo.get_logs() == []


def test_datatable_row_deletion(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dash_table.DataTable(
                id="table",
                row_deletable=True,
                row_selectable="multi",
                selected_rows=[2, 3],
                columns=[{"id": "name", "name": "Name"}],
                data=[{"id": f"r{i}", "name": f"item {i}"} for i in range(4)],
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("table", "data"),
        State("table", "data_previous"),
        State("table", "data_timestamp"),
        State("table", "selected_rows"),
        State("table", "selected_row_ids"),
        prevent_initial_call=True,
    )
    def deleted(data, previous, timestamp, selected, selected_ids):
        return json.dumps(
            {
                "names": [row["name"] for row in data],
                "previous": len(previous),
                "stamped": isinstance(timestamp, int),
                "selected": selected,
                "ids": selected_ids,
            }
        )

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal(_cell("name", 3), "item 3")
    assert [cell.text for cell in dash_duo.find_elements("#table .dash-delete-cell")] == ["×"] * 4

    dash_duo.find_elements("#table .dash-delete-cell")[1].click()
    expected = {"names": ["item 0", "item 2", "item 3"], "previous": 4, "stamped": True, "selected": [1, 2], "ids": ["r2", "r3"]}
    dash_duo.wait_for_text_to_equal("#out", json.dumps(expected))
    assert _texts(dash_duo, "name") == ["item 0", "item 2", "item 3"]
    assert [box.is_selected() for box in dash_duo.find_elements("#table .dash-select-cell input")] == [False, True, True]

    dash_duo.find_elements("#table .dash-delete-cell")[1].click()
    expected = {"names": ["item 0", "item 3"], "previous": 3, "stamped": True, "selected": [1], "ids": ["r3"]}
    dash_duo.wait_for_text_to_equal("#out", json.dumps(expected))
    assert _texts(dash_duo, "name") == ["item 0", "item 3"]
    assert dash_duo.get_logs() == []


def test_datatable_filtering(dash_duo):
    # sizes by row: 0 7 4 1 8 5 2 9 6 3 0 7
    data = [{"name": f"item {i}", "size": (i * 7) % 10} for i in range(12)]
    columns = [{"id": "name", "name": "Name"}, {"id": "size", "name": "Size", "type": "numeric"}]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dash_table.DataTable(id="table", filter_action="native", page_size=2, columns=columns, data=data),
            dash_table.DataTable(id="custom", filter_action="custom", columns=columns, data=data[:5]),
            html.Button("preset", id="preset"),
            html.Div(id="query"),
            html.Div(id="virtual"),
            html.Div(id="viewport"),
            html.Div(id="custom-query"),
        ]
    )

    @app.callback(Output("table", "filter_query"), Input("preset", "n_clicks"), prevent_initial_call=True)
    def preset(_):
        return "{size} = 4"

    @app.callback(Output("query", "children"), Input("table", "filter_query"), prevent_initial_call=True)
    def query(value):
        return value

    @app.callback(Output("virtual", "children"), Input("table", "derived_virtual_indices"))
    def virtual(indices):
        return json.dumps(indices)

    @app.callback(Output("viewport", "children"), Input("table", "derived_viewport_indices"))
    def viewport(indices):
        return json.dumps(indices)

    @app.callback(Output("custom-query", "children"), Input("custom", "filter_query"), prevent_initial_call=True)
    def custom_query(value):
        return value

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#virtual", json.dumps(list(range(12))))
    dash_duo.wait_for_text_to_equal("#viewport", "[0, 1]")

    # A bare value in a text column filters by `scontains` (case-sensitive, as Dash writes it), before paging.
    dash_duo.find_element(_filter_box("table", "name")).send_keys("item 1" + Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#query", '{name} scontains "item 1"')
    dash_duo.wait_for_text_to_equal("#virtual", "[1, 10, 11]")
    dash_duo.wait_for_text_to_equal("#viewport", "[1, 10]")
    assert _texts(dash_duo, "name") == ["item 1", "item 10"]

    # A typed operator is kept; boxes are joined with &&.
    dash_duo.find_element(_filter_box("table", "size")).send_keys("> 5" + Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#query", '{name} scontains "item 1" && {size} > 5')
    dash_duo.wait_for_text_to_equal("#virtual", "[1, 11]")
    assert _texts(dash_duo, "name") == ["item 1", "item 11"]

    dash_duo.clear_input(_filter_box("table", "name"))
    dash_duo.find_element(_filter_box("table", "name")).send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#query", "{size} > 5")
    dash_duo.wait_for_text_to_equal("#virtual", "[1, 4, 7, 8, 11]")

    # filter_query from a callback fills the boxes and filters.
    dash_duo.find_element("#preset").click()
    dash_duo.wait_for_text_to_equal("#virtual", "[2]")
    dash_duo.wait_for_text_to_equal(_filter_box("table", "size"), "4")
    assert dash_duo.find_element(_filter_box("table", "name")).get_attribute("value") == ""
    assert _texts(dash_duo, "name") == ["item 2"]

    # A box that does not make a query is marked and filters nothing out.
    dash_duo.clear_input(_filter_box("table", "size"))
    dash_duo.find_element(_filter_box("table", "size")).send_keys("<" + Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#query", "{size} <")
    dash_duo.wait_for_contains_class('#table th.dash-filter[data-dash-column="size"]', "invalid")
    dash_duo.wait_for_text_to_equal("#virtual", json.dumps(list(range(12))))

    # filter_action="custom" only reports the query; the server would filter.
    dash_duo.find_element(_filter_box("custom", "size")).send_keys("3" + Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#custom-query", "{size} = 3")
    assert len(_texts(dash_duo, "name", table="custom")) == 5
    assert dash_duo.get_logs() == []


def test_datatable_styles(dash_duo):
    red = "rgba(255, 0, 0, 1)"
    grey = "rgba(240, 240, 240, 1)"
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dash_table.DataTable(
                id="table",
                editable=True,
                hidden_columns=["secret"],
                columns=[
                    {"id": "name", "name": "Name"},
                    {"id": "size", "name": "Size", "type": "numeric"},
                    {"id": "secret", "name": "Secret"},
                ],
                data=[{"name": f"item {i}", "size": size, "secret": "x"} for i, size in enumerate([1, 8, 3])],
                style_cell={"padding": "3px", "color": "rgb(0, 0, 0)"},
                style_cell_conditional=[{"if": {"column_id": "name"}, "text-align": "left"}],
                style_header={"fontWeight": "bold"},
                style_header_conditional=[{"if": {"column_type": "numeric"}, "color": "rgb(0, 128, 0)"}],
                style_data_conditional=[
                    {"if": {"row_index": "odd"}, "backgroundColor": "rgb(240, 240, 240)"},
                    {"if": {"filter_query": "{size} > 5", "column_id": "size"}, "background-color": "red", "color": "white"},
                ],
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("table", "data"), prevent_initial_call=True)
    def edited(data):
        return json.dumps([row["size"] for row in data])

    dash_duo.start_server(app)
    dash_duo.wait_for_style_to_equal(_cell("size", 1), "background-color", red)
    assert [th.text for th in dash_duo.find_elements("#table .column-header-name")] == ["Name", "Size"]
    assert dash_duo.find_element(_cell("size", 1)).value_of_css_property("color") == "rgba(255, 255, 255, 1)"
    assert dash_duo.find_element(_cell("name", 1)).value_of_css_property("background-color") == grey
    assert dash_duo.find_element(_cell("size", 0)).value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"
    assert dash_duo.find_element(_cell("name", 0)).value_of_css_property("text-align") == "left"
    assert dash_duo.find_element(_cell("name", 0)).value_of_css_property("padding-top") == "3px"
    size_header = dash_duo.find_element('#table th.dash-header[data-dash-column="size"]')
    assert size_header.value_of_css_property("color") == "rgba(0, 128, 0, 1)"
    assert size_header.value_of_css_property("font-weight") == "700"

    # The filter_query condition follows the data as it is edited.
    ActionChains(dash_duo.driver).double_click(dash_duo.find_element(_cell("size", 0))).perform()
    editor = dash_duo.wait_for_element(f"{_cell('size', 0)} input")
    dash_duo.clear_input(editor)
    editor.send_keys("9" + Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#out", "[9, 8, 3]")
    dash_duo.wait_for_style_to_equal(_cell("size", 0), "background-color", red)
    assert dash_duo.get_logs() == []
