"""Small helpers shared by the server modules."""
import hashlib
import json
from typing import Any


def stringify_id(id_: Any) -> str:
    """Canonical string form of a component id.

    Strings are returned unchanged; dict ids become JSON with sorted keys and no
    spaces. Wildcards (``ALL``, ``MATCH``, ``ALLSMALLER``) serialize as ``["ALL"]`` etc.
    """
    if isinstance(id_, dict):
        return json.dumps(
            {k: _wildcard_json(v) for k, v in id_.items()},
            sort_keys=True,
            separators=(",", ":"),
        )
    return id_ if isinstance(id_, str) else str(id_)


def _wildcard_json(value: Any) -> Any:
    to_json = getattr(value, "to_json", None)
    if to_json is not None and getattr(value, "_is_wildcard", False):
        return json.loads(to_json())
    return value


class AttributeDict(dict):
    """A dict whose keys are also attributes; keys can be frozen read-only."""

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __setitem__(self, key: str, value: Any) -> None:
        read_only = self.__dict__.get("_read_only", {})
        if key in read_only:
            raise AttributeError(read_only[key], key)
        final_msg = self.__dict__.get("_final")
        if final_msg and key not in self:
            raise AttributeError(final_msg, key)
        super().__setitem__(key, value)

    def update(self, other=None, **kwargs):  # type: ignore[override]
        for key, value in dict(other or {}, **kwargs).items():
            self[key] = value

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def set_read_only(self, names, msg: str = "Attribute is read-only") -> None:
        read_only = self.__dict__.setdefault("_read_only", {})
        for name in names:
            read_only[name] = msg

    def finalize(self, msg: str = "Object is final: No new keys may be added.") -> None:
        self.__dict__["_final"] = msg

    def first(self, *names: str) -> Any:
        for name in names:
            value = self.get(name)
            if value:
                return value
        if not names:
            return next(iter(self.values()), None)
        return None


def short_hash(text: str, length: int = 16) -> str:
    """A short, stable hex digest of ``text`` (not a secret)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]
