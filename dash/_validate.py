"""Registration-time validation of callbacks; every message names the callback."""
from typing import Any, Iterable, List, Optional, Sequence

from . import exceptions
from .dependencies import ALLSMALLER, MATCH, DashDependency, Input, Output, State


def _leaves(arg: Any) -> List[Any]:
    if isinstance(arg, (list, tuple)):
        return [leaf for sub in arg for leaf in _leaves(sub)]
    if isinstance(arg, dict):
        return [leaf for sub in arg.values() for leaf in _leaves(sub)]
    return [arg]


def validate_dependency_types(name: str, grouping: Any, allowed: tuple, role: str) -> None:
    """Every leaf of ``grouping`` must be an instance of one of ``allowed``."""
    for leaf in _leaves(grouping):
        if not isinstance(leaf, allowed):
            expected = " or ".join(cls.__name__ for cls in allowed)
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: {role} must be {expected} objects (optionally in a list,"
                f" tuple or dict); found {leaf!r} ({type(leaf).__name__})."
            )


def validate_positional_order(name: str, args: Sequence[Any]) -> None:
    """Positional dependencies come as all Outputs, then Inputs/States."""
    seen_non_output: Optional[Any] = None
    for arg in args:
        for leaf in _leaves(arg):
            if not isinstance(leaf, DashDependency):
                raise exceptions.IncorrectTypeException(
                    f"Callback {name}: arguments must be Output, Input or State objects,"
                    f" optionally in a list, tuple or dict; found {leaf!r}."
                )
            if isinstance(leaf, Output) and seen_non_output is not None:
                raise exceptions.IncorrectTypeException(
                    f"Callback {name}: provide all Outputs first, then Inputs, then States;"
                    f" {leaf!r} comes after {seen_non_output!r}."
                )
            if not isinstance(leaf, Output):
                seen_non_output = leaf


def validate_outputs_unique(
    name: str, outputs: Sequence[Output], registered: Iterable[Output]
) -> None:
    """Two callbacks may write one output only if one of them sets allow_duplicate."""
    for index, output in enumerate(outputs):
        for other in outputs[:index]:
            if output == other:
                raise exceptions.DuplicateCallbackOutput(
                    f"Callback {name}: output {output} is listed more than once."
                )
    for existing in registered:
        for output in outputs:
            if output == existing and not (output.allow_duplicate or existing.allow_duplicate):
                raise exceptions.DuplicateCallbackOutput(
                    f"Callback {name}: output {output} is already written by another callback."
                    " Set allow_duplicate=True on the Output (with prevent_initial_call=True)"
                    " to let several callbacks write it."
                )


def validate_allow_duplicate(name: str, outputs: Sequence[Output], prevent_initial_call: Any) -> None:
    """allow_duplicate outputs need prevent_initial_call (or ``"initial_duplicate"``)."""
    duplicates = [str(o) for o in outputs if o.allow_duplicate]
    if duplicates and prevent_initial_call not in (True, "initial_duplicate", None):
        raise exceptions.DuplicateCallback(
            f"Callback {name}: allow_duplicate on {', '.join(duplicates)} requires"
            " prevent_initial_call=True, because several callbacks writing one output on"
            " page load have no defined order. Use prevent_initial_call='initial_duplicate'"
            " to run it on load anyway."
        )


def validate_wildcards(
    name: str, outputs: Sequence[Output], inputs: Sequence[Input], state: Sequence[State]
) -> None:
    """MATCH outputs need MATCH inputs with the same keys; ALLSMALLER only in inputs/state."""
    for output in outputs:
        if ALLSMALLER._name in output.wildcards():
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: output {output} uses ALLSMALLER, which is only allowed"
                " in Inputs and States."
            )
    match_keys = [_wildcard_keys(dep, MATCH) for dep in list(outputs) + list(inputs) + list(state)]
    match_keys = [keys for keys in match_keys if keys]
    if any(keys != match_keys[0] for keys in match_keys):
        raise exceptions.IncorrectTypeException(
            f"Callback {name}: every MATCH dependency must use MATCH on the same keys;"
            f" found {', '.join(sorted(map(str, set(map(tuple, match_keys)))))}."
        )
    matching_inputs = [dep for dep in inputs if _wildcard_keys(dep, MATCH)]
    for output in outputs:
        if _wildcard_keys(output, MATCH) and not matching_inputs:
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: output {output} uses MATCH, so at least one Input must"
                " use MATCH on the same keys."
            )
    output_match_keys = {key for output in outputs for key in _wildcard_keys(output, MATCH)}
    for dep in list(inputs) + list(state):
        for key in _wildcard_keys(dep, ALLSMALLER):
            if key not in output_match_keys:
                raise exceptions.IncorrectTypeException(
                    f"Callback {name}: {dep} uses ALLSMALLER on {key!r}, which needs an"
                    f" Output using MATCH on {key!r}."
                )


def _wildcard_keys(dep: DashDependency, wildcard: Any) -> List[str]:
    if not isinstance(dep.component_id, dict):
        return []
    return sorted(k for k, v in dep.component_id.items() if v == wildcard)


def validate_background(
    name: str, progress: Sequence[Any], cancel: Sequence[Any], running: Sequence[Any]
) -> None:
    """progress must be Outputs, cancel Inputs, running (Output, on, off) triples."""
    for dep in progress:
        if not isinstance(dep, Output):
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: progress must be Output objects; found {dep!r}."
            )
        if dep.has_wildcard():
            raise exceptions.WildcardInLongCallback(
                f"Callback {name}: progress output {dep} cannot use wildcards."
            )
    for dep in cancel:
        if not isinstance(dep, Input):
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: cancel must be Input objects; found {dep!r}."
            )
    validate_running(name, running)


def validate_cancel_on_navigation(name: str, value: Any) -> None:
    """cancel_on_navigation is a plain bool."""
    if not isinstance(value, bool):
        raise exceptions.IncorrectTypeException(
            f"Callback {name}: cancel_on_navigation must be True or False; found {value!r}."
        )


def validate_running(name: str, running: Sequence[Any]) -> None:
    """running is a list of ``(Output, value_while_running, value_after)``."""
    for item in running:
        if not (isinstance(item, (list, tuple)) and len(item) == 3 and isinstance(item[0], Output)):
            raise exceptions.IncorrectTypeException(
                f"Callback {name}: running must be a list of (Output, on, off) tuples;"
                f" found {item!r}."
            )
