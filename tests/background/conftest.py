"""Fixtures for background-callback tests (the machinery is in ``bg_support.py``)."""
import os
from typing import Any, Dict, Iterator

import pytest

from bg_support import BACKENDS, CeleryWorker, JobClient, Proc, Server, app_env, free_port, wait_for


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A private redis-server, no persistence."""
    import redis

    port = free_port()
    log = tmp_path_factory.mktemp("redis") / "redis.log"
    proc = Proc(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        log, os.environ.copy(),
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)

    def ready() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    wait_for(ready, 10, "redis-server")
    yield url
    proc.stop()


@pytest.fixture(scope="session")
def celery_worker(redis_url, tmp_path_factory) -> Iterator[CeleryWorker]:
    worker = CeleryWorker("jobs_app", app_env(REDIS_URL=redis_url),
                          tmp_path_factory.mktemp("celery") / "w.log")
    yield worker
    worker.stop()


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory) -> Iterator[Dict[str, Any]]:
    """A running jobs_app server on one manager: env, server, client."""
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param == "celery":
        env = app_env(REDIS_URL=request.getfixturevalue("redis_url"))
        request.getfixturevalue("celery_worker")
    else:
        env = app_env(DASH_TEST_CACHE=str(tmp / "cache"))
    server = Server("jobs_app", env, tmp / "server.log")
    yield {"name": request.param, "env": env, "server": server, "client": JobClient(server.url),
           "tmp": tmp}
    server.stop()
