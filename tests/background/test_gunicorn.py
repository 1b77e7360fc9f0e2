"""jobs_app under ``gunicorn --workers 4`` (sync workers): any worker answers any job."""
import concurrent.futures
import signal
import sys
import time

import pytest
import requests

from bg_support import JobClient, Proc, free_port, pid_alive, serves, wait_for


@pytest.fixture(scope="module")
def gunicorn(backend, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    proc = Proc([sys.executable, "-m", "gunicorn", "jobs_app:server", "--workers", "4",
                 "--bind", f"127.0.0.1:{port}"], log, backend["env"])
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: serves(url), 30, "gunicorn")
    yield {"url": url, "name": backend["name"]}
    proc.stop(signal.SIGTERM)


class FreshConnections(JobClient):
    """Every request on a new connection, so gunicorn spreads them over its workers."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.http = requests  # no Session: no keep-alive


def test_jobs_followed_through_any_worker(gunicorn):
    client = FreshConnections(gunicorn["url"])
    tokens = {client.submit("out.children", f"g{i}"): f"quick g{i}" for i in range(6)}
    ticker = client.submit("out.dir", 40)
    for token, expected in tokens.items():
        assert client.follow(token)[-1]["response"] == {"out": {"children": expected}}
    events = client.follow(ticker)
    assert [e["value"][0] for e in events[:-1]] == list(range(40))


def test_cancel_through_another_worker(gunicorn):
    client = FreshConnections(gunicorn["url"])
    token = client.submit("out.title", 30)
    pid = client.follow(token, until="progress")[0]["value"][0]
    assert client.cancel(token).json() == {"cancelled": True}
    if gunicorn["name"] == "diskcache":
        wait_for(lambda: not pid_alive(pid), 0.5, "the cancelled job's process to go")
    assert [e["type"] for e in client.follow(token)] == ["progress", "cancelled"]


def test_held_polls_do_not_starve_other_requests(gunicorn):
    """Eight pages following jobs on four sync workers: the layout still comes fast."""
    client = FreshConnections(gunicorn["url"])
    tokens = [client.submit("out.title", 3) for _ in range(8)]
    stop = time.monotonic() + 2.5

    def keep_polling(token: str) -> None:
        while time.monotonic() < stop:
            client.poll(token, after=1, wait=10000)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(keep_polling, t) for t in tokens]
        time.sleep(0.5)
        latencies = []
        for _ in range(5):
            started = time.monotonic()
            assert requests.get(gunicorn["url"] + "/_dash-layout", timeout=10).ok
            latencies.append(time.monotonic() - started)
        for future in futures:
            future.result()
    for token in tokens:
        client.cancel(token)
    assert max(latencies) < 1.5, latencies
