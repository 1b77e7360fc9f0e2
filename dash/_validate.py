"""Registration-time validation of callbacks; every message names the callback.

Only what upstream raises at registration is checked here. Declarations upstream lets
through and reports in the browser (blank ids or props, wildcard misuse, outputs listed
twice) are the dev tools' job (dash-renderer/src/devtools/callbackValidation.ts)."""
from typing import Any, List, Optional, Sequence

from . import exceptions
from .dependencies import DashDependency, Input, Output


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
                # Upstream's wording (users' suites match it), naming the callback too.
                raise exceptions.IncorrectTypeException(
                    f"Callback {name}: in a callback definition, you must provide all Outputs first,\n"
                    f"then all Inputs, then all States. After this item:\n{seen_non_output!r}\n"
                    f"we found this item next:\n{leaf!r}"
                )
            if not isinstance(leaf, Output):
                seen_non_output = leaf


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
