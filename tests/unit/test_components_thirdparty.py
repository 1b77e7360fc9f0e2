"""Real published component libraries (requirements/dev.txt) on our base class:
dash-bootstrap-components 2.0.4 (dash-3.0 generator) and dash-ag-grid 35.3.0 (dash-4.1+)."""
import inspect
import json

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
import pytest
from plotly.io.json import to_json_plotly

from dash import html
from dash.development.base_component import ComponentRegistry


def test_dbc_components_serialize_with_nested_html():
    card = dbc.Card([dbc.CardHeader("Head"), dbc.CardBody(html.P("body", id="p"))], id="card")
    decoded = json.loads(to_json_plotly(card))
    assert decoded["type"] == "Card" and decoded["namespace"] == "dash_bootstrap_components"
    header, body = decoded["props"]["children"]
    assert header == {"props": {"children": "Head"}, "type": "CardHeader", "namespace": "dash_bootstrap_components"}
    assert body["props"]["children"]["props"] == {"children": "body", "id": "p"}
    assert card["p"].children == "body"


def test_dbc_validation_messages_name_the_library():
    with pytest.raises(TypeError) as info:
        dbc.Button(colour="red")
    assert "`dash_bootstrap_components.Button` component (version 2.0.4)" in str(info.value)
    with pytest.raises(TypeError, match="Required argument `items` was not specified"):
        dbc.Carousel()
    # keyword-only marker of the dash-3.0 generator
    assert inspect.signature(dbc.Button).parameters["color"].kind is inspect.Parameter.KEYWORD_ONLY


def test_dbc_children_props_registered():
    assert ComponentRegistry.children_props["dash_bootstrap_components"]["Checklist"] == ["options[].label"]
    assert "dash_bootstrap_components" in ComponentRegistry.registry
    checklist = dbc.Checklist(options=[{"label": html.B("x"), "value": 1}], value=[1])
    assert json.loads(to_json_plotly(checklist))["props"]["options"][0]["label"]["type"] == "B"


def test_ag_grid_has_no_children_key_and_resources():
    grid = dag.AgGrid(id="grid", rowData=[{"a": 1}], columnDefs=[{"field": "a"}])
    assert json.loads(to_json_plotly(grid)) == {
        "props": {"id": "grid", "columnDefs": [{"field": "a"}], "rowData": [{"a": 1}]},
        "type": "AgGrid",
        "namespace": "dash_ag_grid",
    }
    files = [e["relative_package_path"] for e in ComponentRegistry.get_resources("_js_dist", ["dash_ag_grid"])]
    assert "dash_ag_grid.min.js" in files


def test_dbc_table_from_dataframe_builds_dash_html_rows():
    import pandas as pd

    table = dbc.Table.from_dataframe(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), striped=True)
    decoded = json.loads(to_json_plotly(table))
    head, body = decoded["props"]["children"]
    assert head["type"] == "Thead" and head["namespace"] == "dash_html_components"
    assert head["props"]["children"][0]["props"]["children"][0]["props"] == {"children": "a", "colSpan": 1}
    first_row = body["props"]["children"][0]["props"]["children"]
    assert [cell["props"]["children"] for cell in first_row] == [1, "x"]
    assert decoded["props"]["striped"] is True
