"""Both job stores: atomic numbering under concurrent writers, nothing after the end."""
import multiprocessing

import diskcache
import pytest
import redis

from dash.background_callback.store import DiskcacheStore, JobStore, RedisStore


@pytest.fixture(params=["diskcache", "redis"])
def make_store(request, tmp_path):
    """A factory, so every writer process opens its own connection."""
    if request.param == "diskcache":
        directory = str(tmp_path / "cache")
        return lambda: DiskcacheStore(diskcache.Cache(directory), job_ttl=60)
    url = request.getfixturevalue("redis_url")
    return lambda: RedisStore(redis.Redis.from_url(url), job_ttl=60)


def _writer(make_store, job_id: str, name: str, count: int) -> None:
    store = make_store()
    for i in range(count):
        store.append(job_id, "progress", f'{{"w":"{name}","i":{i}}}')


def test_concurrent_appends_are_numbered_without_gaps(make_store):
    store: JobStore = make_store()
    store.create("job-a", {"created": "0"})
    ctx = multiprocessing.get_context("fork")
    writers = [ctx.Process(target=_writer, args=(make_store, "job-a", str(n), 50)) for n in range(4)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(30)
        assert writer.exitcode == 0
    events = store.events_after("job-a", 0)
    assert [seq for seq, _, _ in events] == list(range(1, 201))
    # Each writer's own events keep their order.
    for name in "0123":
        mine = [raw for _, _, raw in events if f'"w":"{name}"' in raw]
        assert mine == [f'{{"w":"{name}","i":{i}}}' for i in range(50)]
    assert store.events_after("job-a", 198) == events[198:]


def test_nothing_after_a_final_event(make_store):
    store = make_store()
    store.create("job-b", {"created": "0"})
    assert store.start("job-b", {"pid": "1"})
    assert not store.start("job-b", {"pid": "2"})  # only a queued job starts
    assert store.append("job-b", "progress", '{"type":"progress","value":[1]}') == 1
    assert store.append("job-b", "cancelled", '{"type":"cancelled"}') == 2
    assert store.append("job-b", "result", '{"type":"result","response":{}}') is None
    assert store.record("job-b")["state"] == "done"
    assert [kind for _, kind, _ in store.events_after("job-b", 0)] == ["progress", "cancelled"]


def test_unknown_jobs(make_store):
    store = make_store()
    assert store.record("nope") is None
    assert store.append("nope", "progress", "{}") is None
    assert not store.update("nope", {"a": "b"})
    assert not store.start("nope", {})
    assert store.events_after("nope", 0) == []
