"""dash._grouping: flatten / rebuild / map / validate groupings."""
import pytest

from dash._grouping import (
    GroupingMismatch,
    flatten_grouping,
    grouping_len,
    make_grouping_by_index,
    map_grouping,
    validate_grouping,
)

SCHEMA = {"a": "A", "b": ("B1", ["B2", "B3"]), "c": {"d": "D"}}


def test_flatten_uses_schema_order_and_keeps_leaf_lists_whole():
    assert flatten_grouping(SCHEMA) == ["A", "B1", "B2", "B3", "D"]
    value = {"c": {"d": 4}, "b": (2, [[3, 3], 9]), "a": 1}
    assert flatten_grouping(value, SCHEMA) == [1, 2, [3, 3], 9, 4]
    assert grouping_len(SCHEMA) == 5
    assert flatten_grouping("x") == ["x"]


def test_make_grouping_by_index_round_trip():
    rebuilt = make_grouping_by_index(SCHEMA, [1, 2, 3, 4, 5])
    assert rebuilt == {"a": 1, "b": (2, [3, 4]), "c": {"d": 5}}
    assert isinstance(rebuilt["b"], tuple) and isinstance(rebuilt["b"][1], list)
    with pytest.raises(ValueError):
        make_grouping_by_index(["x"], [1, 2])


def test_map_grouping():
    assert map_grouping(str.lower, SCHEMA) == {"a": "a", "b": ("b1", ["b2", "b3"]), "c": {"d": "d"}}


@pytest.mark.parametrize(
    "value, path, message",
    [
        ([1, 2], (), "expected a dict"),
        ({"a": 1, "b": (1, [2, 3])}, (), "expected keys"),
        ({"a": 1, "b": (1, [2]), "c": {"d": 1}}, ("b", 1), "expected 2 values, got 1"),
        ({"a": 1, "b": 5, "c": {"d": 1}}, ("b",), "expected a list or tuple of 2"),
    ],
)
def test_validate_grouping_reports_path(value, path, message):
    with pytest.raises(GroupingMismatch, match=message) as info:
        validate_grouping(value, SCHEMA)
    assert info.value.path == path


def test_validate_grouping_accepts_tuple_for_list():
    validate_grouping({"a": 1, "b": [1, (2, 3)], "c": {"d": 1}}, SCHEMA)
