"""Servers that run a Dash app for a test: in a thread, a subprocess or a fork.

Every runner binds 127.0.0.1 on a free port (unless given one), exposes ``url`` once
started, and stops itself — freeing the port — when used as a context manager.
"""
import logging
import multiprocessing
import os
import runpy
import signal
import socket
import subprocess
import sys
import threading
from typing import Any, Callable, Dict, Optional, Tuple

import requests
from werkzeug.serving import BaseWSGIServer, make_server

from .errors import DashAppLoadingError, NoAppFoundError, ServerCloseError
from .errors import TestingTimeoutError
from .wait import until

logger = logging.getLogger(__name__)

HOST = "127.0.0.1"
# Servers bind the loopback address only; URLs name it ``localhost`` as upstream's do,
# since users' suites compare ``server_url`` with such strings.
URL_HOST = "localhost"


def import_app(app_file: str, application_name: str = "app") -> Any:
    """Import the module ``app_file`` (dotted path, e.g. ``"apps.simple"``) and return
    its attribute ``application_name`` (the Dash app).

    Raises ``NoAppFoundError`` when the module has no such attribute.
    """
    namespace = runpy.run_module(app_file)
    try:
        return namespace[application_name]
    except KeyError as exc:
        raise NoAppFoundError(
            f"No app named {application_name!r} found in module {app_file!r}"
        ) from exc


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def port_is_free(port: int) -> bool:
    """True when a server could bind ``port`` on 127.0.0.1 now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # Like any HTTP server: connections of the stopped server lingering in
        # TIME_WAIT do not make the port busy, a listening socket does.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


def _prepare_app(app: Any) -> None:
    # Tests must not depend on a CDN: serve every bundle from the package.
    app.scripts.config.serve_locally = True
    app.css.config.serve_locally = True


def _split_run_kwargs(kwargs: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """Split ``app.run`` keywords into dev-tools settings and Flask/werkzeug options."""
    dev_tools = {k: v for k, v in kwargs.items() if k == "debug" or k.startswith("dev_tools_")}
    others = {k: v for k, v in kwargs.items() if k not in dev_tools}
    return dev_tools, others


class BaseDashRunner:
    """Shared lifecycle of the runners: ``start`` (also via ``__call__``), ``stop``,
    ``url``, and stopping on context-manager exit unless ``keep_open``."""

    def __init__(self, keep_open: bool = False, stop_timeout: float = 3) -> None:
        self.scheme = "http"
        self.host = URL_HOST
        self.port: Optional[int] = None
        self.keep_open = keep_open
        self.stop_timeout = stop_timeout
        self.started = False

    def start(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError

    def _previous_port(self) -> Optional[int]:
        """The port of this runner's last server if it is free again: a restarted server
        keeps its URL, so a page left open on it (``navigate=False``) talks to it."""
        return self.port if self.port and port_is_free(self.port) else None

    def stop(self) -> None:
        raise NotImplementedError

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.start(*args, **kwargs)

    def __enter__(self) -> "BaseDashRunner":
        return self

    def __exit__(self, exc_type: Any, exc_val: Any, traceback: Any) -> None:
        if self.started and not self.keep_open:
            self.stop()

    @property
    def url(self) -> str:
        """Base URL of the running app, e.g. ``http://localhost:40123``."""
        return f"{self.scheme}://{self.host}:{self.port}"

    @property
    def is_windows(self) -> bool:
        return sys.platform == "win32"

    @staticmethod
    def accessible(url: str) -> bool:
        """True when ``url`` answers an HTTP GET at all."""
        try:
            requests.get(url, timeout=1)
        except requests.exceptions.RequestException:
            return False
        return True

    def _wait_until_accessible(
        self, start_timeout: float, describe: str, alive: Callable[[], bool]
    ) -> None:
        """Wait until the app answers; fail at once if it died (``alive()`` false).

        On failure the runner is stopped first, so nothing half-started stays behind.
        """

        def answering() -> bool:
            if not alive():
                raise DashAppLoadingError(f"{describe} exited before serving {self.url}")
            return self.accessible(self.url)

        try:
            until(
                answering,
                timeout=start_timeout,
                msg=f"{describe} did not answer at {self.url} within {start_timeout}s",
            )
        except (TestingTimeoutError, DashAppLoadingError) as exc:
            self.stop()
            raise DashAppLoadingError(str(exc)) from exc
        self.started = True

    def _wait_port_freed(self) -> None:
        port = self.port
        assert port is not None
        try:
            until(
                lambda: port_is_free(port),
                timeout=self.stop_timeout,
                msg=f"port {port} still in use {self.stop_timeout}s after stopping",
            )
        except TestingTimeoutError as exc:
            raise ServerCloseError(str(exc)) from exc


class ThreadedRunner(BaseDashRunner):
    """Runs ``app.server`` in a thread of the test process (werkzeug, threaded).

    ``start(app, start_timeout=10, **kwargs)`` accepts ``app.run`` keywords: ``port``,
    ``debug`` and ``dev_tools_*`` (applied with ``app.enable_dev_tools``), and
    ``use_debugger`` (wraps the app in werkzeug's debugger, default: ``debug``).
    """

    def __init__(self, keep_open: bool = False, stop_timeout: float = 3) -> None:
        super().__init__(keep_open=keep_open, stop_timeout=stop_timeout)
        self._server: Optional[BaseWSGIServer] = None
        self._thread: Optional[threading.Thread] = None

    def start(self, app: Any, start_timeout: float = 10, **kwargs: Any) -> None:
        if self.started:
            self.stop()
        _prepare_app(app)
        dev_tools, options = _split_run_kwargs(kwargs)
        dev_tools.setdefault("dev_tools_disable_version_check", True)
        # The reloader forks a watcher process; it cannot work inside a test thread.
        options.pop("use_reloader", None)
        options.pop("threaded", None)
        port = int(options.pop("port", 0) or 0) or self._previous_port() or 0
        use_debugger = options.pop("use_debugger", dev_tools.get("debug", False))
        if options:
            raise TypeError(f"ThreadedRunner.start got unsupported options: {sorted(options)}")

        app.enable_dev_tools(**dev_tools)
        if dev_tools.get("debug") is not None:
            app.server.debug = bool(dev_tools["debug"])
        wsgi_app = app.server
        if use_debugger:
            from werkzeug.debug import DebuggedApplication

            wsgi_app = DebuggedApplication(wsgi_app, evalex=True)

        # Port 0 lets the OS pick a free port, race-free.
        self._server = make_server(HOST, port, wsgi_app, threaded=True)
        self.port = self._server.port
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"dash-test-server-{self.port}", daemon=True
        )
        self._thread.start()
        self._wait_until_accessible(
            start_timeout, "the threaded Dash server", self._thread.is_alive
        )

    def stop(self) -> None:
        """Shut the server down, join its thread and check the port is free again."""
        if self._server is None:
            return
        server, thread = self._server, self._thread
        self._server = self._thread = None
        self.started = False
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(self.stop_timeout)
            if thread.is_alive():
                raise ServerCloseError(f"server thread on port {self.port} did not stop")
        self._wait_port_freed()


class ProcessRunner(BaseDashRunner):
    """Runs an app module in a subprocess (``python -m dash.testing._process``), or any
    ``raw_command``; the whole process group is killed on ``stop``."""

    def __init__(self, keep_open: bool = False, stop_timeout: float = 3) -> None:
        super().__init__(keep_open=keep_open, stop_timeout=stop_timeout)
        self.proc: Optional[subprocess.Popen] = None

    def start(
        self,
        app_module: Optional[str] = None,
        application_name: str = "app",
        raw_command: Optional[str] = None,
        port: Optional[int] = None,
        start_timeout: float = 10,
    ) -> None:
        """Start ``app_module:application_name`` (importable from the current working
        directory) or run ``raw_command`` (a shell command serving on ``port``)."""
        if self.started:
            self.stop()
        if raw_command is None and app_module is None:
            raise ValueError("ProcessRunner.start needs app_module or raw_command")
        if raw_command is not None and port is None:
            raise ValueError("ProcessRunner.start needs the port raw_command serves on")
        self.port = port or self._previous_port() or free_port()
        if raw_command is not None:
            args = ["/bin/sh", "-c", raw_command]
        else:
            args = [sys.executable, "-m", "dash.testing._process", str(app_module),
                    application_name, str(self.port)]
        # A new session makes the child a process-group leader, so stop() can kill
        # the app together with anything it spawned (workers, shells).
        self.proc = proc = subprocess.Popen(args, start_new_session=True, cwd=os.getcwd())
        self._wait_until_accessible(
            start_timeout, f"the app process {args}", lambda: proc.poll() is None
        )

    def stop(self) -> None:
        """Terminate the process group (then kill it) and wait for the port to free."""
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        self.started = False

        def exited(timeout: float) -> bool:
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                return False
            return True

        _end_child(
            lambda: _signal_group(proc.pid, signal.SIGTERM),
            lambda: _signal_group(proc.pid, signal.SIGKILL),
            exited,
            self.stop_timeout,
        )
        self._wait_port_freed()


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:  # already gone
        pass


def _end_child(
    terminate: Callable[[], None],
    kill: Callable[[], None],
    exited: Callable[[float], bool],
    timeout: float,
) -> None:
    """Ask a child to stop; kill it if it has not exited ``timeout`` seconds later."""
    terminate()
    if not exited(timeout):
        kill()
        exited(timeout)


def _run_forked(app: Any, port: int, kwargs: Dict[str, Any]) -> None:
    app.run(host=HOST, port=port, threaded=True, use_reloader=False, **kwargs)


class MultiProcessRunner(BaseDashRunner):
    """Runs ``app.run`` in a forked child process, so the app needs no importable
    module; the child is terminated on ``stop``."""

    def __init__(self, keep_open: bool = False, stop_timeout: float = 3) -> None:
        super().__init__(keep_open=keep_open, stop_timeout=stop_timeout)
        self.proc: Optional[multiprocessing.process.BaseProcess] = None

    def start(self, app: Any, start_timeout: float = 10, **kwargs: Any) -> None:
        if self.started:
            self.stop()
        _prepare_app(app)
        self.port = int(kwargs.pop("port", 0) or 0) or self._previous_port() or free_port()
        kwargs.setdefault("dev_tools_disable_version_check", True)
        # fork (not spawn): the app object, with its callbacks defined in the test,
        # cannot be pickled in general.
        context = multiprocessing.get_context("fork")
        self.proc = context.Process(target=_run_forked, args=(app, self.port, kwargs), daemon=True)
        self.proc.start()
        self._wait_until_accessible(start_timeout, "the forked Dash server", self.proc.is_alive)

    def stop(self) -> None:
        """Terminate (then kill) the child and wait for the port to free."""
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        self.started = False

        def exited(timeout: float) -> bool:
            proc.join(timeout)
            return not proc.is_alive()

        _end_child(proc.terminate, proc.kill, exited, self.stop_timeout)
        self._wait_port_freed()
