"""The base class of every Dash component, and the helpers generated classes use.

Third-party component libraries (dash-bootstrap-components, dash-mantine-components,
dash-ag-grid, dash-iconify, dash-extensions, ...) import ``Component`` and
``_explicitize_args`` from here, in four generator vintages:

* instance-level ``_type``/``_namespace`` set inside ``__init__``, with
  ``Component.UNDEFINED``/``Component.REQUIRED`` as parameter defaults;
* ``@_explicitize_args`` as a decorator on ``__init__``;
* ``setattr(Cls, "__init__", _explicitize_args(Cls.__init__))`` after the class body,
  sometimes with keyword-only parameters;
* every generator gathers ``_explicit_args`` (the names the caller really passed) and
  forwards only those to ``Component.__init__``.
"""
import abc
import functools
import random
import sys
import typing
import uuid
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

# Seeded so every process (e.g. several gunicorn workers serving one layout) hands
# out the same sequence of automatic ids.
_random_ids = random.Random(0)

# Readable names for the namespaces this package ships, used in error messages.
_NAMESPACE_ALIASES = {
    "dash_html_components": "html",
    "dash_core_components": "dcc",
    "dash_table": "dash_table",
}


class _Sentinel:
    """A named marker value (``Component.UNDEFINED`` / ``Component.REQUIRED``)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name

    def __str__(self) -> str:
        return self._name


class _OrderedSet:
    """A set that remembers insertion order (script tags follow import order)."""

    def __init__(self) -> None:
        self._items: Dict[str, None] = {}

    def add(self, item: str) -> None:
        self._items[item] = None

    def discard(self, item: str) -> None:
        self._items.pop(item, None)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"_OrderedSet({list(self._items)!r})"


class ComponentRegistry:
    """Process-wide record of the component libraries that have been imported.

    ``registry``: top-level package names, in registration order (the server reads
    their module-level ``_js_dist``/``_css_dist``).
    ``children_props``: ``{namespace: {ClassName: [paths] | None}}`` for the page config.
    ``namespace_to_package``: ``{namespace: top-level package}``.
    """

    registry = _OrderedSet()
    children_props: Dict[str, Dict[str, Optional[List[str]]]] = {}
    namespace_to_package: Dict[str, str] = {}

    @classmethod
    def get_resources(
        cls, resource_name: str, includes: Optional[Iterable[str]] = None
    ) -> List[Dict[str, Any]]:
        """Concatenate ``resource_name`` (``"_js_dist"`` or ``"_css_dist"``) of every
        registered, imported package (only those in ``includes`` when given), in
        registration order."""
        wanted = None if includes is None else set(includes)
        resources: List[Dict[str, Any]] = []
        for package in cls.registry:
            if wanted is not None and package not in wanted:
                continue
            module = sys.modules.get(package)
            resources.extend(getattr(module, resource_name, None) or [])
        return resources


class ComponentMeta(abc.ABCMeta):
    """Registers every component class with :class:`ComponentRegistry` as it is created."""

    def __new__(mcs, name: str, bases: Tuple[type, ...], attributes: Dict[str, Any]) -> "ComponentMeta":
        cls = super().__new__(mcs, name, bases, attributes)
        if name == "Component" and attributes.get("__module__") == __name__:
            return cls  # the base class itself is no library
        package = cls.__module__.split(".")[0]
        # Old generators set `_namespace` on the instance only; the package name is
        # then the namespace (it is also the name the JS bundle registers under).
        namespace = getattr(cls, "_namespace", None) or package
        ComponentRegistry.registry.add(package)
        ComponentRegistry.namespace_to_package.setdefault(namespace, package)
        ComponentRegistry.children_props.setdefault(namespace, {})[name] = getattr(
            cls, "_children_props", None
        )
        return cls


def _validate_id(value: Any) -> None:
    """Raise TypeError unless ``value`` is a string or a dict id with string keys and
    string, number or bool values."""
    if isinstance(value, str):
        return
    if not isinstance(value, dict):
        raise TypeError(f"`id` prop must be a string or dict, not {value!r}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise TypeError(f"dict id keys must be strings,\nfound {key!r} in id {value!r}")
        if not isinstance(item, (str, int, float, bool)):
            raise TypeError(
                "dict id values must be strings, numbers or bools,\n"
                f"found {item!r} in id {value!r}"
            )


def _iter_children(children: Any) -> List[Tuple[str, Any]]:
    """The direct child items of a ``children`` value with their path labels."""
    if isinstance(children, Component):
        return [("[*]", children)]
    if isinstance(children, (list, tuple)):
        return [(f"[{index}]", child) for index, child in enumerate(children)]
    return []


class Component(metaclass=ComponentMeta):
    """A Dash component: a bag of props serialized as ``{props, type, namespace}``.

    Subclasses declare ``_prop_names``, ``_type``, ``_namespace``,
    ``_valid_wildcard_attributes``, ``_children_props`` and ``_base_nodes``.
    Only the props passed to the constructor (or set later) are serialized.
    """

    # Declared, not assigned: old generators set these on the instance, and `children`
    # exists only when passed.
    _type: str
    _namespace: str
    children: Any
    # No `_children_props` here: a class without one (old generators) is recorded as
    # None in the registry, which the renderer reads as "only `children`".
    _base_nodes: List[str] = ["children"]
    _prop_names: List[str] = []
    _valid_wildcard_attributes: List[str] = []

    UNDEFINED = _Sentinel("undefined")
    REQUIRED = _Sentinel("required")
    # Older generators compare against the underscore spellings.
    _UNDEFINED = UNDEFINED
    _REQUIRED = REQUIRED

    def __init__(self, **kwargs: Any) -> None:
        """Validate and set the given props; raise TypeError on unknown names, a
        Component in a non-node prop, or a malformed ``id``."""
        if "_explicit_args" in kwargs:
            raise TypeError("Variable _explicit_args should not be set.")
        for key, value in kwargs.items():
            if not self._accepts_prop(key):
                allowed = ", ".join(sorted(self._prop_names))
                raise TypeError(
                    f"The `{self._display_name()}` component{self._version_note()} "
                    f"received an unexpected keyword argument: `{key}`\n"
                    f"Allowed arguments: {allowed}"
                )
            if key not in self._base_nodes and isinstance(value, Component):
                raise TypeError(
                    f"The `{self._display_name()}` component{self._version_note()} "
                    f"detected a Component for a prop other than `children`\n"
                    f"Prop {key} has value {value!r}\n\n"
                    "Did you forget to wrap multiple `children` in an array?\n"
                    'For example, it must be html.Div(["a", "b", "c"]) not '
                    'html.Div("a", "b", "c")\n'
                )
            if key == "id":
                _validate_id(value)
            setattr(self, key, value)

    # -- validation helpers -------------------------------------------------------

    def _accepts_prop(self, name: str) -> bool:
        if name in self._prop_names:
            return True
        return any(name.startswith(prefix) for prefix in self._valid_wildcard_attributes)

    def _display_name(self) -> str:
        namespace = getattr(self, "_namespace", type(self).__module__.split(".")[0])
        alias = _NAMESPACE_ALIASES.get(namespace, namespace)
        return f"{alias}.{getattr(self, '_type', type(self).__name__)}"

    def _version_note(self) -> str:
        version = _library_version(type(self).__module__)
        return f" (version {version})" if version else ""

    # -- serialization ------------------------------------------------------------

    def _set_props(self) -> Dict[str, Any]:
        """Props that are set, in ``_prop_names`` order, then wildcard attributes."""
        # Read the instance dict directly: this runs once per component per response.
        values = self.__dict__
        props = {name: values[name] for name in self._prop_names if name in values}
        prefixes = tuple(self._valid_wildcard_attributes)
        if prefixes:
            props.update((name, value) for name, value in values.items() if name.startswith(prefixes))
        return props

    def to_plotly_json(self) -> Dict[str, Any]:
        """``{"props": {...}, "type": ..., "namespace": ...}``; nested components stay
        objects for the JSON encoder to serialize recursively."""
        return {"props": self._set_props(), "type": self._type, "namespace": self._namespace}

    def _set_random_id(self) -> Any:
        """Give the component a deterministic uuid-based id unless it has one."""
        if getattr(self, "id", None) is None:
            self.id = str(uuid.UUID(int=_random_ids.getrandbits(128), version=4))
        return self.id

    # -- traversal through `children` ---------------------------------------------

    def _traverse(self) -> Iterator[Any]:
        """Every item in the ``children`` tree, depth first (not the component itself)."""
        for _, item in self._traverse_with_paths():
            yield item

    def _traverse_with_paths(self) -> Iterator[Tuple[str, Any]]:
        """``(path label, item)`` for every item in the ``children`` tree."""
        for label, child in _iter_children(getattr(self, "children", None)):
            path = f"{label} {type(child).__name__}"
            if isinstance(child, Component) and getattr(child, "id", None) is not None:
                path += f" (id={child.id})"
            yield path, child
            if isinstance(child, Component):
                for sub_path, item in child._traverse_with_paths():
                    yield f"{path}\n{sub_path}", item

    def _traverse_ids(self) -> Iterator["Component"]:
        """Every descendant component that has an id."""
        for item in self._traverse():
            if isinstance(item, Component) and getattr(item, "id", None) is not None:
                yield item

    def __iter__(self) -> Iterator[Any]:
        """The ids of every descendant component that has one."""
        for component in self._traverse_ids():
            yield component.id

    def __len__(self) -> int:
        """How many items the ``children`` tree holds (components and scalars)."""
        children = getattr(self, "children", None)
        if children is None:
            return 0
        if isinstance(children, Component):
            return 1 + len(children)
        if isinstance(children, (list, tuple)):
            return sum(1 + len(c) if isinstance(c, Component) else 1 for c in children)
        return 1

    def _find_parent_slot(self, id_: Any) -> Optional[Tuple["Component", Optional[int]]]:
        """The parent holding the component with ``id_`` and its index in the
        parent's children list (None when it is the single child)."""
        children = getattr(self, "children", None)
        if isinstance(children, Component):
            if getattr(children, "id", None) == id_:
                return self, None
            return children._find_parent_slot(id_)
        if isinstance(children, (list, tuple)):
            for index, child in enumerate(children):
                if isinstance(child, Component) and getattr(child, "id", None) == id_:
                    return self, index
            for child in children:
                if isinstance(child, Component):
                    found = child._find_parent_slot(id_)
                    if found is not None:
                        return found
        return None

    def _slot_or_raise(self, id_: Any) -> Tuple["Component", Optional[int]]:
        found = self._find_parent_slot(id_)
        if found is None:
            raise KeyError(id_)
        return found

    def __getitem__(self, id_: Any) -> "Component":
        """The descendant component whose id is ``id_`` (KeyError if none)."""
        parent, index = self._slot_or_raise(id_)
        return parent.children if index is None else parent.children[index]

    def __setitem__(self, id_: Any, component: "Component") -> None:
        """Replace the descendant component whose id is ``id_``."""
        parent, index = self._slot_or_raise(id_)
        if index is None:
            parent.children = component
        elif isinstance(parent.children, tuple):
            parent.children = parent.children[:index] + (component,) + parent.children[index + 1 :]
        else:
            parent.children[index] = component

    def __delitem__(self, id_: Any) -> None:
        """Remove the descendant component whose id is ``id_``."""
        parent, index = self._slot_or_raise(id_)
        if index is None:
            parent.children = None
        elif isinstance(parent.children, tuple):
            parent.children = parent.children[:index] + parent.children[index + 1 :]
        else:
            del parent.children[index]

    # Identity semantics: two equal-looking components are still different nodes, and
    # libraries use instances as dict keys.
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        props = {name: value for name, value in self._set_props().items() if value is not None}
        type_name = getattr(self, "_type", type(self).__name__)
        if any(name != "children" for name in props):
            inner = ", ".join(f"{name}={value!r}" for name, value in props.items())
            return f"{type_name}({inner})"
        return f"{type_name}({props.get('children')!r})"


def _library_version(module_name: str) -> Optional[str]:
    """``__version__`` of the innermost imported package enclosing ``module_name``."""
    parts = module_name.split(".")
    for end in range(len(parts), 0, -1):
        version = getattr(sys.modules.get(".".join(parts[:end])), "__version__", None)
        if isinstance(version, str):
            return version
    return None


def _explicitize_args(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a component ``__init__`` so it receives ``_explicit_args``: the names of
    the arguments the caller actually passed (positional ones by parameter name)."""
    code = func.__code__
    positional_names = code.co_varnames[: code.co_argcount]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if "_explicit_args" in kwargs:
            raise TypeError("Variable _explicit_args should not be set.")
        explicit = [name for name in positional_names[: len(args)] if name != "self"]
        explicit.extend(kwargs)
        kwargs["_explicit_args"] = explicit
        return func(*args, **kwargs)

    return wrapper


# The values `children` (and other node props) may hold.
ComponentType = typing.Union[
    str,
    int,
    float,
    Component,
    None,
    typing.Sequence[typing.Union[str, int, float, Component, None]],
]
