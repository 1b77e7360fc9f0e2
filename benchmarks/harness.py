"""Shared machinery of the side-by-side benchmarks.

Each benchmark app is plain Dash code, run unchanged under two interpreters: this
project's Python (which imports this package) and the upstream virtualenv's Python
(`setup_upstream.sh`). A real headless Chromium drives both and measures in the page.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Iterator, Optional

HERE = Path(__file__).resolve().parent
OURS = sys.executable
UPSTREAM = os.environ.get("UPSTREAM_PYTHON", "/work/upstream-venv/bin/python")
IMPLEMENTATIONS = {"ours": OURS, "upstream": UPSTREAM}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except Exception:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not answer within {timeout}s")


@contextlib.contextmanager
def app_server(python: str, app_file: Path, env: Optional[dict] = None,
               gunicorn_workers: int = 0) -> Iterator[str]:
    """Run `app_file` under `python` and yield its URL: its own `app.run` on $PORT (Flask's
    threaded dev server), or with `gunicorn_workers`, `gunicorn <module>:server --workers N`
    (sync workers, the seed's deploy command)."""
    port = free_port()
    full_env = dict(os.environ, PORT=str(port), HOST="127.0.0.1", **(env or {}))
    full_env.pop("PYTHONPATH", None)
    workdir = tempfile.mkdtemp(prefix="dash-bench-")
    if gunicorn_workers:
        full_env["PYTHONPATH"] = str(app_file.parent)
        command = [python, "-m", "gunicorn", f"{app_file.stem}:server",
                   "--workers", str(gunicorn_workers), "--bind", f"127.0.0.1:{port}"]
    else:
        command = [python, str(app_file)]
    proc = subprocess.Popen(
        command, env=full_env, cwd=workdir,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_http(url)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 9)
        proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"], stdout=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.3)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def celery_worker(python: str, app_file: Path, redis_url: str) -> Iterator[None]:
    celery = str(Path(python).parent / "celery")
    env = dict(os.environ, REDIS_URL=redis_url)
    env.pop("PYTHONPATH", None)
    proc = subprocess.Popen(
        [celery, "-A", f"{app_file.stem}:celery_app", "worker", "--concurrency=2",
         "--loglevel=WARNING"],
        cwd=app_file.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(4)  # worker boot; the benchmark's first job also warms it up
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 9)
        proc.wait()


def chrome():
    """A fresh headless Chromium driven by Selenium, offline-safe."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROME_BIN", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1000"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='bench-chrome-')}")
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for_value(driver, script: str, timeout: float = 60.0):
    """Poll `script` in the page until it returns a truthy value; return that value."""
    from selenium.common.exceptions import TimeoutException

    driver.set_script_timeout(2)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = driver.execute_script(script)
        except TimeoutException:  # a busy page can stall one call; ask again
            continue
        if value:
            return value
        time.sleep(0.02)
    raise RuntimeError(f"page never satisfied: {script}")


def median_ms(samples: list) -> float:
    return round(statistics.median(samples), 1)


def report(rows: list) -> None:
    """Print `rows` of (metric, ours, upstream) with the ratio ours/upstream."""
    print(f"{'metric':58s} {'ours':>10s} {'upstream':>10s} {'ratio':>7s}")
    for metric, ours, upstream in rows:
        ratio = f"{ours / upstream:.2f}" if ours is not None and upstream else "-"
        print(f"{metric:58s} {ours!s:>10s} {upstream!s:>10s} {ratio:>7s}")
