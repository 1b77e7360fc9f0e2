"""The pytest plugin (entry point ``pytest11: dash``): command-line options, the
``pytest_setup_options`` hook, server/browser fixtures, failure artifacts.

Typical use::

    def test_counter(dash_duo):
        dash_duo.start_server(app)            # app in a thread, Chromium on its page
        dash_duo.find_element("#btn").click()
        dash_duo.wait_for_text_to_equal("#out", "1")
        assert dash_duo.get_logs() == []      # no console errors

When a test using a browser fixture fails, ``<test name>.png`` (screenshot) and
``<test name>.log`` (the session's browser console) are written to
``$DASH_TEST_ARTIFACTS``, else ``test-artifacts/`` next to the ``--junitxml`` report,
else ``./test-artifacts``. Browser and server dependencies are imported lazily, so
the plugin loads in any pytest run.
"""
import os
from pathlib import Path
from typing import Any, Iterator

import pytest

from . import artifacts
from .consts import SELENIUM_GRID_DEFAULT

# The browser fixtures whose page is captured when a test fails.
BROWSER_FIXTURES = ("dash_duo", "dash_duo_mp", "dash_br", "dashr", "dashjl")


class _HookSpecs:
    """Hook specifications this plugin adds."""

    @staticmethod
    def pytest_setup_options() -> Any:
        """Return webdriver options (e.g. ``selenium.webdriver.ChromeOptions``) used
        when the browser fixtures start the webdriver."""


@pytest.hookimpl(tryfirst=True)
def pytest_addhooks(pluginmanager: Any) -> None:
    pluginmanager.add_hookspecs(_HookSpecs)


def pytest_addoption(parser: Any) -> None:
    dash = parser.getgroup("Dash", "Dash integration tests")
    dash.addoption(
        "--webdriver", choices=("Chrome", "Firefox"), default="Chrome",
        help="browser used by dash_duo/dash_br (default: Chrome)",
    )
    dash.addoption("--remote", action="store_true", help="use a remote Selenium Grid")
    dash.addoption(
        "--remote-url", action="store", default=SELENIUM_GRID_DEFAULT,
        help=f"Selenium Grid URL (default: {SELENIUM_GRID_DEFAULT})",
    )
    dash.addoption("--headless", action="store_true", help="run the browser headless")
    dash.addoption(
        "--percy-assets", action="store", default="tests/assets",
        help="assets root for visual snapshots",
    )
    dash.addoption(
        "--nopercyfinalize", action="store_false",
        help="do not finalize the visual-snapshot build",
    )
    dash.addoption(
        "--pause", action="store_true",
        help="stop in pdb once the page loaded (needs -s)",
    )


def pytest_configure(config: Any) -> None:
    # Keep artifacts next to the JUnit report when there is one and the user did
    # not choose a directory.
    xmlpath = getattr(config.option, "xmlpath", None)
    if xmlpath and not os.environ.get(artifacts.ENV_VAR):
        report_dir = Path(xmlpath).resolve().parent
        os.environ[artifacts.ENV_VAR] = str(report_dir / artifacts.DEFAULT_DIR)


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item: Any, call: Any) -> Iterator[None]:
    outcome: Any = yield
    rep = outcome.get_result()
    # rep_setup / rep_call / rep_teardown let fixtures see how the test went.
    setattr(item, "rep_" + rep.when, rep)
    if rep.when == "call" and rep.failed:
        _save_failure_artifacts(item)


def _save_failure_artifacts(item: Any) -> None:
    """Screenshot and console log of every browser fixture of a failed test."""
    for name in BROWSER_FIXTURES:
        browser = getattr(item, "funcargs", {}).get(name)
        if browser is None:
            continue
        try:
            browser.take_snapshot(item.name)
            # The whole session's console, even entries the test already read.
            logs = browser._console_session_log  # pylint: disable=protected-access
            path = artifacts.artifact_path(item.name, ".log")
            path.write_text("".join(f"{e['level']} {e['message']}\n" for e in logs))
        except Exception as exc:  # noqa: BLE001 - a broken browser must not hide the failure
            item.add_report_section("call", "dash artifacts", f"could not save artifacts: {exc}")


# ---- server fixtures ----------------------------------------------------------


@pytest.fixture
def dash_thread_server() -> Iterator[Any]:
    """Start a Dash app in a thread: ``dash_thread_server(app, **run_kwargs)``."""
    from .application_runners import ThreadedRunner

    with ThreadedRunner() as starter:
        yield starter


@pytest.fixture
def dash_process_server() -> Iterator[Any]:
    """Start an app module in a subprocess: ``dash_process_server("module", "app")``."""
    from .application_runners import ProcessRunner

    with ProcessRunner() as starter:
        yield starter


@pytest.fixture
def dash_multi_process_server() -> Iterator[Any]:
    """Start a Dash app in a forked process: ``dash_multi_process_server(app)``."""
    from .application_runners import MultiProcessRunner

    with MultiProcessRunner() as starter:
        yield starter


@pytest.fixture
def dashr_server() -> None:
    """Dash for R is not part of this package."""
    pytest.skip("dashr_server: Dash for R apps are not supported")


@pytest.fixture
def dashjl_server() -> None:
    """Dash for Julia is not part of this package."""
    pytest.skip("dashjl_server: Dash for Julia apps are not supported")


# ---- browser fixtures ---------------------------------------------------------


def _browser_kwargs(request: Any, tmpdir: Any) -> dict:
    config = request.config
    return dict(
        browser=config.getoption("webdriver"),
        remote=config.getoption("remote"),
        remote_url=config.getoption("remote_url"),
        headless=config.getoption("headless"),
        options=config.hook.pytest_setup_options(),
        download_path=tmpdir.mkdir("download").strpath,
        percy_assets_root=config.getoption("percy_assets"),
        percy_finalize=config.getoption("nopercyfinalize"),
        pause=config.getoption("pause"),
    )


@pytest.fixture
def dash_br(request: Any, tmpdir: Any) -> Iterator[Any]:
    """A ``Browser`` without a server."""
    from .browser import Browser

    with Browser(**_browser_kwargs(request, tmpdir)) as browser:
        yield browser


@pytest.fixture
def dash_duo(request: Any, dash_thread_server: Any, tmpdir: Any) -> Iterator[Any]:
    """A ``DashComposite``: browser + threaded server (``dash_duo.start_server(app)``)."""
    from .composite import DashComposite

    with DashComposite(dash_thread_server, **_browser_kwargs(request, tmpdir)) as duo:
        yield duo


@pytest.fixture
def dash_duo_mp(request: Any, dash_multi_process_server: Any, tmpdir: Any) -> Iterator[Any]:
    """A ``DashComposite`` whose app runs in a forked process."""
    from .composite import DashComposite

    with DashComposite(dash_multi_process_server, **_browser_kwargs(request, tmpdir)) as duo:
        yield duo


@pytest.fixture
def dashr(request: Any, dashr_server: Any, tmpdir: Any) -> None:
    """Dash for R is not part of this package (skips)."""


@pytest.fixture
def dashjl(request: Any, dashjl_server: Any, tmpdir: Any) -> None:
    """Dash for Julia is not part of this package (skips)."""


@pytest.fixture
def diskcache_manager() -> Any:
    """A ``DiskcacheManager`` with a fresh cache, for background callbacks."""
    from dash.background_callback import DiskcacheManager

    return DiskcacheManager()
