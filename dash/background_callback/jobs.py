"""Running one job: call the user's function and turn what happens into events.

Events leave through an ``emit(kind, raw)`` function: straight into the store in a
Celery worker, through a pipe to the web process for a diskcache job. Both managers
therefore emit exactly the same events (see docs/protocol.md, "Background jobs").
"""
import json
import logging
from typing import Any, Callable, List, Optional

from .._callback import app_error_handler
from .._dev_tools import format_callback_traceback
from .._dispatch import execute
from .._json import to_json
from .store import JobStore

logger = logging.getLogger("dash.background_callback")

Emit = Callable[[str, str], None]

CANCELLED_EVENT = '{"type":"cancelled"}'
_RESULT_PREFIX = '{"type":"result",'


def progress_values(entry: Any, value: Any) -> List[Any]:
    """``set_progress``'s argument as the list of values of the progress outputs, in order.

    A list or tuple gives one value per progress output; anything else (or a list of
    another length for a single progress output) is the value of the only one.
    """
    count = len(entry.background["progress"])
    if isinstance(value, (list, tuple)) and (count != 1 or len(value) == 1):
        return list(value)
    return [value]


def run_job(entry: Any, call: Any, emit: Emit) -> None:
    """Run ``call`` of ``entry``, emitting progress, set_props and the outcome."""

    def event(kind: str, body: dict) -> None:
        emit(kind, to_json({"type": kind, **body}))

    def on_progress(value: Any) -> None:
        event("progress", {"value": progress_values(entry, value)})

    def on_set_props(sid: str, props: dict) -> None:
        event("set_props", {"props": {sid: props}})

    try:
        result = execute(
            entry,
            call,
            set_props_hook=on_set_props,
            progress_hook=on_progress,
            on_error=app_error_handler(call.app_name),
        )
        if result.prevented:
            if result.side_update:
                event("set_props", {"props": result.side_update})
            event("prevent_update", {})
            return
        parts = '"response":' + to_json(result.response or {})
        if result.side_update:
            parts += ',"sideUpdate":' + to_json(result.side_update)
    except Exception as exc:  # noqa: BLE001 - any user error becomes the job's error event
        logger.exception("Background callback %s failed", entry.name)
        event("error", {"error": _error_info(exc)})
        return
    emit("result", _RESULT_PREFIX + parts + "}")


def store_emitter(store: JobStore, job_id: str, memo_key: Optional[str], memo_ttl: float) -> Emit:
    """An ``emit`` that appends to the store and memoizes a result under ``memo_key``."""

    def emit(kind: str, raw: str) -> None:
        if store.append(job_id, kind, raw) is not None and kind == "result" and memo_key:
            # A memoized answer is the ordinary 200 dispatch answer.
            store.memo_set(memo_key, '{"multi":true,' + raw[len(_RESULT_PREFIX):], memo_ttl)

    return emit


def error_event(message: str, kind: str) -> str:
    """An error event raised by the framework itself (no user traceback)."""
    return json.dumps({"type": "error", "error": {"message": message, "type": kind}})


def _error_info(exc: BaseException) -> dict:
    # Both tracebacks are stored; the job routes send one only in debug mode, pruned of
    # Dash's own frames unless the app's dev tools say otherwise (see wire.py).
    return {
        "message": f"{type(exc).__name__}: {exc}",
        "type": type(exc).__name__,
        "traceback": format_callback_traceback(exc, prune=False),
        "pruned_traceback": format_callback_traceback(exc, prune=True),
    }
