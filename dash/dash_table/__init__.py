"""The interactive ``DataTable`` component, built from ``metadata.json``."""
from pathlib import Path

from ..development._factory import load_library
from . import Format, FormatTemplate

__version__, _components = load_library(__name__, Path(__file__).with_name("metadata.json"))
globals().update(_components)
__all__ = list(_components) + ["Format", "FormatTemplate"]

_js_dist = [
    {
        "relative_package_path": "bundle.js",
        "namespace": "dash_table",
        "package": "dash.dash_table",
    }
]
_css_dist: list = []
