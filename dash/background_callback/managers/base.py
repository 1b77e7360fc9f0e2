"""What every background callback manager does, whatever runs its jobs.

A manager turns a callback call into a job named by an opaque token, and answers
"what happened since event n?" and "cancel it" for that token. All job state lives in
the manager's store, so any web process can answer for any job. Subclasses decide
where jobs run (``_launch``), how to stop one (``_terminate``) and how to notice that
one was lost (``_watch``). Managers know nothing of Flask.
"""
import hashlib
import json
import threading
import time
from abc import ABCMeta, abstractmethod
from typing import Any, Callable, List, Optional, Sequence, Tuple

from .. import tokens
from ..jobs import CANCELLED_EVENT, error_event
from ..store import TERMINAL_KINDS, JobStore, Record, StoredEvent

# Memoized results (``cache_by``) live this long unless ``expire`` says otherwise.
DEFAULT_EXPIRE = 24 * 3600
# A job's record and events live this long after the job's last write.
DEFAULT_JOB_TTL = 3600
# How often a waiting poll re-reads the store when news of its job may come from
# elsewhere unannounced: fast at first, then gentler. Announced news (``_announce``)
# wakes it at once.
_FIRST_STEP, _MAX_STEP = 0.004, 0.02
# How often a waiting poll checks that the job's worker is still alive; also how often
# it re-reads the store when every event of its job is announced (``_news_pushed``).
_WATCH_EVERY = 0.25

LOST_MESSAGE = "The background job's worker stopped before the job finished."


class BaseBackgroundCallbackManager(metaclass=ABCMeta):
    """Runs background callbacks as jobs and keeps their events until they expire."""

    def __init__(
        self,
        cache_by: Optional[Sequence[Callable[[], Any]]] = None,
        expire: Optional[float] = None,
        job_ttl: float = DEFAULT_JOB_TTL,
    ) -> None:
        self.cache_by: List[Callable[[], Any]] = list(cache_by or [])
        self.expire = expire
        self.job_ttl = job_ttl
        self._news = threading.Condition()
        # Counts announcements, so a poll never sleeps through one that came between
        # its read of the store and its wait.
        self._news_count = 0

    def _announce(self) -> None:
        """Wake this process's waiting polls: some job has news."""
        with self._news:
            self._news_count += 1
            self._news.notify_all()

    def _await_news(self, seen: int, timeout: float) -> None:
        """Wait up to ``timeout`` s unless news came since the count was ``seen``."""
        with self._news:
            if self._news_count == seen:
                self._news.wait(timeout)

    def _news_pushed(self, record: Record) -> bool:
        """Whether every event of this job is announced in this process as it is stored."""
        return False

    @property
    @abstractmethod
    def handle(self) -> Any:
        """The backend object: the diskcache ``Cache`` or the Celery app."""

    @property
    @abstractmethod
    def store(self) -> JobStore:
        """Where this manager's jobs live."""

    @abstractmethod
    def _launch(self, job_id: str, entry: Any, call: Any, memo_key: Optional[str]) -> None:
        """Queue a job created in the store; it must start in arrival order."""

    @abstractmethod
    def _terminate(self, record: Record) -> None:
        """Stop the job described by ``record`` if it runs (it was already cancelled)."""

    @abstractmethod
    def _watch(self, job_id: str, record: Record) -> None:
        """Look after an unfinished job while a page follows it (liveness, queue)."""

    # -- memoization -------------------------------------------------------------

    def memo_key(self, entry: Any, args: List[Any], triggered: Optional[List[str]]) -> Optional[str]:
        """The memoization key of a call, or None when ``cache_by`` is not used.

        ``args`` are the callback's argument values with ``cache_args_to_ignore``
        already left out; ``triggered`` is included only when the callback asks for it.
        """
        if not self.cache_by:
            return None
        material = [entry.callback_id, args, [fn() for fn in self.cache_by], triggered]
        digest = hashlib.sha256(json.dumps(material, sort_keys=True, default=repr).encode())
        return digest.hexdigest()

    def memoized(self, key: str) -> Optional[str]:
        """A memoized 200 answer (JSON) for ``key``, or None."""
        return self.store.memo_get(key)

    @property
    def memo_ttl(self) -> float:
        """Seconds a memoized result lives."""
        return self.expire if self.expire is not None else DEFAULT_EXPIRE

    # -- jobs --------------------------------------------------------------------

    def submit(self, entry: Any, call: Any, memo_key: Optional[str] = None) -> str:
        """Queue a job for ``call`` and return its token."""
        token = tokens.new_token()
        job_id = tokens.job_id(token)
        self.store.create(job_id, {"created": repr(time.time())})
        self._launch(job_id, entry, call, memo_key)
        return token

    def owns(self, token: str) -> bool:
        """Whether ``token`` names a live job of this manager."""
        return self.store.record(tokens.job_id(token)) is not None

    def events(self, token: str, after: int, wait: float) -> Optional[Tuple[List[StoredEvent], str]]:
        """Events after seq ``after`` and the job's state; None for an unknown token.

        With no news, waits up to ``wait`` seconds for some.
        """
        job_id = tokens.job_id(token)
        deadline = time.monotonic() + wait
        step, next_watch = _FIRST_STEP, 0.0
        while True:
            seen = self._news_count
            record = self.store.record(job_id)
            if record is None:
                return None
            events = self.store.events_after(job_id, after)
            if events or record["state"] == "done":
                return events, _state_after(record, events)
            now = time.monotonic()
            if now >= next_watch:
                self._watch(job_id, record)
                next_watch = now + _WATCH_EVERY
                continue
            if now >= deadline:
                return events, record["state"]
            pause = next_watch - now if self._news_pushed(record) else step
            self._await_news(seen, min(pause, deadline - now))
            step = min(step * 2, _MAX_STEP)

    def cancel(self, token: str) -> Optional[bool]:
        """Cancel a job: None for an unknown token, False if it had already finished."""
        job_id = tokens.job_id(token)
        if self.store.record(job_id) is None:
            return None
        if self.store.append(job_id, "cancelled", CANCELLED_EVENT) is None:
            return False
        self._announce()
        # Read again: a job that started before the cancel has its process noted by now.
        record = self.store.record(job_id)
        if record is not None:
            self._terminate(record)
        return True

    def report_lost(self, job_id: str) -> None:
        """Finish a job whose worker died with an error event (no-op if it finished)."""
        if self.store.append(job_id, "error", error_event(LOST_MESSAGE, "BackgroundCallbackError")):
            self._announce()


def _state_after(record: Record, events: List[StoredEvent]) -> str:
    if events and events[-1][1] in TERMINAL_KINDS:
        return "done"
    if events and record["state"] == "queued":
        return "running"  # it emitted events, so it runs (the record lags behind)
    return record["state"]
