"""Cache-busting fingerprints in component-suite URLs.

``dash_iconify.min.js`` of version 0.1.2 modified at t=1650551946 is served as
``dash_iconify.v0_1_2m1650551946.min.js``: the fingerprint goes after the first dot of
the file name. Fingerprinted URLs can be cached forever; the server strips the
fingerprint (whatever its value) before looking the file up.
"""
import re
from typing import Tuple

_VERSION_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_FINGERPRINT = re.compile(r"^v[\w-]+m[0-9a-fA-F]+$")


def build_fingerprint(path: str, version: object, mtime: float) -> str:
    """Insert ``v<version>m<mtime>`` after the first dot of the last segment of ``path``.

    A file name without a dot has nowhere to carry a fingerprint and is returned as is.
    """
    folder, sep, name = path.rpartition("/")
    stem, dot, rest = name.partition(".")
    if not dot:
        return path
    version_part = _VERSION_UNSAFE.sub("_", str(version))
    return f"{folder}{sep}{stem}.v{version_part}m{int(mtime)}.{rest}"


def check_fingerprint(path: str) -> Tuple[str, bool]:
    """Return ``(path without its fingerprint, whether it had one)``."""
    folder, sep, name = path.rpartition("/")
    parts = name.split(".")
    if len(parts) > 2 and _FINGERPRINT.match(parts[1]):
        return f"{folder}{sep}{'.'.join([parts[0]] + parts[2:])}", True
    return path, False
