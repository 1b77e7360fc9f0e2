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
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs

from . import exceptions
from ._get_paths import app_get_relative_path, app_strip_relative_path

PAGE_REGISTRY: "collections.OrderedDict[str, Dict[str, Any]]" = collections.OrderedDict()

NOT_FOUND_MODULE = "not_found_404"
_VARIABLE = re.compile(r"<([^<>/]+)>")


def _current_app() -> Any:
    from . import _get_app  # lazy: dash.dash imports this module

    return _get_app._CURRENT_APP  # pylint: disable=protected-access


def _pages_folder_name() -> str:
    app = _current_app()
    folder = getattr(app, "pages_folder", None) if app is not None else None
    return (folder or "pages").strip("/").replace("/", ".")


def _module_segments(module: str) -> List[str]:
    """Module name split at dots, without the pages package prefix (``pages.a.b`` -> a, b)."""
    segments = module.split(".")
    prefix = _pages_folder_name().split(".")
    if segments[: len(prefix)] == prefix and len(segments) > len(prefix):
        segments = segments[len(prefix):]
    return segments


def _infer_path(module: str, path_template: Optional[str]) -> str:
    if path_template:
        return _VARIABLE.sub("none", path_template)
    segments = _module_segments(module)
    return "/" + "/".join(seg.replace("_", "-") for seg in segments).lower()


def _infer_name(module: str) -> str:
    name = _module_segments(module)[-1].replace("_", " ")
    return name[:1].upper() + name[1:]


def _check_path(name: str, value: Optional[str]) -> None:
    if value is not None and (not isinstance(value, str) or not value.startswith("/")):
        raise exceptions.UnsupportedRelativePath(
            f"register_page: `{name}` must start with a leading /. You supplied: {value!r}"
        )


def _relative_path(path: str) -> str:
    app = _current_app()
    if app is None:
        return path
    return app_get_relative_path(app.config.requests_pathname_prefix, path)


def _sort_registry() -> None:
    """Pages with an ``order`` first (by order), then the rest by module name."""
    entries = sorted(
        PAGE_REGISTRY.values(),
        key=lambda page: (
            page["order"] is None,
            page["order"] if page["order"] is not None else 0,
            page["module"],
        ),
    )
    PAGE_REGISTRY.clear()
    PAGE_REGISTRY.update((page["module"], page) for page in entries)


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
    string. ``layout`` defaults to the module's ``layout`` attribute. Extra keywords are
    stored in the registry entry.
    """
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
    inferred_path = path if path is not None else _infer_path(module, path_template)
    inferred_name = name if name is not None else _infer_name(module)
    page = dict(
        module=module,
        supplied_path=path,
        path_template=path_template,
        path=inferred_path,
        supplied_name=name,
        name=inferred_name,
        supplied_title=title,
        title=title if title is not None else inferred_name,
        description=description if description is not None else "",
        order=order if order is not None else (0 if inferred_path == "/" else None),
        supplied_order=order,
        supplied_layout=layout,
        supplied_image=image,
        image=image,
        image_url=image_url,
        redirect_from=redirect_from,
        relative_path=_relative_path(inferred_path),
        **kwargs,
    )
    page["layout"] = layout
    for other in PAGE_REGISTRY.values():
        if other["module"] != module and other["path"] == inferred_path:
            raise exceptions.PageError(
                f"register_page({module!r}): path {inferred_path!r} is already used by "
                f"{other['module']!r}."
            )
    PAGE_REGISTRY[module] = page
    _sort_registry()


def _match_template(template: str, pathname: str) -> Optional[Dict[str, str]]:
    """Variables of ``pathname`` matched against ``/a/<x>/b``, or None."""
    pattern = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
        for index, part in enumerate(_VARIABLE.split(template.rstrip("/")))
    )
    match = re.fullmatch(pattern + "/?", pathname)
    return match.groupdict() if match else None


def find_page(pathname: str) -> "tuple[Optional[Dict[str, Any]], Dict[str, str]]":
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


def _query_args(search: Optional[str]) -> Dict[str, Any]:
    parsed = parse_qs((search or "").lstrip("?"))
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def _render(page: Dict[str, Any], arguments: Dict[str, Any]) -> Any:
    layout = page["layout"]
    return layout(**arguments) if callable(layout) else layout


def _default_not_found() -> Any:
    from . import html

    return html.Div([html.H1("404 - Page not found")])


def route(app: Any, pathname: Optional[str], search: Optional[str]) -> "tuple[Any, Dict[str, Any]]":
    """``(content, store data)`` for the routing callback."""
    path = app_strip_relative_path(app.config.requests_pathname_prefix, pathname or "/") or ""
    page, variables = find_page(path)
    if page is None:
        for candidate in PAGE_REGISTRY.values():
            if "/" + path.strip("/") in (candidate.get("redirect_from") or []):
                page, variables = candidate, {}
                break
    if page is None:
        not_found = PAGE_REGISTRY.get(NOT_FOUND_MODULE)
        if not_found is not None:
            return _render(not_found, {}), {"title": not_found["title"], "path": pathname}
        return _default_not_found(), {"title": "404 - Page not found", "path": pathname}
    title = page["title"]
    arguments = {**_query_args(search), **variables}
    if callable(title):
        title = title(**arguments)
    return _render(page, arguments), {"title": title, "path": pathname}


def import_pages_folder(folder: str, package: str) -> None:
    """Import every ``.py`` module of the pages folder (not ``_*`` or ``.*`` files) as
    ``<package>.<relative module path>``; a page without ``layout=`` takes the
    module's ``layout`` attribute."""
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        for file_name in sorted(files):
            if not file_name.endswith(".py") or file_name.startswith(("_", ".")):
                continue
            rel = os.path.relpath(os.path.join(current, file_name[:-3]), folder)
            module_name = ".".join([package] + rel.split(os.sep))
            if module_name in sys.modules:
                module = sys.modules[module_name]
            else:
                spec = importlib.util.spec_from_file_location(module_name, os.path.join(current, file_name))
                if spec is None or spec.loader is None:
                    continue
                module = importlib.util.module_from_spec(spec)
                sys.modules[module_name] = module
                spec.loader.exec_module(module)
            page = PAGE_REGISTRY.get(module_name)
            if page is not None and page["layout"] is None:
                if not hasattr(module, "layout"):
                    raise exceptions.NoLayoutException(
                        f"No layout in module {module_name!r}: define `layout` or pass "
                        "register_page(..., layout=...)."
                    )
                page["layout"] = module.layout
                page["supplied_layout"] = module.layout


def import_pages(app: Any) -> None:
    """When the app is created: import the pages folder, default the layout to
    ``page_container``, and answer each ``redirect_from`` path with a 301."""
    import flask  # lazy: only pages apps need it here

    folder = app.config.pages_folder
    if folder and os.path.isdir(folder):
        import_pages_folder(folder, _pages_folder_name())
    if app.layout is None:
        app.layout = __getattr__("page_container")
    for page in PAGE_REGISTRY.values():
        target = app_get_relative_path(app.config.requests_pathname_prefix, page["path"])
        page["relative_path"] = target
        for source in page.get("redirect_from") or []:
            app._add_url(  # pylint: disable=protected-access
                source.lstrip("/"),
                lambda target=target: flask.redirect(target, code=301),
            )


def page_meta_tags(app: Any, pathname: str) -> List[Dict[str, str]]:
    """Description, Twitter and Open Graph meta tags of the page at ``pathname``."""
    page, _ = find_page(app_strip_relative_path(app.config.requests_pathname_prefix, pathname) or "")
    if page is None:
        return []
    title = page["title"] if isinstance(page["title"], str) else app.title
    description = page["description"] if isinstance(page["description"], str) else ""
    image = page.get("image_url") or (app.get_asset_url(page["image"]) if page.get("image") else "")
    return [
        {"name": "description", "content": description},
        {"property": "twitter:card", "content": "summary_large_image"},
        {"property": "twitter:title", "content": title},
        {"property": "twitter:description", "content": description},
        {"property": "twitter:image", "content": image},
        {"property": "og:title", "content": title},
        {"property": "og:type", "content": "website"},
        {"property": "og:description", "content": description},
        {"property": "og:image", "content": image},
    ]


def enable_pages(app: Any) -> None:
    """At the first request: the routing callback, and the one that sets the page title."""
    from . import dependencies  # lazy: avoids cycles at `import dash`

    def update_page(pathname: Optional[str], search: Optional[str]) -> Any:
        return route(app, pathname, search)

    app.callback(
        dependencies.Output("_pages_content", "children"),
        dependencies.Output("_pages_store", "data"),
        dependencies.Input("_pages_location", "pathname"),
        dependencies.Input("_pages_location", "search"),
        prevent_initial_call=False,
    )(update_page)
    app.clientside_callback(
        "function(data) { if (data && data.title) { document.title = data.title; } "
        "return window.dash_clientside.no_update; }",
        dependencies.Output("_pages_dummy", "children"),
        dependencies.Input("_pages_store", "data"),
    )


def __getattr__(name: str) -> Any:
    # page_container needs dash.html/dash.dcc; building it on first access keeps
    # `import dash` free of import cycles.
    if name == "page_container":
        from . import dcc, html

        container = html.Div(
            [
                dcc.Location(id="_pages_location", refresh="callback-nav"),
                html.Div(id="_pages_content", disable_n_clicks=True),
                dcc.Store(id="_pages_store"),
                html.Div(id="_pages_dummy", disable_n_clicks=True),
            ]
        )
        globals()["page_container"] = container
        return container
    raise AttributeError(name)

