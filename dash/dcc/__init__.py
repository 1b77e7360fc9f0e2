"""Core interactive components (``dcc.Graph``, ``dcc.Dropdown``, ...), built from
``metadata.json``, and the ``send_*`` helpers for ``dcc.Download``."""
from pathlib import Path

from ..development._factory import load_library
from .express import send_bytes, send_data_frame, send_file, send_string

__version__, _components = load_library(__name__, Path(__file__).with_name("metadata.json"))
globals().update(_components)
__all__ = list(_components) + ["send_bytes", "send_data_frame", "send_file", "send_string"]

_js_dist = [
    {
        "relative_package_path": "dash_core_components.js",
        "namespace": "dash_core_components",
        "package": "dash.dcc",
    },
    # plotly.js from the installed `plotly` package: loaded when a dcc.Graph first needs
    # it, or with the page when the app sets eager_loading=True (as upstream).
    {
        "relative_package_path": "package_data/plotly.min.js",
        "namespace": "plotly",
        "package": "plotly",
        "async": "eager",
    },
]
_css_dist: list = []
