"""``Patch``: a write-only record of changes applied to a prop in the browser."""
from typing import Any, Dict, List, Optional, Union

Location = List[Union[str, int]]

_PATCH_MARKER = "__dash_patch_update"
# Names that are methods of Patch itself; any other attribute is a location key.
_INTERNAL = ("_location", "_operations")


class Patch:
    """Collects operations (assign, append, merge, ...) on a prop without sending its value.

    Indexing or attribute access returns a Patch at the nested location that shares the
    same operation list, so ``p["data"][0]["x"] = 1`` records one ``Assign``.
    """

    __slots__ = _INTERNAL
    _location: Location
    _operations: List[Dict[str, Any]]

    def __init__(self, location: Optional[Location] = None, parent: Optional["Patch"] = None):
        object.__setattr__(self, "_location", list(location) if location else [])
        operations: List[Dict[str, Any]] = parent._operations if parent is not None else []
        object.__setattr__(self, "_operations", operations)

    # -- navigation -------------------------------------------------------------------
    def __getitem__(self, key: Union[str, int]) -> "Patch":
        return Patch(self._location + [key], parent=self)

    def __getattr__(self, name: str) -> "Patch":
        # Plotly's JSON encoder probes `tolist` before `to_plotly_json`.
        if name.startswith("__") or name == "tolist":
            raise AttributeError(name)
        if name == "sort":
            raise KeyError("sort is reserved for future use; use p['sort'] for that key.")
        return self[name]

    # -- assignment and deletion ------------------------------------------------------
    def __setitem__(self, key: Union[str, int], value: Any) -> None:
        child = self._location + [key]
        # `p[k] += v` re-assigns the child Patch after recording Add: nothing to record.
        if isinstance(value, Patch) and value._location == child and value._operations is self._operations:
            return
        self._record("Assign", child, value=value)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _INTERNAL:
            object.__setattr__(self, name, value)
        else:
            self[name] = value

    def __delitem__(self, key: Union[str, int]) -> None:
        self._record("Delete", self._location + [key])

    def __delattr__(self, name: str) -> None:
        del self[name]

    # -- in-place operators -----------------------------------------------------------
    def __iadd__(self, other: Any) -> "Patch":
        if isinstance(other, (list, tuple)):
            self.extend(other)
        else:
            self._record("Add", self._location, value=other)
        return self

    def __isub__(self, other: Any) -> "Patch":
        self._record("Sub", self._location, value=other)
        return self

    def __imul__(self, other: Any) -> "Patch":
        self._record("Mul", self._location, value=other)
        return self

    def __itruediv__(self, other: Any) -> "Patch":
        self._record("Div", self._location, value=other)
        return self

    def __ior__(self, other: Any) -> "Patch":
        self.update(other)
        return self

    # -- list and dict methods --------------------------------------------------------
    def append(self, item: Any) -> None:
        """Append ``item`` to the list at this location."""
        self._record("Append", self._location, value=item)

    def prepend(self, item: Any) -> None:
        """Insert ``item`` at the start of the list at this location."""
        self._record("Prepend", self._location, value=item)

    def insert(self, index: int, item: Any) -> None:
        """Insert ``item`` before ``index`` in the list at this location."""
        self._record("Insert", self._location, value=item, index=index)

    def extend(self, item: Union[list, tuple]) -> None:
        """Append every element of ``item`` to the list at this location."""
        if not isinstance(item, (list, tuple)):
            raise TypeError(f"Patch.extend needs a list or tuple, got {type(item).__name__}.")
        self._record("Extend", self._location, value=list(item))

    def remove(self, item: Any) -> None:
        """Remove the first element equal to ``item`` from the list at this location."""
        self._record("Remove", self._location, value=item)

    def clear(self) -> None:
        """Empty the list or dict at this location."""
        self._record("Clear", self._location)

    def reverse(self) -> None:
        """Reverse the list at this location."""
        self._record("Reverse", self._location)

    def update(self, E: Any = None, **F: Any) -> None:
        """Merge a dict (and/or keywords) into the dict at this location."""
        value: Dict[str, Any] = {}
        if E is not None:
            if not hasattr(E, "keys"):
                raise TypeError(f"Patch.update needs a mapping, got {type(E).__name__}.")
            value.update(E)
        value.update(F)
        self._record("Merge", self._location, value=value)

    # -- serialization ----------------------------------------------------------------
    def to_plotly_json(self) -> Dict[str, Any]:
        """The wire form: ``{"__dash_patch_update": ..., "operations": [...]}``."""
        return {_PATCH_MARKER: _PATCH_MARKER, "operations": list(self._operations)}

    def __repr__(self) -> str:
        return f"<write-only dash.Patch object at {self._location}>"

    def __copy__(self) -> "Patch":
        copied = Patch(self._location)
        copied._operations.extend(self._operations)
        return copied

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Patch":
        return self.__copy__()

    def __reduce__(self):  # pickled into job stores: operations are plain data
        return (_rebuild, (self._location, list(self._operations)))

    def _record(self, operation: str, location: Location, **params: Any) -> None:
        self._operations.append(
            {"operation": operation, "location": list(location), "params": params}
        )


def _rebuild(location: Location, operations: List[Dict[str, Any]]) -> Patch:
    patch = Patch(location)
    patch._operations.extend(operations)
    return patch
