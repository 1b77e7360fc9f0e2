"""app.run() in a real process: HOST/PORT from the environment, the startup line, serving."""
import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

APP = textwrap.dedent(
    """
    from dash import Dash, html
    app = Dash(__name__)
    app.layout = html.Div("served", id="main")
    if __name__ == "__main__":
        app.run()
    """
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float = 20.0) -> bytes:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def running_app(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASH_")}
    env.update(HOST="127.0.0.1", PORT=str(port), PYTHONPATH=f"{ROOT}{os.pathsep}{env.get('PYTHONPATH', '')}")
    proc = subprocess.Popen(
        [sys.executable, str(script)], cwd=tmp_path, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_run_serves_on_host_and_port_from_env(running_app):
    url, proc = running_app
    assert b"react-entry-point" in _get(url + "/")
    assert b'"served"' in _get(url + "/_dash-layout")
    proc.terminate()
    output = proc.communicate(timeout=10)[0]
    assert f"Dash is running on {url}/" in output
