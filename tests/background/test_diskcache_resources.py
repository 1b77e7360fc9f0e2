"""DiskcacheManager in this process (Flask test client): what many jobs leave behind."""
import os
import time

import diskcache
import psutil
import pytest

from dash import Dash, DiskcacheManager, Input, Output, html

JOB_TTL = 3


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return diskcache.Cache(str(tmp_path_factory.mktemp("resources") / "cache"))


@pytest.fixture(scope="module")
def client(cache):
    # Short enough to wait out below, long enough for a loaded machine to finish each job.
    manager = DiskcacheManager(cache, job_ttl=JOB_TTL)
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div([html.Div(id="res-in"), html.Div(id="res-out")])

    @app.callback(Output("res-out", "children"), Input("res-in", "children"), background=True)
    def noop(value):
        return value

    test_client = app.server.test_client()
    spec = test_client.get("/_dash-dependencies").get_json()
    spec = next(s for s in spec if s["output"] == "res-out.children")

    def run(value):
        body = {
            "callback_id": spec["callback_id"], "output": spec["output"],
            "outputs": {"id": "res-out", "property": "children"},
            "inputs": [{"id": "res-in", "property": "children", "value": value}],
            "changedPropIds": ["res-in.children"],
        }
        answer = test_client.post("/_dash-update-component", json=body)
        assert answer.status_code == 202
        ticket = answer.get_json()
        events = ticket["events"]
        while not events or events[-1]["type"] != "result":
            after = events[-1]["seq"] if events else 0
            polled = test_client.get(f"/_dash-jobs/{ticket['job']['token']}?after={after}&wait=5000")
            assert polled.status_code == 200, polled.data
            events += polled.get_json()["events"]
        assert events[-1]["response"] == {"res-out": {"children": value}}

    return run


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_500_jobs_leave_nothing_behind(client, cache):
    me = psutil.Process()
    client("warm-up")
    fds_before = _open_fds()
    for i in range(500):
        client(i)
    # Job processes are reaped by their reaper threads right after they exit.
    deadline = time.monotonic() + 5
    while me.children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert me.children() == []
    assert _open_fds() <= fds_before + 2
    time.sleep(JOB_TTL + 0.2)
    cache.expire()
    leftovers = [key for key in cache.iterkeys() if key != ("dash-job-slots",)]
    assert leftovers == []
    assert cache.get(("dash-job-slots",)) == {}
