"""Build component classes from a metadata file (see ``scripts/extract_metadata.py``).

Each class gets a real ``__init__`` whose signature lists the props in upstream's
positional order, so ``inspect.signature``, positional calls and "takes N positional
arguments" errors behave like hand-written generated classes.
"""
import json
import keyword
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

from .base_component import Component, ComponentMeta, _explicitize_args

# Names the generated ``__init__`` uses itself; no prop may be called like this.
_RESERVED = {"self", "kwargs", "_construct"}


def _construct(self: Component, values: Dict[str, Any]) -> None:
    """Body of every generated ``__init__``: keep the explicitly passed props, check
    required ones, hand them to :class:`Component`."""
    extra = values["kwargs"]  # wildcard attributes and keyword-named props (`async`)
    explicit = extra.pop("_explicit_args")
    given = {name: value for name, value in values.items() if name not in ("self", "kwargs")}
    given.update(extra)
    props = {name: given[name] for name in explicit}
    if "children" in values:
        # Components with children always serialize the key, even when it is None.
        props.setdefault("children", values["children"])
    missing = [name for name in getattr(self, "_required_props") if name not in props]
    if missing:
        raise TypeError(
            f"The `{self._display_name()}` component{self._version_note()}: "
            f"Required argument `{missing[0]}` was not specified."
        )
    Component.__init__(self, **props)


def _check_param_names(class_name: str, names: List[str]) -> None:
    for name in names:
        if not name.isidentifier() or keyword.iskeyword(name) or name in _RESERVED:
            raise ValueError(f"{class_name}: {name!r} cannot be a constructor parameter")


def _make_init(class_name: str, positional: List[str]) -> Callable[..., None]:
    """Compile ``def __init__(self, <p1>=None, ..., **kwargs)`` for one class.

    Compiling (rather than a generic ``*args`` function) gives the function real
    parameters, which ``_explicitize_args`` maps positional arguments through."""
    _check_param_names(class_name, positional)
    params = "".join(f"{name}=None, " for name in positional)
    source = f"def __init__(self, {params}**kwargs):\n    _construct(self, locals())\n"
    namespace: Dict[str, Any] = {}
    exec(compile(source, f"<dash component {class_name}>", "exec"), {"_construct": _construct}, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{class_name}.__init__"
    init.__code__ = init.__code__.replace(co_qualname=init.__qualname__)
    return _explicitize_args(init)


def _docstring(spec: Dict[str, Any]) -> str:
    lines = [f"A {spec['python_name']} component.", "", "Keyword arguments:", ""]
    for name in spec["prop_names"]:
        kind = spec["prop_types"].get(name, "any")
        if name in spec["required"]:
            note = "required"
        elif name in spec["defaults"]:
            note = f"default {spec['defaults'][name]}"
        else:
            note = "optional"
        lines.append(f"- {name} ({kind}; {note})")
    return "\n".join(lines) + "\n"


def make_component_class(module: str, spec: Dict[str, Any]) -> type:
    """One component class from one metadata entry."""
    name = spec["python_name"]
    attributes = {
        "__module__": module,
        "__qualname__": name,
        "__doc__": _docstring(spec),
        "__init__": _make_init(name, spec["init_positional"]),
        "_type": spec["type"],
        "_namespace": spec["namespace"],
        "_prop_names": list(spec["prop_names"]),
        "available_properties": list(spec["prop_names"]),
        "_valid_wildcard_attributes": list(spec["wildcard_prefixes"]),
        "available_wildcard_properties": list(spec["wildcard_prefixes"]),
        "_children_props": list(spec["children_props"]),
        "_base_nodes": list(spec["base_nodes"]),
        "_required_props": list(spec["required"]),
    }
    return ComponentMeta(name, (Component,), attributes)


def load_library(module: str, metadata_path: Path) -> Tuple[str, Dict[str, type]]:
    """``(version, {class name: class})`` for the metadata file of ``module``."""
    document = json.loads(Path(metadata_path).read_text(encoding="utf-8"))
    classes = {spec["python_name"]: make_component_class(module, spec) for spec in document["components"]}
    return document["version"], classes
