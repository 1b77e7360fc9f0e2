"""dash.dependencies: Input/Output/State, wildcards, ClientsideFunction."""
import json

import pytest

from dash import ALL, ALLSMALLER, MATCH, ClientsideFunction, Input, Output, State, html
from dash import exceptions
from dash._utils import stringify_id
from dash.dependencies import DashDependency, Wildcard, _Wildcard


def test_str_and_to_dict_for_string_and_dict_ids():
    assert str(Input("a", "value")) == "a.value"
    dep = Output({"type": "row", "index": ALL}, "children", allow_duplicate=True)
    assert str(dep) == '{"index":["ALL"],"type":"row"}.children'
    assert dep.to_dict() == {
        "id": {"type": "row", "index": ["ALL"]},
        "property": "children",
        "allow_duplicate": True,
    }
    assert State("s", "data").to_dict() == {"id": "s", "property": "data"}
    assert repr(Input("a", "b")) == "<Input `a.b`>"


def test_wildcards_render_through_stringify_id():
    assert ALL.to_json() == '["ALL"]' and json.loads(MATCH.to_json()) == ["MATCH"]
    assert stringify_id({"i": ALLSMALLER, "t": "x"}) == '{"i":["ALLSMALLER"],"t":"x"}'
    assert _Wildcard is Wildcard and ALL._is_wildcard is True
    assert str(MATCH) == "MATCH" and ALL != MATCH and ALL == Wildcard("ALL")


def test_has_wildcard():
    assert Input({"i": MATCH}, "v").has_wildcard()
    assert not Input({"i": 1}, "v").has_wildcard()
    assert not Input("a", "v").has_wildcard()


def test_equality_and_hash_with_wildcard_overlap():
    assert Input("a", "v") == State("a", "v")
    assert Input("a", "v") != Input("a", "w")
    assert Output({"i": ALL}, "x") == Output({"i": 3}, "x")
    assert Output({"i": 1}, "x") != Output({"i": 2}, "x")
    assert Output({"i": 1}, "x") != Output({"j": 1}, "x")
    assert len({Input("a", "v"), Input("a", "v")}) == 1


def test_mutable_attributes():
    dep = Output("a", "children")
    dep.component_id = "b"
    dep.component_property = "title"
    dep.allow_duplicate = True
    assert str(dep) == "b.title" and dep.to_dict()["allow_duplicate"] is True


def test_component_instance_as_id():
    with_id = html.Div(id="known")
    assert Input(with_id, "n_clicks").component_id == "known"
    anonymous = html.Div()
    dep = Output(anonymous, "children")
    assert isinstance(dep.component_id, str) and dep.component_id == anonymous.id


@pytest.mark.parametrize(
    "bad_id, error",
    [
        ("my.id", exceptions.IDsCantContainPeriods),
        ({}, exceptions.InvalidComponentIdError),
        ({1: "x"}, exceptions.InvalidComponentIdError),
        (3, exceptions.IncorrectTypeException),
    ],
)
def test_bad_ids_rejected(bad_id, error):
    with pytest.raises(error):
        Input(bad_id, "value")


def test_period_error_names_the_id():
    with pytest.raises(exceptions.IDsCantContainPeriods, match="'a.b'"):
        Output("a.b", "children")


def test_bad_property_rejected():
    with pytest.raises(exceptions.IncorrectTypeException, match="'a'"):
        Input("a", 3)


def test_blank_or_odd_ids_and_props_are_left_to_the_browser():
    # As upstream: blank ids/props and odd dict values reach the dev tools, which report them.
    assert str(Output("", "")) == "."
    assert Input({"": 1, "a": [4], "b": {"c": 1}}, "children").component_id["a"] == [4]


def test_input_state_allow_optional_and_mro():
    assert Input("a", "b", allow_optional=True).allow_optional is True
    assert State("a", "b", allow_optional=True).to_dict() == {"id": "a", "property": "b", "allow_optional": True}
    assert State.__mro__[1] is DashDependency


def test_clientside_function():
    fn = ClientsideFunction("ns", "fn")
    assert fn.to_dict() == {"namespace": "ns", "function_name": "fn"}
    assert (fn.namespace, fn.function_name) == ("ns", "fn")
    with pytest.raises(ValueError, match="reserved"):
        ClientsideFunction("_dashprivate_x", "fn")
