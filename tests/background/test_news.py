"""Held polls wake on news: announced in-process, and through Redis pub/sub from other
processes (real redis-server), so a poll neither misses an event nor re-reads the store
on a tight timer while it waits."""
import subprocess
import sys
import threading
import time

import pytest
import redis
from celery import Celery

from dash.background_callback import tokens
from dash.background_callback.managers.celery_manager import CeleryManager
from dash.background_callback.news import RedisNews
from dash.background_callback.store import RedisStore

from bg_support import wait_for


# Another process appends to the store: its news must reach this one through Redis.
_APPEND = """
import sys, redis
from dash.background_callback.store import RedisStore
url, job_id, kind, raw = sys.argv[1:]
RedisStore(redis.Redis.from_url(url), job_ttl=60).append(job_id, kind, raw)
"""


def _in_another_process(*args: str) -> None:
    subprocess.run([sys.executable, "-c", _APPEND, *args], check=True, timeout=30)


@pytest.fixture
def manager(redis_url):
    return CeleryManager(Celery("news-test", broker=redis_url, backend=redis_url), job_ttl=60)


def test_news_from_other_processes_reaches_this_one(redis_url):
    heard = []
    news = RedisNews(redis.Redis.from_url(redis_url), lambda: heard.append(1))
    wait_for(news.live, 10, "the news subscription")
    store = RedisStore(redis.Redis.from_url(redis_url), job_ttl=60)
    store.create("news-job", {})
    before = len(heard)
    _in_another_process(redis_url, "news-job", "progress", '{"type":"progress","value":[1]}')
    wait_for(lambda: len(heard) > before, 10, "the news of the append")


def test_a_held_poll_wakes_on_an_event_stored_elsewhere_without_tight_rereads(manager, redis_url):
    token = tokens.new_token()
    job_id = tokens.job_id(token)
    manager.store.create(job_id, {})
    manager.store.start(job_id, {"worker_pid": "1"})
    manager.store.beat(job_id, 30)
    wait_for(lambda: manager._news_pushed({}), 10, "the news subscription")

    reads = []
    original = manager.store.record

    def counted(job: str):
        reads.append(job)
        return original(job)

    manager.store.record = counted
    result = {}
    poll = threading.Thread(target=lambda: result.update(answer=manager.events(token, 0, 10.0)))
    poll.start()
    time.sleep(0.6)
    _in_another_process(redis_url, job_id, "result", '{"type":"result","response":{}}')
    poll.join(10)
    assert not poll.is_alive(), "the held poll never answered"
    events, state = result["answer"]
    assert [kind for _, kind, _ in events] == ["result"] and state == "done"
    # Woken by news, not by re-reading every few ms: about one read per liveness check.
    assert len(reads) < 15, f"{len(reads)} store reads while holding the poll"


def test_news_announced_between_read_and_wait_is_not_slept_through(manager):
    seen = manager._news_count
    manager._announce()
    started = time.monotonic()
    manager._await_news(seen, 30.0)
    assert time.monotonic() - started < 5.0
