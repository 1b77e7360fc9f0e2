#!/usr/bin/env bash
# Creates the separate virtualenv holding upstream Dash, which the benchmarks run side by side
# with this package. Nothing from it is imported by the project; it is only executed.
set -euo pipefail
VENV="${UPSTREAM_VENV:-/work/upstream-venv}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q 'dash[diskcache,celery,async]==4.4.1' redis gunicorn
echo "$VENV/bin/python"
