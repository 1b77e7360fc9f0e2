"""Where failure screenshots, console logs and snapshots are written."""
import os
import re
from pathlib import Path

ENV_VAR = "DASH_TEST_ARTIFACTS"
DEFAULT_DIR = "test-artifacts"


def artifacts_dir() -> Path:
    """The artifacts directory (env ``DASH_TEST_ARTIFACTS``, else ``./test-artifacts``),
    created on first use."""
    path = Path(os.environ.get(ENV_VAR) or DEFAULT_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def artifact_path(name: str, suffix: str) -> Path:
    """Path for artifact ``name`` (made file-name safe) with ``suffix`` (e.g. ``.png``)."""
    safe = re.sub(r"[^\w.\-\[\]]+", "_", name).strip("_") or "snapshot"
    return artifacts_dir() / f"{safe}{suffix}"
