"""Debug-mode developer tools on the server side.

* ``resolve_dev_tools``: the ``dev_tools_*`` options from keywords, ``DASH_*`` environment
  variables and the ``debug`` flag.
* ``HotReload``: a polling file watcher over the assets folder and
  ``extra_hot_reload_paths`` and the state ``_reload-hash`` answers with.
* ``format_callback_traceback``: a callback exception's traceback, pruned to the user's
  frames when ``prune_errors`` is on.
* ``validation_layout_config``: the layout the browser validates callbacks against.
* ``time_requests`` / ``server_timing``: the whole request's duration, sent (debug mode
  with the dev tools UI) as the ``__dash_server`` entry of a callback's Server-Timing.
"""
import json
import os
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

import flask

from . import _configs
from ._json import to_json
from ._utils import AttributeDict

# Options that follow ``debug`` unless given: option name -> keyword of app.run.
FLAG_OPTIONS = (
    "ui",
    "props_check",
    "serve_dev_bundles",
    "hot_reload",
    "silence_routes_logging",
    "prune_errors",
    "validate_callbacks",
)
# Numeric options and their defaults (seconds, seconds, count), as upstream.
NUMBER_OPTIONS: Dict[str, float] = {
    "hot_reload_interval": 3.0,
    "hot_reload_watch_interval": 0.5,
    "hot_reload_max_retry": 8,
}


def default_dev_tools() -> AttributeDict:
    """Every dev tool off: the state of an app that never called ``enable_dev_tools``."""
    tools = AttributeDict({name: False for name in FLAG_OPTIONS})
    tools.update(NUMBER_OPTIONS)
    tools.prune_errors = True
    # This version has no upstream version check to disable.
    tools.disable_version_check = True
    return tools


def resolve_dev_tools(debug: Optional[bool], given: Dict[str, Any]) -> Tuple[bool, AttributeDict]:
    """Resolve ``debug`` and the dev tools.

    ``given`` maps option names (``ui``, ``hot_reload_interval``...) to keyword values
    (``None`` = not given). ``debug`` defaults to ``DASH_DEBUG``, else False. A keyword
    wins over its ``DASH_<NAME>`` environment variable, which wins over the default:
    ``debug`` for flags, ``NUMBER_OPTIONS`` for numbers.
    """
    unknown = set(given) - set(FLAG_OPTIONS) - set(NUMBER_OPTIONS)
    if unknown:
        raise TypeError(f"unknown dev tools options: {sorted(unknown)}")
    debug_on = bool(_configs.get_combined_config("debug", debug, False))
    tools = default_dev_tools()
    for name in FLAG_OPTIONS:
        tools[name] = bool(_configs.get_combined_config(name, given.get(name), debug_on))
    for name, default in NUMBER_OPTIONS.items():
        value = _configs.get_combined_config(name, given.get(name), float(default))
        if value < 0:
            raise _configs.InvalidConfig(f"dev_tools_{name} must not be negative (got {value}).")
        tools[name] = int(value) if name == "hot_reload_max_retry" else value
    return debug_on, tools


def page_hot_reload_config(tools: AttributeDict) -> Optional[Dict[str, int]]:
    """The page config's ``hot_reload`` entry (interval in ms), or None when off."""
    if not tools.hot_reload:
        return None
    return {"interval": int(tools.hot_reload_interval * 1000), "max_retry": tools.hot_reload_max_retry}


def validation_layout_config(validate_callbacks: bool, validation_layout: Any) -> Dict[str, Any]:
    """The page config's ``validation_layout`` entry: with callback validation on, the
    browser checks callback ids and props against it instead of the first layout (multi
    page apps whose pages are not in the first layout)."""
    if not validate_callbacks or validation_layout is None:
        return {}
    return {"validation_layout": json.loads(to_json(validation_layout))}


def validation_layout_of(layout_function: Callable[[], Any]) -> Any:
    """A layout function's answer outside a request, which (as upstream) may hold every
    page's components (``flask.has_request_context()`` tells). One that fails here is
    left for the page's own layout request to report: None."""
    try:
        return layout_function()
    except Exception:  # pylint: disable=broad-except
        return None


_REQUEST_STARTED = "_dash_request_started"


def time_requests(server: Any) -> None:
    """Remember when each request of ``server`` started (registered once per server; not
    once it has served, when Flask no longer takes request hooks)."""
    if getattr(server, "_dash_timed", False) or getattr(server, "_got_first_request", False):
        return
    server._dash_timed = True  # pylint: disable=protected-access

    def _start() -> None:
        setattr(flask.g, _REQUEST_STARTED, time.perf_counter())

    server.before_request(_start)


def server_timing() -> Optional[str]:
    """``__dash_server;dur=<ms>`` since the current request started, when it is timed."""
    started = flask.g.get(_REQUEST_STARTED) if flask.has_app_context() else None
    if started is None:
        return None
    return f"__dash_server;dur={round((time.perf_counter() - started) * 1000)}"


# -- hot reload ---------------------------------------------------------------------------


def _snapshot(roots: Iterable[str]) -> Dict[str, float]:
    """``path -> mtime`` of every file under ``roots`` (files or folders; missing ones skipped)."""
    found: Dict[str, float] = {}
    for root in roots:
        if os.path.isfile(root):
            found[root] = os.stat(root).st_mtime
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
            for name in files:
                full = os.path.join(folder, name)
                try:
                    found[full] = os.stat(full).st_mtime
                except OSError:  # removed while walking
                    continue
    return found


@dataclass
class HotReload:
    """Watches files and keeps what ``_reload-hash`` reports.

    ``reloadHash`` is random per server process (so a restarted server gives a new one)
    and changes with each batch of file changes. ``files`` lists every changed asset
    since the server started (``url``, ``modified``, ``is_css``) so a page that missed a
    poll still sees them all; ``hard`` turns on when a change is not a CSS asset edit
    (deleted files, non-CSS assets, ``extra_hot_reload_paths``).
    """

    assets_folder: str
    asset_url: Callable[[str], str]
    extra_paths: List[str] = field(default_factory=list)
    watch_interval: float = 0.5
    reload_hash: str = field(default_factory=lambda: uuid.uuid4().hex)
    hard: bool = False
    files: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    _thread: Optional[threading.Thread] = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def state(self) -> Dict[str, Any]:
        """The ``_reload-hash`` answer; starts the watcher on first use."""
        self.start()
        with self._lock:
            return {
                "reloadHash": self.reload_hash,
                "hard": self.hard,
                "packages": [],
                "files": sorted(self.files.values(), key=lambda f: f["url"]),
            }

    def start(self) -> None:
        """Start the watcher thread once. Lazily, so only the process that serves pages
        watches (not the Flask reloader's monitor process)."""
        with self._lock:
            if self._thread is not None:
                return
            before = _snapshot(self._roots())
            self._thread = threading.Thread(target=self._watch, args=(before,), name="dash-hot-reload", daemon=True)
            self._thread.start()

    def _roots(self) -> List[str]:
        return [self.assets_folder] + list(self.extra_paths)

    def _watch(self, before: Dict[str, float]) -> None:
        while True:
            time.sleep(self.watch_interval)
            now = _snapshot(self._roots())
            if now != before:
                self.record_changes(before, now)
                before = now

    def record_changes(self, before: Dict[str, float], now: Dict[str, float]) -> None:
        """Fold one batch of file changes into the state and give it a new hash."""
        changed = [path for path, mtime in now.items() if before.get(path) != mtime]
        deleted = [path for path in before if path not in now]
        assets_root = os.path.abspath(self.assets_folder) + os.sep
        with self._lock:
            self.reload_hash = uuid.uuid4().hex
            if deleted:
                self.hard = True
            for path in changed:
                if not os.path.abspath(path).startswith(assets_root):
                    self.hard = True
                    continue
                relative = os.path.relpath(path, self.assets_folder).replace(os.sep, "/")
                is_css = relative.endswith(".css")
                self.hard = self.hard or not is_css
                self.files[relative] = {"url": self.asset_url(relative), "modified": int(now[path] * 1000), "is_css": is_css}


def reloader_extra_files(paths: Iterable[str]) -> List[str]:
    """Files under ``extra_hot_reload_paths`` for the Flask reloader's ``extra_files``."""
    return sorted(_snapshot(paths))


# -- errors -------------------------------------------------------------------------------

_DASH_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _is_dash_frame(filename: str) -> bool:
    return os.path.abspath(filename).startswith(_DASH_DIR)


def format_callback_traceback(err: BaseException, prune: bool) -> str:
    """The traceback text of a callback exception.

    With ``prune``, the outermost frames that belong to Dash itself (dispatch, the
    registry's wrappers) are dropped, so the text starts at the user's callback; when
    every frame is Dash's (an invalid return value), the innermost one is kept. Without
    it, the full traceback with chained exceptions, from the server's outermost frame.
    """
    if not prune:
        lines = traceback.format_exception(err)
        # As the Werkzeug debugger shows it: the frames that led to the callback too (the
        # server, Flask), right after the final exception's "Traceback" header.
        tb = err.__traceback__
        outer = traceback.format_list(traceback.extract_stack(tb.tb_frame.f_back)) if tb else []
        header = max((i for i, line in enumerate(lines) if line.startswith("Traceback (")), default=-1)
        return "".join(lines[: header + 1] + outer + lines[header + 1 :])
    frames = traceback.extract_tb(err.__traceback__)
    start = next((i for i, frame in enumerate(frames) if not _is_dash_frame(frame.filename)), None)
    frames = frames[start:] if start is not None else frames[-1:]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(err), err)
    return "".join(lines)
