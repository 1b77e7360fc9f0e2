"""URL helpers that honour the app's ``requests_pathname_prefix``.

The module-level functions use the current app's config (see ``dash.get_app``); the
``app_*`` variants take the config values explicitly so ``Dash`` methods can share them.
"""
from typing import Any, Optional

from .exceptions import UnsupportedRelativePath
from ._get_app import get_app


def app_get_asset_url(config: Any, path: str) -> str:
    """URL of ``path`` inside the assets folder, under the external path if one is set."""
    prefix = config.assets_external_path or config.requests_pathname_prefix
    return "/".join(
        [prefix.rstrip("/"), config.assets_url_path.strip("/"), path.lstrip("/")]
    )


def app_get_relative_path(requests_pathname: str, path: str) -> str:
    """Prefix the absolute app path ``path`` with ``requests_pathname``."""
    if path == "":
        return requests_pathname
    if not isinstance(path, str) or not path.startswith("/"):
        raise UnsupportedRelativePath(
            "Paths that aren't prefixed with a leading / are not supported.\n"
            f"You supplied: {path}"
        )
    return "/".join([requests_pathname.rstrip("/"), path.lstrip("/")])


def app_strip_relative_path(requests_pathname: str, path: Optional[str]) -> Optional[str]:
    """Remove ``requests_pathname`` and the surrounding slashes from ``path``."""
    if path is None:
        return None
    prefix = requests_pathname.rstrip("/")
    if requests_pathname != "/" and not path.startswith(prefix):
        raise UnsupportedRelativePath(
            "Paths that aren't prefixed with requests_pathname_prefix are not supported.\n"
            f"You supplied: {path} and requests_pathname_prefix was {requests_pathname}"
        )
    if requests_pathname == "/" and not path.startswith("/"):
        raise UnsupportedRelativePath(
            "Paths that aren't prefixed with a leading / are not supported.\n"
            f"You supplied: {path}"
        )
    if requests_pathname != "/":
        path = path[len(prefix):]
    return path.strip("/")


def get_asset_url(path: str) -> str:
    """URL of an asset file of the current app, e.g. ``get_asset_url("logo.png")``."""
    return app_get_asset_url(get_app().config, path)


def get_relative_path(path: str) -> str:
    """``path`` (starting with ``/``) prefixed with the app's ``requests_pathname_prefix``.

    Use it for links so the app works behind a proxy that serves it under a sub-path.
    """
    return app_get_relative_path(get_app().config.requests_pathname_prefix, path)


def strip_relative_path(path: Optional[str]) -> Optional[str]:
    """The inverse of ``get_relative_path``, without leading or trailing slashes.

    ``strip_relative_path("/my-app/page-1/")`` is ``"page-1"`` when the app lives at
    ``/my-app/``; ``None`` stays ``None`` (a ``dcc.Location`` before its first update).
    """
    return app_strip_relative_path(get_app().config.requests_pathname_prefix, path)
