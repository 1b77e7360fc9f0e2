"""dash.html: every element class, constructed the way apps construct them."""
import inspect
import json
import pickle
from pathlib import Path

import pytest

import dash
from dash import html
from dash.development.base_component import Component

METADATA = json.loads((Path(html.__file__).parent / "metadata.json").read_text())
SPECS = {spec["python_name"]: spec for spec in METADATA["components"]}
SHARED = [
    "accessKey", "children", "className", "contentEditable", "dir", "disable_n_clicks", "draggable",
    "hidden", "id", "key", "lang", "n_clicks", "n_clicks_timestamp", "role", "spellCheck", "style",
    "tabIndex", "title",
]  # fmt: skip


def test_module_exports_all_125_elements():
    assert len(html.__all__) == 125
    for name in ["A", "Div", "Span", "MapEl", "ObjectEl", "Table", "Thead", "Tbody", "Tr", "Th", "Td", "Xmp"]:
        cls = getattr(html, name)
        assert issubclass(cls, Component)
        assert cls.__module__ == "dash.html"
    assert html.__version__ == "4.4.1"
    assert dash.html is html


def test_js_dist_names_package_and_namespace():
    assert html._js_dist == [
        {
            "relative_package_path": "dash_html_components.min.js",
            "namespace": "dash_html_components",
            "package": "dash.html",
        }
    ]
    assert html._css_dist == []


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_element_accepts_every_prop_by_keyword(name):
    spec = SPECS[name]
    cls = getattr(html, name)
    named = [p for p in spec["prop_names"] if not p.endswith("*")]
    values = {prop: f"v-{prop}" for prop in named}
    component = cls(**values, **{"data-test": "d", "aria-label": "a"})
    out = component.to_plotly_json()
    assert out["type"] == spec["type"] == name
    assert out["namespace"] == "dash_html_components"
    assert list(out["props"]) == named + ["data-test", "aria-label"]
    assert set(SHARED) <= set(named)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_element_accepts_positional_args_in_upstream_order(name):
    order = SPECS[name]["init_positional"]
    cls = getattr(html, name)
    assert list(inspect.signature(cls).parameters)[:-1] == order
    component = cls(*[f"p{i}" for i in range(len(order))])
    assert {prop: getattr(component, prop) for prop in order} == {p: f"p{i}" for i, p in enumerate(order)}
    with pytest.raises(TypeError, match="positional arguments"):
        cls(*range(len(order) + 1))


def test_div_signature_matches_upstream():
    params = inspect.signature(html.Div).parameters
    assert list(params) == [
        "children", "id", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key", "accessKey",
        "className", "contentEditable", "dir", "draggable", "hidden", "lang", "role", "spellCheck",
        "style", "tabIndex", "title", "kwargs",
    ]  # fmt: skip
    assert all(p.default is None for p in list(params.values())[:-1])
    assert params["kwargs"].kind is inspect.Parameter.VAR_KEYWORD


def test_element_specific_props():
    link = html.A("home", href="/", target="_blank", referrerPolicy="no-referrer")
    assert link.to_plotly_json()["props"] == {
        "children": "home",
        "href": "/",
        "referrerPolicy": "no-referrer",
        "target": "_blank",
    }
    with pytest.raises(TypeError, match="`html.Div`.*`href`"):
        html.Div(href="/")
    cell = html.Td("x", colSpan=2)
    assert cell.colSpan == 2


def test_script_async_is_keyword_only_through_kwargs():
    assert "async" not in inspect.signature(html.Script).parameters
    script = html.Script(src="/a.js", **{"async": True})
    assert script.to_plotly_json()["props"] == {"children": None, "async": True, "src": "/a.js"}


def test_children_forms():
    assert html.Ul([html.Li(i) for i in range(2)]).to_plotly_json()["props"]["children"][1].children == 1
    assert html.P(5).to_plotly_json()["props"] == {"children": 5}
    assert html.P(("a", "b")).children == ("a", "b")


def test_docstring_lists_props_with_types_and_defaults():
    doc = html.Div.__doc__
    assert doc.startswith("A Div component.")
    assert "- children (node; optional)" in doc
    assert "- n_clicks (number; default 0)" in doc
    assert "- data-* (string; optional)" in doc


def test_classes_are_picklable_by_module_path():
    cls = pickle.loads(pickle.dumps(html.Table))
    assert cls is html.Table


def test_subclassing_an_element_keeps_its_identity():
    class Card(html.Div):
        def __init__(self, title, **kwargs):
            super().__init__([html.H3(title)], className="card", **kwargs)

    card = Card("T", id="c")
    out = card.to_plotly_json()
    assert out["type"] == "Div" and out["namespace"] == "dash_html_components"
    assert list(out["props"]) == ["children", "id", "className"]
