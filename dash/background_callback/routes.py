"""The job routes: follow (long-poll) and cancel a background job by its token.

``GET _dash-jobs/<token>?after=<seq>&wait=<ms>`` answers with the events after
``after``. With no news it holds the request up to ``wait`` ms, bounded by the server
(``holding.py``).
"""
from typing import Any, Optional, Tuple

import flask

from . import tokens, wire
from .holding import longest_hold
from .managers.base import BaseBackgroundCallbackManager
from .submission import managers_for

UNKNOWN_JOB = "unknown or expired job"


def add_job_routes(app: Any) -> None:
    """Register the job routes on a Dash app."""

    def poll(token: str) -> flask.Response:
        return _guarded(lambda: _poll(app, token))

    def cancel(token: str) -> flask.Response:
        return _guarded(lambda: _cancel(app, token))

    app._add_url("_dash-jobs/<token>", poll, methods=("GET",))
    app._add_url("_dash-jobs/<token>/cancel", cancel, methods=("POST",))


def _json(body: str, status: int = 200) -> flask.Response:
    return flask.Response(body, status=status, mimetype="application/json")


def _guarded(view: Any) -> flask.Response:
    try:
        return view()
    except Exception:  # noqa: BLE001 - e.g. Redis down: a short answer, the log has the rest
        flask.current_app.logger.exception("Background job route failed")
        return _json(wire.error_json("job store unavailable"), 503)


def _find(app: Any, token: str) -> Optional[BaseBackgroundCallbackManager]:
    """The manager holding ``token``'s job, or None.

    A manager whose store fails (cache directory deleted, Redis gone) is skipped, so it
    cannot break the jobs of the app's other managers; its failure is raised only when no
    healthy manager holds the job, so the answer is 503, not a wrong 404.
    """
    if not tokens.is_well_formed(token):
        return None
    failure: Optional[Exception] = None
    for manager in managers_for(app):
        try:
            if manager.owns(token):
                return manager
        except Exception as exc:  # noqa: BLE001 - the next manager may still own the job
            failure = failure or exc
    if failure is not None:
        raise failure
    return None


def _non_negative_int(name: str) -> Tuple[Optional[int], Optional[str]]:
    raw = flask.request.args.get(name, "0")
    if not raw.isdigit() or len(raw) > 12:
        return None, f"'{name}' must be a non-negative integer"
    return int(raw), None


def _poll(app: Any, token: str) -> flask.Response:
    after, problem = _non_negative_int("after")
    wait, problem = (None, problem) if problem else _non_negative_int("wait")
    if problem or after is None or wait is None:
        return _json(wire.error_json(problem or "bad query"), 400)
    manager = _find(app, token)
    if manager is None:
        return _json(wire.error_json(UNKNOWN_JOB), 404)
    hold = min(wait / 1000.0, longest_hold())
    followed = manager.events(token, after, hold)
    if followed is None:
        return _json(wire.error_json(UNKNOWN_JOB), 404)
    events, state = followed
    return _json(wire.poll_json(events, state, int(hold * 1000), wire.traceback_field(app)))


def _cancel(app: Any, token: str) -> flask.Response:
    manager = _find(app, token)
    cancelled = manager.cancel(token) if manager is not None else None
    if cancelled is None:
        return _json(wire.error_json(UNKNOWN_JOB), 404)
    return _json('{"cancelled":%s}' % ("true" if cancelled else "false"))
