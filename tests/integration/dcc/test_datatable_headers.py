"""DataTable header actions in a real browser, in Dash's DOM: rename through the browser's
prompt, clear and delete a column's data, hide a column from its header or from the
"Toggle Columns" menu; and the table's wrapper classes."""
import json

from dash import Dash, Input, Output, dash_table, html


def _table_app(**column_flags):
    app = Dash(__name__)
    columns = [dict(id=f"c{i}", name=name, **column_flags) for i, name in enumerate(["alpha", "beta", "gamma"])]
    app.layout = html.Div(
        [
            dash_table.DataTable(
                id="table",
                columns=columns,
                data=[{"c0": 1, "c1": 2, "c2": 3}, {"c0": 4, "c1": 5, "c2": 6}],
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("table", "columns"),
        Input("table", "hidden_columns"),
        Input("table", "data"),
    )
    def report(cols, hidden, data):
        return json.dumps(
            {"names": [c["name"] for c in cols], "hidden": hidden or [], "data": data}, sort_keys=True
        )

    return app


def _state(dash_duo):
    return json.loads(dash_duo.find_element("#out").text)


def _header_names(dash_duo):
    return [el.text for el in dash_duo.find_elements("#table .column-header-name")]


def test_dthd001_wrappers_and_no_actions_by_default(dash_duo):
    dash_duo.start_server(_table_app())
    dash_duo.wait_for_text_to_equal("#table .column-0 .column-header-name", "alpha")
    # Dash's nesting: container > menu + spreadsheet container > inner > cell-table.
    assert dash_duo.find_element(
        "#table.dash-table-container > .dash-spreadsheet-container.dash-spreadsheet"
        " > .dash-spreadsheet-inner.dash-spreadsheet table.cell-table"
    )
    assert dash_duo.find_elements("#table > .dash-spreadsheet-menu")
    # No hideable column: no "Toggle Columns" button, and no header buttons at all.
    assert not dash_duo.find_elements("#table .show-hide")
    assert not dash_duo.find_elements("#table .column-actions > span")


def test_dthd002_rename_clear_delete(dash_duo):
    dash_duo.start_server(_table_app(renamable=True, clearable=True, deletable=True))
    dash_duo.wait_for_text_to_equal("#table .column-1 .column-header-name", "beta")
    kinds = [
        el.get_attribute("class") for el in dash_duo.find_elements("#table .dash-header.column-0 .column-actions > span")
    ]
    assert kinds == ["column-header--edit", "column-header--clear", "column-header--delete"]

    dash_duo.find_element(".dash-header.column-1 .column-header--edit").click()
    prompt = dash_duo.driver.switch_to.alert
    assert prompt.text == "Enter a new column name"
    prompt.send_keys("renamed")
    prompt.accept()
    dash_duo.wait_for_text_to_equal("#table .column-1 .column-header-name", "renamed")
    assert _state(dash_duo)["names"] == ["alpha", "renamed", "gamma"]

    # Dismissing the prompt keeps the name.
    dash_duo.find_element(".dash-header.column-0 .column-header--edit").click()
    dash_duo.driver.switch_to.alert.dismiss()

    dash_duo.find_element(".dash-header.column-0 .column-header--clear").click()
    dash_duo.wait_for_contains_text("#out", '"data": [{"c1": 2, "c2": 3}, {"c1": 5, "c2": 6}]')
    assert _state(dash_duo)["names"] == ["alpha", "renamed", "gamma"]
    assert [el.text for el in dash_duo.find_elements('#table td[data-dash-column="c0"]')] == ["", ""]

    dash_duo.find_element(".dash-header.column-2 .column-header--delete").click()
    dash_duo.wait_for_contains_text("#out", '"names": ["alpha", "renamed"]')
    assert _state(dash_duo)["data"] == [{"c1": 2}, {"c1": 5}]
    assert _header_names(dash_duo) == ["alpha", "renamed"]


def test_dthd003_hide_from_header_and_menu(dash_duo):
    dash_duo.start_server(_table_app(hideable=True, deletable=True))
    dash_duo.wait_for_text_to_equal("#table .column-0 .column-header-name", "alpha")
    assert not dash_duo.find_elements(".show-hide-menu")

    dash_duo.find_element(".dash-header.column-1 .column-header--hide").click()
    dash_duo.wait_for_contains_text("#out", '"hidden": ["c1"]')
    assert _header_names(dash_duo) == ["alpha", "gamma"]

    # The menu lists every hideable column; checking a hidden one shows it again.
    dash_duo.find_element(".show-hide").click()
    items = dash_duo.find_elements(".show-hide-menu .show-hide-menu-item")
    assert [item.find_element("css selector", "label").text for item in items] == ["alpha", "beta", "gamma"]
    assert [item.find_element("css selector", "input").is_selected() for item in items] == [True, False, True]
    items[1].find_element("css selector", "input").click()
    dash_duo.wait_for_contains_text("#out", '"hidden": []')
    assert _header_names(dash_duo) == ["alpha", "beta", "gamma"]

    # Unchecking hides; the last shown column can be neither hidden nor deleted.
    dash_duo.find_elements(".show-hide-menu-item input")[0].click()
    dash_duo.wait_for_contains_text("#out", '"hidden": ["c0"]')
    dash_duo.find_elements(".show-hide-menu-item input")[2].click()
    dash_duo.wait_for_contains_text("#out", '"hidden": ["c0", "c2"]')
    assert not dash_duo.find_elements(".show-hide-menu-item input")[1].is_enabled()
    dash_duo.find_element(".show-hide").click()
    assert not dash_duo.find_elements(".show-hide-menu")

    for kind in ("hide", "delete"):
        button = dash_duo.find_element(f".dash-header.column-0 .column-header--{kind}")
        assert "disabled" in button.get_attribute("class").split()
        button.click()
    assert _state(dash_duo)["names"] == ["alpha", "beta", "gamma"]
    assert _state(dash_duo)["hidden"] == ["c0", "c2"]


def test_dthd004_header_edits_persist_across_reloads(dash_duo):
    # With only `persistence` set, the table's defaults persist column names and hidden
    # columns; a deletable flag added later does not drop the stored names.
    app = Dash(__name__)
    flags = {"deletable": False}

    def layout():
        columns = [
            dict(id=f"c{i}", name=name, renamable=True, hideable=True, deletable=flags["deletable"])
            for i, name in enumerate(["alpha", "beta"])
        ]
        return html.Div(
            [
                dash_table.DataTable(id="table", columns=columns, data=[{"c0": 1, "c1": 2}], persistence=True),
                html.Div(id="out"),
            ]
        )

    app.layout = layout

    @app.callback(Output("out", "children"), Input("table", "columns"), Input("table", "hidden_columns"))
    def report(cols, hidden):
        return json.dumps({"names": [c["name"] for c in cols], "hidden": hidden or []})

    dash_duo.start_server(app)
    dash_duo.wait_for_contains_text("#out", '"names": ["alpha", "beta"]')
    dash_duo.find_element(".dash-header.column-0 .column-header--edit").click()
    prompt = dash_duo.driver.switch_to.alert
    prompt.send_keys("kept")
    prompt.accept()
    dash_duo.find_element(".dash-header.column-1 .column-header--hide").click()
    dash_duo.wait_for_text_to_equal("#out", '{"names": ["kept", "beta"], "hidden": ["c1"]}')

    flags["deletable"] = True
    dash_duo.driver.refresh()
    dash_duo.wait_for_text_to_equal("#out", '{"names": ["kept", "beta"], "hidden": ["c1"]}')
    assert _header_names(dash_duo) == ["kept"]
    assert dash_duo.find_elements(".dash-header.column-0 .column-header--delete")
    dash_duo.clear_storage()


def test_dthd005_filter_case_toggle(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dash_table.DataTable(
                id="table",
                columns=[{"id": "a", "name": "A"}, {"id": "b", "name": "B", "filter_options": {"case": "insensitive"}}],
                data=[{"a": "Xy", "b": "q"}, {"a": "xy", "b": "Q"}],
                filter_action="native",
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("table", "filter_query"),
        Input("table", "columns"),
        Input("table", "derived_virtual_data"),
    )
    def report(query, cols, rows):
        return json.dumps({"query": query, "cases": [(c.get("filter_options") or {}).get("case") for c in cols],
                           "rows": [r["a"] for r in rows]})

    dash_duo.start_server(app)
    # A text box and Dash's "Aa" button showing each column's case mode.
    toggle = dash_duo.find_element("th.dash-filter.column-0 > div > input.dash-filter--case")
    assert toggle.get_attribute("class").split() == ["dash-filter--case", "dash-filter--case--sensitive"]
    assert toggle.get_attribute("value") == "Aa"
    assert toggle.get_attribute("title") == "Toggle filter case sensitivity"
    assert "dash-filter--case--insensitive" in dash_duo.find_element("th.dash-filter.column-1 .dash-filter--case").get_attribute("class")

    dash_duo.find_element('th.dash-filter.column-0 input[type="text"]').send_keys("xy\n")
    dash_duo.wait_for_contains_text("#out", '"rows": ["xy"]')
    assert json.loads(dash_duo.find_element("#out").text)["query"] == "{a} scontains xy"

    toggle.click()
    dash_duo.wait_for_contains_text("#out", '"rows": ["Xy", "xy"]')
    state = json.loads(dash_duo.find_element("#out").text)
    assert state["query"] == "{a} icontains xy"
    assert state["cases"] == ["insensitive", "insensitive"]
    dash_duo.wait_for_contains_class("th.dash-filter.column-0 .dash-filter--case", "dash-filter--case--insensitive")
