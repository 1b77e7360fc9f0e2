"""Type aliases and TypedDicts used in Dash's public signatures."""
import typing

from typing_extensions import NotRequired, TypedDict

# Anything numeric: int, float, numpy scalars, Decimal, ... (component libraries
# annotate number props with it).
NumberType = typing.Union[typing.SupportsFloat, typing.SupportsInt, typing.SupportsComplex]


class RendererHooks(TypedDict):
    """Names of JavaScript functions the renderer calls at fixed points (``Dash(hooks=...)``)."""

    layout_pre: NotRequired[str]
    layout_post: NotRequired[str]
    request_pre: NotRequired[str]
    request_post: NotRequired[str]
    callback_resolved: NotRequired[str]
    request_refresh_jwt: NotRequired[str]
