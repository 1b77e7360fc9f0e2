"""Background jobs on Celery workers, all state in Redis.

One generic task, ``dash.background_job``, is registered on the Celery app. It finds
the callback by its id in the worker's callback registry (the worker imports the app
module, which registers every callback), runs it, and appends events to the Redis job
store at the Celery app's backend URL. While it runs it refreshes a heartbeat key with
a short TTL, so a poll notices a worker that died within a few seconds.
"""
import os
import threading
import uuid
from typing import Any, Dict, Optional

from ..jobs import error_event, run_job, store_emitter
from ..news import RedisNews
from ..store import Record, RedisStore
from .base import DEFAULT_JOB_TTL, BaseBackgroundCallbackManager

TASK_NAME = "dash.background_job"
# The worker refreshes its heartbeat this often; it lapses after _HEARTBEAT_TTL.
_HEARTBEAT_EVERY = 1.0
_HEARTBEAT_TTL = 4.0
_NO_CALLBACK = (
    "The Celery worker does not know this callback: start it on the app's module"
    " (celery -A app:celery_app worker) and restart it after code changes."
)


class CeleryManager(BaseBackgroundCallbackManager):
    """Run background callbacks on Celery workers, keeping jobs in Redis.

    :param celery_app: a ``celery.Celery`` app whose result backend (or broker) is Redis.
    :param cache_by: functions whose return values join the memoization key; results
        are memoized only when given.
    :param expire: seconds a memoized result lives (default one day).
    :param job_ttl: seconds a job's record and events live after its last write.
    """

    def __init__(
        self,
        celery_app: Any,
        cache_by: Optional[list] = None,
        expire: Optional[float] = None,
        *,
        job_ttl: float = DEFAULT_JOB_TTL,
    ) -> None:
        if not hasattr(celery_app, "send_task") or not hasattr(celery_app, "task"):
            raise TypeError("CeleryManager's first argument must be a celery.Celery app.")
        super().__init__(cache_by, expire, job_ttl)
        self._celery_app = celery_app
        self._store = RedisStore(_redis_client(celery_app), job_ttl)
        self._task = _register_task(celery_app)
        self._news_feed = RedisNews(self._store.client, self._announce)

    @property
    def handle(self) -> Any:
        return self._celery_app

    @property
    def store(self) -> RedisStore:
        return self._store

    def _launch(self, job_id: str, entry: Any, call: Any, memo_key: Optional[str]) -> None:
        # The task id is ours to choose, so it is on record before any worker can start.
        task_id = str(uuid.uuid4())
        self._store.update(job_id, {"task_id": task_id})
        args = (job_id, entry.callback_id, call.to_dict(), memo_key, self.memo_ttl, self.job_ttl)
        self._task.apply_async(args=args, task_id=task_id)

    def _terminate(self, record: Record) -> None:
        # A queued task is skipped by the worker (the job is done); a running one is
        # killed in its pool process. The revoke is broadcast off the request thread:
        # the cancel itself is already final in the store.
        terminate = bool(record.get("worker_pid"))
        threading.Thread(
            target=self._celery_app.control.revoke,
            args=(record["task_id"],),
            kwargs={"terminate": terminate, "signal": "SIGTERM"},
            daemon=True,
        ).start()

    def _watch(self, job_id: str, record: Record) -> None:
        if record["state"] == "running" and not self._store.beating(job_id):
            self.report_lost(job_id)

    def _news_pushed(self, record: Record) -> bool:
        return self._news_feed.live()


def _redis_url(celery_app: Any) -> str:
    conf = celery_app.conf
    for url in (conf.result_backend, conf.broker_url):
        if isinstance(url, str) and url.startswith(("redis://", "rediss://", "unix://")):
            return url
    raise ValueError(
        "CeleryManager keeps jobs in Redis: give the Celery app a redis:// backend or broker."
    )


def _redis_client(celery_app: Any) -> Any:
    import redis  # an optional dependency: pip install dash[celery]

    return redis.Redis.from_url(_redis_url(celery_app))


def _register_task(celery_app: Any) -> Any:
    """The app's ``dash.background_job`` task, registered once per Celery app."""
    task = getattr(celery_app, "_dash_background_task", None)
    if task is not None:
        return task

    # One client per worker process (created there, on its first job): no new Redis
    # connection per job.
    clients: Dict[int, Any] = {}

    def redis_client() -> Any:
        if os.getpid() not in clients:
            clients[os.getpid()] = _redis_client(celery_app)
        return clients[os.getpid()]

    @celery_app.task(name=TASK_NAME, ignore_result=True)
    def background_job(
        job_id: str,
        callback_id: str,
        call: dict,
        memo_key: Optional[str],
        memo_ttl: float,
        job_ttl: float,
    ) -> None:
        from ..._callback import CALLBACK_INDEX
        from ..._dispatch import CallRequest

        store = RedisStore(redis_client(), job_ttl)
        store.beat(job_id, _HEARTBEAT_TTL)
        if not store.start(job_id, {"worker_pid": str(os.getpid())}):
            return  # cancelled while queued
        stop = threading.Event()
        beater = threading.Thread(target=_beat, args=(store, job_id, stop), daemon=True)
        beater.start()
        try:
            entry = CALLBACK_INDEX.get(callback_id)
            if entry is None:
                store.append(job_id, "error", error_event(_NO_CALLBACK, "KeyError"))
                return
            emit = store_emitter(store, job_id, memo_key, memo_ttl)
            run_job(entry, CallRequest.from_dict(call), emit)
        except Exception as exc:  # the framework's own trouble: the page must hear of it
            message = f"The background job could not run: {type(exc).__name__}: {exc}"
            store.append(job_id, "error", error_event(message, "BackgroundCallbackError"))
            raise
        finally:
            stop.set()

    celery_app._dash_background_task = background_job
    return background_job


def _beat(store: RedisStore, job_id: str, stop: threading.Event) -> None:
    while not stop.wait(_HEARTBEAT_EVERY):
        store.beat(job_id, _HEARTBEAT_TTL)

