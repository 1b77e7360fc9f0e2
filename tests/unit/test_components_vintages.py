"""Hand-written component classes in the four generator styles third-party libraries
ship (see the component-library contract, section 1.3), built on our Component."""
import inspect
import typing

import pytest
from plotly.io.json import to_json_plotly

from dash import html
from dash.development.base_component import Component, ComponentRegistry, _explicitize_args

PACKAGE = __name__.split(".")[0]


class OldIcon(Component):
    """dash-1.x style: instance-level _type/_namespace, sentinel defaults, no
    _children_props / _base_nodes class attributes."""

    @_explicitize_args
    def __init__(self, icon=Component.REQUIRED, id=Component.UNDEFINED, width=Component.UNDEFINED, **kwargs):
        self._prop_names = ["id", "icon", "width"]
        self._type = "OldIcon"
        self._namespace = "old_icons"
        self._valid_wildcard_attributes = []
        self.available_properties = ["id", "icon", "width"]
        self.available_wildcard_properties = []
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {k: _locals[k] for k in _explicit_args if k != "children"}
        for k in ["icon"]:
            if k not in args:
                raise TypeError("Required argument `" + k + "` was not specified.")
        super(OldIcon, self).__init__(**args)


class Listener(Component):
    """dash-2.x style: class attributes, decorator, children passed separately."""

    _children_props = []
    _base_nodes = ["children"]
    _namespace = "ext_ns"
    _type = "Listener"

    @_explicitize_args
    def __init__(self, children=None, id=None, events=None, n_events=None, **kwargs):
        self._prop_names = ["children", "id", "events", "n_events"]
        self._valid_wildcard_attributes = []
        self.available_properties = ["children", "id", "events", "n_events"]
        self.available_wildcard_properties = []
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {k: _locals[k] for k in _explicit_args if k != "children"}
        super(Listener, self).__init__(children=children, **args)


class Card(Component):
    """dash-3.0 style: keyword-only marker, setattr of _explicitize_args after the body,
    required props, children props."""

    _children_props = ["header", "options[].label"]
    _base_nodes = ["header", "children"]
    _namespace = "cards_ns"
    _type = "Card"

    def __init__(self, children=None, id=None, *, header=None, options=None, max_value=None, **kwargs):
        self._prop_names = ["children", "id", "header", "max_value", "options"]
        self._valid_wildcard_attributes = []
        self.available_properties = ["children", "id", "header", "max_value", "options"]
        self.available_wildcard_properties = []
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {k: _locals[k] for k in _explicit_args if k != "children"}
        for k in ["max_value"]:
            if k not in args:
                raise TypeError("Required argument `" + k + "` was not specified.")
        super(Card, self).__init__(children=children, **args)


setattr(Card, "__init__", _explicitize_args(Card.__init__))


class Grid(Component):
    """dash-4.1+ style: all positional-or-keyword, typed class attributes, wildcard
    prop names, nested children-prop paths, no children."""

    _children_props: typing.List[str] = ["data[].label", "loaderProps.children"]
    _base_nodes = ["children"]
    _namespace = "grid_ns"
    _type = "Grid"

    def __init__(self, id=None, rowData=None, data=None, loaderProps=None, **kwargs):
        self._prop_names = ["id", "aria-*", "data", "data-*", "loaderProps", "rowData"]
        self._valid_wildcard_attributes = ["data-", "aria-"]
        self.available_properties = ["id", "aria-*", "data", "data-*", "loaderProps", "rowData"]
        self.available_wildcard_properties = ["data-", "aria-"]
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {k: _locals[k] for k in _explicit_args}
        super(Grid, self).__init__(**args)


setattr(Grid, "__init__", _explicitize_args(Grid.__init__))


def test_old_style_instance_type_and_sentinels():
    icon = OldIcon("mdi:home", width=20)
    assert icon.to_plotly_json() == {
        "props": {"icon": "mdi:home", "width": 20},
        "type": "OldIcon",
        "namespace": "old_icons",
    }
    with pytest.raises(TypeError, match="Required argument `icon` was not specified"):
        OldIcon(id="x")
    with pytest.raises(TypeError, match="`old_icons.OldIcon` component.*`size`"):
        OldIcon("a", size=3)
    # registered under the package name: the class has no _namespace attribute
    assert ComponentRegistry.children_props[PACKAGE]["OldIcon"] is None
    assert PACKAGE in ComponentRegistry.registry


def test_dash2_style_children_and_positional():
    listener = Listener([html.Span("in")], "lst", ["click"])
    assert to_json_plotly(listener) == (
        '{"props":{"children":[{"props":{"children":"in"},"type":"Span",'
        '"namespace":"dash_html_components"}],"id":"lst","events":["click"]},'
        '"type":"Listener","namespace":"ext_ns"}'
    )
    assert Listener().to_plotly_json()["props"] == {"children": None}
    assert list(listener) == []
    assert ComponentRegistry.children_props["ext_ns"]["Listener"] == []


def test_dash3_style_keyword_only_and_required():
    card = Card("body", "c1", header=html.H4("Title"), max_value=3)
    props = card.to_plotly_json()["props"]
    assert list(props) == ["children", "id", "header", "max_value"]
    assert props["header"].to_plotly_json()["props"] == {"children": "Title"}
    with pytest.raises(TypeError, match="positional"):
        Card("body", "c1", html.H4("x"))
    with pytest.raises(TypeError, match="Required argument `max_value`"):
        Card("body")
    with pytest.raises(TypeError, match="detected a Component for a prop other than `children`"):
        Card(options=html.P(), max_value=1)
    params = inspect.signature(Card).parameters
    assert params["header"].kind is inspect.Parameter.KEYWORD_ONLY
    assert ComponentRegistry.children_props["cards_ns"]["Card"] == ["header", "options[].label"]


def test_dash4_style_positional_wildcards_and_nested_components():
    grid = Grid(
        "g",
        [{"a": 1}],
        [{"label": html.B("one"), "value": 1}],
        **{"data-testid": "grid", "aria-label": "table"},
    )
    assert to_json_plotly(grid) == (
        '{"props":{"id":"g","data":[{"label":{"props":{"children":"one"},"type":"B",'
        '"namespace":"dash_html_components"},"value":1}],"rowData":[{"a":1}],'
        '"data-testid":"grid","aria-label":"table"},"type":"Grid","namespace":"grid_ns"}'
    )
    assert "children" not in Grid(id="g").to_plotly_json()["props"]
    with pytest.raises(TypeError, match="`id` prop must be a string or dict"):
        Grid(id=5)
    assert ComponentRegistry.children_props["grid_ns"]["Grid"] == ["data[].label", "loaderProps.children"]
    assert ComponentRegistry.namespace_to_package["grid_ns"] == PACKAGE


def test_component_instances_as_dict_keys_and_mutation():
    a, b = Grid(id="a"), Grid(id="a")
    lookup = {a: "first", b: "second"}
    assert lookup[a] == "first" and lookup[b] == "second"
    a.id = "renamed"
    assert a.to_plotly_json()["props"]["id"] == "renamed"


def test_get_resources_reads_registered_packages(monkeypatch):
    import sys

    entry = {"relative_package_path": "vintage.js", "namespace": "grid_ns"}
    monkeypatch.setattr(sys.modules[PACKAGE], "_js_dist", [entry], raising=False)
    assert entry in ComponentRegistry.get_resources("_js_dist")
    assert ComponentRegistry.get_resources("_js_dist", includes=[PACKAGE]) == [entry]
    assert ComponentRegistry.get_resources("_js_dist", includes=["not_registered"]) == []
