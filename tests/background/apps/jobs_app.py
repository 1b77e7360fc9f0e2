"""The app the protocol tests drive, on Celery when REDIS_URL is set, else on diskcache.

Each callback exercises one promise of the job protocol. Jobs report their process id
as a progress value so tests can check that cancelled or killed processes are gone.
"""
import os
import time

from dash import CeleryManager, Dash, DiskcacheManager, Input, Output, Patch, callback, html, set_props
from dash.exceptions import PreventUpdate

MEMO_EXPIRE = 2

if "REDIS_URL" in os.environ:
    from celery import Celery

    celery_app = Celery(__name__, broker=os.environ["REDIS_URL"], backend=os.environ["REDIS_URL"])
    manager = CeleryManager(celery_app)
    memo_manager = CeleryManager(celery_app, cache_by=[lambda: "v1"], expire=MEMO_EXPIRE)
else:
    import diskcache

    cache = diskcache.Cache(os.environ["DASH_TEST_CACHE"])
    manager = DiskcacheManager(cache)
    memo_manager = DiskcacheManager(cache, cache_by=[lambda: "v1"], expire=MEMO_EXPIRE)

app = Dash(__name__, background_callback_manager=manager)
server = app.server
app.layout = html.Div(
    [html.Div(id=name) for name in ("in", "out", "pid", "tick", "list", "memo-in", "memo-out")]
)


@callback(Output("out", "children"), Input("in", "title"), background=True)
def quick(value):
    return f"quick {value}"


@callback(
    Output("out", "title"),
    Input("in", "lang"),
    background=True,
    progress=Output("pid", "children"),
)
def slow(set_progress, seconds):
    """Reports its pid, then sleeps ``seconds``: the target of cancel and kill tests."""
    set_progress(os.getpid())
    time.sleep(float(seconds))
    return f"slept {seconds}"


@callback(
    Output("out", "dir"),
    Input("in", "dir"),
    background=True,
    progress=[Output("tick", "children"), Output("tick", "title")],
)
def ticker(set_progress, count):
    """``count`` progress updates at 20 Hz."""
    for i in range(int(count)):
        set_progress((i, f"{i}/{count}"))
        time.sleep(0.05)
    return "ticked"


@callback(Input("in", "accessKey"), background=True)
def patcher(count):
    """Appends to a list with ``Patch`` through ``set_props``; no outputs at all."""
    for i in range(int(count)):
        patch = Patch()
        patch.append(i)
        set_props("list", {"children": patch})


@callback(Output("out", "role"), Input("in", "role"), background=True)
def failing(message):
    if message == "prevent":
        raise PreventUpdate
    raise ValueError(f"job failed: {message}")


@callback(
    Output("memo-out", "children"),
    Input("memo-in", "title"),
    Input("memo-in", "lang"),
    background=True,
    manager=memo_manager,
    cache_args_to_ignore=[1],
)
def memoized(value, ignored):
    return f"{value} computed at {time.time()!r} in {os.getpid()}"
