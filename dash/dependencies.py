"""Callback dependencies: ``Input``, ``Output``, ``State``, wildcards, clientside functions."""
import json
from typing import Any, Dict, Union

from . import exceptions
from ._utils import stringify_id


class Wildcard:
    """A pattern-matching placeholder for one value of a dict id (``ALL``, ``MATCH``...)."""

    _is_wildcard = True

    def __init__(self, name: str) -> None:
        self._name = name

    def __str__(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"<{self._name}>"

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Wildcard) and other._name == self._name

    def __hash__(self) -> int:
        return hash(("dash-wildcard", self._name))

    def to_json(self) -> str:
        """The JSON form used in callback specs: ``["ALL"]``."""
        return f'["{self._name}"]'


# Upstream exposes the class under both names.
_Wildcard = Wildcard

MATCH = Wildcard("MATCH")
ALL = Wildcard("ALL")
ALLSMALLER = Wildcard("ALLSMALLER")

ComponentId = Union[str, Dict[str, Any]]


def _resolve_component_id(component_id: Any) -> ComponentId:
    """Accept a component instance in place of its id, giving it a random id if it has none."""
    if isinstance(component_id, (str, dict)):
        return component_id
    set_random_id = getattr(component_id, "_set_random_id", None)
    if callable(set_random_id):  # a Component: its id, given a deterministic one if unset
        return set_random_id()
    raise exceptions.IncorrectTypeException(
        "A callback dependency's component_id must be a string, a dict or a component;"
        f" got {type(component_id).__name__}: {component_id!r}"
    )


def _validate_component_id(component_id: ComponentId) -> None:
    if isinstance(component_id, str):
        if "." in component_id:
            raise exceptions.IDsCantContainPeriods(
                f"The component id {component_id!r} contains a period ('.'),"
                " which callbacks use to separate id and property. Rename it."
            )
        # An empty id is reported by the dev tools in the browser, as upstream does.
        return
    if not component_id:
        raise exceptions.InvalidComponentIdError("A dict component id cannot be empty.")
    for key in component_id:
        if not isinstance(key, str):
            raise exceptions.InvalidComponentIdError(
                f"Dict id {component_id!r}: keys must be strings, got {key!r}."
            )


def _id_json(component_id: ComponentId) -> Any:
    """The id as it appears in specs: dict ids keep dict form, wildcards become ``["ALL"]``."""
    if isinstance(component_id, dict):
        return {
            k: json.loads(v.to_json()) if isinstance(v, Wildcard) else v
            for k, v in component_id.items()
        }
    return component_id


class DashDependency:
    """A (component id, property) pair used by a callback."""

    allow_duplicate = False
    allow_optional = False

    def __init__(self, component_id: Any, component_property: str) -> None:
        resolved = _resolve_component_id(component_id)
        _validate_component_id(resolved)
        # An empty property is reported by the dev tools in the browser, as upstream does.
        if not isinstance(component_property, str):
            raise exceptions.IncorrectTypeException(
                f"The property of a dependency on {stringify_id(resolved)!r} must be a"
                f" string, got {component_property!r}."
            )
        self.component_id = resolved
        self.component_property = component_property

    def __str__(self) -> str:
        return f"{self.component_id_str()}.{self.component_property}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} `{self}`>"

    def component_id_str(self) -> str:
        """The stringified id (``stringify_id``)."""
        return stringify_id(self.component_id)

    def to_dict(self) -> Dict[str, Any]:
        """The spec form: ``{"id": ..., "property": ...}`` (+ ``"allow_optional": true``)."""
        spec = {"id": _id_json(self.component_id), "property": self.component_property}
        if self.allow_optional:
            spec["allow_optional"] = True
        return spec

    def has_wildcard(self) -> bool:
        """True when the id is a dict with at least one wildcard value."""
        return isinstance(self.component_id, dict) and any(
            isinstance(v, Wildcard) for v in self.component_id.values()
        )

    def wildcards(self) -> set:
        """The wildcard names used in the id (e.g. ``{"MATCH"}``)."""
        if not isinstance(self.component_id, dict):
            return set()
        return {str(v) for v in self.component_id.values() if isinstance(v, Wildcard)}

    def __eq__(self, other: Any) -> bool:
        # Wildcards match: Output({"i": ALL}, "x") overlaps Output({"i": 1}, "x").
        return (
            isinstance(other, DashDependency)
            and self.component_property == other.component_property
            and _ids_overlap(self.component_id, other.component_id)
        )

    def __hash__(self) -> int:
        return hash(str(self))


def _ids_overlap(a: ComponentId, b: ComponentId) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if set(a) != set(b):
        return False
    return all(
        isinstance(a[k], Wildcard) or isinstance(b[k], Wildcard) or a[k] == b[k] for k in a
    )


class Output(DashDependency):
    """A property a callback writes. ``allow_duplicate`` lets several callbacks write it."""

    def __init__(
        self, component_id: Any, component_property: str, allow_duplicate: bool = False
    ) -> None:
        super().__init__(component_id, component_property)
        self.allow_duplicate = allow_duplicate

    def to_dict(self) -> Dict[str, Any]:
        return {**super().to_dict(), "allow_duplicate": bool(self.allow_duplicate)}


class Input(DashDependency):
    """A property whose change triggers the callback."""

    def __init__(
        self, component_id: Any, component_property: str, allow_optional: bool = False
    ) -> None:
        super().__init__(component_id, component_property)
        self.allow_optional = allow_optional


class State(DashDependency):
    """A property passed to the callback without triggering it."""

    def __init__(
        self, component_id: Any, component_property: str, allow_optional: bool = False
    ) -> None:
        super().__init__(component_id, component_property)
        self.allow_optional = allow_optional


class ClientsideFunction:
    """Names a JavaScript function ``window.dash_clientside[namespace][function_name]``."""

    def __init__(self, namespace: str, function_name: str) -> None:
        if not isinstance(namespace, str) or not namespace:
            raise ValueError("ClientsideFunction namespace must be a non-empty string.")
        if namespace.startswith("_dashprivate_"):
            raise ValueError("ClientsideFunction namespaces starting with '_dashprivate_' are reserved.")
        if not isinstance(function_name, str) or not function_name:
            raise ValueError("ClientsideFunction function_name must be a non-empty string.")
        self.namespace = namespace
        self.function_name = function_name

    def __repr__(self) -> str:
        return f"ClientsideFunction({self.namespace}, {self.function_name})"

    def to_dict(self) -> Dict[str, str]:
        """The spec form ``{"namespace", "function_name"}``."""
        return {"namespace": self.namespace, "function_name": self.function_name}
