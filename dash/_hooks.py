"""`dash.hooks`: plugin hooks that extend every Dash app created afterwards.

Implemented: ``index`` (rewrite the final HTML), ``layout`` (transform the layout before
it is served), ``setup`` (called with the app at its first request), ``route`` (extra
Flask routes under the routes prefix), ``script``/``stylesheet`` (extra resources).
Registered for the callback layer and future use: ``error``, ``callback``,
``clientside_callback``, ``custom_data``, ``devtool``, ``websocket_*``.
"""
from typing import Any, Callable, Dict, List, Optional, Sequence

from .exceptions import HookError

HOOK_NAMES = (
    "setup",
    "layout",
    "routes",
    "error",
    "callback",
    "index",
    "custom_data",
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
        self._devtools: List[Dict[str, Any]] = []

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
        """Decorate ``func(app)``, called once when the app handles its first request."""
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
            self.add_hook("routes", func, priority=priority, final=final, data=data)
            return func

        return wrap

    def error(self, priority: Optional[int] = None, final: bool = False) -> Callable:
        """Decorate ``func(error)``, called when a callback raises."""
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
        """Decorate ``func(context) -> data`` exposed to callbacks under ``namespace``."""
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
        """Registered only: a component for the dev-tools bar."""
        self._devtools.append(
            {"namespace": namespace, "type": component_type, "props": props or {}, "position": position}
        )


hooks = _Hooks()
