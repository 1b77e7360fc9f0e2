"""HTML element components (``html.Div``, ``html.A``, ...), built from ``metadata.json``."""
from pathlib import Path

from ..development._factory import load_library

__version__, _components = load_library(__name__, Path(__file__).with_name("metadata.json"))
globals().update(_components)
__all__ = list(_components)

# "package" tells the server which Python package holds the file: the namespace is
# the historical JS global name, not an importable module.
_js_dist = [
    {
        "relative_package_path": "dash_html_components.min.js",
        "namespace": "dash_html_components",
        "package": "dash.html",
    }
]
_css_dist: list = []
