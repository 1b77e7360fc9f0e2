"""The callback decorators and the registry (callback_id -> CallbackEntry).

Everything the server needs to answer a request is computed here, once, at
registration: the flat dependency lists, the groupings, the spec dict served by
``_dash-dependencies``, and the stable ``callback_id``.
"""
import hashlib
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from . import _validate, exceptions
from ._grouping import flatten_grouping
from ._utils import short_hash
from .dependencies import ClientsideFunction, DashDependency, Input, Output, State

INLINE_NAMESPACE = "_dashprivate_clientside_funcs"

# Callbacks registered with ``dash.callback`` / ``dash.clientside_callback`` before (or
# without) an app: every app serves them too.
GLOBAL_CALLBACK_LIST: List[Dict[str, Any]] = []
GLOBAL_CALLBACK_MAP: Dict[str, "CallbackEntry"] = {}
GLOBAL_INLINE_SCRIPTS: List[str] = []

# Every server-side callback of every app in this process, so a job process or a Celery
# worker that imports the app module finds a callback by its id.
CALLBACK_INDEX: Dict[str, "CallbackEntry"] = {}

# Each app's ``on_error`` by app name (``app.config.name``), for the same reason: a job
# runs where no request names the app.
APP_ERROR_HANDLERS: Dict[str, Optional[Callable[[Exception], Any]]] = {}


def app_error_handler(app_name: str) -> Optional[Callable[[Exception], Any]]:
    """The ``on_error`` of the app named ``app_name`` in this process.

    A Celery worker may know the app under another name (``__main__`` on the web side,
    the module name in the worker): a process with a single app uses that one's.
    """
    if app_name in APP_ERROR_HANDLERS:
        return APP_ERROR_HANDLERS[app_name]
    if len(APP_ERROR_HANDLERS) == 1:
        return next(iter(APP_ERROR_HANDLERS.values()))
    return None

# Keywords upstream Dash accepts that this fork does not implement: accepted, warned once.
_UNSUPPORTED_DEFAULTS = {
    "websocket": False,
    "mcp_enabled": None,
    "mcp_expose_docstring": None,
}
_warned_unsupported: set = set()


@dataclass
class CallbackEntry:
    """One registered callback: the function, its dependencies and its spec."""

    callback_id: str
    func: Optional[Callable[..., Any]]
    outputs: List[Output]
    inputs: List[Input]
    state: List[State]
    output_grouping: Any
    args_grouping: Any
    spec: Dict[str, Any]
    no_output: bool
    multi: bool
    has_wildcards: bool
    on_error: Optional[Callable[[Exception], Any]] = None
    background: Optional[Dict[str, Any]] = None
    # A URL path where the function is also served as a plain JSON API (``setup_apis``).
    api_endpoint: Optional[str] = None
    # The function may register callbacks while it runs; the answer carries their specs.
    allow_dynamic_callbacks: bool = False
    using_args_grouping: bool = False
    using_outputs_grouping: bool = False

    @property
    def name(self) -> str:
        """``module.qualname`` of the function, for messages."""
        return function_name(self.func) if self.func else self.spec["output"]

    @property
    def keyword_args(self) -> bool:
        """True when the function takes its inputs as keyword arguments (dict grouping)."""
        return isinstance(self.args_grouping, dict)


@dataclass
class _Parsed:
    """Dependencies of a callback after resolving every accepted signature form."""

    output_grouping: Any
    args_grouping: Any
    outputs: List[Output] = field(default_factory=list)
    inputs: List[Input] = field(default_factory=list)
    state: List[State] = field(default_factory=list)

    @property
    def multi(self) -> bool:
        return self.output_grouping is not None and not isinstance(self.output_grouping, Output)


def function_name(func: Callable[..., Any]) -> str:
    """``module.qualname``, the same in every process that loads the app.

    ``python app.py`` runs the app as ``__main__`` while a Celery worker imports it as
    ``app``: ``__main__`` is replaced by the name the module would be imported under.
    """
    module = getattr(func, "__module__", None) or "?"
    if module == "__main__":
        main = sys.modules.get("__main__")
        spec_name = getattr(getattr(main, "__spec__", None), "name", None)
        main_file = getattr(main, "__file__", None)
        module = spec_name or (Path(main_file).stem if main_file else module)
    return f"{module}.{getattr(func, '__qualname__', repr(func))}"


def _parse_dependencies(name: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> _Parsed:
    """Resolve positional and ``output=``/``inputs=``/``state=`` forms into groupings."""
    _validate.validate_positional_order(name, args)
    positional_outputs = [a for a in args if _is_output_arg(a)]
    positional_args = [a for a in args if not _is_output_arg(a)]

    if "output" in kwargs:
        if positional_outputs:
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: outputs given both positionally and as output=."
            )
        output_grouping = kwargs.pop("output")
    elif len(positional_outputs) == 1:
        output_grouping = positional_outputs[0]
    elif positional_outputs:
        output_grouping = list(positional_outputs)
    else:
        output_grouping = None
    if output_grouping is not None:
        _validate.validate_dependency_types(name, output_grouping, (Output,), "outputs")
        if isinstance(output_grouping, (list, tuple, dict)) and not flatten_grouping(output_grouping):
            output_grouping = None

    args_grouping = _args_grouping(name, positional_args, kwargs)
    _validate.validate_dependency_types(name, args_grouping, (Input, State), "inputs and state")
    flat_args = flatten_grouping(args_grouping)
    return _Parsed(
        output_grouping=output_grouping,
        args_grouping=args_grouping,
        outputs=flatten_grouping(output_grouping) if output_grouping is not None else [],
        inputs=[d for d in flat_args if isinstance(d, Input)],
        state=[d for d in flat_args if isinstance(d, State)],
    )


def _is_output_arg(arg: Any) -> bool:
    leaves = flatten_grouping(arg)
    return bool(leaves) and all(isinstance(leaf, Output) for leaf in leaves)


def _args_grouping(name: str, positional: List[Any], kwargs: Dict[str, Any]) -> Any:
    """Inputs and state as the function receives them: a list (positional) or a dict."""
    inputs = kwargs.pop("inputs", None)
    state = kwargs.pop("state", None)
    if inputs is None and state is None:
        if len(positional) == 1 and isinstance(positional[0], dict):
            return positional[0]
        # Legacy form: lists of Inputs/States are spliced into the argument list.
        flat: List[Any] = []
        for arg in positional:
            flat.extend(arg if isinstance(arg, (list, tuple)) else [arg])
        return flat
    if positional:
        raise exceptions.IncorrectTypeException(
            f"Callback {name}: inputs/state given both positionally and as keywords."
        )
    if isinstance(inputs, dict) or isinstance(state, dict):
        if not isinstance(inputs or {}, dict) or not isinstance(state or {}, dict):
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: when inputs or state is a dict, both must be dicts."
            )
        return {**(inputs or {}), **(state or {})}
    return _as_list(inputs) + _as_list(state)


def _as_list(value: Any) -> List[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _is_flat(grouping: Any) -> bool:
    if isinstance(grouping, DashDependency):
        return True
    return isinstance(grouping, list) and all(isinstance(d, DashDependency) for d in grouping)


def _output_string(parsed: _Parsed, identity: str) -> str:
    """Upstream-compatible output string; duplicates get a per-callback ``@<hash>``."""
    if not parsed.outputs:
        return hashlib.sha256(f"no-output|{identity}".encode("utf-8")).hexdigest()
    suffix = "@" + hashlib.sha256(identity.encode("utf-8")).hexdigest()
    parts = [str(o) + (suffix if o.allow_duplicate else "") for o in parsed.outputs]
    if not parsed.multi:
        return parts[0]
    return ".." + "...".join(parts) + ".."


def _identity(parsed: _Parsed, function_identity: str) -> str:
    deps = ",".join(str(d) for d in parsed.inputs + parsed.state)
    return f"{deps}|{function_identity}"


def _running_spec(name: str, running: Optional[List[Any]]) -> Optional[List[Dict[str, Any]]]:
    if not running:
        return None
    _validate.validate_running(name, running)
    return [{**output.to_dict(), "on": on, "off": off} for output, on, off in running]


def _warn_unsupported(kwargs: Dict[str, Any]) -> None:
    for key, default in _UNSUPPORTED_DEFAULTS.items():
        value = kwargs.pop(key, default)
        if value != default and key not in _warned_unsupported:
            _warned_unsupported.add(key)
            warnings.warn(
                f"callback({key}=...) is accepted for compatibility but not supported by"
                " this Dash; it has no effect.",
                stacklevel=4,
            )


def _background_config(name: str, options: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """The background settings of a callback (manager resolved later if not given)."""
    cancel_on_navigation = options.get("cancel_on_navigation", True)
    _validate.validate_cancel_on_navigation(name, cancel_on_navigation)
    if not options.get("background"):
        for key in ("progress", "cancel", "manager"):
            if options.get(key):
                raise exceptions.IncorrectTypeException(
                    f"Callback {name}: {key}= needs background=True."
                )
        if not cancel_on_navigation:
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: cancel_on_navigation= needs background=True."
            )
        return None
    progress = _as_list(options.get("progress"))
    cancel = _as_list(options.get("cancel"))
    running = options.get("running") or []
    _validate.validate_background(name, progress, cancel, running)
    progress_default = options.get("progress_default")
    if progress_default is None:
        progress_default = [None] * len(progress)
    elif not isinstance(options.get("progress"), (list, tuple)):
        progress_default = [progress_default]
    else:
        progress_default = list(progress_default)
    if len(progress_default) != len(progress):
        raise exceptions.IncorrectTypeException(
            f"Callback {name}: progress_default has {len(progress_default)} values for"
            f" {len(progress)} progress outputs."
        )
    return {
        "manager": options.get("manager"),
        "interval": options.get("interval", 1000),
        "progress": progress,
        "progress_default": progress_default,
        "cancel": cancel,
        "cancel_on_navigation": cancel_on_navigation,
        "running": running,
        "cache_args_to_ignore": options.get("cache_args_to_ignore") or [],
        "cache_ignore_triggered": options.get("cache_ignore_triggered", True),
    }


def _background_spec(background: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    if background is None:
        return None
    spec = {
        "interval": background["interval"],
        "progress": [d.to_dict() for d in background["progress"]],
        "progress_default": background["progress_default"],
        "cancel": [d.to_dict() for d in background["cancel"]],
    }
    # A fork-only setting: sent only when set, so other specs stay identical to upstream's.
    if not background["cancel_on_navigation"]:
        spec["cancel_on_navigation"] = False
    return spec


def _build_entry(
    name: str,
    func: Optional[Callable[..., Any]],
    parsed: _Parsed,
    options: Dict[str, Any],
    function_identity: str,
    clientside_function: Optional[Dict[str, str]] = None,
) -> CallbackEntry:
    """Validate and assemble the entry and its spec (the one place specs are made)."""
    prevent_initial_call = options.get("prevent_initial_call")
    _validate.validate_allow_duplicate(name, parsed.outputs, prevent_initial_call)
    background = _background_config(name, options)
    output_str = _output_string(parsed, _identity(parsed, function_identity))
    callback_id = short_hash(output_str, 32)
    spec = {
        "callback_id": callback_id,
        "output": output_str,
        "outputs": [o.to_dict() for o in parsed.outputs],
        "inputs": [d.to_dict() for d in parsed.inputs],
        "state": [d.to_dict() for d in parsed.state],
        "clientside_function": clientside_function,
        # None: decided by the app's prevent_initial_callbacks when specs are served.
        "prevent_initial_call": (
            None if prevent_initial_call is None else prevent_initial_call is True
        ),
        "no_output": not parsed.outputs,
        "hidden": bool(options.get("hidden")),
        "optional": bool(options.get("optional")),
        "running": _running_spec(name, options.get("running")),
        "background": _background_spec(background),
    }
    if options.get("persistent"):
        # A callback that keeps running for the page's life: the page does not show
        # update_title for it (upstream's flag; sent only when set).
        spec["persistent"] = True
    all_deps = parsed.outputs + parsed.inputs + parsed.state
    return CallbackEntry(
        callback_id=callback_id,
        func=func,
        outputs=parsed.outputs,
        inputs=parsed.inputs,
        state=parsed.state,
        output_grouping=parsed.output_grouping,
        args_grouping=parsed.args_grouping,
        spec=spec,
        no_output=not parsed.outputs,
        multi=parsed.multi,
        has_wildcards=any(d.has_wildcard() for d in all_deps),
        on_error=options.get("on_error"),
        background=background,
        api_endpoint=options.get("api_endpoint"),
        allow_dynamic_callbacks=bool(options.get("_allow_dynamic_callbacks")),
        using_args_grouping=not _is_flat(parsed.args_grouping),
        using_outputs_grouping=(
            parsed.output_grouping is not None and not _is_flat(parsed.output_grouping)
        ),
    )


def _add_entry(
    entry: CallbackEntry,
    callback_list: List[Dict[str, Any]],
    callback_map: Dict[str, CallbackEntry],
) -> None:
    existing = callback_map.get(entry.callback_id)
    if existing is not None and existing.name == entry.name:
        # The same function registered again (module re-import, notebook re-run).
        callback_list[:] = [s for s in callback_list if s["callback_id"] != entry.callback_id]
    # Outputs shared by two callbacks are not refused here: as upstream, the page's dev
    # tools report them, so an app (or a test suite building one app after another) starts.
    callback_list.append(entry.spec)
    callback_map[entry.callback_id] = entry
    if entry.func is not None:
        CALLBACK_INDEX[entry.callback_id] = entry


_OPTION_KEYS = (
    "background", "interval", "progress", "progress_default", "running", "cancel", "manager",
    "cancel_on_navigation",
    "cache_args_to_ignore", "cache_ignore_triggered", "on_error", "optional", "hidden",
    "prevent_initial_call", "api_endpoint", "_allow_dynamic_callbacks", "persistent",
)


def _split_options(
    kwargs: Dict[str, Any], config_prevent_initial_callbacks: Any
) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """Separate callback options from dependency keywords; unknown keywords warn.

    As upstream, a misspelt keyword (``prevent_inital_call``) does not stop the app: it is
    dropped with a warning that names it.
    """
    _warn_unsupported(kwargs)
    options = {key: kwargs.pop(key) for key in _OPTION_KEYS if key in kwargs}
    if options.get("prevent_initial_call") is None:
        options["prevent_initial_call"] = config_prevent_initial_callbacks
    unknown = sorted(set(kwargs) - {"output", "inputs", "state"})
    if unknown:
        warnings.warn(
            f"callback() got unexpected keyword argument(s) {', '.join(unknown)}: ignored.",
            UserWarning,
            stacklevel=4,
        )
        for key in unknown:
            kwargs.pop(key)
    return options, kwargs


def _trailing_prevent_initial_call(
    args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> Tuple[Tuple[Any, ...], Dict[str, Any]]:
    """Dash 1.x form ``callback(Output, Input, True)``: a last positional bool is
    ``prevent_initial_call``."""
    if args and isinstance(args[-1], bool):
        return args[:-1], {**kwargs, "prevent_initial_call": args[-1]}
    return args, kwargs


def register_callback(
    callback_list: List[Dict[str, Any]],
    callback_map: Dict[str, CallbackEntry],
    config_prevent_initial_callbacks: Any,
    *args: Any,
    **kwargs: Any,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return the decorator that registers a server-side callback into the given registry.

    The decorated function is returned unchanged, so it can still be called directly.
    """
    args, kwargs = _trailing_prevent_initial_call(args, kwargs)
    options, dep_kwargs = _split_options(dict(kwargs), config_prevent_initial_callbacks)

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        name = function_name(func)
        parsed = _parse_dependencies(name, args, dict(dep_kwargs))
        entry = _build_entry(name, func, parsed, options, name)
        _add_entry(entry, callback_list, callback_map)
        register = getattr(options.get("manager"), "register", None)
        if entry.background is not None and register is not None:
            register(entry)  # e.g. Celery needs every job function known to its workers
        return func

    return decorator


def register_clientside_callback(
    callback_list: List[Dict[str, Any]],
    callback_map: Dict[str, CallbackEntry],
    config_prevent_initial_callbacks: Any,
    inline_scripts: List[str],
    clientside_function: Any,
    *args: Any,
    **kwargs: Any,
) -> None:
    """Register a callback run in the browser: a ``ClientsideFunction`` or inline JS source."""
    args, kwargs = _trailing_prevent_initial_call(args, kwargs)
    options, dep_kwargs = _split_options(dict(kwargs), config_prevent_initial_callbacks)
    if options.get("background"):
        raise exceptions.IncorrectTypeException(
            "clientside_callback cannot be a background callback (background=True)."
        )
    if isinstance(clientside_function, ClientsideFunction):
        function_spec = clientside_function.to_dict()
    elif isinstance(clientside_function, str):
        function_name = hashlib.sha256(clientside_function.encode("utf-8")).hexdigest()
        function_spec = {"namespace": INLINE_NAMESPACE, "function_name": function_name}
        script = _inline_script(function_name, clientside_function)
        if script not in inline_scripts:
            inline_scripts.append(script)
    else:
        raise exceptions.IncorrectTypeException(
            "clientside_callback needs a ClientsideFunction or a string of JavaScript source;"
            f" got {type(clientside_function).__name__}."
        )
    name = f"clientside {function_spec['namespace']}.{function_spec['function_name'][:16]}"
    parsed = _parse_dependencies(name, args, dep_kwargs)
    identity = f"{function_spec['namespace']}.{function_spec['function_name']}"
    entry = _build_entry(name, None, parsed, options, identity, function_spec)
    _add_entry(entry, callback_list, callback_map)


def _inline_script(function_name: str, source: str) -> str:
    return (
        "var clientside = window.dash_clientside = window.dash_clientside || {};\n"
        f'var ns = clientside["{INLINE_NAMESPACE}"] = clientside["{INLINE_NAMESPACE}"] || {{}};\n'
        f'ns["{function_name}"] = {source.strip()};\n'
    )


def callback(
    *_args: Any,
    background: bool = False,
    interval: int = 1000,
    progress: Any = None,
    progress_default: Any = None,
    running: Optional[List[Tuple[Output, Any, Any]]] = None,
    cancel: Any = None,
    manager: Any = None,
    cache_args_to_ignore: Optional[List[Any]] = None,
    cache_ignore_triggered: bool = True,
    cancel_on_navigation: bool = True,
    on_error: Optional[Callable[[Exception], Any]] = None,
    api_endpoint: Optional[str] = None,
    optional: bool = False,
    hidden: Optional[bool] = None,
    websocket: bool = False,
    persistent: bool = False,
    mcp_enabled: Optional[bool] = None,
    mcp_expose_docstring: Optional[bool] = None,
    **_kwargs: Any,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a callback on every app (``@dash.callback``), same arguments as ``Dash.callback``.

    Dependencies are ``Output``s then ``Input``s and ``State``s, positionally or as
    ``output=``, ``inputs=``, ``state=`` (lists, tuples or dicts for flexible signatures).
    ``background=True`` runs the function as a job of a background callback manager;
    ``progress``, ``progress_default``, ``running``, ``cancel``, ``interval``, ``manager``,
    ``cache_args_to_ignore`` and ``cache_ignore_triggered`` configure it.
    ``cancel_on_navigation=False`` (this fork only) keeps a job running when its outputs
    leave the page (e.g. the user goes to another page): its result is then applied only
    if its outputs are back on the page. By default such a job is cancelled.
    """
    config_prevent = _kwargs.pop("config_prevent_initial_callbacks", None)
    return register_callback(
        GLOBAL_CALLBACK_LIST,
        GLOBAL_CALLBACK_MAP,
        config_prevent,
        *_args,
        background=background,
        interval=interval,
        progress=progress,
        progress_default=progress_default,
        running=running,
        cancel=cancel,
        manager=manager,
        cache_args_to_ignore=cache_args_to_ignore,
        cache_ignore_triggered=cache_ignore_triggered,
        cancel_on_navigation=cancel_on_navigation,
        on_error=on_error,
        api_endpoint=api_endpoint,
        optional=optional,
        hidden=hidden,
        websocket=websocket,
        persistent=persistent,
        mcp_enabled=mcp_enabled,
        mcp_expose_docstring=mcp_expose_docstring,
        **_kwargs,
    )


def clientside_callback(clientside_function: Any, *args: Any, **kwargs: Any) -> None:
    """Register a browser-side callback on every app (``dash.clientside_callback``)."""
    register_clientside_callback(
        GLOBAL_CALLBACK_LIST,
        GLOBAL_CALLBACK_MAP,
        kwargs.pop("config_prevent_initial_callbacks", None),
        GLOBAL_INLINE_SCRIPTS,
        clientside_function,
        *args,
        **kwargs,
    )


def claim_global_callbacks(
    callback_list: List[Dict[str, Any]],
    callback_map: Dict[str, CallbackEntry],
    inline_scripts: List[str],
) -> None:
    """Move every ``dash.callback``/``dash.clientside_callback`` registered so far into
    one app's registry, leaving the global registry empty.

    The app that starts serving first claims them, as upstream: a process that builds
    several apps one after another (a test suite, a notebook) never serves one app's
    global callbacks on the next. Callbacks registered globally later are served by
    whichever app claims next.
    """
    known = {spec["callback_id"] for spec in callback_list}
    callback_list.extend(s for s in GLOBAL_CALLBACK_LIST if s["callback_id"] not in known)
    for callback_id, entry in GLOBAL_CALLBACK_MAP.items():
        callback_map.setdefault(callback_id, entry)
    inline_scripts.extend(s for s in GLOBAL_INLINE_SCRIPTS if s not in inline_scripts)
    GLOBAL_CALLBACK_LIST.clear()
    GLOBAL_CALLBACK_MAP.clear()
    GLOBAL_INLINE_SCRIPTS.clear()


def api_entries(app: Any) -> List[CallbackEntry]:
    """The app's callbacks (its own, then unclaimed global ones) with an ``api_endpoint``."""
    entries = list(getattr(app, "callback_map", {}).values()) + list(GLOBAL_CALLBACK_MAP.values())
    return [entry for entry in entries if entry.api_endpoint and entry.func is not None]


def find_entry(app: Any, callback_id: str) -> Optional[CallbackEntry]:
    """The app's callback with this id (its own or a global one), or None."""
    entry = getattr(app, "callback_map", {}).get(callback_id)
    return entry if entry is not None else GLOBAL_CALLBACK_MAP.get(callback_id)


def callback_specs(app: Any) -> List[Dict[str, Any]]:
    """The specs served by ``_dash-dependencies``: the app's callbacks, then global ones.

    Only a spec whose ``prevent_initial_call`` was left to the app's configuration is
    copied; every other spec is served as computed at registration.
    """
    app_default = getattr(getattr(app, "config", None), "prevent_initial_callbacks", False)
    app_default = app_default is True
    specs = list(getattr(app, "_callback_list", []))
    seen = {spec["callback_id"] for spec in specs}
    specs.extend(s for s in GLOBAL_CALLBACK_LIST if s["callback_id"] not in seen)
    return [
        {**spec, "prevent_initial_call": app_default}
        if spec["prevent_initial_call"] is None
        else spec
        for spec in specs
    ]
