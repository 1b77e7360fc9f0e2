"""Component-library resources: registration, page tags and the suite files they name.

Each component library declares ``_js_dist``/``_css_dist``: lists of entries with keys
``relative_package_path`` (a file inside the package, sub-folders allowed),
``external_url``, ``namespace``, ``async`` (True/"eager"/"lazy"), ``dynamic``,
``dev_package_path``, ``dev_only``, ``external_only``, ``absolute_path``,
``asset_path``/``filepath``, ``attributes`` and, for dash's own bundles, ``package``
(the Python package holding the file when it is not the namespace).

Async and dynamic files are registered (servable by URL) but get no tag in the page:
the bundles load them themselves.
"""
import hashlib
import html as html_escape
import importlib
import logging
import mimetypes
import os
import pkgutil
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from . import exceptions
from ._utils import AttributeDict
from .fingerprint import build_fingerprint, check_fingerprint

logger = logging.getLogger(__name__)

ResourceType = Dict[str, Any]
TagAttrs = Dict[str, Any]

# React 18 UMD builds the renderer and every library expect as page globals.
REACT_DEPS: List[ResourceType] = [
    {
        "relative_package_path": f"deps/{name}.min.js",
        "dev_package_path": f"deps/{name}.js",
        "namespace": "dash",
    }
    # regenerator-runtime: the `regeneratorRuntime` global that async chunks of component
    # bundles built with older Babel presets call.
    for name in ("react@18.3.1", "react-dom@18.3.1", "prop-types@15.8.1", "regenerator-runtime@0.14.1")
]
RENDERER: List[ResourceType] = [
    {"relative_package_path": "dash-renderer/build/dash_renderer.min.js", "namespace": "dash"},
    {
        "relative_package_path": "dash-renderer/build/dash_renderer.min.js.map",
        "namespace": "dash",
        "dynamic": True,
    },
]
# dash's own component modules, loaded after the renderer (upstream order).
DASH_COMPONENT_MODULES = ("dash.dcc", "dash.html", "dash.dash_table")

# Fingerprinted URLs change whenever the file does, so browsers may keep them forever.
LONG_CACHE_CONTROL = "public, max-age=31536000, immutable"


@dataclass
class Resource:
    """A ``_js_dist``/``_css_dist`` entry resolved for one page render."""

    namespace: Optional[str] = None
    package: Optional[str] = None
    relative_package_path: Optional[str] = None
    external_url: Optional[str] = None
    asset_path: Optional[str] = None
    asset_mtime: Optional[float] = None
    dynamic: bool = False
    attributes: Dict[str, Any] = field(default_factory=dict)


def _is_dynamic(entry: ResourceType, eager_loading: bool) -> bool:
    if "async" in entry:
        if "dynamic" in entry:
            raise exceptions.ResourceException(
                f"A resource cannot have both 'dynamic' and 'async': {entry!r}"
            )
        mode = entry["async"]
        if mode == "lazy":
            return True
        return bool(mode) and not eager_loading
    return bool(entry.get("dynamic", False))


def resolve_resource(
    entry: ResourceType, *, serve_locally: bool, eager_loading: bool, dev_bundles: bool
) -> Optional[Resource]:
    """Resolve one entry for this render; None when it does not apply (``dev_only``
    served locally outside dev mode, or no local file while serving locally)."""
    if not isinstance(entry, dict):
        raise exceptions.ResourceException(f"A resource must be a dict, got {entry!r}")
    if entry.get("dev_only") and not dev_bundles and serve_locally:
        return None  # (served from its external_url when not serving locally, as upstream)
    res = Resource(
        namespace=entry.get("namespace"),
        package=entry.get("package") or entry.get("namespace"),
        dynamic=_is_dynamic(entry, eager_loading),
        attributes=dict(entry.get("attributes") or {}),
    )
    if "external_url" in entry and (entry.get("external_only") or not serve_locally):
        res.external_url = entry["external_url"]
    elif "dev_package_path" in entry and dev_bundles:
        res.relative_package_path = entry["dev_package_path"]
    elif "relative_package_path" in entry:
        res.relative_package_path = entry["relative_package_path"]
    elif "absolute_path" in entry:
        raise exceptions.ResourceException(
            f"Serving files from absolute_path is not supported: {entry['absolute_path']!r}"
        )
    elif "asset_path" in entry:
        res.asset_path = entry["asset_path"]
        res.asset_mtime = os.stat(entry["filepath"]).st_mtime if entry.get("filepath") else None
    elif serve_locally:
        logger.warning("No local file for resource %r: it is left out of the page.", entry)
        return None
    else:
        raise exceptions.ResourceException(
            f"Resource {entry!r} has neither external_url nor relative_package_path."
        )
    if res.relative_package_path is not None and not res.namespace:
        raise exceptions.ResourceException(
            f"Resource {entry!r} has a relative_package_path but no namespace."
        )
    return res


def library_resources(resource_name: str) -> List[ResourceType]:
    """Every imported third-party component library's ``_js_dist`` or ``_css_dist``,
    in registration order (the ``dash`` package itself declares none: its own
    bundles go after the renderer, see ``dash_component_resources``)."""
    from .development.base_component import ComponentRegistry  # lazy: avoids a cycle

    return ComponentRegistry.get_resources(resource_name)


def dash_component_resources(resource_name: str) -> List[ResourceType]:
    """``_js_dist``/``_css_dist`` of dash.dcc, dash.html, dash.dash_table (if imported)."""
    entries: List[ResourceType] = []
    for module_name in DASH_COMPONENT_MODULES:
        module = sys.modules.get(module_name)
        if module is not None:
            entries.extend(getattr(module, resource_name, None) or [])
    return entries


class Resources:
    """Resources of one kind (scripts or css) appended to an app, plus its config."""

    def __init__(self, resource_name: str, serve_locally: bool, eager_loading: bool) -> None:
        self.resource_name = resource_name
        self._resources: List[ResourceType] = []
        self.config = AttributeDict(serve_locally=serve_locally, eager_loading=eager_loading)

    def append_resource(self, resource: ResourceType) -> None:
        self._resources.append(resource)

    def resolve(self, entries: Iterable[ResourceType], dev_bundles: bool = False) -> List[Resource]:
        """Resolve raw entries with this object's ``serve_locally``/``eager_loading``."""
        resolved = (
            resolve_resource(
                entry,
                serve_locally=self.config.serve_locally,
                eager_loading=self.config.eager_loading,
                dev_bundles=dev_bundles,
            )
            for entry in entries
        )
        return [res for res in resolved if res is not None]

    def get_all_resources(self, dev_bundles: bool = False) -> List[Resource]:
        """Third-party library resources followed by the ones appended to the app."""
        return self.resolve(library_resources(self.resource_name) + self._resources, dev_bundles)


class Scripts(Resources):
    """``app.scripts``."""

    def __init__(self, serve_locally: bool = True, eager_loading: bool = False) -> None:
        super().__init__("_js_dist", serve_locally, eager_loading)

    def append_script(self, script: ResourceType) -> None:
        self.append_resource(script)

    def get_all_scripts(self, dev_bundles: bool = False) -> List[Resource]:
        return self.get_all_resources(dev_bundles)


class Css(Resources):
    """``app.css``."""

    def __init__(self, serve_locally: bool = True) -> None:
        super().__init__("_css_dist", serve_locally, False)

    def append_css(self, stylesheet: ResourceType) -> None:
        self.append_resource(stylesheet)

    def get_all_css(self) -> List[Resource]:
        return self.get_all_resources()


class SuiteRegistry:
    """The component-suite files an app serves: namespace -> {path: package}."""

    def __init__(self) -> None:
        self._paths: Dict[str, Dict[str, str]] = {}

    def register(self, res: Resource) -> None:
        if res.relative_package_path is not None and res.namespace:
            self._paths.setdefault(res.namespace, {})[res.relative_package_path] = (
                res.package or res.namespace
            )

    def package_for(self, namespace: str, path: str) -> Optional[str]:
        return self._paths.get(namespace, {}).get(path)

    def as_dict(self) -> Dict[str, List[str]]:
        """Registered paths by namespace (for inspection and tests)."""
        return {ns: sorted(paths) for ns, paths in self._paths.items()}


def _package_file(package: str, path: str) -> Optional[str]:
    module = sys.modules.get(package)
    module_file = getattr(module, "__file__", None)
    if not module_file:
        return None
    return os.path.join(os.path.dirname(module_file), *path.split("/"))


_reported_missing: set = set()


def suite_url(requests_prefix: str, res: Resource) -> str:
    """Fingerprinted URL of a package file (plain when the file or version is missing)."""
    path = res.relative_package_path or ""
    package = res.package or res.namespace or ""
    version = getattr(sys.modules.get(package), "__version__", None)
    file_path = _package_file(package, path)
    if version is not None and file_path is not None and os.path.isfile(file_path):
        path = build_fingerprint(path, version, os.stat(file_path).st_mtime)
    elif (package, path) not in _reported_missing:
        _reported_missing.add((package, path))
        logger.warning("Component file %s of package %s was not found.", path, package)
    return f"{requests_prefix}_dash-component-suites/{res.namespace}/{path}"


def collect_tags(
    resources: Sequence[Resource],
    registry: SuiteRegistry,
    requests_prefix: str,
    asset_url: Callable[[str], str],
    url_key: str,
) -> List[TagAttrs]:
    """Register every package file and return tag attributes for the non-dynamic ones.

    ``url_key`` is ``"src"`` for scripts and ``"href"`` for stylesheets.
    """
    tags: List[TagAttrs] = []
    for res in resources:
        registry.register(res)
        if res.dynamic:
            continue
        if res.external_url is not None:
            url = res.external_url
        elif res.relative_package_path is not None:
            url = suite_url(requests_prefix, res)
        else:
            url = asset_url(res.asset_path or "")
            if res.asset_mtime is not None:
                url = f"{url}?m={int(res.asset_mtime)}"
        tags.append({url_key: url, **res.attributes})
    return tags


def external_tags(entries: Sequence[Union[str, Dict[str, Any]]], url_key: str) -> List[TagAttrs]:
    """``external_scripts``/``external_stylesheets`` (str or attribute dict) as tag attributes."""
    tags = []
    for entry in entries:
        if isinstance(entry, str):
            tags.append({url_key: entry})
        elif isinstance(entry, dict) and url_key in entry:
            tags.append(dict(entry))
        else:
            raise exceptions.ResourceException(
                f"An external resource must be a URL string or a dict with {url_key!r}: {entry!r}"
            )
    return tags


def format_tag(tag: str, attributes: Dict[str, Any], opened: bool = False, closed: bool = False) -> str:
    """``<tag a="b">`` (``opened``), ``<tag a="b"/>`` (``closed``) or ``<tag a="b"></tag>``.

    A True value renders as a bare attribute; False/None values are omitted.
    """
    parts = []
    for key, value in attributes.items():
        if value is None or value is False:
            continue
        parts.append(
            html_escape.escape(str(key))
            if value is True
            else f'{html_escape.escape(str(key))}="{html_escape.escape(str(value))}"'
        )
    attrs = (" " + " ".join(parts)) if parts else ""
    if opened:
        return f"<{tag}{attrs}>"
    if closed:
        return f"<{tag}{attrs}/>"
    return f"<{tag}{attrs}></{tag}>"


def mimetype_for(path: str) -> str:
    """Content type of a suite file: source maps as JSON, JS as application/javascript."""
    if path.endswith(".map"):
        return "application/json"
    if path.endswith((".js", ".mjs")):
        return "application/javascript"
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


@dataclass
class SuiteFile:
    """A component-suite file ready to serve."""

    data: bytes
    mimetype: str
    fingerprinted: bool
    etag: str


def _etag(package: str, path: str, data: bytes) -> str:
    # From the file's mtime and size when it is on disk: hashing plotly.min.js (4.6 MB)
    # on every request would cost more than serving it.
    file_path = _package_file(package, path)
    if file_path is not None and os.path.isfile(file_path):
        info = os.stat(file_path)
        return f"{info.st_mtime_ns:x}-{info.st_size:x}"
    return hashlib.sha256(data).hexdigest()[:32]


def read_suite_file(registry: SuiteRegistry, namespace: str, filename: str) -> Optional[SuiteFile]:
    """The registered suite file named by ``filename`` (fingerprint stripped), or None (-> 404)."""
    path, fingerprinted = check_fingerprint(filename)
    package = registry.package_for(namespace, path)
    if package is None:
        return None
    if package not in sys.modules:
        # Only packages named by an imported library's _js_dist get here (dcc names
        # `plotly` for plotly.min.js): importing them is as safe as the library itself.
        try:
            importlib.import_module(package)
        except ImportError:
            return None
    try:
        data = pkgutil.get_data(package, path)
    except (OSError, ValueError):
        return None
    if data is None:
        return None
    return SuiteFile(data, mimetype_for(path), fingerprinted, _etag(package, path, data))


@dataclass
class AssetFiles:
    """What an assets folder contributes to the page (paths relative to the folder)."""

    scripts: List[Tuple[str, str]] = field(default_factory=list)  # (url path, file path)
    stylesheets: List[Tuple[str, str]] = field(default_factory=list)
    favicon: Optional[str] = None


def walk_assets(
    folder: str, ignore: str = "", path_ignore: Optional[Sequence[str]] = None
) -> AssetFiles:
    """Find the ``.js``/``.mjs``/``.css`` files (sorted by path) and ``favicon.ico`` of ``folder``.

    ``ignore`` is a regex searched in file names; ``path_ignore`` regexes searched in
    sub-folder paths (relative, ``/``-separated) exclude whole folders.
    """
    found = AssetFiles()
    if not folder or not os.path.isdir(folder):
        return found
    try:
        file_filter = re.compile(ignore) if ignore else None
        folder_filters = [re.compile(p) for p in (path_ignore or [])]
    except re.error as err:
        raise exceptions.InvalidConfig(f"Invalid assets ignore pattern: {err}") from None
    for current, dirs, files in os.walk(folder):
        dirs.sort()
        rel_dir = os.path.relpath(current, folder).replace(os.sep, "/")
        rel_dir = "" if rel_dir == "." else rel_dir
        if rel_dir and any(f.search(rel_dir) for f in folder_filters):
            dirs[:] = []
            continue
        for name in sorted(files):
            if file_filter is not None and file_filter.search(name):
                continue
            url_path = f"{rel_dir}/{name}" if rel_dir else name
            full_path = os.path.join(current, name)
            if name.endswith((".js", ".mjs")):
                found.scripts.append((url_path, full_path))
            elif name.endswith(".css"):
                found.stylesheets.append((url_path, full_path))
            elif url_path == "favicon.ico":
                found.favicon = url_path
    found.scripts.sort()
    found.stylesheets.sort()
    return found
