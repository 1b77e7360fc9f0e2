"""Multi-page apps: ``dash.register_page``, ``dash.page_registry``, ``dash.page_container``.

Pages register themselves (usually from modules in the app's ``pages/`` folder, which
the app imports when it is created); at the first request the app adds the routing
callback that fills ``_pages_content`` from ``_pages_location``'s pathname and query.
"""
import collections
import importlib.util
import os
import re
import sys
import warnings
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qs

from . import exceptions
from ._get_paths import app_get_relative_path, app_strip_relative_path

PAGE_REGISTRY: "collections.OrderedDict[str, Dict[str, Any]]" = collections.OrderedDict()

# A page module whose last name segment is this replaces the built-in 404 page.
NOT_FOUND_MODULE = "not_found_404"
# Ids of the page_container's components (upstream names them the same; apps and tests
# import them from dash.dash).
_ID_CONTENT = "_pages_content"
_ID_LOCATION = "_pages_location"
_ID_STORE = "_pages_store"
_ID_DUMMY = "_pages_dummy"
_VARIABLE = re.compile(r"<([^<>/]+)>")
_IMAGE_EXTENSIONS = ("apng", "avif", "gif", "jpeg", "jpg", "png", "svg", "webp")

Page = Dict[str, Any]


def _current_app() -> Any:
    from . import _get_app  # lazy: dash.dash imports this module

    return _get_app._CURRENT_APP  # pylint: disable=protected-access


def _pages_package(app: Any) -> str:
    """Dotted package of the pages folder's modules: the folder's path below the app's
    root, under the app's own package when the app is created in a package's ``__init__``
    (``proj/pages/home.py`` -> ``proj.pages.home``) so page modules import like siblings."""
    from ._configs import get_root_path  # lazy: _configs imports flask helpers

    folder = app.config.pages_folder
    relative = os.path.relpath(folder, get_root_path(app.config.name))
    parts = relative.split(os.sep)
    package = ".".join(parts) if ".." not in parts else os.path.basename(folder)
    owner = sys.modules.get(app.config.name)
    if os.path.basename(getattr(owner, "__file__", None) or "") == "__init__.py":
        package = f"{app.config.name}.{package}"
    return package


def _module_segments(app: Any, module: str) -> List[str]:
    """Module name split at dots, after the pages folder's name (``proj.pages.a.b`` -> a, b)."""
    segments = module.split(".")
    folder = app.config.pages_folder
    name = os.path.basename(folder) if folder else None
    if name in segments[:-1]:
        segments = segments[segments.index(name) + 1:]
    return segments


def _infer_path(app: Any, module: str, path_template: Optional[str]) -> str:
    if path_template:
        return _VARIABLE.sub("none", path_template)
    segments = _module_segments(app, module)
    return "/" + "/".join(seg.replace("_", "-") for seg in segments).lower()


def _infer_name(app: Any, module: str) -> str:
    return _module_segments(app, module)[-1].replace("_", " ").capitalize()


def _infer_image(app: Any, module: str) -> Optional[str]:
    """An assets file named after the page, else ``app.<ext>``, else ``logo.<ext>``."""
    folder = app.config.assets_folder
    if not os.path.isdir(folder):
        return None
    files = set(os.listdir(folder))
    for stem in (module.split(".")[-1], "app", "logo"):
        for extension in _IMAGE_EXTENSIONS:
            if f"{stem}.{extension}" in files:
                return f"{stem}.{extension}"
    return None


def _check_path(name: str, value: Optional[str]) -> None:
    if value is not None and (not isinstance(value, str) or not value.startswith("/")):
        raise exceptions.UnsupportedRelativePath(
            f"register_page: `{name}` must start with a leading /. You supplied: {value!r}"
        )


def _order_key(page: Page) -> Tuple[int, Any, str]:
    """Numbers first (by value), then strings (by value), then unordered pages; ties by module."""
    order = page["order"]
    if isinstance(order, (int, float)) and not isinstance(order, bool):
        return (0, order, page["module"])
    if order is not None:
        return (1, str(order), page["module"])
    return (2, 0, page["module"])


def _sort_registry() -> None:
    # Like upstream, the home page defaults to order 0 only while no page chose an order.
    any_supplied = any(page["supplied_order"] is not None for page in PAGE_REGISTRY.values())
    for page in PAGE_REGISTRY.values():
        if page["supplied_order"] is None:
            page["order"] = 0 if page["path"] == "/" and not any_supplied else None
    entries = sorted(PAGE_REGISTRY.values(), key=_order_key)
    PAGE_REGISTRY.clear()
    PAGE_REGISTRY.update((page["module"], page) for page in entries)


def _registering_app() -> Any:
    """The current app, checking that pages may be registered now."""
    import flask  # lazy: only pages apps need it here

    app = _current_app()
    if app is None:
        raise exceptions.PageError(
            "dash.register_page() needs an app: create the Dash app before registering pages."
        )
    if flask.has_request_context():
        # The registry is shared by every user of the process; per-request edits would leak.
        raise exceptions.PageError(
            "dash.register_page() cannot be called during a request (in a callback or layout "
            "function): dash.page_registry is global to the server process."
        )
    return app


def register_page(  # pylint: disable=too-many-arguments
    module: str,
    path: Optional[str] = None,
    path_template: Optional[str] = None,
    name: Optional[str] = None,
    order: Optional[Any] = None,
    title: Optional[Any] = None,
    description: Optional[Any] = None,
    image: Optional[str] = None,
    image_url: Optional[str] = None,
    redirect_from: Optional[List[str]] = None,
    layout: Any = None,
    **kwargs: Any,
) -> None:
    """Register a page of a multi-page app (call it with ``__name__`` from a page module).

    ``path`` defaults to one built from the module name (``pages.historical_analysis`` ->
    ``/historical-analysis``); ``path_template`` such as ``/report/<report_id>`` passes
    the matched segments to a layout function as keyword arguments, as does the query
    string. ``title`` and ``description`` may be functions of the path variables.
    ``layout`` defaults to the module's ``layout`` attribute; ``image`` to an assets file
    named after the module, ``app.*`` or ``logo.*``. ``order`` sorts ``page_registry``
    (numbers, then strings, then the rest by module). Each ``redirect_from`` path answers
    with a 301 to this page. Extra keywords are stored in the registry entry.
    """
    app = _registering_app()
    if not isinstance(module, str) or not module:
        raise exceptions.PageError("register_page needs the page's module name (use __name__).")
    _check_path("path", path)
    _check_path("path_template", path_template)
    for source in redirect_from or []:
        _check_path("redirect_from", source)
    if path is not None and path_template is not None:
        raise exceptions.PageError(
            f"register_page({module!r}): give either `path` or `path_template`, not both."
        )
    inferred_path = path if path is not None else _infer_path(app, module, path_template)
    inferred_name = name if name is not None else _infer_name(app, module)
    for other in PAGE_REGISTRY.values():
        if other["module"] != module and other["path"] == inferred_path:
            # Upstream accepts it (the page first in page_registry order is shown); say so.
            warnings.warn(
                f"register_page({module!r}): path {inferred_path!r} is already used by "
                f"{other['module']!r}; the page first in page_registry order is shown there.",
                UserWarning,
                stacklevel=2,
            )
    page = dict(
        module=module,
        supplied_path=path,
        path_template=path_template,
        path=inferred_path,
        supplied_name=name,
        name=inferred_name,
        supplied_title=title,
        # Defaults as upstream: the app's own title (unless it is still "Dash") and
        # description, else the page's name and no description.
        title=title if title is not None else (app.title if app.title != "Dash" else inferred_name),
        description=description if description is not None else (app.config.description or ""),
        order=order,
        supplied_order=order,
        supplied_layout=layout,
        supplied_image=image,
        image=image if image is not None else _infer_image(app, module),
        image_url=image_url,
        redirect_from=redirect_from,
        relative_path=app_get_relative_path(app.config.requests_pathname_prefix, inferred_path),
        **kwargs,
    )
    page["layout"] = layout
    PAGE_REGISTRY[module] = page
    _sort_registry()
    if app.use_pages and app.server is not None:
        _add_redirects(app, page)


def _add_redirects(app: Any, page: Page) -> None:
    """Answer each of the page's ``redirect_from`` paths with a 301 to the page (once)."""
    import flask  # lazy: only pages apps need it here

    target = page["relative_path"]
    for source in page.get("redirect_from") or []:
        if app.config.routes_pathname_prefix + source.lstrip("/") not in app.routes:
            app._add_url(  # pylint: disable=protected-access
                source.lstrip("/"), lambda target=target: flask.redirect(target, code=301)
            )


def _match_template(template: str, pathname: str) -> Optional[Dict[str, str]]:
    """Variables of ``pathname`` matched against ``/a/<x>/b``, or None."""
    pattern = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
        for index, part in enumerate(_VARIABLE.split(template.rstrip("/")))
    )
    match = re.fullmatch(pattern + "/?", pathname)
    return match.groupdict() if match else None


def find_page(pathname: str) -> Tuple[Optional[Page], Dict[str, str]]:
    """The page serving ``pathname`` (an app path, prefix stripped) and its path variables."""
    wanted = "/" + pathname.strip("/")
    for page in PAGE_REGISTRY.values():
        if page["path_template"]:
            variables = _match_template(page["path_template"], wanted)
            if variables is not None:
                return page, variables
        elif page["path"].rstrip("/") == wanted.rstrip("/"):
            return page, {}
    return None, {}


def _redirect_target(pathname: str) -> Optional[Page]:
    """The page that lists ``pathname`` (prefix stripped) in its ``redirect_from``."""
    wanted = "/" + pathname.strip("/")
    for page in PAGE_REGISTRY.values():
        if wanted in (page.get("redirect_from") or []):
            return page
    return None


def _app_path(prefix: str, pathname: str) -> Optional[str]:
    """``pathname`` without ``prefix``, or None when it lies outside the app
    (``/appendix`` is not under ``/app/``)."""
    if not (pathname + "/").startswith(prefix):
        return None
    return app_strip_relative_path(prefix, pathname)


def _query_args(search: Optional[str]) -> Dict[str, Any]:
    parsed = parse_qs((search or "").lstrip("?"), keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def _resolve(value: Any, variables: Dict[str, str]) -> Any:
    """A page's title or description: called with the path variables when it is a function."""
    return value(**variables) if callable(value) else value


def _not_found_page() -> Optional[Page]:
    for module, page in PAGE_REGISTRY.items():
        if module.split(".")[-1] == NOT_FOUND_MODULE:
            return page
    return None


def route(
    app: Any, pathname: Optional[str], search: Optional[str], extra: Optional[Dict[str, Any]] = None
) -> Tuple[Any, Dict[str, Any]]:
    """``(content, store data)`` of the routing callback for the browser's ``pathname``.

    A path template's variables, the query string and the app's
    ``routing_callback_inputs`` values (``extra``) are the layout function's keywords.
    Client-side navigation to a ``redirect_from`` path shows the target page.
    """
    from . import html  # lazy: avoids cycles at `import dash`

    path = _app_path(app.config.requests_pathname_prefix, pathname or "/")
    page, variables = find_page(path) if path is not None else (None, {})
    if page is None and path is not None:
        page = _redirect_target(path)
    if page is None:
        page = _not_found_page()
        if page is None:
            return html.H1("404 - Page not found"), {"title": app.title}
        variables = {}
    arguments = {**_query_args(search), **(extra or {}), **variables}
    layout = page["layout"]
    content = layout(**arguments) if callable(layout) else layout
    return content, {"title": _resolve(page["title"], variables)}


def _import_module(module_name: str, file_path: str) -> Any:
    """Execute the page file as ``module_name``, even when it was imported before: each
    app that enables pages registers them anew (a process may build several apps, and
    ``page_registry`` may have been cleared in between)."""
    spec = importlib.util.spec_from_file_location(module_name, file_path)
    if spec is None or spec.loader is None:
        raise exceptions.PageError(f"Cannot import the page file {file_path!r}.")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]  # a later attempt re-runs the module, not a half-built one
        raise
    return module


def import_pages_folder(folder: str, package: str) -> None:
    """Import the pages folder's ``.py`` modules that call ``register_page`` (not ``_*``
    or ``.*`` files or folders) as ``<package>.<relative module path>``; a page without
    ``layout=`` takes the module's ``layout`` attribute."""
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        for file_name in sorted(files):
            if not file_name.endswith(".py") or file_name.startswith(("_", ".")):
                continue
            file_path = os.path.join(current, file_name)
            with open(file_path, encoding="utf-8") as source:
                # Helper modules kept next to the pages are left for the pages to import.
                if "register_page" not in source.read():
                    continue
            rel = os.path.relpath(file_path[:-3], folder)
            module_name = ".".join([package] + rel.split(os.sep))
            module = _import_module(module_name, file_path)
            page = PAGE_REGISTRY.get(module_name)
            if page is not None and page["layout"] is None:
                if not hasattr(module, "layout"):
                    raise exceptions.NoLayoutException(
                        f"No layout found in module {module_name}\n"
                        'A variable or a function named "layout" is required.'
                    )
                page["layout"] = module.layout
                page["supplied_layout"] = module.layout


def import_pages(app: Any) -> None:
    """When the app is created: import the pages folder, default the layout to
    ``page_container``, and answer each ``redirect_from`` path with a 301."""
    folder = app.config.pages_folder
    if folder and os.path.isdir(folder):
        import_pages_folder(folder, _pages_package(app))
    if app.layout is None:
        app.layout = __getattr__("page_container")
    for page in PAGE_REGISTRY.values():
        page["relative_path"] = app_get_relative_path(app.config.requests_pathname_prefix, page["path"])
        _add_redirects(app, page)


def page_meta_tags(app: Any, pathname: str) -> List[Dict[str, str]]:
    """Description, Twitter and Open Graph tags of the page at ``pathname`` (the app's
    title and no description for a path no page serves), for link previews."""
    import flask  # lazy: only pages apps need it here

    # Flask sees the routes prefix (a proxy may have removed the requests prefix).
    path = _app_path(app.config.routes_pathname_prefix, pathname)
    page, variables = find_page(path) if path is not None else (None, {})
    page = page or {}
    title = _resolve(page.get("title", app.title), variables)
    description = _resolve(page.get("description", ""), variables)
    image_url = page.get("image_url") or ""
    if not image_url and page.get("image"):
        image_url = flask.request.url_root + app.get_asset_url(page["image"]).lstrip("/")
    return [
        {"name": "description", "content": description},
        {"property": "twitter:card", "content": "summary_large_image"},
        {"property": "twitter:url", "content": flask.request.url},
        {"property": "twitter:title", "content": title},
        {"property": "twitter:description", "content": description},
        {"property": "twitter:image", "content": image_url},
        {"property": "og:title", "content": title},
        {"property": "og:type", "content": "website"},
        {"property": "og:description", "content": description},
        {"property": "og:image", "content": image_url},
    ]


def _validation_layout(app: Any) -> Any:
    """Every page's layout next to the app's, so the dev tools check callbacks against
    components of pages not shown yet (as upstream; a layout function that needs
    arguments is left out)."""
    from . import html  # lazy: avoids cycles at `import dash`

    layouts = []
    for page in PAGE_REGISTRY.values():
        layout = page["layout"]
        if callable(layout):
            try:
                layout = layout()
            except TypeError:
                continue
        layouts.append(layout)
    app_layout = app._layout_value()  # pylint: disable=protected-access
    return html.Div(layouts + (app_layout if isinstance(app_layout, list) else [app_layout]))


def enable_pages(app: Any) -> None:
    """At the first request: the routing callback, the one that sets the page title, and
    (unless callback exceptions are suppressed) the validation layout."""
    from . import dependencies  # lazy: avoids cycles at `import dash`
    from .exceptions import PreventUpdate

    if app.validation_layout is None and not app.config.suppress_callback_exceptions:
        app.validation_layout = _validation_layout(app)

    extra_inputs: Dict[str, Any] = dict(app.routing_callback_inputs)

    def update_page(pathname_: Optional[str], search_: Optional[str], **extra: Any) -> Any:
        if pathname_ is None:
            # A routing_callback_inputs Input may fire before dcc.Location reports the address.
            raise PreventUpdate
        return route(app, pathname_, search_, extra)

    app.callback(
        output=[
            dependencies.Output(_ID_CONTENT, "children"),
            dependencies.Output(_ID_STORE, "data"),
        ],
        inputs=dict(
            pathname_=dependencies.Input(_ID_LOCATION, "pathname"),
            search_=dependencies.Input(_ID_LOCATION, "search"),
            **extra_inputs,
        ),
        prevent_initial_call=True,
        hidden=True,
    )(update_page)
    app.clientside_callback(
        "function(data) { if (data && data.title) { document.title = data.title; } "
        "return window.dash_clientside.no_update; }",
        dependencies.Output(_ID_DUMMY, "children"),
        dependencies.Input(_ID_STORE, "data"),
        hidden=True,
    )


def __getattr__(name: str) -> Any:
    # page_container needs dash.html/dash.dcc; building it on first access keeps
    # `import dash` free of import cycles.
    if name == "page_container":
        from . import dcc, html

        container = html.Div(
            [
                dcc.Location(id=_ID_LOCATION, refresh="callback-nav"),
                html.Div(id=_ID_CONTENT, disable_n_clicks=True),
                dcc.Store(id=_ID_STORE),
                html.Div(id=_ID_DUMMY, disable_n_clicks=True),
            ]
        )
        globals()["page_container"] = container
        return container
    raise AttributeError(name)
