"""Callback requests: parse and validate, execute the function, answer the page.

``parse_request`` turns a ``_dash-update-component`` body into a ``CallRequest`` (plain,
picklable, JSON-safe), ``execute`` runs a callback for it in any process, and
``dispatch`` is the route's whole job: parse, execute or hand to the background
manager, and encode the answer (see docs/protocol.md, "Dispatch").
"""
import inspect
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from . import exceptions
from ._async_runner import run_awaitable
from ._callback import CallbackEntry, find_entry
from ._callback_context import callback_context, end_context, start_context
from ._dev_tools import server_timing
from ._hooks import hooks as plugin_hooks
from ._grouping import (
    GroupingMismatch,
    flatten_grouping,
    make_grouping_by_index,
    validate_grouping,
)
from ._json import to_json
from ._no_update import NoUpdate
from ._utils import AttributeDict, short_hash, stringify_id
from .dependencies import ALL, ALLSMALLER, MATCH, DashDependency, Input, Wildcard


Props = Dict[str, Dict[str, Any]]
SetPropsHook = Callable[[str, Dict[str, Any]], None]
ProgressHook = Callable[[Any], None]


@dataclass
class CallRequest:
    """One validated call: the dependency values the page sent. Plain data only.

    ``outputs``, ``inputs`` and ``state`` hold one item per dependency of the callback, in
    spec order: ``{"id", "property"(, "value")}``, or a list of those for a dependency
    using ``ALL``/``ALLSMALLER``. ``request`` holds cookies, headers, path, remote and
    origin of the HTTP request (for ``ctx.cookies`` etc.).
    """

    callback_id: str
    outputs: List[Any]
    inputs: List[Any]
    state: List[Any]
    changed_prop_ids: List[str]
    request: Dict[str, Any] = field(default_factory=dict)
    # The answering app's name: a background job finds the app's ``on_error`` by it.
    app_name: str = ""

    def to_dict(self) -> Dict[str, Any]:
        """JSON-safe form (for Celery and job stores)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "CallRequest":
        """Inverse of ``to_dict``; keys it does not know are left out, so a worker one
        release behind or ahead of the web server still runs the job."""
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclass
class CallbackResult:
    """What a call produced: outputs to apply, ``set_props`` updates, or nothing at all.

    ``headers`` are the (name, value) pairs, Set-Cookie included, the callback added to
    ``ctx.response``.
    """

    response: Props = field(default_factory=dict)
    side_update: Props = field(default_factory=dict)
    prevented: bool = False
    headers: List[Tuple[str, str]] = field(default_factory=list)
    # Specs of callbacks the function registered (``_allow_dynamic_callbacks``).
    new_callbacks: List[Dict[str, Any]] = field(default_factory=list)

    def body(self) -> Dict[str, Any]:
        """The JSON answer of a completed call (protocol 200 shape)."""
        answer: Dict[str, Any] = {"multi": True, "response": self.response}
        if self.side_update:
            answer["sideUpdate"] = self.side_update
        if self.new_callbacks:
            answer["callbacks"] = self.new_callbacks
        return answer


# ---------------------------------------------------------------------------------------
# parsing


def _bad(message: str) -> exceptions.BadRequest:
    return exceptions.BadRequest(message)


def _load_body(body: Any) -> Dict[str, Any]:
    if isinstance(body, (bytes, bytearray, str)):
        try:
            body = json.loads(body)
        except ValueError:
            raise _bad("request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise _bad("request body must be a JSON object")
    return body


def _lookup(app: Any, body: Dict[str, Any]) -> CallbackEntry:
    callback_id = body.get("callback_id")
    output = body.get("output")
    if callback_id is None:
        if not isinstance(output, str):
            raise _bad("request needs a 'callback_id' (or an 'output') string")
        # callback ids are derived from the output string (see _callback).
        callback_id = short_hash(output, 32)
    if not isinstance(callback_id, str):
        raise _bad("'callback_id' must be a string")
    entry = find_entry(app, callback_id)
    if entry is None:
        raise _bad(f"unknown callback {callback_id!r}")
    if entry.func is None:
        raise _bad(f"callback {callback_id!r} is clientside")
    if output is not None and output != entry.spec["output"]:
        raise _bad(f"'output' does not match callback {callback_id!r}")
    return entry


def _id_matches(pattern: Any, concrete: Any) -> bool:
    if isinstance(pattern, str):
        return pattern == concrete
    if not isinstance(concrete, dict) or set(concrete) != set(pattern):
        return False
    return all(
        isinstance(v, Wildcard) or (v == concrete[k] and type(v) is type(concrete[k]))
        for k, v in pattern.items()
    )


def _is_concrete_id(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, (str, int, float, bool)) for k, v in value.items()
    )


def _check_item(dep: DashDependency, item: Any, where: str, with_value: bool) -> Dict[str, Any]:
    if not isinstance(item, dict):
        raise _bad(f"{where}: expected an object with 'id' and 'property'")
    component_id, prop = item.get("id"), item.get("property")
    if not _is_concrete_id(component_id):
        raise _bad(f"{where}: 'id' must be a string or an object of scalars")
    if not isinstance(prop, str):
        raise _bad(f"{where}: 'property' must be a string")
    prop = prop.split("@", 1)[0]  # allow_duplicate suffix, if a client sends it
    if prop != dep.component_property or not _id_matches(dep.component_id, component_id):
        raise _bad(f"{where}: {stringify_id(component_id)}.{prop} does not match {dep}")
    checked = {"id": component_id, "property": prop}
    if with_value:
        checked["value"] = item.get("value")
    return checked


def _is_list_dep(dep: DashDependency) -> bool:
    """ALL / ALLSMALLER dependencies take a list of matches."""
    return isinstance(dep.component_id, dict) and any(
        v in (ALL, ALLSMALLER) for v in dep.component_id.values()
    )


def _check_items(
    deps: Sequence[DashDependency], items: Any, name: str, with_value: bool
) -> List[Any]:
    if not isinstance(items, list):
        raise _bad(f"'{name}' must be a list")
    if len(items) != len(deps):
        raise _bad(f"'{name}' has {len(items)} items, the callback has {len(deps)}")
    checked: List[Any] = []
    for index, (dep, item) in enumerate(zip(deps, items)):
        where = f"{name}[{index}]"
        if _is_list_dep(dep):
            if not isinstance(item, list):
                raise _bad(f"{where}: expected a list of matches for wildcard {dep}")
            checked.append(
                [_check_item(dep, sub, f"{where}[{j}]", with_value) for j, sub in enumerate(item)]
            )
        else:
            checked.append(_check_item(dep, item, where, with_value))
    return checked


def _check_match_values(entry: CallbackEntry, items: List[Any]) -> None:
    """Every MATCH dependency of one call must name the same value for its MATCH keys."""
    deps = entry.outputs + entry.inputs + entry.state
    matched: Dict[str, Any] = {}
    for dep, item in zip(deps, items):
        if isinstance(item, list) or not isinstance(dep.component_id, dict):
            continue
        for key, pattern in dep.component_id.items():
            if pattern == MATCH and matched.setdefault(key, item["id"][key]) != item["id"][key]:
                raise _bad(f"MATCH values differ for key {key!r}: {matched[key]!r} and {item['id'][key]!r}")


def _normalize_outputs(entry: CallbackEntry, outputs: Any) -> Any:
    """Accept upstream's single-output forms (a bare object, a bare list of ALL matches)."""
    if entry.multi or entry.no_output:
        return outputs
    if isinstance(outputs, dict):
        return [outputs]
    if _is_list_dep(entry.outputs[0]) and isinstance(outputs, list):
        if not outputs or isinstance(outputs[0], dict):
            return [outputs]
    return outputs


def parse_request(app: Any, body: Any) -> Tuple[CallbackEntry, CallRequest]:
    """Validate a ``_dash-update-component`` body; raise ``BadRequest`` naming the bad field."""
    data = _load_body(body)
    entry = _lookup(app, data)
    outputs = data.get("outputs", [])
    outputs = _normalize_outputs(entry, outputs)
    checked_outputs = _check_items(entry.outputs, outputs, "outputs", with_value=False)
    checked_inputs = _check_items(entry.inputs, data.get("inputs"), "inputs", with_value=True)
    checked_state = _check_items(entry.state, data.get("state", []), "state", with_value=True)
    if entry.has_wildcards:
        _check_match_values(entry, checked_outputs + checked_inputs + checked_state)
    changed = data.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(p, str) for p in changed):
        raise _bad("'changedPropIds' must be a list of strings")
    call = CallRequest(
        callback_id=entry.callback_id,
        outputs=checked_outputs,
        inputs=checked_inputs,
        state=checked_state,
        changed_prop_ids=changed,
    )
    return entry, call


# ---------------------------------------------------------------------------------------
# execution


def _values(items: List[Any]) -> List[Any]:
    return [
        [sub["value"] for sub in item] if isinstance(item, list) else item["value"]
        for item in items
    ]


def _flat_arg_items(entry: CallbackEntry, call: CallRequest) -> List[Any]:
    """Request items in the order of the function's flattened argument grouping."""
    inputs, state = iter(call.inputs), iter(call.state)
    return [
        next(inputs) if isinstance(dep, Input) else next(state)
        for dep in flatten_grouping(entry.args_grouping)
    ]


def _context_values(entry: CallbackEntry, call: CallRequest, arg_items: List[Any]) -> Dict[str, Any]:
    values_by_prop: Dict[str, Any] = {}
    for item in call.inputs:
        for sub in item if isinstance(item, list) else [item]:
            values_by_prop[f"{stringify_id(sub['id'])}.{sub['property']}"] = sub["value"]
    changed = set(call.changed_prop_ids)

    def describe(item: Dict[str, Any]) -> AttributeDict:
        str_id = stringify_id(item["id"])
        return AttributeDict(
            item, str_id=str_id, triggered=f"{str_id}.{item['property']}" in changed
        )

    described = [
        [describe(sub) for sub in item] if isinstance(item, list) else describe(item)
        for item in arg_items
    ]
    outputs_list: Any = call.outputs if entry.multi else (call.outputs[0] if call.outputs else [])
    args_grouping = make_grouping_by_index(entry.args_grouping, described)
    if isinstance(args_grouping, list) and len(args_grouping) == 1:
        args_grouping = args_grouping[0]  # as upstream: one dependency is not a list
    return {
        "triggered_inputs": [
            {"prop_id": prop_id, "value": values_by_prop.get(prop_id)}
            for prop_id in call.changed_prop_ids
        ],
        "inputs_list": call.inputs,
        "states_list": call.state,
        "outputs_list": outputs_list,
        "args_grouping": args_grouping,
        "outputs_grouping": (
            make_grouping_by_index(entry.output_grouping, call.outputs)
            if entry.multi
            else outputs_list
        ),
        "using_args_grouping": entry.using_args_grouping,
        "using_outputs_grouping": entry.using_outputs_grouping,
        "request": call.request,
    }


def _invoke(entry: CallbackEntry, arg_items: List[Any], progress_hook: Optional[ProgressHook]) -> Any:
    args = make_grouping_by_index(entry.args_grouping, _values(arg_items))
    leading = []
    if entry.background is not None and entry.background["progress"]:
        leading.append(progress_hook or _no_progress)
    assert entry.func is not None  # parse_request rejects clientside callbacks
    if entry.keyword_args:
        return entry.func(*leading, **args)
    return entry.func(*leading, *args)


def _awaited(value: Any) -> Any:
    """``async def`` callbacks (and handlers) return a coroutine: its value is the answer."""
    return run_awaitable(value) if inspect.isawaitable(value) else value


def _no_progress(*_: Any) -> None:
    """set_progress outside a job (a background callback run inline) does nothing."""


def _invalid(entry: CallbackEntry, message: str) -> exceptions.InvalidCallbackReturnValue:
    return exceptions.InvalidCallbackReturnValue(
        f"The callback {entry.name} (output {entry.spec['output']}) {message}"
    )


def _flat_values(entry: CallbackEntry, value: Any) -> List[Any]:
    """The returned value split per output dependency, checked against the grouping."""
    if NoUpdate.is_no_update(value):
        return [value] * len(entry.outputs)
    if not entry.multi:
        return [value]
    try:
        validate_grouping(value, entry.output_grouping)
    except GroupingMismatch as err:
        where = "".join(f"[{p!r}]" for p in err.path) or "the return value"
        raise _invalid(entry, f"returned a value that does not fit its outputs at {where}: {err}") from None
    return flatten_grouping(value, entry.output_grouping)


def _collect_outputs(entry: CallbackEntry, call: CallRequest, value: Any) -> Props:
    if entry.no_output:
        if value is not None and not NoUpdate.is_no_update(value):
            raise _invalid(entry, f"has no outputs but returned {type(value).__name__} {value!r:.80}")
        return {}
    response: Props = {}
    for dep, item, dep_value in zip(entry.outputs, call.outputs, _flat_values(entry, value)):
        if NoUpdate.is_no_update(dep_value):
            continue
        if isinstance(item, list):
            if not isinstance(dep_value, (list, tuple)) or len(dep_value) != len(item):
                got = len(dep_value) if isinstance(dep_value, (list, tuple)) else type(dep_value).__name__
                raise _invalid(
                    entry,
                    f"must return a list of {len(item)} values for wildcard output {dep}; got {got}",
                )
            pairs = list(zip(item, dep_value))
        else:
            pairs = [(item, dep_value)]
        for target, target_value in pairs:
            if not NoUpdate.is_no_update(target_value):
                response.setdefault(stringify_id(target["id"]), {})[target["property"]] = target_value
    return response


def execute(
    entry: CallbackEntry,
    call: CallRequest,
    *,
    set_props_hook: Optional[SetPropsHook] = None,
    progress_hook: Optional[ProgressHook] = None,
    on_error: Optional[Callable[[Exception], Any]] = None,
) -> CallbackResult:
    """Run ``entry``'s function for ``call`` inside a fresh callback context.

    ``set_props_hook`` receives ``set_props`` calls as they happen (background jobs)
    instead of collecting them into ``side_update``; ``progress_hook`` is the
    ``set_progress`` passed first to background callbacks that declare ``progress``.
    The callback's ``on_error`` (else the ``on_error`` given here, the app's) handles an
    exception; returning None from it leaves every output unchanged. ``PreventUpdate``
    gives a prevented result; other exceptions propagate.
    """
    arg_items = _flat_arg_items(entry, call)
    context = _context_values(entry, call, arg_items)
    context["set_props_hook"] = set_props_hook
    token, state = start_context(context)
    try:
        state["custom_data"] = AttributeDict(plugin_hooks.custom_data_values(callback_context))
        try:
            value = _awaited(_invoke(entry, arg_items, progress_hook))
        except exceptions.PreventUpdate:
            return CallbackResult(
                side_update=state.updated_props,
                prevented=not state.updated_props,
                headers=_response_headers(state),
            )
        except Exception as err:  # pylint: disable=broad-except
            handler = entry.on_error or on_error
            if handler is None:
                raise
            value = _awaited(handler(err))
            if value is None:
                value = NoUpdate()
        response = _collect_outputs(entry, call, value)
        return CallbackResult(
            response=response,
            side_update=state.updated_props,
            prevented=not response and not state.updated_props,
            headers=_response_headers(state),
        )
    finally:
        end_context(token)


def _response_headers(state: AttributeDict) -> List[Tuple[str, str]]:
    """Headers the callback set on ``ctx.response``, plus the Server-Timing entries: the
    request's ``__dash_server`` (debug mode) and the callback's ``record_timing`` ones."""
    dash_response = state.get("dash_response")
    headers = [
        (name, value)
        for name, value in (dash_response.headers.items() if dash_response is not None else [])
        # the encoded answer sets its own type and length
        if name.lower() not in ("content-type", "content-length")
    ]
    # debug mode with the dev tools UI times the whole request (as upstream, listed first)
    whole = server_timing()
    timings = ([whole] if whole else []) + [
        f"{name};dur={t['dur']}" + (f';desc="{t["desc"]}"' if t["desc"] else "")
        for name, t in state.timing_information.items()
    ]
    if timings:
        headers.append(("Server-Timing", ", ".join(timings)))
    return headers


# ---------------------------------------------------------------------------------------
# encoding


def _encode_result(entry: CallbackEntry, result: CallbackResult) -> str:
    try:
        return to_json(result.body())
    except (TypeError, ValueError) as err:
        raise _unserializable(entry, result, err) from err


def _unserializable(entry: CallbackEntry, result: CallbackResult, err: Exception) -> Exception:
    """Name the first output (or set_props target) whose value cannot be encoded."""
    for source, props in (("output", result.response), ("set_props", result.side_update)):
        for sid, values in props.items():
            for prop, value in values.items():
                try:
                    to_json(value)
                except (TypeError, ValueError):
                    return _invalid(
                        entry,
                        f"returned a value of type {type(value).__name__} for {source}"
                        f" {sid}.{prop}, which is not JSON serializable: {value!r:.200}",
                    )
    return _invalid(entry, f"returned a value that is not JSON serializable: {err}")
