"""Groupings: nested tuples/lists/dicts of leaves used by flexible callback signatures.

A *schema* is a grouping whose leaves are dependencies (``Output``, ``Input``...). A value
grouping has the same shape with values at the leaves. Lists and tuples are positional
groups, dicts are keyword groups (their key order is the schema's).
"""
from typing import Any, Callable, List, Sequence


def flatten_grouping(grouping: Any, schema: Any = None) -> List[Any]:
    """The leaves of ``grouping`` in order; ``schema`` (default: itself) decides the shape.

    A schema leaf consumes the matching value whole, so a wildcard ``ALL`` output's list
    value stays one leaf.
    """
    if schema is None:
        schema = grouping
    if isinstance(schema, (list, tuple)):
        return [leaf for sub, val in zip(schema, grouping) for leaf in flatten_grouping(val, sub)]
    if isinstance(schema, dict):
        return [leaf for key, sub in schema.items() for leaf in flatten_grouping(grouping[key], sub)]
    return [grouping]


def grouping_len(schema: Any) -> int:
    """Number of leaves in ``schema``."""
    return len(flatten_grouping(schema))


def make_grouping_by_index(schema: Any, flat_values: Sequence[Any]) -> Any:
    """Build a grouping shaped like ``schema`` whose leaves are ``flat_values`` in order."""
    values = iter(flat_values)

    def build(node: Any) -> Any:
        if isinstance(node, tuple):
            return tuple(build(sub) for sub in node)
        if isinstance(node, list):
            return [build(sub) for sub in node]
        if isinstance(node, dict):
            return {key: build(sub) for key, sub in node.items()}
        return next(values)

    result = build(schema)
    if next(values, _END) is not _END:
        raise ValueError("make_grouping_by_index: more values than schema leaves")
    return result


_END = object()


def map_grouping(fn: Callable[[Any], Any], grouping: Any) -> Any:
    """Apply ``fn`` to every leaf, keeping the shape."""
    if isinstance(grouping, tuple):
        return tuple(map_grouping(fn, sub) for sub in grouping)
    if isinstance(grouping, list):
        return [map_grouping(fn, sub) for sub in grouping]
    if isinstance(grouping, dict):
        return {key: map_grouping(fn, sub) for key, sub in grouping.items()}
    return fn(grouping)


class GroupingMismatch(ValueError):
    """A value grouping does not have its schema's shape; ``path`` locates the problem."""

    def __init__(self, message: str, path: tuple) -> None:
        super().__init__(message)
        self.path = path


def validate_grouping(value: Any, schema: Any, path: tuple = ()) -> None:
    """Raise ``GroupingMismatch`` unless ``value`` has the shape of ``schema``."""
    if isinstance(schema, (list, tuple)):
        if not isinstance(value, (list, tuple)):
            raise GroupingMismatch(
                f"expected a list or tuple of {len(schema)} values, got {type(value).__name__}", path
            )
        if len(value) != len(schema):
            raise GroupingMismatch(
                f"expected {len(schema)} values, got {len(value)}", path
            )
        for index, (sub_value, sub_schema) in enumerate(zip(value, schema)):
            validate_grouping(sub_value, sub_schema, path + (index,))
    elif isinstance(schema, dict):
        if not isinstance(value, dict):
            raise GroupingMismatch(f"expected a dict with keys {list(schema)}, got {type(value).__name__}", path)
        if set(value) != set(schema):
            raise GroupingMismatch(
                f"expected keys {sorted(map(str, schema))}, got {sorted(map(str, value))}", path
            )
        for key, sub_schema in schema.items():
            validate_grouping(value[key], sub_schema, path + (key,))
