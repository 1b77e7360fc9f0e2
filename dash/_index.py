"""The index page: template, placeholders, page config and meta tags."""
import json
from typing import Any, Dict, List, Optional, Sequence

from .exceptions import InvalidIndexException

DEFAULT_INDEX_STRING = """<!DOCTYPE html>
<html>
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <footer>
            {%config%}
            {%scripts%}
            {%renderer%}
        </footer>
    </body>
</html>"""

PLACEHOLDERS = ("metas", "title", "favicon", "css", "app_entry", "config", "scripts", "renderer")
# Without these three the renderer cannot start; the others are optional.
REQUIRED_PLACEHOLDERS = ("app_entry", "config", "scripts")

DEFAULT_APP_ENTRY = """
<div id="react-entry-point">
    <div class="_dash-loading">
        Loading...
    </div>
</div>
"""


def validate_index(name: str, index_string: Any) -> None:
    """Raise ``InvalidIndexException`` unless ``index_string`` holds the required placeholders."""
    if not isinstance(index_string, str):
        raise InvalidIndexException(f"{name} must be a string, got {type(index_string).__name__}.")
    missing = [f"{{%{key}%}}" for key in REQUIRED_PLACEHOLDERS if f"{{%{key}%}}" not in index_string]
    if missing:
        raise InvalidIndexException(f"Missing items {', '.join(missing)} in {name}.")


def interpolate_index(index_string: str, **values: str) -> str:
    """Replace each ``{%name%}`` placeholder of ``index_string`` with ``values[name]``."""
    page = index_string
    for key in PLACEHOLDERS:
        page = page.replace(f"{{%{key}%}}", values.get(key, ""))
    return page


def config_script(page_config: Dict[str, Any]) -> str:
    """The ``_dash-config`` script tag; JSON escaped so it cannot close the tag early."""
    payload = (
        json.dumps(page_config, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return f'<script id="_dash-config" type="application/json">{payload}</script>'


def renderer_source(renderer_hooks: Optional[Dict[str, str]]) -> str:
    """The JavaScript that starts the renderer, with optional JS hooks
    (``{"request_pre": "(payload) => {...}"}``: values are JavaScript source)."""
    hooks = ""
    if renderer_hooks:
        hooks = "{" + ", ".join(f"{key}: {value}" for key, value in renderer_hooks.items()) + "}"
    return f"var renderer = new DashRenderer({hooks});"


def renderer_script(renderer_hooks: Optional[Dict[str, str]]) -> str:
    """The inline script tag that starts the renderer (``csp_hashes`` hashes its body)."""
    return (
        '<script id="_dash-renderer" type="application/javascript">'
        f"{renderer_source(renderer_hooks)}</script>"
    )


def meta_tags(meta_tags_config: Sequence[Dict[str, Any]], description: Optional[str]) -> List[Dict[str, Any]]:
    """The app's meta tags plus defaults (IE compat, charset, viewport, description)
    for those it does not set itself."""
    given = list(meta_tags_config or [])
    defaults: List[Dict[str, Any]] = []
    if not any(tag.get("http-equiv") == "X-UA-Compatible" for tag in given):
        defaults.append({"http-equiv": "X-UA-Compatible", "content": "IE=edge"})
    if not any("charset" in tag for tag in given):
        defaults.append({"charset": "UTF-8"})
    if not any(tag.get("name") == "viewport" for tag in given):
        defaults.append({"name": "viewport", "content": "width=device-width, initial-scale=1"})
    if description and not any(tag.get("name") == "description" for tag in given):
        defaults.append({"name": "description", "content": description})
    return defaults + given
