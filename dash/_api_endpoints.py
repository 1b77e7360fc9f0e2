"""Callbacks also served as plain JSON APIs: ``callback(..., api_endpoint="/path")``.

``POST <path>`` with a JSON object calls the callback's function with those keyword
arguments, outside any callback context (``ctx`` is falsy there), and answers with its
value as JSON, or with the response it returns itself.
"""
import inspect
from typing import Any, Callable

import flask
from werkzeug.wrappers import Response as WerkzeugResponse

from ._callback import CallbackEntry
from ._json import to_json


def _bad_request(message: str) -> flask.Response:
    return flask.Response(to_json({"error": {"message": message}}), status=400, mimetype="application/json")


def api_view(entry: CallbackEntry) -> Callable[[], Any]:
    """The Flask view serving ``entry``'s function at its ``api_endpoint``."""
    assert entry.func is not None
    func = entry.func
    signature = inspect.signature(func)

    def view() -> Any:
        body = flask.request.get_json(silent=True)
        if body is None and flask.request.get_data():
            return _bad_request("the body must be JSON")
        arguments = body if body is not None else {}
        if not isinstance(arguments, dict):
            return _bad_request("the body must be a JSON object of the function's arguments")
        try:
            signature.bind(**arguments)
        except TypeError as err:
            return _bad_request(f"{entry.api_endpoint}: {err}")
        result = func(**arguments)
        if isinstance(result, WerkzeugResponse):
            return result
        return flask.Response(to_json(result), mimetype="application/json")

    view.__name__ = f"api_{entry.callback_id}"
    return view
