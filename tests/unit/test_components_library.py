"""dash.dash_table, dash.types and the metadata files the component modules load."""
import importlib.util
import inspect
import json
import typing
from pathlib import Path

import pytest
from plotly.io.json import to_json_plotly

import dash
from dash import dash_table, dcc, html
from dash.dash_table import FormatTemplate
from dash.dash_table.Format import Align, Format, Group, Prefix, Scheme, Sign, Symbol, Trim
from dash.types import NumberType, RendererHooks

REPO = Path(__file__).resolve().parents[2]
API_SURFACE = Path("/work/shared/api/dash_api_surface.json")


def test_datatable_construction_and_serialization():
    table = dash_table.DataTable(
        [{"a": 1, "b": "x"}],
        [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        id="tbl",
        page_size=10,
        style_data_conditional=[{"if": {"row_index": "odd"}, "backgroundColor": "#eee"}],
    )
    assert json.loads(to_json_plotly(table)) == {
        "props": {
            "data": [{"a": 1, "b": "x"}],
            "columns": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "page_size": 10,
            "style_data_conditional": [{"if": {"row_index": "odd"}, "backgroundColor": "#eee"}],
            "id": "tbl",
        },
        "type": "DataTable",
        "namespace": "dash_table",
    }
    assert list(inspect.signature(dash_table.DataTable).parameters)[:4] == [
        "data", "columns", "editable", "fixed_columns",
    ]  # fmt: skip
    with pytest.raises(TypeError, match="`dash_table.DataTable` component \\(version 7.4.1\\).*`rows`"):
        dash_table.DataTable(rows=[])


def test_datatable_module_attributes():
    assert dash_table.__version__ == "7.4.1"
    assert dash_table.__all__ == ["DataTable", "Format", "FormatTemplate"]
    assert dash_table._js_dist == [
        {"relative_package_path": "bundle.js", "namespace": "dash_table", "package": "dash.dash_table"}
    ]
    assert dash.dash_table is dash_table


def test_number_type_and_renderer_hooks():
    assert typing.get_args(NumberType) == (typing.SupportsFloat, typing.SupportsInt, typing.SupportsComplex)
    assert isinstance(3, typing.get_args(NumberType)) and isinstance(2.5, typing.get_args(NumberType))
    assert set(RendererHooks.__annotations__) == {
        "layout_pre", "layout_post", "request_pre", "request_post", "callback_resolved", "request_refresh_jwt",
    }  # fmt: skip
    assert RendererHooks.__required_keys__ == frozenset()
    hooks: RendererHooks = {"layout_pre": "myHook"}
    assert hooks["layout_pre"] == "myHook"


@pytest.mark.parametrize("module, count", [(html, 125), (dcc, 26), (dash_table, 1)])
def test_metadata_files_are_complete(module, count):
    document = json.loads((Path(module.__file__).parent / "metadata.json").read_text())
    assert document["module"] == module.__name__
    assert len(document["components"]) == count
    for spec in document["components"]:
        # every prop except the keyword `async` is a constructor parameter
        named = {p for p in spec["prop_names"] if not p.endswith("*")} - {"async"}
        assert set(spec["init_positional"]) == named, spec["python_name"]
        assert set(spec["children_props"]) <= set(spec["base_nodes"])


@pytest.mark.skipif(not API_SURFACE.is_file(), reason="upstream API surface extract not on this machine")
def test_metadata_files_match_extractor_output():
    spec = importlib.util.spec_from_file_location("extract_metadata", REPO / "scripts" / "extract_metadata.py")
    extractor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extractor)
    surface = json.loads(API_SURFACE.read_text())
    for module_name, target in extractor.OUTPUTS.items():
        assert json.loads(target.read_text()) == extractor.build(surface, module_name), module_name


# -- dash_table.Format / FormatTemplate --------------------------------------------

def _spec(fmt):
    return fmt.to_plotly_json()["specifier"]


def test_format_templates():
    assert FormatTemplate.money(2).to_plotly_json() == {"locale": {}, "nully": "", "prefix": None, "specifier": "$,.2f"}
    assert _spec(FormatTemplate.money(0)) == "$,.0f"
    assert _spec(FormatTemplate.percentage(1)) == ".1%"
    assert _spec(FormatTemplate.percentage(1, True)) == ".1p"


def test_format_specifier_field_order():
    fmt = Format(
        sign=Sign.positive, padding=True, trim=Trim.yes, align=Align.left, fill="*",
        padding_width=5, precision=3, scheme=Scheme.exponent, group=True,
    )  # fmt: skip
    assert _spec(fmt) == "*<+05,.3~e"
    assert _spec(Format()) == "" and _spec(Format(precision=0)) == ".0"
    assert _spec(Format().align(Align.right).fill("0").padding_width(8)) == "0>8"


def test_format_locale_prefix_and_nully():
    fmt = Format(precision=2, scheme=Scheme.fixed, group=Group.yes, sign=Sign.parantheses, symbol=Symbol.yes)
    fmt.symbol_prefix("€")
    assert fmt.to_plotly_json() == {"locale": {"symbol": ["€", ""]}, "nully": "", "prefix": None, "specifier": "($,.2f"}
    chained = Format(nully="N/A", si_prefix=Prefix.kilo).symbol_suffix(" kg").decimal_delimiter(",")
    chained.group_delimiter(".").groups([3, 2])
    assert chained.to_plotly_json() == {
        "locale": {"symbol": ["", " kg"], "decimal": ",", "group": ".", "grouping": [3, 2]},
        "nully": "N/A",
        "prefix": 1000,
        "specifier": "",
    }


@pytest.mark.parametrize(
    "build, error, fragment",
    [
        (lambda: Format(bogus=1), TypeError, "bogus is not a format method"),
        (lambda: Format(precision=-1), ValueError, "non-negative"),
        (lambda: Format(padding_width=1.5), TypeError, "integer"),
        (lambda: Format(scheme="q"), TypeError, "one of"),
        (lambda: Format(fill="ab"), ValueError, "length one"),
        (lambda: Format().groups([]), ValueError, "one or more integers"),
        (lambda: Format().si_prefix(7), TypeError, "one of"),
    ],
)
def test_format_rejects_bad_values(build, error, fragment):
    with pytest.raises(error) as info:
        build()
    assert fragment in str(info.value)


def test_format_serializes_inside_datatable_columns():
    table = dash_table.DataTable(columns=[{"id": "p", "name": "Price", "type": "numeric",
                                           "format": FormatTemplate.money(1)}])  # fmt: skip
    column = json.loads(to_json_plotly(table))["props"]["columns"][0]
    assert column["format"]["specifier"] == "$,.1f"
