"""Real parts for background-callback tests: redis-server, Celery workers, web servers.

Every process started here binds 127.0.0.1 on a free port (never 6379), runs in its own
process group, and is killed at teardown. A module of its own (not ``conftest``) so tests
and subprocesses import it by a name no other test folder uses.
"""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests

APPS = Path(__file__).parent / "apps"
REPO = Path(__file__).resolve().parents[2]
TERMINAL = {"result", "error", "prevent_update", "cancelled"}


def free_port() -> int:
    """A free loopback port (6379 is left to any real Redis on the machine)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port != 6379:
            return port


def wait_for(predicate, timeout: float, what: str, step: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


def pid_alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False


class Proc:
    """A child process in its own process group, its output in a log file."""

    def __init__(self, args: List[str], log: Path, env: Dict[str, str], cwd: Path = APPS) -> None:
        self.log = log
        self._log_file = open(log, "ab")  # noqa: SIM115 - closed in stop()
        self.popen = subprocess.Popen(
            args, cwd=cwd, env=env, stdout=self._log_file, stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGKILL) -> None:
        try:
            os.killpg(self.popen.pid, sig)
        except ProcessLookupError:
            pass
        self.popen.wait(timeout=10)
        self._log_file.close()


def app_env(**extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DASH_TEST_CACHE")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(APPS)])
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep examples/ and apps/ free of __pycache__
    env.update(extra)
    return env


class CeleryWorker:
    """``celery -A <module>:celery_app worker --concurrency=2`` in its own group."""

    def __init__(self, module: str, env: Dict[str, str], log: Path, cwd: Path = APPS) -> None:
        self.proc = Proc(
            [sys.executable, "-m", "celery", "-A", f"{module}:celery_app", "worker",
             "--concurrency=2", "--loglevel=INFO", "--without-gossip", "--without-mingle"],
            log, env, cwd,
        )
        wait_for(lambda: "ready." in self.proc.output(), 60, "the Celery worker")

    def stop(self) -> None:
        self.proc.stop()


class Server:
    """An app module of tests/background/apps served by the dev server (threaded)."""

    def __init__(self, module: str, env: Dict[str, str], log: Path, debug: bool = False,
                 port: Optional[int] = None) -> None:
        self.module, self.env, self.log, self.debug = module, env, log, debug
        self.port = port or free_port()
        self.proc: Optional[Proc] = None
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        args = [sys.executable, str(APPS / "serve.py"), self.module, str(self.port)]
        self.proc = Proc(args + (["debug"] if self.debug else []), self.log, self.env)
        wait_for(lambda: serves(self.url), 30, f"the {self.module} server")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()
            self.proc = None


class JobClient:
    """Speaks the job protocol to a server, like the renderer does."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()
        self._specs: Optional[List[Dict[str, Any]]] = None

    def spec(self, output: str) -> Dict[str, Any]:
        if self._specs is None:
            self._specs = self.http.get(self.url + "/_dash-dependencies", timeout=5).json()
        matches = [s for s in self._specs if s["output"] == output or s["inputs"][0]["property"] == output]
        assert len(matches) == 1, f"no single callback for {output}"
        return matches[0]

    def trigger(self, output: str, *values: Any) -> requests.Response:
        """Call the callback named by its output (or its first input's property)."""
        spec = self.spec(output)
        body = {
            "callback_id": spec["callback_id"],
            "output": spec["output"],
            "outputs": [{"id": o["id"], "property": o["property"]} for o in spec["outputs"]],
            "inputs": [
                {"id": i["id"], "property": i["property"], "value": v}
                for i, v in zip(spec["inputs"], values)
            ],
            "state": [],
            "changedPropIds": [f"{spec['inputs'][0]['id']}.{spec['inputs'][0]['property']}"],
        }
        if len(body["outputs"]) == 1:
            body["outputs"] = body["outputs"][0]
        return self.http.post(self.url + "/_dash-update-component", json=body, timeout=10)

    def submit(self, output: str, *values: Any) -> str:
        answer = self.trigger(output, *values)
        assert answer.status_code == 202, answer.text
        return answer.json()["job"]["token"]

    def poll(self, token: str, after: int = 0, wait: int = 0) -> requests.Response:
        return self.http.get(f"{self.url}/_dash-jobs/{token}", params={"after": after, "wait": wait},
                             timeout=30)

    def cancel(self, token: str) -> requests.Response:
        return self.http.post(f"{self.url}/_dash-jobs/{token}/cancel", timeout=10)

    def follow(self, token: str, timeout: float = 20, until: Optional[str] = None) -> List[Dict[str, Any]]:
        """Every event of the job until its terminal event (or one of kind ``until``)."""
        events: List[Dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = self.poll(token, events[-1]["seq"] if events else 0, 10000)
            assert answer.status_code == 200, answer.text
            events.extend(answer.json()["events"])
            if events and events[-1]["type"] in TERMINAL | {until}:
                return events
        raise TimeoutError(f"job did not finish in {timeout}s; events so far: {events}")


BACKENDS = ["diskcache", "celery"]




def serves(url: str) -> bool:
    """Whether a Dash app answers at ``url``."""
    try:
        return requests.get(url + "/_dash-layout", timeout=3).ok
    except requests.RequestException:
        return False
