"""``app.callback_map``, readable the way upstream Dash lays it out.

Keys are this package's stable callback ids and values are ``CallbackEntry`` objects.
Code written against upstream's internals (plugins, test suites) looks entries up by
output string instead (``"a.children"``, ``"..a.b...c.d.."``) and reads them as dicts
(``["inputs"]``, ``["state"]``, ``["callback"]``); such a key finds the same callback and
answers with ``UpstreamEntryView``, a read-only dict of upstream's keys.
"""
from typing import Any, Callable, Dict, List, Optional

from ._callback import CallbackEntry
from ._dispatch import CallbackResult, CallRequest, _collect_outputs, _encode_result, _normalize_outputs


def _wrapped_function(entry: CallbackEntry) -> Callable[..., str]:
    """The function as upstream's ``callback_map[...]["callback"]``: it takes the
    callback's arguments and ``outputs_list=`` and returns the JSON answer, raising
    ``InvalidCallbackReturnValue`` for a value the outputs cannot take."""
    assert entry.func is not None
    func = entry.func

    def wrapped(*args: Any, outputs_list: Any = None, **kwargs: Any) -> str:
        value = func(*args, **kwargs)
        outputs = _normalize_outputs(entry, outputs_list if outputs_list is not None else [])
        call = CallRequest(callback_id=entry.callback_id, outputs=outputs, inputs=[], state=[], changed_prop_ids=[])
        return _encode_result(entry, CallbackResult(response=_collect_outputs(entry, call, value)))

    return wrapped


class UpstreamEntryView(Dict[str, Any]):
    """One callback with upstream's keys: ``inputs``, ``state``, ``output``, ``callback``."""

    def __init__(self, entry: CallbackEntry) -> None:
        super().__init__(
            inputs=entry.spec["inputs"],
            state=entry.spec["state"],
            output=entry.spec["output"],
            prevent_initial_call=entry.spec["prevent_initial_call"],
            callback=_wrapped_function(entry) if entry.func is not None else None,
        )


class CallbackMap(Dict[str, CallbackEntry]):
    """Callback id -> entry; an upstream output-string key gives the upstream view."""

    def __missing__(self, key: str) -> Any:
        entry = self._by_output(key)
        if entry is None:
            raise KeyError(key)
        return UpstreamEntryView(entry)

    def _by_output(self, output: str) -> Optional[CallbackEntry]:
        matches: List[CallbackEntry] = [e for e in self.values() if e.spec["output"] == output]
        return matches[-1] if matches else None
