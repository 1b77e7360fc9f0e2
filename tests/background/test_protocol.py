"""The job protocol end to end over HTTP, on both managers (real processes throughout)."""
import os
import signal
import time

import pytest

from bg_support import JobClient, Server, pid_alive, wait_for


def kinds(events):
    return [e["type"] for e in events]


def test_quick_job_result(backend):
    client = backend["client"]
    answer = client.trigger("out.children", "a")
    assert answer.status_code == 202
    body = answer.json()
    token = body["job"]["token"]
    assert body["job"]["interval"] == 1000
    assert body["job"]["hold"] == 15000  # the dev server is threaded: polls are held long
    assert len(token) >= 22 and set(body) == {"job", "events"}
    events = client.follow(token)
    assert body["events"] == events[: len(body["events"])]
    assert events[-1] == {"seq": len(events), "type": "result", "response": {"out": {"children": "quick a"}}}
    # Polling again after the end gives nothing new, and the state says done.
    again = client.poll(token, after=events[-1]["seq"]).json()
    assert again == {"events": [], "state": "done", "hold": 0}


def test_progress_in_order_nothing_lost(backend):
    """40 set_progress calls at 20 Hz all arrive, in order, as value lists."""
    client = backend["client"]
    token = client.submit("out.dir", 40)
    events = client.follow(token)
    assert kinds(events) == ["progress"] * 40 + ["result"]
    assert [e["value"] for e in events[:-1]] == [[i, f"{i}/40"] for i in range(40)]
    assert [e["seq"] for e in events] == list(range(1, 42))


def test_patch_via_set_props_none_lost(backend):
    client = backend["client"]
    token = client.submit("accessKey", 25)
    events = client.follow(token)
    # No outputs and nothing returned: the job ends without a result to apply.
    assert kinds(events) == ["set_props"] * 25 + ["prevent_update"]
    for i, event in enumerate(events[:-1]):
        patch = event["props"]["list"]["children"]
        assert patch["__dash_patch_update"] == "__dash_patch_update"
        assert patch["operations"][0]["params"]["value"] == i


def test_error_and_prevent_update(backend):
    client = backend["client"]
    events = client.follow(client.submit("out.role", "boom"))
    error = events[-1]
    assert error["type"] == "error"
    assert "job failed: boom" in error["error"]["message"]
    assert "traceback" not in error["error"]  # not in debug mode
    assert kinds(client.follow(client.submit("out.role", "prevent"))) == ["prevent_update"]


def _running_pid(client: JobClient, token: str) -> int:
    events = client.follow(token, until="progress")
    assert events[0]["type"] == "progress"
    return events[0]["value"][0]


def test_on_error_handlers_run_inside_jobs(backend):
    """The app's ``on_error`` and a callback's own apply to jobs as to ordinary calls."""
    client = backend["client"]
    by_app = client.follow(client.submit("out.hidden", "x"))
    assert by_app[-1]["response"] == {"out": {"hidden": "app handler saw: handled x"}}
    by_itself = client.follow(client.submit("out.lang", "y"))
    assert by_itself[-1]["response"] == {"out": {"lang": "own handler saw: handled y"}}
    silent = client.follow(client.submit("tabIndex", "z"))
    assert kinds(silent) == ["set_props", "prevent_update"]
    assert silent[0]["props"] == {"tick": {"lang": "before z"}}


def test_async_job_reports_progress_sets_props_and_finishes(backend):
    client = backend["client"]
    events = client.follow(client.submit("out.accessKey", 0.1))
    assert kinds(events) == ["progress", "set_props", "result"]
    assert events[1]["props"] == {"tick": {"title": "async set_props"}}
    assert events[-1]["response"] == {"out": {"accessKey": "awaited 0.1"}}


def test_cancel_interrupts_an_awaiting_async_job(backend):
    client = backend["client"]
    token = client.submit("out.accessKey", 30)
    events = client.follow(token, until="set_props")
    pid = events[0]["value"][0]
    started = time.monotonic()
    assert client.cancel(token).json() == {"cancelled": True}
    wait_for(lambda: not pid_alive(pid), 0.5, "the cancelled job's process to go")
    assert time.monotonic() - started < 0.5
    assert kinds(client.follow(token))[-1] == "cancelled"


def test_cancel_running_job(backend):
    client = backend["client"]
    token = client.submit("out.title", 30)
    pid = _running_pid(client, token)
    started = time.monotonic()
    assert client.cancel(token).json() == {"cancelled": True}
    wait_for(lambda: not pid_alive(pid), 0.5, "the cancelled job's process to go")
    assert time.monotonic() - started < 0.5
    events = client.follow(token)
    assert kinds(events) == ["progress", "cancelled"]
    # Cancelling twice is harmless and says the job had already ended.
    assert client.cancel(token).json() == {"cancelled": False}


def test_cancel_queued_job_never_starts(backend):
    """Fill every worker slot, queue one more, cancel it: it never reports a pid."""
    client = backend["client"]
    blockers = [client.submit("out.title", 3) for _ in range(2)]
    for token in blockers:
        _running_pid(client, token)
    queued = client.submit("out.title", 0)
    assert client.cancel(queued).json() == {"cancelled": True}
    for token in blockers:
        client.cancel(token)
    time.sleep(0.5)
    assert kinds(client.follow(queued)) == ["cancelled"]


def test_newer_trigger_supersedes(backend):
    """The renderer cancels the old job and follows the new one: only the new result lands."""
    client = backend["client"]
    old = client.submit("out.title", 30)
    old_pid = _running_pid(client, old)
    new = client.submit("out.title", 0.1)
    client.cancel(old)
    assert client.follow(new)[-1]["response"] == {"out": {"title": "slept 0.1"}}
    assert kinds(client.follow(old)) == ["progress", "cancelled"]
    wait_for(lambda: not pid_alive(old_pid), 1, "the superseded job's process to go")


def test_killed_worker_reported_as_error(backend):
    client = backend["client"]
    token = client.submit("out.title", 30)
    pid = _running_pid(client, token)
    started = time.monotonic()
    os.kill(pid, signal.SIGKILL)
    events = client.follow(token, timeout=10)
    assert events[-1]["type"] == "error"
    assert "stopped before the job finished" in events[-1]["error"]["message"]
    assert time.monotonic() - started < 10


def test_memoized_by_cache_by_until_expire(backend):
    client = backend["client"]
    key = f"memo-{time.time()}"
    first = client.follow(client.submit("memo-out.children", key, "x"))[-1]["response"]
    # Same arguments (the ignored one differs): answered from the memo, no job at all.
    hit = client.trigger("memo-out.children", key, "y")
    assert hit.status_code == 200
    assert hit.json()["response"] == first
    # Another value: a new job.
    assert client.trigger("memo-out.children", key + "!", "x").status_code == 202
    time.sleep(2.2)  # MEMO_EXPIRE in jobs_app
    after_expiry = client.trigger("memo-out.children", key, "x")
    assert after_expiry.status_code == 202


@pytest.mark.parametrize("token", [
    "A" * 32,                       # well formed, never issued
    "short",                        # malformed
    "x" * 200,                      # too long
    "A" * 31 + "%00",               # a NUL byte
    "A" * 31 + ".",                 # outside the token alphabet
])
def test_forged_tokens_get_404(backend, token):
    client = backend["client"]
    for answer in (client.poll(token), client.cancel(token)):
        assert answer.status_code == 404
        assert answer.json() == {"error": {"message": "unknown or expired job"}}


def test_bad_query_is_400_and_touches_nothing(backend):
    client = backend["client"]
    token = client.submit("out.title", 1)
    for query in ({"after": "-1"}, {"after": "x"}, {"wait": "1e9"}):
        answer = client.http.get(f"{client.url}/_dash-jobs/{token}", params=query, timeout=5)
        assert answer.status_code == 400 and "error" in answer.json()
    assert client.follow(token)[-1]["type"] == "result"


def test_foreign_token_from_another_server(backend, tmp_path):
    """A token of one store means nothing to another server."""
    if backend["name"] == "celery":
        pytest.skip("one Redis holds every Celery job of the test session")
    client = backend["client"]
    token = client.submit("out.title", 0)
    other = Server("jobs_app", {**backend["env"], "DASH_TEST_CACHE": str(tmp_path / "other")},
                   tmp_path / "other.log")
    try:
        assert JobClient(other.url).poll(token).status_code == 404
        assert JobClient(other.url).cancel(token).status_code == 404
    finally:
        other.stop()
    assert client.follow(token)[-1]["type"] == "result"


def test_debug_mode_sends_traceback(backend, tmp_path):
    server = Server("jobs_app", backend["env"], tmp_path / "debug.log", debug=True)
    try:
        client = JobClient(server.url)
        error = client.follow(client.submit("out.role", "loud"))[-1]["error"]
        assert "ValueError: job failed: loud" in error["traceback"]
        # Pruned as for ordinary callbacks: it starts at the user's function.
        assert "jobs_app.py" in error["traceback"].splitlines()[1]
        assert "dash/background_callback" not in error["traceback"]
    finally:
        server.stop()


def test_web_server_restarted_mid_job(backend):
    """The job outlives its web server; the restarted server (same port) answers for it.

    Celery keeps everything in Redis: the page gets the result. A diskcache job forked by
    the dead server may lose its SQLite writes (SQLite state does not survive the death
    of the process that forked it), so it ends with the result or with a clear error.
    """
    client, server = backend["client"], backend["server"]
    token = client.submit("out.title", 1.5)
    pid = _running_pid(client, token)
    server.stop()
    server.start()  # same port: the job process must not hold the listening socket
    last = client.follow(token)[-1]
    if backend["name"] == "celery" or last["type"] == "result":
        assert last == {"seq": 2, "type": "result", "response": {"out": {"title": "slept 1.5"}}}
    else:
        assert last["type"] == "error" and "stopped" in last["error"]["message"]
    if backend["name"] == "diskcache":  # (a Celery pool process lives on)
        wait_for(lambda: not pid_alive(pid), 2, "the finished job's process to go")
