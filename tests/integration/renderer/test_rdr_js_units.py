"""Runs the renderer's and the html bundle's vitest suites, so `pytest tests` covers them."""
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("workspace", ["dash-renderer", "components/html"])
def test_rdr_vitest_suite(workspace):
    npx = shutil.which("npx")
    if npx is None or not (ROOT / "node_modules" / "vitest").exists():
        pytest.skip("Node.js dependencies are not installed")
    result = subprocess.run(
        [npx, "vitest", "run"], cwd=ROOT / workspace, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
