"""Dash: reactive data apps in Python, with background callbacks built in."""
# Third-party component libraries check for this marker (or `development`) at import.
__plotly_dash = True

from .version import __version__  # noqa: E402
from . import development  # noqa: E402
from . import exceptions  # noqa: E402
from . import html  # noqa: E402
from . import dcc  # noqa: E402
from . import dash_table  # noqa: E402
from .dependencies import (  # noqa: E402
    Input,
    Output,
    State,
    ClientsideFunction,
    MATCH,
    ALL,
    ALLSMALLER,
)
from ._no_update import NoUpdate, no_update  # noqa: E402
from ._patch import Patch  # noqa: E402
from ._callback import callback, clientside_callback  # noqa: E402
from ._callback_context import callback_context, set_props  # noqa: E402
from ._get_app import get_app  # noqa: E402
from ._get_paths import (  # noqa: E402
    get_asset_url,
    get_relative_path,
    strip_relative_path,
)
from .background_callback import CeleryManager, DiskcacheManager  # noqa: E402
from ._pages import register_page, PAGE_REGISTRY as page_registry  # noqa: E402
from .dash import Dash, _ObsoleteAttr  # noqa: E402,F401
from ._jupyter import jupyter_dash  # noqa: E402
from ._hooks import hooks  # noqa: E402
from ._utils import stringify_id  # noqa: E402

ctx = callback_context


def _page_container():
    from ._pages import page_container as container

    return container


page_container = _page_container()

__all__ = [
    "Input",
    "Output",
    "State",
    "clientside_callback",
    "ClientsideFunction",
    "MATCH",
    "ALLSMALLER",
    "ALL",
    "development",
    "exceptions",
    "dcc",
    "html",
    "dash_table",
    "__version__",
    "callback_context",
    "set_props",
    "callback",
    "get_app",
    "get_asset_url",
    "get_relative_path",
    "strip_relative_path",
    "CeleryManager",
    "DiskcacheManager",
    "register_page",
    "page_registry",
    "Dash",
    "no_update",
    "NoUpdate",
    "page_container",
    "Patch",
    "jupyter_dash",
    "ctx",
    "hooks",
    "stringify_id",
]
