"""``callback_context`` / ``ctx`` and ``set_props``: per-call state, context-local.

The state of the running call lives in the ``context_value`` ContextVar as an
``AttributeDict`` with these keys (all optional, so tests may set only some of them, as
Dash's documentation shows for unit-testing callbacks):

``triggered_inputs`` (list of ``{"prop_id", "value"}``), ``inputs_list``,
``states_list``, ``outputs_list`` (request shapes), ``args_grouping``,
``outputs_grouping``, ``using_args_grouping``, ``using_outputs_grouping``,
``updated_props`` (stringified id -> props set by ``set_props``), ``set_props_hook``
(callable receiving ``(sid, props)`` instead, in background jobs),
``timing_information``, ``dash_response`` (a ``flask.Response`` for headers/cookies),
``request`` (a copy of cookies, headers, path, remote and origin of the triggering HTTP
request, carried into background jobs; inline calls read the live Flask request).
"""
import contextvars
import json
from typing import Any, Callable, Dict, List, Optional, Tuple

import flask

from . import exceptions
from ._utils import AttributeDict, stringify_id

context_value: contextvars.ContextVar = contextvars.ContextVar("callback_context")


def _get_context_value() -> AttributeDict:
    """The running call's state; raises ``MissingCallbackContextException`` outside one."""
    try:
        return context_value.get()
    except LookupError:
        raise exceptions.MissingCallbackContextException(
            "callback_context (ctx) and set_props are only available while a callback runs."
        ) from None


class FalsyList(list):
    """A list that is falsy: ``ctx.triggered`` on the initial call is ``[{"prop_id": "."}]``."""

    def __bool__(self) -> bool:
        return False


def _parse_id(component_id: str) -> Any:
    """Stringified id back to its value: dict ids (JSON objects) become AttributeDicts."""
    if component_id.startswith("{"):
        try:
            return AttributeDict(json.loads(component_id))
        except ValueError:
            return component_id
    return component_id


def _split_prop_id(prop_id: str) -> List[str]:
    # Properties never contain dots; ids may (inside dict id values).
    id_part, _, prop = prop_id.rpartition(".")
    return [id_part, prop]


def _flatten_entries(items: List[Any]) -> Dict[str, Any]:
    """``{"id.prop": value}`` for a request's inputs/state list (wildcard lists expanded)."""
    result: Dict[str, Any] = {}
    for item in items:
        for entry in item if isinstance(item, list) else [item]:
            result[f"{stringify_id(entry['id'])}.{entry['property']}"] = entry.get("value")
    return result


class CallbackContext:
    """What the running callback can ask about its call (``dash.callback_context``)."""

    def __bool__(self) -> bool:
        """True while a callback runs: code shared with other callers (an
        ``api_endpoint``, a unit test) can tell with ``if ctx:``."""
        return context_value.get(None) is not None

    @property
    def triggered(self) -> List[Dict[str, Any]]:
        """``[{"prop_id", "value"}]`` of changed inputs; falsy ``[{"prop_id": "."}]`` if none."""
        triggered = _get_context_value().get("triggered_inputs") or []
        return triggered if triggered else FalsyList([{"prop_id": ".", "value": None}])

    @property
    def triggered_prop_ids(self) -> Dict[str, Any]:
        """``{"id.prop": id}`` for each changed input, dict ids parsed back."""
        triggered = _get_context_value().get("triggered_inputs") or []
        return AttributeDict(
            {t["prop_id"]: _parse_id(_split_prop_id(t["prop_id"])[0]) for t in triggered}
        )

    @property
    def triggered_id(self) -> Any:
        """The id of the first changed input (a dict id as an AttributeDict), or None."""
        triggered = _get_context_value().get("triggered_inputs") or []
        if not triggered:
            return None
        return _parse_id(_split_prop_id(triggered[0]["prop_id"])[0])

    @property
    def inputs(self) -> Dict[str, Any]:
        """``{"id.prop": value}`` of every input (wildcard matches expanded)."""
        return AttributeDict(_flatten_entries(_get_context_value().get("inputs_list") or []))

    @property
    def states(self) -> Dict[str, Any]:
        """``{"id.prop": value}`` of every state."""
        return AttributeDict(_flatten_entries(_get_context_value().get("states_list") or []))

    @property
    def inputs_list(self) -> List[Any]:
        """The request's inputs: ``{"id", "property", "value"}`` or lists of them (wildcards)."""
        return _get_context_value().get("inputs_list") or []

    @property
    def states_list(self) -> List[Any]:
        """The request's states, same shape as ``inputs_list``."""
        return _get_context_value().get("states_list") or []

    @property
    def outputs_list(self) -> Any:
        """The request's outputs: ``{"id", "property"}`` (a list for several / ALL)."""
        return _get_context_value().get("outputs_list") or []

    @property
    def args_grouping(self) -> Any:
        """Inputs and states shaped like the callback's arguments, with ``triggered`` flags."""
        return _get_context_value().get("args_grouping") or []

    @property
    def outputs_grouping(self) -> Any:
        """Outputs shaped like the callback's output grouping."""
        return _get_context_value().get("outputs_grouping") or []

    @property
    def using_args_grouping(self) -> bool:
        """True when the inputs/state use dict or nested groupings."""
        return bool(_get_context_value().get("using_args_grouping", False))

    @property
    def using_outputs_grouping(self) -> bool:
        """True when the outputs use dict or nested groupings."""
        return bool(_get_context_value().get("using_outputs_grouping", False))

    @property
    def custom_data(self) -> AttributeDict:
        """Values of the ``dash.hooks.custom_data`` hooks for this call, by namespace."""
        return _get_context_value().get("custom_data") or AttributeDict()

    @property
    def timing_information(self) -> Dict[str, Any]:
        """Timings recorded with ``record_timing`` (sent as a Server-Timing header)."""
        return _get_context_value().setdefault("timing_information", {})

    @property
    def response(self) -> Any:
        """A ``flask.Response`` whose headers and cookies are copied onto the answer."""
        context = _get_context_value()
        if context.get("dash_response") is None:
            context["dash_response"] = flask.Response()
        return context["dash_response"]

    @property
    def cookies(self) -> Dict[str, str]:
        """Cookies of the HTTP request that triggered the call."""
        return _request_value("cookies", lambda request: dict(request.cookies)) or {}

    @property
    def headers(self) -> Dict[str, str]:
        """Headers of the HTTP request that triggered the call."""
        return _request_value("headers", lambda request: dict(request.headers)) or {}

    @property
    def path(self) -> Optional[str]:
        """Path of the HTTP request that triggered the call."""
        return _request_value("path", lambda request: request.path)

    @property
    def remote(self) -> Optional[str]:
        """Remote address of the HTTP request that triggered the call."""
        return _request_value("remote", lambda request: request.remote_addr)

    @property
    def origin(self) -> Optional[str]:
        """Origin header of the HTTP request that triggered the call."""
        return _request_value("origin", lambda request: request.origin)

    def record_timing(self, name: str, duration: float, description: Optional[str] = None) -> None:
        """Record a named duration (seconds) for the Server-Timing header."""
        timing = self.timing_information
        if name in timing:
            raise KeyError(f'Duplicate resource name "{name}" found.')
        timing[name] = {"dur": round(duration * 1000), "desc": description}


def _request_value(key: str, read: Callable[[Any], Any]) -> Any:
    """From the copy a background job carries, else from the live Flask request."""
    copied = _get_context_value().get("request")
    if copied:
        return copied.get(key)
    return read(flask.request) if flask.has_request_context() else None


callback_context = CallbackContext()


def set_props(component_id: Any, props: Dict[str, Any]) -> None:
    """Set ``props`` of ``component_id`` from inside a callback (a side update)."""
    if not isinstance(props, dict):
        raise exceptions.IncorrectTypeException(
            f"set_props needs a dict of props for {component_id!r}, got {type(props).__name__}."
        )
    sid = stringify_id(getattr(component_id, "id", component_id))
    context = _get_context_value()
    hook: Optional[Callable[[str, Dict[str, Any]], None]] = context.get("set_props_hook")
    if hook is not None:
        hook(sid, props)
        return
    context.setdefault("updated_props", {}).setdefault(sid, {}).update(props)


def start_context(values: Dict[str, Any]) -> Tuple[contextvars.Token, AttributeDict]:
    """Enter a call: install a fresh context value; returns the token for ``end_context``
    and the installed state (where ``set_props`` and ``ctx.response`` leave their results).
    """
    state = AttributeDict(values, updated_props={}, timing_information={})
    return context_value.set(state), state


def end_context(token: contextvars.Token) -> None:
    """Leave a call entered with ``start_context``."""
    context_value.reset(token)
