"""`dash.get_app()`: the most recently created Dash app of this process."""
from typing import Any, Optional

from .exceptions import AppNotFoundError

# The app most recently constructed (or re-initialised with `init_app`). Pages modules
# use `get_app()` to reach it without importing the app module (which would cycle).
_CURRENT_APP: Optional[Any] = None


def set_app(app: Any) -> None:
    """Record ``app`` as the current app (called by ``Dash.__init__``)."""
    global _CURRENT_APP  # pylint: disable=global-statement
    _CURRENT_APP = app


def get_app() -> Any:
    """Return the current ``Dash`` app, or raise ``AppNotFoundError`` when none exists."""
    if _CURRENT_APP is None:
        raise AppNotFoundError(
            "App object is not yet defined. `app = dash.Dash()` needs to be run "
            "before `dash.get_app()`."
        )
    return _CURRENT_APP
