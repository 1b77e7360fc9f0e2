"""A background callback request becomes a job ticket (or a memoized answer).

Also decides which manager runs a callback: the callback's own ``manager``, else the
app's ``background_callback_manager``, else an embedded ``DiskcacheManager`` created
once per process.
"""
import logging
import threading
from typing import Any, List, Optional

import flask

from .. import exceptions
from .._dispatch import CallRequest, _flat_arg_items
from .._callback import GLOBAL_CALLBACK_MAP
from . import wire
from .holding import longest_hold
from .managers.base import BaseBackgroundCallbackManager
from .managers.diskcache_manager import DiskcacheManager

logger = logging.getLogger("dash.background_callback")

# A job that ends this quickly has its events in the 202 answer: one round trip less.
FIRST_ANSWER_WAIT = 0.015

_embedded: Optional[DiskcacheManager] = None
_embedded_lock = threading.Lock()


def _embedded_manager() -> DiskcacheManager:
    global _embedded  # pylint: disable=global-statement
    with _embedded_lock:
        if _embedded is None:
            _embedded = DiskcacheManager()
            logger.info(
                "No background callback manager given: using an embedded DiskcacheManager"
                " (jobs in %s).",
                _embedded.handle.directory,
            )
        return _embedded


def resolve_manager(app: Any, entry: Any) -> BaseBackgroundCallbackManager:
    """The manager that runs ``entry``'s jobs."""
    manager = entry.background.get("manager") or getattr(app, "_background_manager", None)
    if manager is None:
        return _embedded_manager()
    if not isinstance(manager, BaseBackgroundCallbackManager):
        raise exceptions.MissingBackgroundCallbackManagerError(
            f"Callback {entry.name}: the background callback manager must be a"
            f" DiskcacheManager or a CeleryManager, not {type(manager).__name__}."
        )
    return manager


def managers_for(app: Any) -> List[BaseBackgroundCallbackManager]:
    """Every manager that may hold a job of ``app``: its own callbacks' and its default.

    Only this app's registry is read (plus global callbacks no app has claimed yet), so
    another app of the process, and its managers, never take part in this app's routes.
    """
    entries = list(getattr(app, "callback_map", {}).values()) + list(GLOBAL_CALLBACK_MAP.values())
    managers: List[BaseBackgroundCallbackManager] = []
    for entry in entries:
        if entry.background is not None:
            manager = resolve_manager(app, entry)
            if all(manager is not known for known in managers):
                managers.append(manager)
    return managers


def _memo_args(entry: Any, call: CallRequest) -> List[Any]:
    """The call's argument values without ``cache_args_to_ignore`` (indices or names)."""
    ignored = set(entry.background.get("cache_args_to_ignore") or [])
    names = list(entry.args_grouping) if entry.keyword_args else []
    values = []
    for index, item in enumerate(_flat_arg_items(entry, call)):
        name = names[index] if index < len(names) else None
        if index in ignored or (name is not None and name in ignored):
            continue
        values.append([sub["value"] for sub in item] if isinstance(item, list) else item["value"])
    return values


def submit(app: Any, entry: Any, call: CallRequest) -> flask.Response:
    """Answer a background callback request: 200 from memo, else 202 with a job ticket."""
    manager = resolve_manager(app, entry)
    triggered = None if entry.background.get("cache_ignore_triggered", True) else call.changed_prop_ids
    memo_key = manager.memo_key(entry, _memo_args(entry, call), triggered)
    if memo_key is not None:
        memoized = manager.memoized(memo_key)
        if memoized is not None:
            return flask.Response(memoized, status=200, mimetype="application/json")
    token = manager.submit(entry, call, memo_key)
    followed = manager.events(token, 0, FIRST_ANSWER_WAIT)
    events = followed[0] if followed else []
    hold_ms = int(longest_hold() * 1000)
    body = wire.ticket_json(token, int(entry.background["interval"]), hold_ms, events, wire.traceback_field(app))
    return flask.Response(body, status=202, mimetype="application/json")
