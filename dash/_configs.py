"""Configuration from keywords and ``DASH_*`` environment variables.

A keyword given to ``Dash(...)`` or ``app.run(...)`` wins over the environment, which
wins over the built-in default.
"""
import os
from typing import Any, Optional, Tuple

import flask

from .exceptions import InvalidConfig

# Environment variables read by Dash, with their defaults.
ENV_DEFAULTS = {
    "DASH_APP_NAME": None,
    "DASH_URL_BASE_PATHNAME": None,
    "DASH_ROUTES_PATHNAME_PREFIX": None,
    "DASH_REQUESTS_PATHNAME_PREFIX": None,
    "DASH_SUPPRESS_CALLBACK_EXCEPTIONS": None,
    "DASH_ASSETS_EXTERNAL_PATH": None,
    "DASH_INCLUDE_ASSETS_FILES": None,
    "DASH_COMPRESS": None,
    "DASH_DEBUG": None,
    "DASH_UI": None,
    "DASH_PROPS_CHECK": None,
    "DASH_SERVE_DEV_BUNDLES": None,
    "DASH_HOT_RELOAD": None,
    "DASH_HOT_RELOAD_INTERVAL": None,
    "DASH_HOT_RELOAD_WATCH_INTERVAL": None,
    "DASH_HOT_RELOAD_MAX_RETRY": None,
    "DASH_SILENCE_ROUTES_LOGGING": None,
    "DASH_DISABLE_VERSION_CHECK": None,
    "DASH_PRUNE_ERRORS": None,
    "DASH_VALIDATE_CALLBACKS": None,
    "DASH_HIDE_ALL_CALLBACKS": None,
    "DASH_PROXY": None,
    "HOST": None,
    "PORT": None,
}

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off", "")


def env_value(name: str) -> Optional[str]:
    """The raw value of an environment variable Dash reads (``ENV_DEFAULTS`` lists them)."""
    return os.environ.get(name, ENV_DEFAULTS.get(name))


def parse_bool(name: str, raw: str) -> bool:
    """``"true"``/``"1"``/``"false"``/``"0"``... as a bool, or a clear error."""
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise InvalidConfig(f"{name}={raw!r} is not a boolean; use true or false.")


def get_combined_config(name: str, value: Any, default: Any = None) -> Any:
    """``value`` when given, else env ``DASH_<NAME>`` (typed like ``default``), else ``default``."""
    if value is not None:
        return value
    env_name = f"DASH_{name.upper()}"
    raw = env_value(env_name)
    if raw is None:
        return default
    if isinstance(default, bool):
        return parse_bool(env_name, raw)
    if isinstance(default, (int, float)):
        try:
            return type(default)(raw)
        except ValueError:
            raise InvalidConfig(f"{env_name}={raw!r} is not a {type(default).__name__}.") from None
    return raw


_AMBIGUOUS = (
    "You supplied `url_base_pathname` and `{other}`. This is ambiguous: "
    "`url_base_pathname` sets both `requests_pathname_prefix` (the prefix the browser "
    "uses) and `routes_pathname_prefix` (the prefix of the server routes). Set either "
    "`url_base_pathname` alone, or `requests_pathname_prefix` and/or "
    "`routes_pathname_prefix`."
)


def _check_slashes(name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise InvalidConfig(f"`{name}` must be a string, got {type(value).__name__}.")
    if not value.startswith("/"):
        raise InvalidConfig(f"`{name}` needs to start with `/`")
    if not value.endswith("/"):
        raise InvalidConfig(f"`{name}` needs to end with `/`")


def pathname_configs(
    url_base_pathname: Optional[str] = None,
    routes_pathname_prefix: Optional[str] = None,
    requests_pathname_prefix: Optional[str] = None,
) -> Tuple[Optional[str], str, str]:
    """Resolve ``(url_base_pathname, routes_pathname_prefix, requests_pathname_prefix)``.

    ``url_base_pathname`` sets both prefixes and cannot be combined with either.
    ``DASH_APP_NAME`` (set by Dash Enterprise style proxies) makes the default
    requests prefix ``/<app name><routes prefix>``.
    """
    url_base_pathname = get_combined_config("url_base_pathname", url_base_pathname)
    routes_pathname_prefix = get_combined_config("routes_pathname_prefix", routes_pathname_prefix)
    requests_pathname_prefix = get_combined_config(
        "requests_pathname_prefix", requests_pathname_prefix
    )

    if url_base_pathname is not None:
        if requests_pathname_prefix is not None:
            raise InvalidConfig(_AMBIGUOUS.format(other="requests_pathname_prefix"))
        if routes_pathname_prefix is not None:
            raise InvalidConfig(_AMBIGUOUS.format(other="routes_pathname_prefix"))
        routes_pathname_prefix = requests_pathname_prefix = url_base_pathname
    if routes_pathname_prefix is None:
        routes_pathname_prefix = "/"
    _check_slashes("routes_pathname_prefix", routes_pathname_prefix)

    app_name = env_value("DASH_APP_NAME")
    if requests_pathname_prefix is None:
        requests_pathname_prefix = (
            f"/{app_name}{routes_pathname_prefix}" if app_name else routes_pathname_prefix
        )
    _check_slashes("requests_pathname_prefix", requests_pathname_prefix)
    return url_base_pathname, routes_pathname_prefix, requests_pathname_prefix


def get_root_path(name: str) -> str:
    """Folder of the module ``name`` (the app's ``__name__``); cwd for ``__main__`` in a REPL."""
    return flask.helpers.get_root_path(name)


def pages_folder_config(name: str, pages_folder: str, use_pages: Optional[bool]) -> Optional[str]:
    """Absolute path of the pages folder, or None when pages are off.

    An explicitly requested (``use_pages=True``) folder must exist.
    """
    if not pages_folder:
        return None
    root = get_root_path(name)
    folder = os.path.join(root, pages_folder)
    if use_pages and not os.path.isdir(folder):
        raise InvalidConfig(
            f"A folder called `{pages_folder}` does not exist under {root}. "
            "Create it, set `pages_folder`, or pass `use_pages=False`."
        )
    return folder
