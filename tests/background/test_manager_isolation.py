"""Managers belong to their app: a broken one never breaks another's job routes."""
import shutil

import diskcache
from celery import Celery

from bg_support import free_port, wait_for
from dash import CeleryManager, Dash, DiskcacheManager, Input, Output, html


def _background_app(name, manager, suffix):
    app = Dash(name, background_callback_manager=manager)
    app.layout = html.Div([html.Div(id=f"in-{suffix}"), html.Div(id=f"out-{suffix}")])

    @app.callback(Output(f"out-{suffix}", "children"), Input(f"in-{suffix}", "children"), background=True)
    def double(value):
        return value * 2

    return app


def _start_job(app, suffix):
    client = app.server.test_client()
    (spec,) = client.get("/_dash-dependencies").get_json()
    answer = client.post(
        "/_dash-update-component",
        json={"callback_id": spec["callback_id"], "output": spec["output"],
              "outputs": {"id": f"out-{suffix}", "property": "children"},
              "inputs": [{"id": f"in-{suffix}", "property": "children", "value": 21}]},
    )
    assert answer.status_code == 202, answer.data
    return client, answer.get_json()["job"]["token"]


def _result(client, token):
    def finished():
        body = client.get(f"/_dash-jobs/{token}?after=0&wait=200")
        assert body.status_code == 200, body.data
        return body.get_json()["state"] == "done" or None

    return wait_for(finished, 20, "the job's result")


def test_deleted_cache_directory_of_one_manager_leaves_the_others_working(tmp_path):
    broken_dir, healthy_dir = tmp_path / "broken", tmp_path / "healthy"
    broken = DiskcacheManager(diskcache.Cache(str(broken_dir)))
    healthy = DiskcacheManager(diskcache.Cache(str(healthy_dir)))
    app = Dash(__name__, background_callback_manager=healthy)
    app.layout = html.Div([html.Div(id=i) for i in ("in-a", "out-a", "in-b", "out-b")])

    @app.callback(Output("out-a", "children"), Input("in-a", "children"), background=True, manager=broken)
    def on_broken(value):
        return value

    @app.callback(Output("out-b", "children"), Input("in-b", "children"), background=True)
    def on_healthy(value):
        return value * 2

    client = app.server.test_client()
    spec = next(s for s in client.get("/_dash-dependencies").get_json() if s["output"] == "out-b.children")
    answer = client.post(
        "/_dash-update-component",
        json={"callback_id": spec["callback_id"], "output": spec["output"],
              "outputs": {"id": "out-b", "property": "children"},
              "inputs": [{"id": "in-b", "property": "children", "value": 21}]},
    )
    token = answer.get_json()["job"]["token"]
    shutil.rmtree(broken_dir)
    broken.handle.close()  # what an operator's clean-up leaves: a store that fails
    assert _result(client, token)


def test_an_app_with_a_dead_redis_does_not_touch_another_apps_jobs(tmp_path):
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    _background_app("dead_app", CeleryManager(Celery("dead", broker=dead, backend=dead)), "dead")
    live = _background_app("live_app", DiskcacheManager(diskcache.Cache(str(tmp_path / "c"))), "live")
    client, token = _start_job(live, "live")
    assert _result(client, token)
