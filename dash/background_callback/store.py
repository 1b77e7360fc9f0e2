"""The job store: job records, ordered events and memoized results (no Flask here).

A job is named by its job id (a digest of its token, see ``tokens.py``). It has

* a record: a flat ``{str: str}`` dict, with at least ``state`` (``queued``,
  ``running`` or ``done``) plus whatever the manager keeps there (process id,
  Celery task id, ...; never sent to a page);
* a list of events, numbered 1, 2, 3... in the order they were appended. An event is
  a ``(kind, raw)`` pair where ``raw`` is the event's JSON object without its ``seq``.
  Appending a terminal event (``result``, ``error``, ``prevent_update``,
  ``cancelled``) marks the job ``done`` in the same atomic step, and nothing can be
  appended after it: a late progress update from a cancelled job cannot sneak in.

Every key of a job expires ``job_ttl`` seconds after the job's last write.
"""
from abc import ABCMeta, abstractmethod
from typing import Dict, List, Optional, Tuple

from .news import NEWS_CHANNEL

TERMINAL_KINDS = frozenset({"result", "error", "prevent_update", "cancelled"})

Record = Dict[str, str]
StoredEvent = Tuple[int, str, str]  # (seq, kind, raw JSON without seq)


class JobStore(metaclass=ABCMeta):
    """Where jobs live, shared by every web process and job process of a manager."""

    def __init__(self, job_ttl: float) -> None:
        self.job_ttl = job_ttl

    @abstractmethod
    def create(self, job_id: str, record: Record) -> None:
        """Create a job in state ``queued`` with ``record``'s extra fields."""

    @abstractmethod
    def record(self, job_id: str) -> Optional[Record]:
        """The job's record, or None for an unknown or expired job."""

    @abstractmethod
    def update(self, job_id: str, fields: Record) -> bool:
        """Merge ``fields`` into an existing record; False if the job is unknown."""

    @abstractmethod
    def start(self, job_id: str, fields: Record) -> bool:
        """Atomically move a ``queued`` job to ``running`` with ``fields``.

        False when the job is unknown or no longer queued (it was cancelled).
        """

    @abstractmethod
    def append(self, job_id: str, kind: str, raw: str) -> Optional[int]:
        """Append an event; its seq, or None if the job is unknown or already done."""

    @abstractmethod
    def events_after(self, job_id: str, after: int) -> List[StoredEvent]:
        """Every event with seq > ``after``, in order."""

    @abstractmethod
    def memo_get(self, key: str) -> Optional[str]:
        """A memoized callback answer (JSON), or None."""

    @abstractmethod
    def memo_set(self, key: str, raw: str, ttl: float) -> None:
        """Memoize a callback answer for ``ttl`` seconds."""


class DiskcacheStore(JobStore):
    """Jobs in a ``diskcache.Cache``: safe across processes through SQLite transactions."""

    def __init__(self, cache, job_ttl: float) -> None:
        super().__init__(job_ttl)
        self.cache = cache

    @staticmethod
    def _key(job_id: str, part: object) -> tuple:
        return ("dash-job", job_id, part)

    def create(self, job_id: str, record: Record) -> None:
        self.cache.set(
            self._key(job_id, "rec"), {**record, "state": "queued"}, expire=self.job_ttl, retry=True
        )

    def record(self, job_id: str) -> Optional[Record]:
        return self.cache.get(self._key(job_id, "rec"), retry=True)

    def update(self, job_id: str, fields: Record) -> bool:
        with self.cache.transact(retry=True):
            current = self.record(job_id)
            if current is None:
                return False
            self.cache.set(self._key(job_id, "rec"), {**current, **fields}, expire=self.job_ttl)
            return True

    def start(self, job_id: str, fields: Record) -> bool:
        with self.cache.transact(retry=True):
            current = self.record(job_id)
            if current is None or current["state"] != "queued":
                return False
            record = {**current, **fields, "state": "running"}
            self.cache.set(self._key(job_id, "rec"), record, expire=self.job_ttl)
            return True

    def append(self, job_id: str, kind: str, raw: str) -> Optional[int]:
        with self.cache.transact(retry=True):
            current = self.record(job_id)
            if current is None or current["state"] == "done":
                return None
            seq = self.cache.get(self._key(job_id, "n"), 0) + 1
            self.cache.set(self._key(job_id, seq), (kind, raw), expire=self.job_ttl)
            # The counter is written after the event, in the same transaction, so a
            # reader that sees seq n always finds events 1..n.
            self.cache.set(self._key(job_id, "n"), seq, expire=self.job_ttl)
            if kind in TERMINAL_KINDS:
                current = {**current, "state": "done"}
            self.cache.set(self._key(job_id, "rec"), current, expire=self.job_ttl)
            return seq

    def events_after(self, job_id: str, after: int) -> List[StoredEvent]:
        last = self.cache.get(self._key(job_id, "n"), 0, retry=True)
        events = []
        for seq in range(after + 1, last + 1):
            stored = self.cache.get(self._key(job_id, seq), retry=True)
            if stored is None:  # expired under us: what follows is gone too
                break
            events.append((seq, stored[0], stored[1]))
        return events

    def memo_get(self, key: str) -> Optional[str]:
        return self.cache.get(("dash-memo", key), retry=True)

    def memo_set(self, key: str, raw: str, ttl: float) -> None:
        self.cache.set(("dash-memo", key), raw, expire=ttl, retry=True)


# Lua keeps the check-then-write steps atomic on the Redis server.
_START_SCRIPT = """
if redis.call('HGET', KEYS[1], 'state') ~= 'queued' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'running', unpack(ARGV, 2))
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
"""

_APPEND_SCRIPT = """
local state = redis.call('HGET', KEYS[1], 'state')
if (not state) or state == 'done' then return 0 end
local seq = redis.call('RPUSH', KEYS[2], ARGV[1])
if ARGV[2] == '1' then redis.call('HSET', KEYS[1], 'state', 'done') end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return seq
"""

_UPDATE_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
"""


class RedisStore(JobStore):
    """Jobs in Redis: a hash for the record, a list for the events.

    Every append is announced on ``NEWS_CHANNEL`` (see ``news.py``).
    """

    # Separates an event's kind from its JSON inside one list item.
    _SEP = "\n"

    def __init__(self, client, job_ttl: float) -> None:
        super().__init__(job_ttl)
        self.client = client
        self._start = client.register_script(_START_SCRIPT)
        self._append = client.register_script(_APPEND_SCRIPT)
        self._update = client.register_script(_UPDATE_SCRIPT)

    @staticmethod
    def _rec_key(job_id: str) -> str:
        return f"dash-job:{job_id}:rec"

    @staticmethod
    def _events_key(job_id: str) -> str:
        return f"dash-job:{job_id}:ev"

    @staticmethod
    def _flat(fields: Record) -> list:
        return [item for pair in fields.items() for item in pair]

    def create(self, job_id: str, record: Record) -> None:
        key = self._rec_key(job_id)
        pipe = self.client.pipeline()
        pipe.hset(key, mapping={**record, "state": "queued"})
        pipe.expire(key, int(self.job_ttl))
        pipe.execute()

    def record(self, job_id: str) -> Optional[Record]:
        raw = self.client.hgetall(self._rec_key(job_id))
        return {k.decode(): v.decode() for k, v in raw.items()} or None

    def update(self, job_id: str, fields: Record) -> bool:
        args = [int(self.job_ttl), *self._flat(fields)]
        return bool(self._update(keys=[self._rec_key(job_id)], args=args))

    def start(self, job_id: str, fields: Record) -> bool:
        args = [int(self.job_ttl), *self._flat(fields)]
        return bool(self._start(keys=[self._rec_key(job_id)], args=args))

    def append(self, job_id: str, kind: str, raw: str) -> Optional[int]:
        terminal = "1" if kind in TERMINAL_KINDS else "0"
        seq = self._append(
            keys=[self._rec_key(job_id), self._events_key(job_id)],
            args=[kind + self._SEP + raw, terminal, int(self.job_ttl), NEWS_CHANNEL, job_id],
        )
        return int(seq) or None

    def events_after(self, job_id: str, after: int) -> List[StoredEvent]:
        items = self.client.lrange(self._events_key(job_id), after, -1)
        events = []
        for offset, item in enumerate(items):
            kind, _, raw = item.decode().partition(self._SEP)
            events.append((after + 1 + offset, kind, raw))
        return events

    def memo_get(self, key: str) -> Optional[str]:
        raw = self.client.get(f"dash-memo:{key}")
        return raw.decode() if raw is not None else None

    def memo_set(self, key: str, raw: str, ttl: float) -> None:
        self.client.set(f"dash-memo:{key}", raw, px=max(1, int(ttl * 1000)))

    def beat(self, job_id: str, ttl: float) -> None:
        """Refresh the job's heartbeat (its worker is alive) for ``ttl`` seconds."""
        self.client.set(f"dash-job:{job_id}:hb", "1", px=int(ttl * 1000))

    def beating(self, job_id: str) -> bool:
        """Whether the job's worker refreshed its heartbeat recently."""
        return bool(self.client.exists(f"dash-job:{job_id}:hb"))
