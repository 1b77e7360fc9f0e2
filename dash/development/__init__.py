"""Tools for component classes; ``base_component`` is what component libraries import."""
from . import base_component  # noqa: F401

__all__ = ["base_component"]
