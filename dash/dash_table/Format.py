"""Number formats for ``DataTable`` columns (``columns[i]["format"]``).

A :class:`Format` builds a d3-format specifier plus locale overrides; the table
renders numbers with it. Use keyword arguments or the chainable methods::

    Format(precision=2, scheme=Scheme.fixed).group(True).symbol(Symbol.yes)
"""
import collections
from typing import Any, Dict, List, Optional, Sequence, Union


def _choices(name: str, **values: Any) -> Any:
    """An immutable namespace of allowed values (``Scheme.fixed`` == ``"f"``)."""
    return collections.namedtuple(name, list(values))(**values)


Align = _choices("Align", default="", left="<", right=">", center="^", right_sign="=")
Group = _choices("Group", no="", yes=",")
Padding = _choices("Padding", no="", yes="0")
Prefix = _choices(
    "Prefix",
    yocto=10**-24,
    zepto=10**-21,
    atto=10**-18,
    femto=10**-15,
    pico=10**-12,
    nano=10**-9,
    micro=10**-6,
    milli=10**-3,
    none=None,
    kilo=10**3,
    mega=10**6,
    giga=10**9,
    tera=10**12,
    peta=10**15,
    exa=10**18,
    zetta=10**21,
    yotta=10**24,
)
Scheme = _choices(
    "Scheme",
    default="",
    decimal="r",
    decimal_integer="d",
    decimal_or_exponent="g",
    decimal_si_prefix="s",
    exponent="e",
    fixed="f",
    percentage="%",
    percentage_rounded="p",
    binary="b",
    octal="o",
    lower_case_hex="x",
    upper_case_hex="X",
    unicode="c",
)
Sign = _choices("Sign", default="", negative="-", positive="+", parantheses="(", space=" ")
Symbol = _choices("Symbol", no="", yes="$", binary="#b", octal="#o", hex="#x")
Trim = _choices("Trim", no="", yes="~")

# d3-format specifier fields, in the order they appear in the specifier string.
_SPECIFIER_ORDER = ("fill", "align", "sign", "symbol", "padding", "width", "group", "precision", "trim", "type")


def _one_of(value: Any, allowed: Any) -> Any:
    """``value`` if it is one of ``allowed``'s values; booleans pick yes/no."""
    if isinstance(value, bool) and hasattr(allowed, "yes"):
        value = allowed.yes if value else allowed.no
    if value not in allowed:
        raise TypeError("expected value to be one of", str(list(allowed)))
    return value


def _count(value: Optional[int]) -> str:
    """A non-negative integer as text ('' for None)."""
    if value is None:
        return ""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected value to be an integer")
    if value < 0:
        raise ValueError("expected value to be non-negative", str(value))
    return str(value)


def _single_char(value: str) -> str:
    if not isinstance(value, str) or len(value) != 1:
        raise ValueError("expected value to a string of length one")
    return value


class Format:
    """A DataTable number format; every keyword argument calls the method of that name."""

    def __init__(self, **kwargs: Any) -> None:
        self._locale: Dict[str, Any] = {}
        self._nully: Any = ""
        self._prefix: Optional[float] = Prefix.none
        self._specifier: Dict[str, str] = dict.fromkeys(_SPECIFIER_ORDER, "")
        for name, value in kwargs.items():
            if name not in _METHODS:
                raise TypeError(f"{name} is not a format method. Expected one of", str(_METHODS))
            getattr(self, name)(value)

    def align(self, value: str) -> "Format":
        """Alignment within ``padding_width`` (an :data:`Align` value)."""
        self._specifier["align"] = _one_of(value, Align)
        return self

    def fill(self, value: str) -> "Format":
        """The character padding uses."""
        self._specifier["fill"] = _single_char(value)
        return self

    def group(self, value: Union[bool, str]) -> "Format":
        """Thousands grouping on or off (a :data:`Group` value or bool)."""
        self._specifier["group"] = _one_of(value, Group)
        return self

    def padding(self, value: Union[bool, str]) -> "Format":
        """Zero padding on or off (a :data:`Padding` value or bool)."""
        self._specifier["padding"] = _one_of(value, Padding)
        return self

    def padding_width(self, value: Optional[int]) -> "Format":
        """Minimum width of the formatted value."""
        self._specifier["width"] = _count(value)
        return self

    def precision(self, value: Optional[int]) -> "Format":
        """Number of digits (after the point, or significant, depending on the scheme)."""
        digits = _count(value)
        self._specifier["precision"] = f".{digits}" if digits else ""
        return self

    def scheme(self, value: str) -> "Format":
        """The notation (a :data:`Scheme` value)."""
        self._specifier["type"] = _one_of(value, Scheme)
        return self

    def sign(self, value: str) -> "Format":
        """How signs are shown (a :data:`Sign` value)."""
        self._specifier["sign"] = _one_of(value, Sign)
        return self

    def symbol(self, value: str) -> "Format":
        """Currency or base symbol (a :data:`Symbol` value)."""
        self._specifier["symbol"] = _one_of(value, Symbol)
        return self

    def trim(self, value: Union[bool, str]) -> "Format":
        """Drop insignificant trailing zeros (a :data:`Trim` value or bool)."""
        self._specifier["trim"] = _one_of(value, Trim)
        return self

    def si_prefix(self, value: Optional[float]) -> "Format":
        """A fixed SI prefix for every value (a :data:`Prefix` value)."""
        self._prefix = _one_of(value, Prefix)
        return self

    def nully(self, value: Any) -> "Format":
        """What to show for null / missing values."""
        self._nully = value
        return self

    def decimal_delimiter(self, value: str) -> "Format":
        """The decimal point character."""
        self._locale["decimal"] = _single_char(value)
        return self

    def group_delimiter(self, value: str) -> "Format":
        """The thousands separator character."""
        self._locale["group"] = _single_char(value)
        return self

    def groups(self, value: Union[int, Sequence[int]]) -> "Format":
        """Group sizes, e.g. ``3`` or ``[3, 2]``."""
        sizes: List[Any] = [value] if isinstance(value, int) else list(value)
        if not sizes or not all(isinstance(size, int) and not isinstance(size, bool) for size in sizes):
            raise ValueError("expected groups to be an integer or a list of one or more integers")
        self._locale["grouping"] = sizes
        return self

    def symbol_prefix(self, value: str) -> "Format":
        """Text shown before the value when ``symbol`` is on."""
        return self._set_symbol(0, value)

    def symbol_suffix(self, value: str) -> "Format":
        """Text shown after the value when ``symbol`` is on."""
        return self._set_symbol(1, value)

    def _set_symbol(self, index: int, value: str) -> "Format":
        if not isinstance(value, str):
            raise TypeError("expected value to be a string")
        symbol = list(self._locale.get("symbol", ["", ""]))
        symbol[index] = value
        self._locale["symbol"] = symbol
        return self

    def to_plotly_json(self) -> Dict[str, Any]:
        """The ``format`` object the DataTable reads."""
        return {
            "locale": dict(self._locale),
            "nully": self._nully,
            "prefix": self._prefix,
            "specifier": "".join(self._specifier[field] for field in _SPECIFIER_ORDER),
        }


# The setters keyword arguments may name.
_METHODS = sorted(name for name in vars(Format) if not name.startswith("_") and name != "to_plotly_json")
