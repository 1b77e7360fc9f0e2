"""The plugin as pytest users see it: a separate pytest process running test files."""
import importlib.metadata
import os
import subprocess
import sys
import textwrap

INNER_TESTS = """
from dash import Dash, html

def test_fails_on_purpose(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div("visible", id="out")
    dash_duo.start_server(app)
    dash_duo.driver.execute_script("console.error('inner-console-error');")
    assert len(dash_duo.get_logs()) == 1  # read entries still go to the artifact log
    dash_duo.wait_for_text_to_equal("#out", "never shown", timeout=0.5)

def test_dashr_skips(dashr):
    pass

def test_setup_options_hook(dash_br):
    agent = dash_br.driver.execute_script("return navigator.userAgent;")
    assert agent == "dash-testing-agent"
"""

INNER_CONFTEST = """
from selenium.webdriver.chrome.options import Options

def pytest_setup_options():
    options = Options()
    options.add_argument("--user-agent=dash-testing-agent")
    return options
"""


def _plugin_args():
    # Without the installed entry point (e.g. before `pip install -e`), load it by name.
    installed = importlib.metadata.entry_points(group="pytest11", name="dash")
    return [] if installed else ["-p", "dash.testing.plugin"]


def test_failure_saves_screenshot_and_console_log(tmp_path):
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(INNER_TESTS))
    (tmp_path / "conftest.py").write_text(textwrap.dedent(INNER_CONFTEST))
    # Without DASH_TEST_ARTIFACTS, artifacts go next to the JUnit report.
    env = {k: v for k, v in os.environ.items() if k != "DASH_TEST_ARTIFACTS"}
    artifacts = tmp_path / "reports" / "test-artifacts"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *_plugin_args(), "-p", "no:cacheprovider",
         "-rs", "--headless", "--junitxml=reports/junit.xml", str(tmp_path / "test_inner.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    out = result.stdout + result.stderr
    assert "1 failed, 1 passed, 1 skipped" in out, out
    assert "Dash for R apps are not supported" in out
    assert "text -> never shown not found within 0.5s, found: visible" in out
    png = artifacts / "test_fails_on_purpose.png"
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "inner-console-error" in (artifacts / "test_fails_on_purpose.log").read_text()


def test_diskcache_manager_fixture(diskcache_manager):
    from dash import DiskcacheManager

    assert isinstance(diskcache_manager, DiskcacheManager)
