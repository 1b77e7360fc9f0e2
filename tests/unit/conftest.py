"""Fixtures for the unit tests of the app, its routes and its resources.

``fake_library`` writes a real component-library package (Python module, ``_js_dist``
entries, bundle files) to a temporary folder and imports it, the way a PyPI library
such as dash-iconify is imported; the process-wide registries are restored afterwards.
"""
import importlib
import os
import sys
from pathlib import Path
from typing import Dict, Iterator

import pytest

from dash import _callback, _get_app, _hooks, _pages
from dash.development.base_component import ComponentRegistry

LIBRARY_INIT = '''
__version__ = "{version}"

from dash.development.base_component import Component


class Widget(Component):
    _namespace = "{name}"
    _type = "Widget"
    _prop_names = ["children", "id", "label"]
    _base_nodes = ["children"]
    _children_props = ["label"]

    def __init__(self, children=None, id=None, label=None, **kwargs):
        args = {{k: v for k, v in dict(children=children, id=id, label=label).items() if v is not None}}
        super().__init__(**args)


_js_dist = {js_dist!r}
_css_dist = {css_dist!r}
'''


def default_js_dist(name: str):
    return [
        {"relative_package_path": f"{name}.min.js", "namespace": name,
         "external_url": f"https://cdn.example.com/{name}.min.js"},
        {"relative_package_path": "_components/sub.min.js", "namespace": name},
        {"relative_package_path": "async-Chunk.js", "namespace": name, "async": True},
        # listed but not shipped, like dmc's and dext's source maps
        {"relative_package_path": "async-Chunk.js.map", "namespace": name, "dynamic": True},
        {"relative_package_path": f"{name}.min.js.map", "namespace": name, "dynamic": True},
    ]


DEFAULT_FILES = {
    "{name}.min.js": "window.{name} = {{Widget: function () {{ return null; }}}};\n",
    "_components/sub.min.js": "/* sub-folder bundle */\n",
    "async-Chunk.js": "/* async chunk */\n",
    "{name}.min.js.map": '{{"version": 3, "sources": []}}\n',
    "{name}.css": ".widget {{ color: red; }}\n",
}


@pytest.fixture
def make_library(tmp_path, monkeypatch) -> Iterator:
    """Factory: ``make_library(name, js_dist=None, css_dist=None, files=None, version=...)``
    creates and imports a component-library package; returns the module."""
    created = []
    monkeypatch.syspath_prepend(str(tmp_path / "libs"))

    def make(name: str, js_dist=None, css_dist=None, files: Dict[str, str] = None, version="1.2.3"):
        root = tmp_path / "libs" / name
        root.mkdir(parents=True)
        js = default_js_dist(name) if js_dist is None else js_dist
        css = [{"relative_package_path": f"{name}.css", "namespace": name}] if css_dist is None else css_dist
        (root / "__init__.py").write_text(
            LIBRARY_INIT.format(name=name, version=version, js_dist=js, css_dist=css)
        )
        for rel, content in (DEFAULT_FILES if files is None else files).items():
            target = root / rel.format(name=name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content.format(name=name))
        importlib.invalidate_caches()
        module = importlib.import_module(name)
        created.append(name)
        return module

    yield make
    for name in created:
        sys.modules.pop(name, None)
        ComponentRegistry.registry.discard(name)
        ComponentRegistry.children_props.pop(name, None)
        ComponentRegistry.namespace_to_package.pop(name, None)


@pytest.fixture(autouse=True)
def _restore_process_state():
    """Hooks, pages and the current app are process-wide: give every test a clean slate."""
    hooks = _hooks.hooks
    saved = (
        {name: list(entries) for name, entries in hooks._ns.items()},
        dict(hooks._finals),
        list(hooks._js_dist),
        list(hooks._css_dist),
        list(hooks._clientside_callbacks),
    )
    pages = dict(_pages.PAGE_REGISTRY)
    current_app = _get_app._CURRENT_APP
    # Global callbacks that other test folders registered (dash.callback) stay out of here.
    global_callbacks = (
        list(_callback.GLOBAL_CALLBACK_LIST),
        dict(_callback.GLOBAL_CALLBACK_MAP),
        list(_callback.GLOBAL_INLINE_SCRIPTS),
    )
    _callback.GLOBAL_CALLBACK_LIST.clear()
    _callback.GLOBAL_CALLBACK_MAP.clear()
    _callback.GLOBAL_INLINE_SCRIPTS.clear()
    yield
    _callback.GLOBAL_CALLBACK_LIST[:] = global_callbacks[0]
    _callback.GLOBAL_CALLBACK_MAP.clear()
    _callback.GLOBAL_CALLBACK_MAP.update(global_callbacks[1])
    _callback.GLOBAL_INLINE_SCRIPTS[:] = global_callbacks[2]
    hooks._ns, hooks._finals = saved[0], saved[1]
    hooks._js_dist[:], hooks._css_dist[:], hooks._clientside_callbacks[:] = saved[2:]
    _pages.PAGE_REGISTRY.clear()
    _pages.PAGE_REGISTRY.update(pages)
    _get_app._CURRENT_APP = current_app


@pytest.fixture
def app_dir(tmp_path, monkeypatch) -> Path:
    """A folder holding an app module ``myapp`` (its assets/ and pages/ go beside it)."""
    folder = tmp_path / "appdir"
    folder.mkdir()
    (folder / "myapp.py").write_text("")
    monkeypatch.syspath_prepend(str(folder))
    importlib.invalidate_caches()
    importlib.import_module("myapp")
    yield folder
    sys.modules.pop("myapp", None)


@pytest.fixture
def clean_env(monkeypatch):
    """No DASH_* / HOST / PORT variables from the outer environment."""
    for key in list(os.environ):
        if key.startswith("DASH_") or key in ("HOST", "PORT"):
            monkeypatch.delenv(key)
    return monkeypatch
