"""JSON bodies of the job protocol (docs/protocol.md, "Background jobs").

Events are stored already encoded, so answers are assembled from stored JSON without
decoding it again; only an error event is opened, to keep at most one of its stored
tracebacks (see ``traceback_field``).
"""
import json
from typing import Any, List, Optional

from .store import StoredEvent

# The tracebacks an error event is stored with (jobs.py); the page gets at most one,
# always under "traceback".
_TRACEBACKS = ("traceback", "pruned_traceback")


def traceback_field(app: Any) -> Optional[str]:
    """The stored traceback ``app``'s pages get: none outside debug mode."""
    if not app._debug:  # pylint: disable=protected-access
        return None
    return "pruned_traceback" if app._dev_tools.prune_errors else "traceback"  # pylint: disable=protected-access


def events_json(events: List[StoredEvent], tracebacks: Optional[str]) -> str:
    """The JSON list of ``events``, each with its ``seq``."""
    return "[" + ",".join(_event_json(seq, kind, raw, tracebacks) for seq, kind, raw in events) + "]"


def _event_json(seq: int, kind: str, raw: str, tracebacks: Optional[str]) -> str:
    if kind == "error":
        event = json.loads(raw)
        error = event["error"]
        kept = (error.get(tracebacks) or error.get("traceback")) if tracebacks else None
        for name in _TRACEBACKS:
            error.pop(name, None)
        if kept is not None:
            error["traceback"] = kept
        raw = json.dumps(event, separators=(",", ":"))
    # ``raw`` is a JSON object: put ``seq`` first inside it.
    return '{"seq":' + str(seq) + "," + raw[1:]


def ticket_json(
    token: str, interval: int, hold_ms: int, events: List[StoredEvent], tracebacks: Optional[str]
) -> str:
    """The 202 answer to a background callback request; ``hold_ms`` is the longest this
    server holds a poll (the page paces its polls by it, see ``poll_json``)."""
    job = json.dumps({"token": token, "interval": interval, "hold": hold_ms}, separators=(",", ":"))
    return '{"job":' + job + ',"events":' + events_json(events, tracebacks) + "}"


def poll_json(events: List[StoredEvent], state: str, hold_ms: int, tracebacks: Optional[str]) -> str:
    """The answer to ``GET _dash-jobs/<token>``; ``hold_ms`` is how long the server was
    willing to wait for news (a page polls a job with no news at most once per
    ``interval``, so after a short hold it waits before asking again)."""
    events_part = events_json(events, tracebacks)
    return f'{{"events":{events_part},"state":{json.dumps(state)},"hold":{hold_ms}}}'


def error_json(message: str) -> str:
    """``{"error": {"message": ...}}`` for 4xx/5xx answers."""
    return json.dumps({"error": {"message": message}})
