"""Running ``async def`` callbacks from synchronous servers (Flask/WSGI, job processes).

One event loop per process runs in a daemon thread, created on first use; a coroutine
is scheduled on it inside a copy of the caller's context (so ``ctx`` and ``set_props``
see the running call) and the calling thread waits for its result. No loop is created
per request, and requests of a threaded server await side by side on the shared loop.
A forked child (a diskcache job) starts its own loop: the parent's thread does not
exist there.
"""
import asyncio
import contextvars
import os
import threading
from concurrent.futures import Future
from typing import Any, Awaitable, Optional

_loop: Optional[asyncio.AbstractEventLoop] = None
_lock = threading.Lock()


def _forget_loop_after_fork() -> None:
    global _loop, _lock  # pylint: disable=global-statement
    _loop, _lock = None, threading.Lock()


os.register_at_fork(after_in_child=_forget_loop_after_fork)


def _shared_loop() -> asyncio.AbstractEventLoop:
    global _loop  # pylint: disable=global-statement
    with _lock:
        if _loop is None:
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="dash-async-callbacks", daemon=True).start()
            _loop = loop
        return _loop


def run_awaitable(awaitable: Awaitable[Any]) -> Any:
    """Await ``awaitable`` on the shared loop from a synchronous caller; return its value
    or raise its exception in the caller (``PreventUpdate`` included)."""
    loop = _shared_loop()
    context = contextvars.copy_context()
    done: "Future[Any]" = Future()

    async def runner() -> Any:
        return await awaitable

    def start() -> None:
        task = loop.create_task(runner(), context=context)

        def settle(finished: "asyncio.Task[Any]") -> None:
            if finished.cancelled():
                done.cancel()
            elif finished.exception() is not None:
                done.set_exception(finished.exception())  # type: ignore[arg-type]
            else:
                done.set_result(finished.result())

        task.add_done_callback(settle)

    loop.call_soon_threadsafe(start)
    return done.result()
