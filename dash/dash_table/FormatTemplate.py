"""Ready-made DataTable number formats."""
from .Format import Format, Group, Scheme, Symbol


def money(decimals: int = 2) -> Format:
    """Dollar amounts with thousands separators, e.g. ``$1,234.50``."""
    return Format(group=Group.yes, precision=decimals, scheme=Scheme.fixed, symbol=Symbol.yes)


def percentage(decimals: int = 0, rounded: bool = False) -> Format:
    """Fractions shown as percentages (``rounded`` rounds to significant digits)."""
    scheme = Scheme.percentage_rounded if rounded else Scheme.percentage
    return Format(scheme=scheme, precision=decimals)
