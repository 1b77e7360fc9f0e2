"""The Flask side of callbacks: ``POST _dash-update-component`` answered with a Flask
response (200/202/204/400/500, see docs/protocol.md), and the request data a background
job carries. The execution core it calls (``dash._dispatch``) knows no web framework.
"""
import logging
from typing import Any, Dict

import flask

from .. import exceptions
from .._callback import CallbackEntry, callback_specs
from .._dev_tools import format_callback_traceback
from .._dispatch import _encode_result, execute, parse_request
from .._json import to_json

logger = logging.getLogger("dash")


def request_info() -> Dict[str, Any]:
    """Cookies, headers, path, remote and origin of the current HTTP request, as plain data.

    Only background calls need a copy (their job runs outside the request); an inline
    call's ``ctx.cookies`` etc. read the live request.
    """
    if not flask.has_request_context():
        return {}
    request = flask.request
    return {
        "cookies": dict(request.cookies),
        "headers": dict(request.headers),
        "path": request.path,
        "remote": request.remote_addr,
        "origin": request.origin,
    }


def _json_response(payload: Any, status: int) -> flask.Response:
    return flask.Response(to_json(payload), status=status, mimetype="application/json")


def dispatch(app: Any, body: Any) -> flask.Response:
    """Answer ``POST _dash-update-component`` (200/202/204/400/500, see docs/protocol.md)."""
    try:
        entry, call = parse_request(app, body)
    except exceptions.BadRequest as err:
        return _json_response({"error": {"message": str(err)}}, 400)

    if entry.background is not None:
        from ..background_callback import submit  # the background package imports the core

        call.request = request_info()
        call.app_name = app.config.name
        return submit(app, entry, call)

    known = {spec["callback_id"] for spec in callback_specs(app)} if entry.allow_dynamic_callbacks else None
    try:
        result = execute(entry, call, on_error=getattr(app, "_on_error", None))
        if known is not None:
            result.new_callbacks = [s for s in callback_specs(app) if s["callback_id"] not in known]
        if result.prevented and not result.new_callbacks:
            response = flask.Response(status=204)
        else:
            response = flask.Response(_encode_result(entry, result), mimetype="application/json")
    except Exception as err:  # pylint: disable=broad-except
        logger.error("Callback error in %s", entry.name, exc_info=err)
        return _error_response(app, entry, err)
    for name, value in result.headers:
        response.headers.add(name, value)
    return response


def _error_response(app: Any, entry: CallbackEntry, err: Exception) -> flask.Response:
    error: Dict[str, Any] = {"type": type(err).__name__}
    if getattr(app, "_debug", False):
        error["message"] = str(err) or type(err).__name__
        error["traceback"] = format_callback_traceback(err, app._dev_tools.prune_errors)  # pylint: disable=protected-access
    else:
        error["message"] = f"Callback error updating {entry.spec['output']}"
    return _json_response({"error": error}, 500)
