"""`dash.hooks`: plugin hooks that extend every Dash app created afterwards.

``index`` (rewrite the final HTML), ``layout`` (transform the layout before it is
served), ``setup`` (called with each new app), ``route`` (extra Flask routes under the
routes prefix), ``script``/``stylesheet`` (extra resources), ``error`` (called with every
callback exception, before the app's ``on_error``), ``callback``/``clientside_callback``
(callbacks added to every app), ``custom_data`` (``ctx.custom_data.<namespace>``),
``devtool`` (components in the dev tools bar). ``websocket_*`` are registered only.
Hook names are upstream's (``_ns`` keys), which plugin test suites reset by name.
"""
from typing import Any, Callable, Dict, List, Optional, Sequence

from .exceptions import HookError

HOOK_NAMES = (
    "setup",
    "layout",
    "route",
    "error",
    "callback",
    "index",
    "custom_data",
    "dev_tools",
    "websocket_connect",
    "websocket_message",
)


class _Hook:
    """One registered hook function with its ordering data."""

    def __init__(
        self, func: Callable, priority: Optional[int], final: bool, data: Any
    ) -> None:
        self.func = func
        self.priority = priority
        self.final = final
        self.data = data

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.func(*args, **kwargs)


class _Hooks:
    """The registry behind ``dash.hooks``; one per process."""

    def __init__(self) -> None:
        self._ns: Dict[str, List[_Hook]] = {name: [] for name in HOOK_NAMES}
        self._finals: Dict[str, _Hook] = {}
        self._js_dist: List[Dict[str, Any]] = []
        self._css_dist: List[Dict[str, Any]] = []
        self._clientside_callbacks: List[Any] = []

    def add_hook(
        self,
        hook: str,
        func: Callable,
        priority: Optional[int] = None,
        final: bool = False,
        data: Any = None,
    ) -> None:
        """Register ``func`` under ``hook``; at most one ``final`` hook per name."""
        if hook not in self._ns:
            raise HookError(f"Unknown hook {hook!r}; expected one of {HOOK_NAMES}.")
        entry = _Hook(func, priority, final, data)
        if final:
            existing = self._finals.get(hook)
            if existing is not None:
                raise HookError(
                    f"Final hook already registered for {hook!r}: {existing.func!r}"
                )
            self._finals[hook] = entry
        else:
            self._ns[hook].append(entry)

    def get_hooks(self, hook: str) -> List[_Hook]:
        """Hooks of one name: highest priority first, registration order for ties,
        the final hook last."""
        ordered = sorted(self._ns[hook], key=lambda h: -(h.priority or 0))
        final = self._finals.get(hook)
        return ordered + ([final] if final is not None else [])

    def _decorator(self, hook: str, priority, final, data=None) -> Callable:
        def wrap(func: Callable) -> Callable:
            self.add_hook(hook, func, priority=priority, final=final, data=data)
            return func

        return wrap

    def layout(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Decorate ``func(layout) -> layout``, applied to the layout each time it is served."""
        return self._decorator("layout", priority, final)

    def setup(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Decorate ``func(app)``, called with each app at the end of its construction."""
        return self._decorator("setup", priority, final)

    def route(
        self,
        name: Optional[str] = None,
        methods: Sequence[str] = ("GET",),
        priority: Optional[int] = None,
        final: bool = False,
    ) -> Callable:
        """Decorate a Flask view added at ``<routes prefix><name>`` (default: its name)."""

        def wrap(func: Callable) -> Callable:
            data = {"name": name or func.__name__, "methods": tuple(methods)}
            self.add_hook("route", func, priority=priority, final=final, data=data)
            return func

        return wrap

    def error(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Decorate ``func(error)``, called when a callback raises (``set_props`` works)."""
        return self._decorator("error", priority, final)

    def callback(self, *args: Any, priority: Optional[int] = None, final: bool = False, **kwargs: Any) -> Callable:
        """Decorate a callback added to every app (same arguments as ``dash.callback``)."""
        return self._decorator(
            "callback", priority, final, data=(list(args), dict(kwargs))
        )

    def clientside_callback(self, clientside_function: Any, *args: Any, **kwargs: Any) -> None:
        """Add a clientside callback to every app."""
        self._clientside_callbacks.append((clientside_function, args, kwargs))

    def index(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Decorate ``func(html: str) -> str``, applied to the final index page."""
        return self._decorator("index", priority, final)

    def custom_data(self, namespace: str, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Decorate ``func(ctx) -> data``, called per callback call; its value is
        ``ctx.custom_data.<namespace>``."""
        return self._decorator("custom_data", priority, final, data={"namespace": namespace})

    def websocket_connect(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Registered only: this version has no websocket transport."""
        return self._decorator("websocket_connect", priority, final)

    def websocket_message(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Registered only: this version has no websocket transport."""
        return self._decorator("websocket_message", priority, final)

    def script(self, distribution: List[Dict[str, Any]]) -> None:
        """Add script resources (``_js_dist`` entries) to every app's page."""
        self._js_dist.extend(distribution)

    def stylesheet(self, distribution: List[Dict[str, Any]]) -> None:
        """Add stylesheet resources (``_css_dist`` entries) to every app's page."""
        self._css_dist.extend(distribution)

    def devtool(self, namespace: str, component_type: str, props: Any = None, position: str = "right") -> None:
        """Add a component (``window[namespace][component_type]`` with ``props``) to the
        dev tools bar of every app in debug mode; its props can be callback inputs."""
        data = {"namespace": namespace, "type": component_type, "props": props or {}, "position": position}
        self.add_hook("dev_tools", lambda: data, data=data)

    def devtool_components(self) -> List[Dict[str, Any]]:
        """The components added with ``devtool``, in order."""
        return [hook.data for hook in self.get_hooks("dev_tools")]

    def error_handler(self, on_error: Optional[Callable[[Exception], Any]]) -> Optional[Callable[[Exception], Any]]:
        """The handler an app runs for callback exceptions: every ``error`` hook, then the
        app's own ``on_error`` (whose value, if any, is the callback's answer)."""
        error_hooks = self.get_hooks("error")
        if not error_hooks:
            return on_error

        def handle(err: Exception) -> Any:
            for hook in error_hooks:
                hook(err)
            return on_error(err) if on_error is not None else None

        return handle

    def custom_data_values(self, context: Any) -> Dict[str, Any]:
        """``{namespace: value}`` of every ``custom_data`` hook for one callback call."""
        return {hook.data["namespace"]: hook(context) for hook in self.get_hooks("custom_data")}


hooks = _Hooks()
