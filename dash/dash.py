"""The Dash app: configuration and Flask routes.

Everything else lives in its own module: URL prefixes and env vars (``_configs``),
resources and suite files (``resources``, ``fingerprint``), the index page
(``_index``), callbacks (``_callback``, ``_dispatch``, ``backends._flask``), background jobs
(``background_callback``), pages (``_pages``), plugin hooks (``_hooks``).
"""
import base64
import hashlib
import inspect
import html as html_escape
import logging
import os
import pkgutil
import sys
import threading
import traceback
import warnings
from types import FrameType
from typing import Any, Callable, Dict, List, Optional, Sequence, Union

import flask
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as WerkzeugResponse

from ._api_endpoints import api_view
from ._callback_map import CallbackMap
from . import _callback, _configs, _get_app, _index, _pages, exceptions, resources
from .backends import _flask as flask_backend
from ._json import to_json as _to_json
from ._get_paths import app_get_asset_url, app_get_relative_path, app_strip_relative_path
from ._hooks import hooks as _plugin_hooks
from ._pages import _ID_CONTENT, _ID_DUMMY, _ID_LOCATION, _ID_STORE
from ._dev_tools import (
    HotReload,
    default_dev_tools,
    page_hot_reload_config,
    reloader_extra_files,
    resolve_dev_tools,
    time_requests,
    validation_layout_config,
    validation_layout_of,
)
from ._utils import AttributeDict, stringify_id
from .development.base_component import Component, ComponentRegistry
from .version import __version__

logger = logging.getLogger(__name__)

# The page_container ids, importable from dash.dash as upstream's are.
PAGE_CONTAINER_IDS = (_ID_CONTENT, _ID_LOCATION, _ID_STORE, _ID_DUMMY)
_CONSTRUCTOR_ONLY = "Read-only: can only be set in the Dash constructor"
_PATHNAME_KEYS = ("url_base_pathname", "routes_pathname_prefix", "requests_pathname_prefix")

# Upstream keywords this version accepts but does not act on, with their defaults: a
# non-default value warns once, naming the keyword.
_NO_EFFECT_KEYWORDS: Dict[str, Any] = {
    "backend": None,
    "websocket_callbacks": False,
    "websocket_allowed_origins": None,
    "websocket_inactivity_timeout": 300000,
    "websocket_heartbeat_interval": 30000,
    "websocket_batch_delay": 0.005,
    "websocket_max_workers": 4,
    "enable_mcp": None,
    "mcp_path": None,
}
# Keywords of Dash 1.x that were removed long ago.
_REMOVED_KEYWORDS = ("components_cache_max_age", "static_folder")

_warned: set = set()


def _warn_once(key: str, message: str) -> None:
    """Warn once per process for ``key`` (repeated app creation stays quiet)."""
    if key not in _warned:
        _warned.add(key)
        warnings.warn(message, UserWarning, stacklevel=3)


def _caller_globals(app: "Dash") -> Dict[str, Any]:
    """Globals of the module that called ``Dash(...)``, skipping subclass ``__init__``s."""
    frame: Optional[FrameType] = sys._getframe(1)  # pylint: disable=protected-access
    while frame is not None and (
        frame.f_locals.get("self") is app or frame.f_globals.get("__name__") == __name__
    ):
        frame = frame.f_back
    return frame.f_globals if frame is not None else {}


def _caller_module_name(app: "Dash") -> str:
    """``__name__`` of the module that called ``Dash(...)``."""
    return _caller_globals(app).get("__name__", "__main__")


def _expose_server(app: "Dash") -> None:
    """Give the app's module a ``server`` name when it has none of its own.

    Deploy commands name the WSGI callable as ``gunicorn app:server``; apps written for
    a quick start (the background-callback examples among them) never assign it. A
    module-level ``server = ...`` written by the user always wins: it is never replaced.
    """
    module_globals = _caller_globals(app)
    if module_globals.get("__name__") not in (None, "__main__"):
        module_globals.setdefault("server", app.server)


def _error_response(err: BaseException, status: int, with_traceback: bool) -> flask.Response:
    error: Dict[str, Any] = {"message": str(err) or type(err).__name__, "type": type(err).__name__}
    if with_traceback:
        error["traceback"] = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    return flask.Response(_to_json({"error": error}), status=status, mimetype="application/json")


class _ObsoleteAttr:
    """A class attribute removed from Dash: reading it raises a clear error."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        raise exceptions.ObsoleteKeywordException(self.message)


def _is_layout_item(item: Any) -> bool:
    # A list layout may mix components with text, as children do.
    return isinstance(item, (Component, str, int, float)) and not isinstance(item, bool)


def _validate_layout_type(value: Any) -> None:
    if value is None or callable(value) or isinstance(value, Component):
        return
    if isinstance(value, (list, tuple)) and all(_is_layout_item(item) for item in value):
        return
    raise exceptions.NoLayoutException(
        "Layout must be a single dash component, a list of dash components, "
        f"or a function that returns a dash component; got {type(value).__name__}."
    )


def _check_duplicate_ids(layout: Any) -> None:
    """Raise ``DuplicateIdError`` naming the first id used twice in ``layout``."""
    roots = layout if isinstance(layout, (list, tuple)) else [layout]
    seen: set = set()
    for root in roots:
        if not isinstance(root, Component):
            continue
        components = [root] + [c for c in root._traverse() if isinstance(c, Component)]
        for component in components:
            component_id = getattr(component, "id", None)
            if component_id is None:
                continue
            key = stringify_id(component_id)
            if key in seen:
                raise exceptions.DuplicateIdError(
                    f"Duplicate component id found in the initial layout: `{component_id}`"
                )
            seen.add(key)


class Dash:  # pylint: disable=too-many-instance-attributes,too-many-public-methods
    """A Dash app: a Flask server, a layout, and callbacks.

    ``app = Dash(__name__)``; set ``app.layout``; decorate callbacks with
    ``@app.callback`` (or ``dash.callback``); ``app.run(debug=True)``.
    Keyword arguments follow upstream Dash; see ``docs/architecture.md``.
    """

    run_server = _ObsoleteAttr("app.run_server has been replaced by app.run")

    # Routes packages ask for with ``add_startup_route``: every app created afterwards
    # serves them under ``_dash_startup_route/<name>``.
    STARTUP_ROUTES: List[Dict[str, Any]] = []

    def __init__(  # pylint: disable=too-many-arguments,too-many-locals,too-many-statements
        self,
        name: Optional[str] = None,
        server: Union[bool, flask.Flask] = True,
        backend: Any = None,
        assets_folder: str = "assets",
        pages_folder: str = "pages",
        use_pages: Optional[bool] = None,
        assets_url_path: str = "assets",
        assets_ignore: str = "",
        assets_path_ignore: Optional[List[str]] = None,
        assets_external_path: Optional[str] = None,
        eager_loading: bool = False,
        include_assets_files: bool = True,
        include_pages_meta: bool = True,
        url_base_pathname: Optional[str] = None,
        requests_pathname_prefix: Optional[str] = None,
        routes_pathname_prefix: Optional[str] = None,
        serve_locally: bool = True,
        compress: Optional[bool] = None,
        meta_tags: Optional[Sequence[Dict[str, Any]]] = None,
        index_string: str = _index.DEFAULT_INDEX_STRING,
        external_scripts: Optional[Sequence[Union[str, Dict[str, Any]]]] = None,
        external_stylesheets: Optional[Sequence[Union[str, Dict[str, Any]]]] = None,
        suppress_callback_exceptions: Optional[bool] = None,
        prevent_initial_callbacks: bool = False,
        show_undo_redo: bool = False,
        extra_hot_reload_paths: Optional[Sequence[str]] = None,
        plugins: Optional[list] = None,
        title: str = "Dash",
        update_title: str = "Updating...",
        background_callback_manager: Optional[Any] = None,
        add_log_handler: bool = True,
        hooks: Optional[Dict[str, str]] = None,
        routing_callback_inputs: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        on_error: Optional[Callable[[Exception], Any]] = None,
        use_async: Optional[bool] = None,
        health_endpoint: Optional[str] = None,
        csrf_token_name: str = "_csrf_token",
        csrf_header_name: str = "X-CSRFToken",
        websocket_callbacks: Optional[bool] = False,
        websocket_allowed_origins: Optional[List[str]] = None,
        websocket_inactivity_timeout: Optional[int] = 300000,
        websocket_heartbeat_interval: Optional[int] = 30000,
        websocket_batch_delay: Optional[float] = 0.005,
        websocket_max_workers: Optional[int] = 4,
        enable_mcp: Optional[bool] = None,
        mcp_path: Optional[str] = None,
        **obsolete: Any,
    ) -> None:
        background_callback_manager = self._handle_obsolete(obsolete, background_callback_manager)
        given = locals()
        for keyword, default in _NO_EFFECT_KEYWORDS.items():
            if given[keyword] != default:
                _warn_once(keyword, f"Dash({keyword}=...) has no effect in this version.")

        name = name if name is not None else _caller_module_name(self)
        if isinstance(server, flask.Flask):
            self.server: Optional[flask.Flask] = server
        elif server is True:
            self.server = flask.Flask(name)
            _expose_server(self)
        elif server is False or server is None:
            self.server = None
        else:
            raise exceptions.InvalidConfig(
                f"`server` must be True, False or a flask.Flask instance, got {server!r}."
            )

        base_prefix, routes_prefix, requests_prefix = _configs.pathname_configs(
            url_base_pathname, routes_pathname_prefix, requests_pathname_prefix
        )
        _index.validate_index("index string", index_string)
        root = _configs.get_root_path(name)
        # As upstream: a non-default pages_folder turns pages on unless use_pages=False.
        use_pages = (pages_folder != "pages") if use_pages is None else use_pages
        self.config = AttributeDict(
            name=name,
            assets_folder=os.path.join(root, assets_folder),
            assets_url_path=assets_url_path,
            assets_ignore=assets_ignore,
            assets_path_ignore=assets_path_ignore,
            assets_external_path=_configs.get_combined_config(
                "assets_external_path", assets_external_path, ""
            ),
            pages_folder=_configs.pages_folder_config(name, pages_folder, use_pages),
            eager_loading=eager_loading,
            include_assets_files=_configs.get_combined_config(
                "include_assets_files", include_assets_files, True
            ),
            url_base_pathname=base_prefix,
            routes_pathname_prefix=routes_prefix,
            requests_pathname_prefix=requests_prefix,
            serve_locally=serve_locally,
            compress=_configs.get_combined_config("compress", compress, False),
            meta_tags=list(meta_tags or []),
            external_scripts=list(external_scripts or []),
            external_stylesheets=list(external_stylesheets or []),
            suppress_callback_exceptions=_configs.get_combined_config(
                "suppress_callback_exceptions", suppress_callback_exceptions, False
            ),
            prevent_initial_callbacks=prevent_initial_callbacks,
            show_undo_redo=show_undo_redo,
            extra_hot_reload_paths=list(extra_hot_reload_paths or []),
            title=title,
            update_title=update_title,
            include_pages_meta=include_pages_meta,
            description=description,
            health_endpoint=health_endpoint,
            hide_all_callbacks=False,
            csrf_token_name=csrf_token_name,
            csrf_header_name=csrf_header_name,
        )
        self.config.set_read_only(
            [
                "name",
                "assets_folder",
                "assets_url_path",
                "eager_loading",
                "serve_locally",
                "compress",
                "pages_folder",
                "csrf_token_name",
                "csrf_header_name",
            ],
            _CONSTRUCTOR_ONLY,
        )
        self.config.finalize("Invalid config key. Some settings are only available via the Dash constructor")

        self.title = title
        self._index_string = index_string
        self._renderer_hooks = hooks
        # dash.hooks error hooks run first, then the app's own on_error.
        # async def callbacks run on this package's own event loop: no extra dependency,
        # so async support is on unless the app turns it off.
        self._use_async = use_async is not False
        self._on_error = _plugin_hooks.error_handler(on_error)
        _callback.APP_ERROR_HANDLERS[self.config.name] = self._on_error  # for background jobs
        self._background_manager = background_callback_manager
        self.use_pages = bool(use_pages)
        self.pages_folder = pages_folder
        self.routing_callback_inputs = routing_callback_inputs or {}
        self.validation_layout: Any = None

        self.scripts = resources.Scripts(serve_locally, eager_loading)
        self.css = resources.Css(serve_locally)
        self.registered_paths = resources.SuiteRegistry()
        self._assets: Optional[resources.AssetFiles] = None

        self._layout: Any = None
        self._layout_is_function = False
        # Components packages add to every page of this app, after the layout (upstream's
        # name; e.g. a dcc.Store a plugin's callbacks use).
        self._extra_components: List[Any] = []
        self.callback_map = CallbackMap()
        self._callback_list: List[Dict[str, Any]] = []
        self._inline_scripts: List[str] = []
        self._got_first_request = {"setup_server": False}
        self._setup_lock = threading.Lock()
        self._debug = False
        self._dev_tools = default_dev_tools()
        self._hot_reload: Optional[HotReload] = None
        self.routes: List[str] = []
        self._endpoints: set = set()

        self.logger = logging.getLogger(__name__)
        if add_log_handler and not self.logger.handlers:
            self.logger.addHandler(logging.StreamHandler(stream=sys.stdout))
            self.logger.setLevel(logging.INFO)

        _get_app.set_app(self)
        if self.server is not None:
            self.init_app()
        for plugin in plugins or []:
            plugin.plug(self)
        for hook in _plugin_hooks.get_hooks("setup"):
            hook(self)

    @staticmethod
    def _handle_obsolete(obsolete: Dict[str, Any], manager: Any) -> Any:
        """Apply Dash 2.x aliases and reject unknown keywords; returns the manager."""
        for key, value in obsolete.items():
            if key == "long_callback_manager":
                if manager is not None:
                    raise exceptions.ObsoleteKeywordException(
                        "Pass only background_callback_manager (long_callback_manager is "
                        "its obsolete alias), not both."
                    )
                _warn_once(
                    key,
                    "Dash(long_callback_manager=...) is obsolete: use background_callback_manager.",
                )
                manager = value
            elif key in _REMOVED_KEYWORDS:
                raise exceptions.ObsoleteKeywordException(
                    f"{key} is no longer a valid keyword argument in Dash since v1.0."
                )
            else:
                raise TypeError(f"Dash() got an unexpected keyword argument '{key}'")
        return manager

    # -- server ------------------------------------------------------------------------

    def init_app(self, app: Optional[flask.Flask] = None, **kwargs: Any) -> None:
        """Attach the Dash routes to a Flask server (``app``, or the one given at creation).

        ``kwargs`` may set config values, including the pathname prefixes.
        """
        if app is not None:
            self.server = app
        if self.server is None:
            raise exceptions.InvalidConfig("init_app() needs a Flask server: Dash(server=False) has none.")
        if any(key in kwargs for key in _PATHNAME_KEYS):
            prefixes = _configs.pathname_configs(*(kwargs.pop(key, None) for key in _PATHNAME_KEYS))
            self.config.__dict__["_read_only"] = {
                key: msg for key, msg in self.config.__dict__.get("_read_only", {}).items()
                if key not in _PATHNAME_KEYS
            }
            self.config.update(dict(zip(_PATHNAME_KEYS, prefixes)))
        self.config.update(kwargs)
        self.config.set_read_only(
            _PATHNAME_KEYS, "Read-only: can only be set in the Dash constructor or during init_app()"
        )
        if self.config.compress:
            self._enable_compression()
        self.server.before_request(self._setup_server)
        # One error handler per Flask server, shared by the Dash apps mounted on it.
        apps_on_server = self.server.extensions.setdefault("dash_apps", [])
        if not apps_on_server:
            server = self.server
            server.register_error_handler(Exception, lambda err: _handle_route_error(server, err))
        apps_on_server.append(self)
        # Current before the pages import: page modules may call dash.get_relative_path.
        _get_app.set_app(self)
        if self.use_pages:
            _pages.import_pages(self)
        self._setup_routes()

    def _enable_compression(self) -> None:
        try:
            from flask_compress import Compress  # pylint: disable=import-outside-toplevel
        except ImportError:
            _warn_once(
                "compress",
                "Dash(compress=True) needs the flask-compress package; responses are not compressed.",
            )
            return
        Compress(self.server)

    def _add_url(self, name: str, view_func: Callable, methods: Sequence[str] = ("GET",)) -> None:
        """Register ``view_func`` at ``<routes_pathname_prefix><name>``."""
        full_name = self.config.routes_pathname_prefix + name
        assert self.server is not None
        self.server.add_url_rule(full_name, endpoint=full_name, view_func=view_func, methods=list(methods))
        self.routes.append(full_name)
        self._endpoints.add(full_name)

    def _setup_routes(self) -> None:
        assets_url = self.config.assets_url_path.strip("/")
        self._add_url(f"{assets_url}/<path:filename>", self.serve_asset)
        self._add_url("_dash-layout", self.serve_layout)
        self._add_url("_dash-dependencies", self.dependencies)
        self._add_url("_dash-update-component", self.dispatch, methods=("POST",))
        self._add_url("_dash-component-suites/<string:namespace>/<path:filename>", self.serve_component_suites)
        self._add_url("_favicon.ico", self._serve_default_favicon)
        # Always routed (Flask refuses new routes after the first request); it answers
        # only while hot reload is on.
        self._add_url("_reload-hash", self.serve_reload_hash)
        if self.config.health_endpoint:
            self._add_url(self.config.health_endpoint.strip("/"), self.serve_health)
        for hook in _plugin_hooks.get_hooks("route"):
            self._add_url(hook.data["name"], hook.func, hook.data["methods"])
        from .background_callback import routes as job_routes  # pylint: disable=import-outside-toplevel

        job_routes.add_job_routes(self)
        self.setup_startup_routes()
        # Last: any other path under the prefix is the index (client-side routing).
        self._add_url("", self.index)
        self._add_url("<path:path>", self.index)

    @staticmethod
    def add_startup_route(name: str, view_func: Callable[..., Any], methods: Sequence[str]) -> None:
        """Ask every app created from now on to serve ``view_func`` at
        ``<routes prefix>_dash_startup_route/<name>`` for ``methods`` (GET and/or POST).

        For packages that need a route of their own without knowing when the app is made.
        """
        if not isinstance(name, str) or not name.strip("/"):
            raise ValueError("add_startup_route: the route name must be a non-empty string.")
        unknown = [method for method in methods if method not in ("GET", "POST")]
        if unknown or not methods:
            raise ValueError(f"add_startup_route: methods must be 'GET' and/or 'POST', got {list(methods)!r}.")
        Dash.STARTUP_ROUTES.append({"name": name.strip("/"), "view_func": view_func, "methods": tuple(methods)})

    def setup_startup_routes(self) -> None:
        """Serve the routes added with ``add_startup_route`` (done when the app is created)."""
        for route in Dash.STARTUP_ROUTES:
            self._add_url(f"_dash_startup_route/{route['name']}", route["view_func"], route["methods"])

    def setup_apis(self) -> None:
        """Serve every callback registered with ``api_endpoint=`` (``app.callback`` or
        ``dash.callback``) as a JSON API. Call it after registering them and before the
        app serves its first request."""
        for entry in _callback.api_entries(self):
            path = entry.api_endpoint.strip("/")
            if f"{self.config.routes_pathname_prefix}{path}" not in self._endpoints:
                self._add_url(path, api_view(entry), methods=("POST",))

    def csp_hashes(self, hash_algorithm: str = "sha256") -> List[str]:
        """Content-Security-Policy hashes (``'sha256-...'``) of every inline script of the
        page: the renderer's start script and the inline clientside callbacks. Compute
        them after registering every clientside callback, e.g. for ``flask_talisman``'s
        ``script-src``."""
        if hash_algorithm not in ("sha256", "sha384", "sha512"):
            raise ValueError(
                f"Possible CSP hash algorithms: 'sha256', 'sha384', 'sha512'; got {hash_algorithm!r}."
            )
        sources = self._inline_scripts_all() + [_index.renderer_source(self._renderer_hooks)]
        return [
            f"'{hash_algorithm}-"
            + base64.b64encode(hashlib.new(hash_algorithm, source.encode("utf-8")).digest()).decode()
            + "'"
            for source in sources
        ]

    def get_layout(self) -> Any:
        """The layout as it is served now: a layout function called, extra components
        added, layout hooks applied."""
        layout = self._layout_value()
        extra = list(self._extra_components) + self._devtool_components()
        if extra:
            layout = (layout if isinstance(layout, list) else [layout]) + extra
        for hook in _plugin_hooks.get_hooks("layout"):
            layout = hook(layout)
        return layout

    def _devtool_components(self) -> List[Any]:
        """``dash.hooks.devtool`` components, in debug mode with the dev tools UI: served
        with the layout (so their props can be callback inputs), in a box pinned beside
        the dev tools menu."""
        components = _plugin_hooks.devtool_components()
        if not (self._debug and self._dev_tools.ui and components):
            return []
        side = "left" if all(c["position"] == "left" for c in components) else "right"
        return [{
            "type": "Div",
            "namespace": "dash_html_components",
            "props": {
                "className": "dash-debug-menu__devtool-components",
                "style": {"position": "fixed", "bottom": "52px", side: "12px", "zIndex": 10000},
                "children": [
                    {"type": c["type"], "namespace": c["namespace"], "props": c["props"]} for c in components
                ],
            },
        }]

    def enable_pages(self) -> None:
        """Add the pages routing callbacks (done at the first request when ``use_pages``)."""
        _pages.enable_pages(self)

    def _setup_server(self) -> None:
        """One-time setup at the first request: global callbacks, hooks, pages, checks."""
        if self._got_first_request["setup_server"]:
            return
        # Threaded servers can take several first requests at once: set up exactly once.
        with self._setup_lock:
            if not self._got_first_request["setup_server"]:
                self._setup_once()

    def _setup_once(self) -> None:
        # Checked before the flag is set: a broken layout fails every request, not just the first.
        if self._layout is None:
            raise exceptions.NoLayoutException(
                "The layout was `None` at the time the server handled its first request. "
                "Set `app.layout` before running the server."
            )
        if not self._layout_is_function:
            _check_duplicate_ids(self._layout)
        self._got_first_request["setup_server"] = True
        self._merge_global_callbacks()
        for hook in _plugin_hooks.get_hooks("callback"):
            args, kwargs = hook.data
            self.callback(*args, **kwargs)(hook.func)
        for function, args, kwargs in _plugin_hooks._clientside_callbacks:  # pylint: disable=protected-access
            self.clientside_callback(function, *args, **kwargs)
        if self.use_pages:
            self.enable_pages()

    def _merge_global_callbacks(self) -> None:
        """Claim the ``dash.callback``/``dash.clientside_callback`` registrations so far."""
        for entry in _callback.GLOBAL_CALLBACK_MAP.values():
            if entry.func is not None:
                self._check_async_allowed(entry.func)
        _callback.claim_global_callbacks(self._callback_list, self.callback_map, self._inline_scripts)

    # -- layout ------------------------------------------------------------------------

    @property
    def layout(self) -> Any:
        """A component, a list of components, or a function returning one (called per page load)."""
        return self._layout

    @layout.setter
    def layout(self, value: Any) -> None:
        _validate_layout_type(value)
        self._layout_is_function = callable(value) and not isinstance(value, Component)
        self._layout = value

    def _layout_value(self) -> Any:
        """The layout to serve now (a layout function is called here)."""
        layout = self._layout() if self._layout_is_function else self._layout
        if isinstance(layout, tuple):
            layout = list(layout)
        return layout

    @property
    def index_string(self) -> str:
        """The page template; must contain ``{%app_entry%}``, ``{%config%}``, ``{%scripts%}``."""
        return self._index_string

    @index_string.setter
    def index_string(self, value: str) -> None:
        _index.validate_index("index string", value)
        self._index_string = value

    # -- callbacks (the registry lives in dash._callback) ---------------------------------

    def callback(self, *_args: Any, **_kwargs: Any) -> Callable:
        """Register a callback of this app; same arguments as ``dash.callback``.

        ``async def`` functions are awaited (unless the app says ``use_async=False``).
        """
        register = _callback.register_callback(
            self._callback_list, self.callback_map, self.config.prevent_initial_callbacks, *_args, **_kwargs
        )

        def decorator(func: Callable) -> Callable:
            self._check_async_allowed(func)
            return register(func)

        return decorator

    def _check_async_allowed(self, func: Callable) -> None:
        if not self._use_async and inspect.iscoroutinefunction(func):
            raise exceptions.IncorrectTypeException(
                f"Callback {_callback.function_name(func)} is an `async def` function, but this app"
                " was created with use_async=False: remove use_async=False or make it a plain def."
            )

    def clientside_callback(self, clientside_function: Any, *args: Any, **kwargs: Any) -> None:
        """Register a JavaScript callback (a ``ClientsideFunction`` or inline source)."""
        _callback.register_clientside_callback(
            self._callback_list,
            self.callback_map,
            self.config.prevent_initial_callbacks,
            self._inline_scripts,
            clientside_function,
            *args,
            **kwargs,
        )

    def long_callback(  # pylint: disable=too-many-arguments
        self,
        *_args: Any,
        manager: Any = None,
        running: Any = None,
        cancel: Any = None,
        progress: Any = None,
        progress_default: Any = None,
        cache_args_to_ignore: Any = None,
        interval: int = 1000,
        **_kwargs: Any,
    ) -> Callable:
        """Dash 2.x spelling of ``callback(..., background=True)``."""
        return self.callback(
            *_args,
            background=True,
            manager=manager,
            running=running,
            cancel=cancel,
            progress=progress,
            progress_default=progress_default,
            cache_args_to_ignore=cache_args_to_ignore,
            interval=interval,
            **_kwargs,
        )

    # -- routes ----------------------------------------------------------------------------

    def serve_layout(self) -> flask.Response:
        """``GET _dash-layout``: the layout JSON, after the ``hooks.layout`` functions."""
        return flask.Response(_to_json(self.get_layout()), mimetype="application/json")

    def dependencies(self) -> flask.Response:
        """``GET _dash-dependencies``: the callback specs (docs/protocol.md)."""
        return flask.Response(_to_json(_callback.callback_specs(self)), mimetype="application/json")

    def dispatch(self) -> flask.Response:
        """``POST _dash-update-component``: run a callback (``dash.backends._flask``)."""
        # dispatch parses the body itself: malformed JSON is its 400.
        return flask_backend.dispatch(self, flask.request.get_data())

    def serve_component_suites(self, namespace: str, filename: str) -> WerkzeugResponse:
        """``GET _dash-component-suites/<namespace>/<path>``: a registered library file;
        404 for anything not registered, or registered but not shipped (dmc lists
        ``.map`` files its wheel does not contain)."""
        found = resources.read_suite_file(self.registered_paths, namespace, filename)
        if found is None:
            # A bundle can ask for a chunk before this process rendered a page.
            self._register_page_resources()
            found = resources.read_suite_file(self.registered_paths, namespace, filename)
        if found is None:
            return _error_response(
                exceptions.ResourceException(f"No file {filename!r} is served for {namespace!r}: not registered or not installed."),
                404,
                False,
            )
        return self._cached_response(found.data, found.mimetype, found.fingerprinted, found.etag)

    @staticmethod
    def _cached_response(
        data: bytes, mimetype: str, fingerprinted: bool, etag: Optional[str] = None
    ) -> WerkzeugResponse:
        response = flask.Response(data, mimetype=mimetype)
        if fingerprinted:
            response.headers["Cache-Control"] = resources.LONG_CACHE_CONTROL
            return response
        response.set_etag(etag or hashlib.sha256(data).hexdigest()[:32])
        response.headers["Cache-Control"] = "no-cache"
        return response.make_conditional(flask.request)

    def serve_asset(self, filename: str) -> WerkzeugResponse:
        """``GET <assets_url_path>/<path>``: a file of the assets folder."""
        return flask.send_from_directory(self.config.assets_folder, filename)

    def _serve_default_favicon(self) -> WerkzeugResponse:
        data = pkgutil.get_data("dash", "favicon.ico") or b""
        return self._cached_response(data, "image/x-icon", False)

    def serve_health(self) -> flask.Response:
        """The ``health_endpoint`` route: ``OK``."""
        return flask.Response("OK", mimetype="text/plain")

    def serve_reload_hash(self) -> flask.Response:
        """Hot reload: the hash changes when the server restarts or an asset changes."""
        if self._hot_reload is None or not self._dev_tools.hot_reload:
            return _error_response(exceptions.DashException("Hot reload is off."), 404, False)
        return flask.jsonify(self._hot_reload.state())

    # -- index page ------------------------------------------------------------------------

    def _walk_assets(self) -> resources.AssetFiles:
        # Walked once (again on each call when hot reloading, to pick up new files).
        if self._assets is None or self._dev_tools.hot_reload:
            self._assets = (
                resources.walk_assets(
                    self.config.assets_folder, self.config.assets_ignore, self.config.assets_path_ignore
                )
                if self.config.include_assets_files
                else resources.AssetFiles()
            )
        return self._assets

    def _asset_entries(self, files: List[Any]) -> List[Dict[str, Any]]:
        entries = []
        for url_path, full_path in files:
            entry: Dict[str, Any] = {"asset_path": url_path, "filepath": full_path}
            if url_path.endswith(".mjs"):
                entry["attributes"] = {"type": "module"}  # ES modules load as such
            if self.config.assets_external_path:
                entry["external_url"] = self.config.assets_external_path.rstrip("/") + "/" + url_path
            entries.append(entry)
        return entries

    def _script_resources(self) -> List[List[resources.Resource]]:
        """Page scripts in groups: React deps, libraries + app + assets, renderer + dash's own."""
        dev = self._dev_tools.serve_dev_bundles
        scripts = self.scripts
        return [
            scripts.resolve(resources.REACT_DEPS, dev),
            scripts.get_all_scripts(dev) + scripts.resolve(self._asset_entries(self._walk_assets().scripts), dev),
            scripts.resolve(
                resources.RENDERER
                + resources.dash_component_resources("_js_dist")
                + _plugin_hooks._js_dist,  # pylint: disable=protected-access
                dev,
            ),
        ]

    def _register_page_resources(self) -> None:
        for group in self._script_resources():
            for res in group:
                self.registered_paths.register(res)
        for res in self._css_resources():
            self.registered_paths.register(res)

    def _css_resources(self) -> List[resources.Resource]:
        css = self.css
        return (
            css.resolve(resources.dash_component_resources("_css_dist"))
            + css.get_all_css()
            + css.resolve(_plugin_hooks._css_dist)  # pylint: disable=protected-access
            + css.resolve(self._asset_entries(self._walk_assets().stylesheets))
        )

    def _tags(self, group: List[resources.Resource], url_key: str) -> List[Dict[str, Any]]:
        return resources.collect_tags(
            group, self.registered_paths, self.config.requests_pathname_prefix, self.get_asset_url, url_key
        )

    def _generate_scripts_html(self) -> str:
        deps, libraries, dash_own = self._script_resources()
        tags = (
            self._tags(deps, "src")
            + resources.external_tags(self.config.external_scripts, "src")
            + self._tags(libraries, "src")
            + self._tags(dash_own, "src")
        )
        html = [resources.format_tag("script", tag) for tag in tags]
        html += [
            f'<script type="application/javascript">{script}</script>'
            for script in self._inline_scripts_all()
        ]
        return "\n".join(html)

    def _inline_scripts_all(self) -> List[str]:
        # Global inline scripts too: dash.clientside_callback may run after the first request.
        return self._inline_scripts + [
            s for s in _callback.GLOBAL_INLINE_SCRIPTS if s not in self._inline_scripts
        ]

    def _generate_css_dist_html(self) -> str:
        tags = resources.external_tags(self.config.external_stylesheets, "href") + self._tags(
            self._css_resources(), "href"
        )
        return "\n".join(
            resources.format_tag("link", {"rel": "stylesheet", **tag}, opened=True) for tag in tags
        )

    def _page_config(self) -> Dict[str, Any]:
        """The ``_dash-config`` JSON the renderer reads (see docs/protocol.md)."""
        dev = self._dev_tools
        return {
            "url_base_pathname": self.config.url_base_pathname,
            "requests_pathname_prefix": self.config.requests_pathname_prefix,
            "ui": dev.ui,
            "props_check": dev.props_check,
            "debug": self._debug,
            "disable_version_check": dev.disable_version_check,
            "show_undo_redo": self.config.show_undo_redo,
            "suppress_callback_exceptions": self.config.suppress_callback_exceptions,
            "update_title": self.config.update_title,
            "children_props": ComponentRegistry.children_props,
            "serve_locally": self.config.serve_locally,
            "dash_version": __version__,
            "hot_reload": page_hot_reload_config(dev),
            "validate_callbacks": dev.validate_callbacks,
            **validation_layout_config(dev.validate_callbacks, self.validation_layout),
        }

    def _generate_config_html(self) -> str:
        return _index.config_script(self._page_config())

    def _generate_meta(self) -> str:
        page_tags = (
            _pages.page_meta_tags(self, flask.request.path)
            if self.use_pages and self.config.include_pages_meta
            else []
        )
        # As upstream: a page's link-preview tags first (they name the description), then
        # the defaults and the app's own tags.
        description = None if page_tags else self.config.description
        tags = page_tags + _index.meta_tags(list(self.config.meta_tags), description)
        return "\n".join(resources.format_tag("meta", tag, opened=True) for tag in tags)

    def _generate_favicon(self) -> str:
        favicon = self._walk_assets().favicon
        if favicon:
            mtime = int(os.stat(os.path.join(self.config.assets_folder, favicon)).st_mtime)
            href = f"{self.get_asset_url(favicon)}?m={mtime}"
        else:
            href = f"{self.config.requests_pathname_prefix}_favicon.ico?v={__version__}"
        return resources.format_tag("link", {"rel": "icon", "type": "image/x-icon", "href": href}, opened=True)

    def _generate_renderer(self) -> str:
        return _index.renderer_script(self._renderer_hooks)

    def index(self, *args: Any, **kwargs: Any) -> str:  # pylint: disable=unused-argument
        """The HTML page (any path under the prefix: pages route on the client)."""
        scripts = self._generate_scripts_html()
        config = self._generate_config_html()
        page = self.interpolate_index(
            metas=self._generate_meta(),
            title=html_escape.escape(self.title),
            css=self._generate_css_dist_html(),
            config=config,
            scripts=scripts,
            app_entry=_index.DEFAULT_APP_ENTRY,
            favicon=self._generate_favicon(),
            renderer=self._generate_renderer(),
        )
        for hook in _plugin_hooks.get_hooks("index"):
            page = hook(page)
        required = {
            "the app entry ({%app_entry%})": 'id="react-entry-point"',
            "the config ({%config%})": config,
            "the scripts ({%scripts%})": scripts,
            "the renderer ({%renderer%})": "new DashRenderer",
        }
        missing = [name for name, text in required.items() if text not in page]
        if missing:
            raise exceptions.InvalidIndexException(
                f"The index page lacks {', '.join(missing)}: the index string or "
                "interpolate_index must keep them."
            )
        return page

    def interpolate_index(  # pylint: disable=too-many-arguments
        self,
        metas: str = "",
        title: str = "",
        css: str = "",
        config: str = "",
        scripts: str = "",
        app_entry: str = "",
        favicon: str = "",
        renderer: str = "",
    ) -> str:
        """Fill ``index_string``'s placeholders; override it to build the page yourself."""
        return _index.interpolate_index(
            self.index_string,
            metas=metas,
            title=title,
            css=css,
            config=config,
            scripts=scripts,
            app_entry=app_entry,
            favicon=favicon,
            renderer=renderer,
        )

    # -- paths -----------------------------------------------------------------------------

    def get_asset_url(self, path: str) -> str:
        """URL of a file in the assets folder."""
        return app_get_asset_url(self.config, path)

    def get_relative_path(self, path: str) -> str:
        """``path`` (starting with ``/``) under this app's ``requests_pathname_prefix``."""
        return app_get_relative_path(self.config.requests_pathname_prefix, path)

    def strip_relative_path(self, path: Optional[str]) -> Optional[str]:
        """``path`` without the ``requests_pathname_prefix`` and surrounding slashes."""
        return app_strip_relative_path(self.config.requests_pathname_prefix, path)

    # -- running ---------------------------------------------------------------------------

    def enable_dev_tools(  # pylint: disable=too-many-arguments
        self,
        debug: Optional[bool] = None,
        dev_tools_ui: Optional[bool] = None,
        dev_tools_props_check: Optional[bool] = None,
        dev_tools_serve_dev_bundles: Optional[bool] = None,
        dev_tools_hot_reload: Optional[bool] = None,
        dev_tools_hot_reload_interval: Optional[float] = None,
        dev_tools_hot_reload_watch_interval: Optional[float] = None,
        dev_tools_hot_reload_max_retry: Optional[int] = None,
        dev_tools_silence_routes_logging: Optional[bool] = None,
        dev_tools_disable_version_check: Optional[bool] = None,
        dev_tools_prune_errors: Optional[bool] = None,
        dev_tools_validate_callbacks: Optional[bool] = None,
    ) -> bool:
        """Turn on debug mode and dev tools; each ``dev_tools_*`` defaults to ``debug``.

        ``debug`` (else ``DASH_DEBUG``) defaults to False. (Upstream's ``enable_dev_tools``
        alone defaults it to True; ``dash.testing``'s runners rely on False.) Each option
        also reads its ``DASH_*`` variable
        (``DASH_UI``, ``DASH_PROPS_CHECK``, ``DASH_HOT_RELOAD_INTERVAL``...). Intervals are
        in seconds. Returns the resolved ``debug`` flag.
        """
        del dev_tools_disable_version_check  # accepted for compatibility; nothing to check
        debug_on, self._dev_tools = resolve_dev_tools(
            debug,
            {
                "ui": dev_tools_ui,
                "props_check": dev_tools_props_check,
                "serve_dev_bundles": dev_tools_serve_dev_bundles,
                "hot_reload": dev_tools_hot_reload,
                "hot_reload_interval": dev_tools_hot_reload_interval,
                "hot_reload_watch_interval": dev_tools_hot_reload_watch_interval,
                "hot_reload_max_retry": dev_tools_hot_reload_max_retry,
                "silence_routes_logging": dev_tools_silence_routes_logging,
                "prune_errors": dev_tools_prune_errors,
                "validate_callbacks": dev_tools_validate_callbacks,
            },
        )
        self._debug = debug_on
        if self._dev_tools.validate_callbacks and self.validation_layout is None and self._layout_is_function:
            if not self.config.suppress_callback_exceptions:
                self.validation_layout = validation_layout_of(self._layout_value)
        self._hot_reload = (
            HotReload(
                assets_folder=self.config.assets_folder,
                asset_url=self.get_asset_url,
                extra_paths=list(self.config.extra_hot_reload_paths),
                watch_interval=self._dev_tools.hot_reload_watch_interval,
            )
            if self._dev_tools.hot_reload
            else None
        )
        if debug_on and self._dev_tools.ui:
            time_requests(self.server)
        if self._dev_tools.silence_routes_logging:
            # Request lines (werkzeug's log) are noise while developing; errors still show.
            logging.getLogger("werkzeug").setLevel(logging.ERROR)
        return debug_on

    def run(  # pylint: disable=too-many-arguments,too-many-locals
        self,
        host: Optional[str] = None,
        port: Optional[Union[str, int]] = None,
        proxy: Optional[str] = None,
        debug: Optional[bool] = None,
        hide_all_callbacks: bool = False,
        jupyter_mode: Optional[str] = None,
        jupyter_width: str = "100%",
        jupyter_height: int = 650,
        jupyter_server_url: Optional[str] = None,
        dev_tools_ui: Optional[bool] = None,
        dev_tools_props_check: Optional[bool] = None,
        dev_tools_serve_dev_bundles: Optional[bool] = None,
        dev_tools_hot_reload: Optional[bool] = None,
        dev_tools_hot_reload_interval: Optional[float] = None,
        dev_tools_hot_reload_watch_interval: Optional[float] = None,
        dev_tools_hot_reload_max_retry: Optional[int] = None,
        dev_tools_silence_routes_logging: Optional[bool] = None,
        dev_tools_disable_version_check: Optional[bool] = None,
        dev_tools_prune_errors: Optional[bool] = None,
        dev_tools_validate_callbacks: Optional[bool] = None,
        **flask_run_options: Any,
    ) -> None:
        """Start the development server (``HOST``/``PORT`` env vars give the defaults).

        ``proxy`` (or ``DASH_PROXY``) is ``"http://0.0.0.0:8050::https://my.domain.com"``:
        the address served, then the public address the app is reached at.
        """
        if jupyter_mode not in (None, "_none", "external", "tab"):
            _warn_once("jupyter_mode", "app.run(jupyter_mode=...): notebook display is not supported; running a normal server.")
        debug = self.enable_dev_tools(
            debug,
            dev_tools_ui,
            dev_tools_props_check,
            dev_tools_serve_dev_bundles,
            dev_tools_hot_reload,
            dev_tools_hot_reload_interval,
            dev_tools_hot_reload_watch_interval,
            dev_tools_hot_reload_max_retry,
            dev_tools_silence_routes_logging,
            dev_tools_disable_version_check,
            dev_tools_prune_errors,
            dev_tools_validate_callbacks,
        )
        self.config.hide_all_callbacks = hide_all_callbacks
        host = host or _configs.env_value("HOST") or "127.0.0.1"
        port = _parse_port(port if port is not None else _configs.env_value("PORT") or 8050)
        public_url = _proxy_public_url(proxy or _configs.env_value("DASH_PROXY"), host, port)
        display_host = f"[{host}]" if ":" in host else host
        self.logger.info(
            "Dash is running on %s%s\n",
            public_url or f"http://{display_host}:{port}",
            self.config.requests_pathname_prefix,
        )
        if self.server is None:
            raise exceptions.InvalidConfig("app.run() needs a Flask server: call app.init_app(server) first.")
        if self._dev_tools.hot_reload and self.config.extra_hot_reload_paths:
            # The Flask reloader restarts the server when these change, as for Python files.
            flask_run_options.setdefault("extra_files", reloader_extra_files(self.config.extra_hot_reload_paths))
        self.server.run(host=host, port=port, debug=debug, **flask_run_options)


def _handle_route_error(server: flask.Flask, err: Exception) -> Any:
    """Uncaught errors in Dash routes become a JSON 500 (traceback only in debug);
    errors in the server's other routes keep Flask's default handling."""
    if isinstance(err, HTTPException):
        return err
    owner = next(
        (app for app in server.extensions["dash_apps"] if flask.request.endpoint in app._endpoints),
        None,
    )
    if owner is None:
        raise err
    logger.error("Exception on %s [%s]", flask.request.path, flask.request.method, exc_info=err)
    return _error_response(err, 500, owner._debug)  # pylint: disable=protected-access


def _parse_port(port: Union[str, int]) -> int:
    try:
        value = int(port)
    except (TypeError, ValueError):
        value = 0
    if not 1 <= value <= 65535:
        raise exceptions.InvalidConfig(f"Expecting an integer from 1 to 65535, found port={port!r}")
    return value


def _proxy_public_url(proxy: Optional[str], host: str, port: int) -> Optional[str]:
    """The public URL of a ``"<served>::<public>"`` proxy spec, checked against host/port."""
    if not proxy:
        return None
    served, sep, public = proxy.partition("::")
    if not sep:
        raise exceptions.ProxyError(f"proxy must be '<served url>::<public url>', got {proxy!r}")
    served_host_port = served.split("://", 1)[-1].rstrip("/")
    if served_host_port != f"{host}:{port}":
        raise exceptions.ProxyError(
            f"proxy {proxy!r} serves {served_host_port}, but the app runs on {host}:{port}."
        )
    return public.rstrip("/")
