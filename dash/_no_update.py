"""``no_update``: return it from a callback to leave an output unchanged."""
from typing import Any, Dict

_MARKER = "_dash_no_update"


class NoUpdate:
    """Marker type; ``dash.no_update`` is its instance (any instance works the same)."""

    def to_plotly_json(self) -> Dict[str, str]:
        """The serialized marker, understood by the renderer as "leave unchanged"."""
        return {_MARKER: _MARKER}

    def __repr__(self) -> str:
        return "dash.no_update"

    @staticmethod
    def is_no_update(obj: Any) -> bool:
        """True for a ``NoUpdate`` instance or its serialized marker dict."""
        return isinstance(obj, NoUpdate) or (
            isinstance(obj, dict) and len(obj) == 1 and obj.get(_MARKER) == _MARKER
        )


no_update = NoUpdate()
