"""Behaviour of dash.development.base_component.Component through real component classes."""
import copy
import inspect
import pickle

import pytest
from plotly.io.json import to_json_plotly

from dash import dash_table, dcc, html
from dash.development.base_component import (
    Component,
    ComponentRegistry,
    ComponentType,
    _explicitize_args,
)


# -- prop validation ---------------------------------------------------------------


def test_unknown_prop_names_component_and_lists_allowed():
    with pytest.raises(TypeError) as info:
        html.Div(foo=1)
    message = str(info.value)
    assert "`html.Div` component (version 4.4.1)" in message
    assert "unexpected keyword argument: `foo`" in message
    assert "Allowed arguments: accessKey, aria-*, children, className" in message


def test_unknown_prop_on_dcc_uses_dcc_name():
    with pytest.raises(TypeError, match=r"`dcc.Input` component .*`valu`"):
        dcc.Input(valu=3)


@pytest.mark.parametrize(
    "bad_id, fragment",
    [
        (3, "`id` prop must be a string or dict, not 3"),
        (None, "`id` prop must be a string or dict, not None"),
        (["a"], "not ['a']"),
        ({1: "a"}, "dict id keys must be strings"),
        ({"a": [1]}, "dict id values must be strings, numbers or bools"),
        ({"a": {"b": 1}}, "found {'b': 1} in id"),
    ],
)
def test_bad_ids_raise_clear_type_errors(bad_id, fragment):
    with pytest.raises(TypeError) as info:
        html.Div(id=bad_id)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    "good_id", ["a", "", {"type": "row", "index": 1}, {"a": 1.5, "b": True, "c": "x"}, {}]
)
def test_good_ids_are_kept_as_given(good_id):
    assert html.Div(id=good_id).to_plotly_json()["props"]["id"] == good_id


def test_component_in_non_node_prop_is_rejected():
    with pytest.raises(TypeError) as info:
        html.Div(style=html.Span("x"))
    message = str(info.value)
    assert "detected a Component for a prop other than `children`" in message
    assert "Prop style has value Span('x')" in message


def test_component_in_children_prop_of_node_list_is_accepted():
    tab = dcc.Tab(label=html.B("bold"))
    assert tab.to_plotly_json()["props"]["label"].to_plotly_json()["type"] == "B"
    spinner = dcc.Loading(custom_spinner=html.Span("..."))
    assert isinstance(spinner.custom_spinner, html.Span)


def test_explicit_args_cannot_be_passed_by_user():
    with pytest.raises(TypeError, match="_explicit_args should not be set"):
        html.Div(_explicit_args=["id"])


def test_too_many_positional_arguments():
    with pytest.raises(TypeError, match=r"Div.__init__\(\) takes from 1 to 19 positional"):
        html.Div(*range(25))


# -- wildcards ---------------------------------------------------------------------


def test_wildcard_attributes_serialize_after_named_props():
    div = html.Div("x", id="a", **{"data-row": 3, "aria-label": "lbl"})
    props = div.to_plotly_json()["props"]
    assert list(props) == ["children", "id", "data-row", "aria-label"]
    assert props["data-row"] == 3
    assert getattr(div, "aria-label") == "lbl"


def test_wildcard_prefix_must_match_exactly():
    with pytest.raises(TypeError, match="unexpected keyword argument: `dat-x`"):
        html.Div(**{"dat-x": 1})


def test_components_without_wildcards_reject_data_attributes():
    with pytest.raises(TypeError, match="`data-x`"):
        dcc.Store(id="s", **{"data-x": 1})


# -- serialization -----------------------------------------------------------------


def test_to_plotly_json_shape_and_prop_order():
    div = html.Div(title="t", id="i", children="c", n_clicks=2)
    out = div.to_plotly_json()
    assert list(out) == ["props", "type", "namespace"]
    assert out["type"] == "Div" and out["namespace"] == "dash_html_components"
    # _prop_names order, not call order
    assert list(out["props"]) == ["children", "id", "n_clicks", "title"]


def test_children_always_present_defaults_never_materialized():
    assert html.Div().to_plotly_json()["props"] == {"children": None}
    assert dcc.Graph().to_plotly_json()["props"] == {}
    assert dcc.Store(id="s").to_plotly_json()["props"] == {"id": "s"}
    # explicitly passing a value equal to the JS default still sends it
    assert dcc.Interval(interval=1000).to_plotly_json()["props"] == {"interval": 1000}


def test_props_set_after_construction_are_serialized():
    div = html.Div(id="a")
    div.style = {"color": "red"}
    div.not_a_prop = 1
    assert div.to_plotly_json()["props"] == {"children": None, "id": "a", "style": {"color": "red"}}


def test_full_json_nests_components_in_lists_dicts_and_tuples():
    layout = html.Div(
        (html.P("a", id={"type": "p", "index": 1}), "text", 3),
        id="root",
    )
    tabs = dcc.Tabs([dcc.Tab(label=html.I("it"), children=[html.Br()])], id="tabs")
    radio = dcc.RadioItems(options=[{"label": html.B("bold"), "value": "b"}], value="b")
    text = to_json_plotly(html.Div([layout, tabs, radio]))
    expected = (
        '{"props":{"children":['
        '{"props":{"children":[{"props":{"children":"a","id":{"type":"p","index":1}},'
        '"type":"P","namespace":"dash_html_components"},"text",3],"id":"root"},'
        '"type":"Div","namespace":"dash_html_components"},'
        '{"props":{"children":[{"props":{"children":[{"props":{"children":null},'
        '"type":"Br","namespace":"dash_html_components"}],"label":{"props":{"children":"it"},'
        '"type":"I","namespace":"dash_html_components"}},"type":"Tab",'
        '"namespace":"dash_core_components"}],"id":"tabs"},"type":"Tabs",'
        '"namespace":"dash_core_components"},'
        '{"props":{"options":[{"label":{"props":{"children":"bold"},"type":"B",'
        '"namespace":"dash_html_components"},"value":"b"}],"value":"b"},'
        '"type":"RadioItems","namespace":"dash_core_components"}]},'
        '"type":"Div","namespace":"dash_html_components"}'
    )
    assert text == expected


def test_graph_figure_serializes_through_plotly_encoder():
    import plotly.graph_objects as go

    graph = dcc.Graph(id="g", figure=go.Figure(go.Bar(x=[1, 2], y=[3, 4])))
    text = to_json_plotly(graph)
    assert text.startswith('{"props":{"id":"g","figure":{"data":[{"x":[1,2],"y":[3,4],"type":"bar"}]')
    assert text.endswith('"type":"Graph","namespace":"dash_core_components"}')


# -- repr, identity, copying -------------------------------------------------------


@pytest.mark.parametrize(
    "component, text",
    [
        (html.Div(), "Div(None)"),
        (html.Div("x"), "Div('x')"),
        (html.Div([html.P(), html.P("z")]), "Div([P(None), P('z')])"),
        (html.Div(id="a"), "Div(id='a')"),
        (dcc.Store(id="s", data=[1]), "Store(id='s', data=[1])"),
        (html.Div("c", id="d", **{"data-x": 1}), "Div(children='c', id='d', data-x=1)"),
    ],
)
def test_repr(component, text):
    assert repr(component) == text


def test_identity_equality_and_hashing():
    a, b = html.Div("x"), html.Div("x")
    assert a != b and a == a
    assert len({a: 1, b: 2}) == 2
    assert hash(a) == object.__hash__(a)


def test_components_pickle_and_deepcopy():
    div = html.Div([dcc.Input(id="in", value=3)], id="root")
    for clone in (pickle.loads(pickle.dumps(div)), copy.deepcopy(div)):
        assert clone is not div
        assert clone.to_plotly_json()["props"]["id"] == "root"
        assert clone["in"].value == 3


# -- traversal ---------------------------------------------------------------------


def _tree():
    return html.Div(
        [
            html.P(id="a"),
            html.Div(html.B("bold", id="b"), id="c"),
            "loose text",
            html.Section((html.Span(id="t"),)),
        ],
        id="root",
    )


def test_getitem_finds_nested_components_but_not_self():
    tree = _tree()
    assert tree["b"].children == "bold"
    assert tree["a"].to_plotly_json()["type"] == "P"
    with pytest.raises(KeyError):
        tree["root"]
    with pytest.raises(KeyError):
        tree["missing"]


def test_setitem_replaces_in_lists_and_single_children():
    tree = _tree()
    tree["b"] = html.I(id="b2")
    assert isinstance(tree["c"].children, html.I)
    tree["a"] = html.H1("new", id="a")
    assert tree.children[0].children == "new"
    with pytest.raises(KeyError):
        tree["nope"] = html.P()


def test_delitem_removes_from_lists_tuples_and_single_children():
    tree = _tree()
    del tree["a"]
    assert [getattr(c, "id", c) for c in tree.children[:2]] == ["c", "loose text"]
    del tree["b"]
    assert tree["c"].children is None
    del tree["t"]
    assert tree.children[-1].children == ()
    with pytest.raises(KeyError):
        del tree["b"]


def test_iteration_yields_descendant_ids_depth_first():
    assert list(_tree()) == ["a", "c", "b", "t"]


def test_traverse_and_paths():
    tree = _tree()
    items = list(tree._traverse())
    assert [type(i).__name__ for i in items] == ["P", "Div", "B", "str", "Section", "Span"]
    paths = [path for path, _ in html.Div([html.P(id="a"), html.Div(html.B(id="b"), id="c")])._traverse_with_paths()]
    assert paths == ["[0] P (id=a)", "[1] Div (id=c)", "[1] Div (id=c)\n[*] B (id=b)"]
    assert [c.id for c in tree._traverse_ids()] == ["a", "c", "b", "t"]


@pytest.mark.parametrize(
    "component, size",
    [
        (html.Div(), 0),
        (html.Div("x"), 1),
        (html.Div(["x", "y"]), 2),
        (html.Div(html.P()), 1),
        (html.Div([html.P(), html.P("z")]), 3),
        (html.Div([html.P([html.B("q")])]), 3),
        (dcc.Store(id="s"), 0),
    ],
)
def test_len_counts_items_in_children_tree(component, size):
    assert len(component) == size


# -- random ids --------------------------------------------------------------------


def test_set_random_id_keeps_existing_and_generates_uuid():
    assert html.Div(id="mine")._set_random_id() == "mine"
    div = html.Div()
    first = div._set_random_id()
    assert div._set_random_id() == first == div.id
    assert len(first) == 36 and first[14] == "4"
    assert html.Div()._set_random_id() != first


# -- registry and helpers ----------------------------------------------------------


def test_registry_records_packages_and_children_props():
    assert "dash" in ComponentRegistry.registry
    assert ComponentRegistry.children_props["dash_core_components"]["Tab"] == ["label"]
    assert ComponentRegistry.children_props["dash_html_components"]["Div"] == []
    # the abstract base class is not a library of its own
    assert "dash" not in ComponentRegistry.children_props
    assert ComponentRegistry.children_props["dash_table"]["DataTable"] == []
    assert ComponentRegistry.namespace_to_package[dash_table.DataTable._namespace] == "dash"


def test_explicitize_args_reports_positional_and_keyword_names():
    seen = {}

    def init(self, a=None, b=None, **kwargs):
        seen.update(kwargs)

    wrapped = _explicitize_args(init)
    wrapped(object(), 1, c=3)
    assert seen["_explicit_args"] == ["a", "c"]
    assert inspect.signature(wrapped) == inspect.signature(init)
    with pytest.raises(TypeError, match="should not be set"):
        wrapped(object(), _explicit_args=["a"])


def test_sentinels_and_component_type():
    assert repr(Component.UNDEFINED) == "undefined"
    assert repr(Component.REQUIRED) == "required"
    assert Component.UNDEFINED is not Component.REQUIRED
    assert Component in ComponentType.__args__


def test_traversal_with_dict_ids():
    row = {"type": "row", "index": 2}
    tree = html.Div([html.Div(html.Span("x", id=row), id={"type": "wrap", "index": 2})])
    assert tree[row].children == "x"
    assert list(tree) == [{"type": "wrap", "index": 2}, row]
    del tree[row]
    assert tree[{"type": "wrap", "index": 2}].children is None
