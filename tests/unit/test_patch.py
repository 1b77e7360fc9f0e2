"""dash.Patch and dash.no_update serialization."""
import copy
import json
import pickle

import pytest

from dash import NoUpdate, Patch, no_update
from dash._json import to_json


def ops(patch):
    return patch.to_plotly_json()["operations"]


def test_marker_and_empty_patch():
    assert Patch().to_plotly_json() == {"__dash_patch_update": "__dash_patch_update", "operations": []}


def test_every_operation():
    p = Patch()
    p["a"][0] = 1
    p.b.c = 2
    p.append(3)
    p.prepend(4)
    p.extend([5])
    p.insert(0, 6)
    p.remove(3)
    p.clear()
    p.reverse()
    p.update({"x": 1}, y=2)
    del p["z"]
    del p.w
    p.n += 1
    p.n -= 2
    p.n *= 3
    p.n /= 4
    p.m |= {"k": 1}
    p.lst += [7, 8]
    assert ops(p) == [
        {"operation": "Assign", "location": ["a", 0], "params": {"value": 1}},
        {"operation": "Assign", "location": ["b", "c"], "params": {"value": 2}},
        {"operation": "Append", "location": [], "params": {"value": 3}},
        {"operation": "Prepend", "location": [], "params": {"value": 4}},
        {"operation": "Extend", "location": [], "params": {"value": [5]}},
        {"operation": "Insert", "location": [], "params": {"value": 6, "index": 0}},
        {"operation": "Remove", "location": [], "params": {"value": 3}},
        {"operation": "Clear", "location": [], "params": {}},
        {"operation": "Reverse", "location": [], "params": {}},
        {"operation": "Merge", "location": [], "params": {"value": {"x": 1, "y": 2}}},
        {"operation": "Delete", "location": ["z"], "params": {}},
        {"operation": "Delete", "location": ["w"], "params": {}},
        {"operation": "Add", "location": ["n"], "params": {"value": 1}},
        {"operation": "Sub", "location": ["n"], "params": {"value": 2}},
        {"operation": "Mul", "location": ["n"], "params": {"value": 3}},
        {"operation": "Div", "location": ["n"], "params": {"value": 4}},
        {"operation": "Merge", "location": ["m"], "params": {"value": {"k": 1}}},
        {"operation": "Extend", "location": ["lst"], "params": {"value": [7, 8]}},
    ]


def test_nested_item_inplace_ops():
    p = Patch()
    p["data"][0]["y"] += 5
    p["data"][1] *= 2
    assert ops(p) == [
        {"operation": "Add", "location": ["data", 0, "y"], "params": {"value": 5}},
        {"operation": "Mul", "location": ["data", 1], "params": {"value": 2}},
    ]


def test_child_patches_share_operations_and_repr():
    p = Patch()
    child = p["layout"]
    child.title = "t"
    assert ops(p)[0]["location"] == ["layout", "title"]
    assert repr(child) == "<write-only dash.Patch object at ['layout']>"


def test_sort_reserved_and_bad_arguments():
    with pytest.raises(KeyError):
        Patch().sort  # noqa: B018
    with pytest.raises(TypeError):
        Patch().extend(3)
    with pytest.raises(TypeError):
        Patch().update(5)


def test_copy_pickle_and_json_encoding():
    p = Patch()
    p.a = [1, 2]
    for clone in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert clone.to_plotly_json() == p.to_plotly_json()
    assert json.loads(to_json({"x": p})) == {"x": p.to_plotly_json()}


def test_no_update():
    assert isinstance(no_update, NoUpdate)
    assert NoUpdate.is_no_update(no_update) and NoUpdate.is_no_update(NoUpdate())
    assert NoUpdate.is_no_update({"_dash_no_update": "_dash_no_update"})
    assert not NoUpdate.is_no_update({"_dash_no_update": "x"}) and not NoUpdate.is_no_update(None)
    assert json.loads(to_json(no_update)) == {"_dash_no_update": "_dash_no_update"}
