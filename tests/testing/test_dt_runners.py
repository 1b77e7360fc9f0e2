"""Server runners: real servers on real ports, stopped and freed at the end."""
import sys
import textwrap
import time

import pytest
import requests

from dash import Dash, html
from dash.testing.application_runners import (
    MultiProcessRunner,
    ProcessRunner,
    ThreadedRunner,
    free_port,
    import_app,
    port_is_free,
)
from dash.testing.errors import DashAppLoadingError, NoAppFoundError

APP_MODULE = """
from dash import Dash, html

app = Dash(__name__)
app.layout = html.Div("served from a subprocess", id="proc-out")
"""


def _layout_text(url: str) -> str:
    return requests.get(f"{url}/_dash-layout", timeout=5).text


def _tiny_app(text: str) -> Dash:
    app = Dash(__name__)
    app.layout = html.Div(text, id="out")
    return app


def test_threaded_runner_serves_and_frees_port():
    with ThreadedRunner() as runner:
        runner(_tiny_app("threaded"))
        port = runner.port
        assert runner.url == f"http://localhost:{port}"  # as upstream; bound to 127.0.0.1
        assert "threaded" in _layout_text(runner.url)
        assert not port_is_free(port)
    assert port_is_free(port)
    with pytest.raises(requests.ConnectionError):
        requests.get(runner.url, timeout=2)


def test_thread_server_fixture_starts_app(dash_thread_server):
    dash_thread_server(_tiny_app("fixture"), debug=True)
    assert "fixture" in _layout_text(dash_thread_server.url)


@pytest.fixture
def app_module(tmp_path, monkeypatch):
    (tmp_path / "proc_app.py").write_text(textwrap.dedent(APP_MODULE))
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    return "proc_app"


def test_import_app(app_module):
    app = import_app(app_module)
    assert isinstance(app, Dash)
    with pytest.raises(NoAppFoundError, match="nope"):
        import_app(app_module, application_name="nope")


def test_process_runner_runs_module_and_kills_it(app_module):
    with ProcessRunner() as runner:
        runner(app_module)
        proc, port = runner.proc, runner.port
        assert "served from a subprocess" in _layout_text(runner.url)
    assert proc.poll() is not None
    assert port_is_free(port)


def test_multi_process_runner_forks_app():
    with MultiProcessRunner() as runner:
        runner(_tiny_app("forked"))
        proc, port = runner.proc, runner.port
        assert "forked" in _layout_text(runner.url)
    assert not proc.is_alive()
    assert port_is_free(port)


def test_process_runner_raw_command_is_killed_with_its_group(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "index.html").write_text("raw command page")
    port = free_port()
    # A shell that starts a child server: stopping must kill the whole group.
    command = f"{sys.executable} -m http.server {port} --bind 127.0.0.1 & wait"
    with ProcessRunner() as runner:
        runner(raw_command=command, port=port)
        assert requests.get(runner.url, timeout=5).text == "raw command page"
    assert port_is_free(port)


def test_process_runner_reports_a_crashing_app_at_once(tmp_path, monkeypatch):
    (tmp_path / "broken_app.py").write_text("raise RuntimeError('broken on import')\n")
    monkeypatch.chdir(tmp_path)
    start = time.monotonic()
    with ProcessRunner() as runner, pytest.raises(DashAppLoadingError, match="exited"):
        runner("broken_app", start_timeout=30)
    assert time.monotonic() - start < 15
    assert runner.proc is None
