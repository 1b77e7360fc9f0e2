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



def on_app_error(err):
    """The app-level ``on_error``: jobs use it too (tests/background/test_protocol.py)."""
    text = str(err)
    if text.startswith("handled silently"):
        return None
    if text.startswith("handled"):
        return f"app handler saw: {text}"
    raise err


app = Dash(__name__, background_callback_manager=manager, on_error=on_app_error)
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


@callback(Output("out", "hidden"), Input("in", "hidden"), background=True)
def handled_by_the_app(value):
    raise ValueError(f"handled {value}")


@callback(Output("out", "lang"), Input("in", "spellCheck"), background=True,
          on_error=lambda err: f"own handler saw: {err}")
def handled_by_itself(value):
    raise ValueError(f"handled {value}")


@callback(Input("in", "tabIndex"), background=True)
def handled_silently(value):
    """No outputs; the app's handler returns None: nothing to apply, no error."""
    set_props("tick", {"lang": f"before {value}"})
    raise ValueError(f"handled silently {value}")


@callback(
    Output("out", "accessKey"),
    Input("in", "draggable"),
    background=True,
    progress=Output("pid", "title"),
)
async def awaiting(set_progress, seconds):
    """An ``async def`` job: progress and set_props from async code, then it awaits."""
    import asyncio

    set_progress(os.getpid())
    set_props("tick", {"title": "async set_props"})
    await asyncio.sleep(float(seconds))
    return f"awaited {seconds}"
