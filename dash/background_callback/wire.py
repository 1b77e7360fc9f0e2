"""JSON bodies of the job protocol (docs/protocol.md, "Background jobs").

Events are stored already encoded, so answers are assembled from stored JSON without
decoding it again; only an error event is opened, to drop its traceback outside debug.
"""
import json
from typing import List

from .store import StoredEvent


def events_json(events: List[StoredEvent], debug: bool) -> str:
    """The JSON list of ``events``, each with its ``seq``."""
    return "[" + ",".join(_event_json(seq, kind, raw, debug) for seq, kind, raw in events) + "]"


def _event_json(seq: int, kind: str, raw: str, debug: bool) -> str:
    if kind == "error" and not debug:
        event = json.loads(raw)
        event["error"].pop("traceback", None)
        raw = json.dumps(event, separators=(",", ":"))
    # ``raw`` is a JSON object: put ``seq`` first inside it.
    return '{"seq":' + str(seq) + "," + raw[1:]


def ticket_json(token: str, interval: int, events: List[StoredEvent], debug: bool) -> str:
    """The 202 answer to a background callback request."""
    job = json.dumps({"token": token, "interval": interval}, separators=(",", ":"))
    return '{"job":' + job + ',"events":' + events_json(events, debug) + "}"


def poll_json(events: List[StoredEvent], state: str, debug: bool) -> str:
    """The answer to ``GET _dash-jobs/<token>``."""
    return '{"events":' + events_json(events, debug) + ',"state":' + json.dumps(state) + "}"


def error_json(message: str) -> str:
    """``{"error": {"message": ...}}`` for 4xx/5xx answers."""
    return json.dumps({"error": {"message": message}})
