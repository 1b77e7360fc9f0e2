"""Background jobs in local processes, all state in a diskcache directory.

Process model: each job runs in a process of its own, forked from a web process (so it
starts in milliseconds with the app already imported) and made the leader of a new
session (so cancelling kills the job and anything it started, as a group). Jobs wait
in a FIFO queue in the cache and at most ``max_workers`` run at once, counted in the
cache, so the bound holds across every web process (e.g. gunicorn workers) sharing it.

A job process never touches the SQLite store (SQLite's locks and connection state do
not survive a fork): it writes its events, one line each, into a pipe, and a thread of
the web process that forked it stores them in order, reaps the process, reports it as
failed if it died without a final event, and starts the next queued job. A poll for a
queued job also tries to start it, and a poll for a running job checks that its process
lives, so jobs move on and end even when the web process that forked them is gone (its
jobs then fail with a clear error). A job process never keeps the server's sockets:
they are replaced with /dev/null right after the fork, so a restarted server can bind
its port again while old jobs finish.
"""
import functools
import hashlib
import logging
import os
import signal
import socket
import stat
import sys
import tempfile
import threading
import time
from typing import Any, Dict, List, Optional

from ..._callback import CALLBACK_INDEX
from ..._dispatch import CallRequest
from ..jobs import error_event, run_job, store_emitter
from ..store import TERMINAL_KINDS, DiskcacheStore, Record
from .base import DEFAULT_JOB_TTL, BaseBackgroundCallbackManager
from .pipes import reader

logger = logging.getLogger("dash.background_callback")

_QUEUE = "dash-job-queue"
_SLOTS = ("dash-job-slots",)
# A claimed slot whose process never registered is given back after this long.
_START_GRACE = 10.0
# Cancel sends SIGTERM, then SIGKILL if the group is still there after this long.
_KILL_AFTER = 0.2
_NO_CALLBACK = "The job's callback is not registered in this process (or the job expired)."
_FORK_LOCK = threading.Lock()
# Signals a web server may have taken over; a job process wants the defaults back.
_SERVER_SIGNALS = ("SIGTERM", "SIGQUIT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGCHLD",
                   "SIGWINCH", "SIGTTIN", "SIGTTOU")


class DiskcacheManager(BaseBackgroundCallbackManager):
    """Run background callbacks in local processes, keeping jobs in a diskcache.

    :param cache: a ``diskcache.Cache``; None uses a private cache in a temporary
        directory shared by the processes of one server (e.g. gunicorn workers).
    :param cache_by: functions whose return values join the memoization key; results
        are memoized only when given.
    :param expire: seconds a memoized result lives (default one day).
    :param max_workers: jobs running at once (default: the number of CPUs).
    :param job_ttl: seconds a job's record and events live after its last write.
    """

    def __init__(
        self,
        cache: Any = None,
        cache_by: Optional[list] = None,
        expire: Optional[float] = None,
        *,
        max_workers: Optional[int] = None,
        job_ttl: float = DEFAULT_JOB_TTL,
    ) -> None:
        import diskcache  # an optional dependency: pip install dash[diskcache]

        if cache is None:
            cache = diskcache.Cache(_default_directory())
        elif not isinstance(cache, diskcache.Cache):
            raise TypeError("DiskcacheManager's cache must be a diskcache.Cache object.")
        super().__init__(cache_by, expire, job_ttl)
        self._cache = cache
        self._store = DiskcacheStore(cache, job_ttl)
        self.max_workers = max_workers or os.cpu_count() or 1

    @property
    def handle(self) -> Any:
        return self._cache

    @property
    def store(self) -> DiskcacheStore:
        return self._store

    # -- queue and slots -----------------------------------------------------------

    def _launch(self, job_id: str, entry: Any, call: Any, memo_key: Optional[str]) -> None:
        payload = (entry.callback_id, call.to_dict(), memo_key)
        self._cache.set(_payload_key(job_id), payload, expire=self.job_ttl, retry=True)
        self._cache.push(job_id, prefix=_QUEUE, expire=self.job_ttl, retry=True)
        self._pump()

    def _pump(self) -> None:
        """Start queued jobs while fewer than ``max_workers`` run."""
        while True:
            job_id = self._claim_next()
            if job_id is None:
                return
            payload = self._cache.pop(_payload_key(job_id), retry=True)
            entry = CALLBACK_INDEX.get(payload[0]) if payload is not None else None
            if entry is None:
                self._store.append(job_id, "error", error_event(_NO_CALLBACK, "KeyError"))
                self._release(job_id)
                continue
            self._fork(job_id, entry, CallRequest.from_dict(payload[1]), payload[2])

    def _claim_next(self) -> Optional[str]:
        with self._cache.transact(retry=True):
            slots: Dict[str, float] = {
                job_id: claimed
                for job_id, claimed in self._cache.get(_SLOTS, {}).items()
                if self._holds_slot(job_id, claimed)
            }
            job_id = None
            while len(slots) < self.max_workers:
                _, job_id = self._cache.pull(prefix=_QUEUE)
                if job_id is None:
                    break
                record = self._store.record(job_id)
                if record is not None and record["state"] == "queued":
                    slots[job_id] = time.time()
                    break
                job_id = None  # cancelled or expired while queued: skip it
            self._cache.set(_SLOTS, slots)
            return job_id

    def _holds_slot(self, job_id: str, claimed: float) -> bool:
        record = self._store.record(job_id)
        if record is None or record["state"] == "done":
            return False
        if record["state"] == "queued":
            return time.time() - claimed < _START_GRACE
        return _alive(record)

    def _release(self, job_id: str) -> None:
        with self._cache.transact(retry=True):
            slots = self._cache.get(_SLOTS, {})
            if slots.pop(job_id, None) is not None:
                self._cache.set(_SLOTS, slots)

    # -- job processes -------------------------------------------------------------

    def _fork(self, job_id: str, entry: Any, call: Any, memo_key: Optional[str]) -> None:
        pipes = reader()
        # The lock keeps another thread from forking while this job's pipe is open at
        # both ends: that child would hold the write end and delay our end of file.
        with _FORK_LOCK:
            inherited = pipes.fds()  # asked before the fork: the child must take no locks
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:
                # Its own read end too: with the web process gone, writes must fail
                # (and end the job) rather than block on a pipe nobody reads.
                _job_process(entry, call, write_fd, inherited + [read_fd])  # never returns
            os.close(write_fd)
        fields = {
            "pid": str(pid), "starttime": _starttime(pid),
            "host_pid": str(os.getpid()), "host_starttime": _own_starttime(os.getpid()),
        }
        if not self._store.start(job_id, fields):
            _kill_now(pid)  # cancelled between claim and start
        store_event = store_emitter(self._store, job_id, memo_key, self.memo_ttl)
        finished = threading.Event()

        def emit(kind: str, raw: str) -> None:
            store_event(kind, raw)
            self._announce()
            if kind in TERMINAL_KINDS:
                finished.set()

        pipes.add(read_fd, emit, lambda: self._ended(pid, job_id, finished.is_set()))

    def _ended(self, pid: int, job_id: str, finished: bool) -> None:
        """The job's pipe closed: reap it, fail it if it sent no final event, move on."""
        os.waitpid(pid, 0)
        if not finished:
            self.report_lost(job_id)
        self._release(job_id)
        self._pump()

    def _terminate(self, record: Record) -> None:
        if "pid" not in record or not _alive(record):
            return
        _signal_group(int(record["pid"]), signal.SIGTERM)
        threading.Timer(_KILL_AFTER, self._finish_off, args=(record,)).start()

    @staticmethod
    def _finish_off(record: Record) -> None:
        if _alive(record):
            _signal_group(int(record["pid"]), signal.SIGKILL)

    def _news_pushed(self, record: Record) -> bool:
        # The web process that forked a job stores (and announces) all of its events.
        return record.get("host_pid") == str(os.getpid())

    def _watch(self, job_id: str, record: Record) -> None:
        if record["state"] == "queued":
            self._pump()
        elif record["state"] == "running" and not _alive(record) and not _alive(record, "host_"):
            # The web process that forked the job reports it unless it died too.
            self.report_lost(job_id)
            self._release(job_id)
            self._pump()


def _payload_key(job_id: str) -> tuple:
    return ("dash-job", job_id, "call")


def _job_process(entry: Any, call: Any, write_fd: int, inherited: List[int]) -> None:
    """The body of a forked job process: run the job, send events down the pipe.

    It never touches the SQLite store: SQLite connections and locks do not survive a
    fork, so only web processes write to the cache.
    """
    code = 1
    try:
        os.setsid()
        _neutralize(_server_sockets() + inherited)
        _reset_signals()
        with os.fdopen(write_fd, "wb") as pipe:

            def emit(kind: str, raw: str) -> None:
                pipe.write(f"{kind}\t{raw}\n".encode())
                pipe.flush()

            run_job(entry, call, emit)
        code = 0
    except BaseException:  # noqa: BLE001 - e.g. its web process died: the job is lost
        logger.exception("Background job process failed")
    finally:
        # Never run the web process's exit handlers (they could delete its temporary
        # files or close its server) from a job process.
        os._exit(code)


def _default_directory() -> str:
    """A cache directory private to this user and shared by one server's processes.

    Processes of one server share their parent (gunicorn's arbiter, the reloader) and
    their command line, so they find the same directory and follow each other's jobs.
    """
    uid = os.getuid() if hasattr(os, "getuid") else 0
    origin = f"{os.getppid()}|{os.path.abspath(sys.argv[0] if sys.argv else '')}|{os.getcwd()}"
    digest = hashlib.sha256(origin.encode()).hexdigest()[:16]
    path = os.path.join(tempfile.gettempdir(), f"dash-jobs-{uid}-{digest}")
    os.makedirs(path, mode=0o700, exist_ok=True)
    if hasattr(os, "getuid") and os.stat(path).st_uid != uid:
        raise PermissionError(f"{path} belongs to another user; pass a diskcache.Cache.")
    return path


@functools.lru_cache(maxsize=None)
def _own_starttime(pid: int) -> str:
    """``_starttime`` of this process (asked per pid: a forked web worker is another)."""
    return _starttime(pid)


def _starttime(pid: int) -> str:
    """The process's start time in clock ticks since boot ('' where /proc is missing)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            # The command name may contain spaces; fields after it are fixed.
            return f.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


def _alive(record: Record, prefix: str = "") -> bool:
    """Whether the job's process (or with ``host_``, its web process) still runs.

    Zombies and recycled pids (another start time) count as gone.
    """
    pid = int(record[prefix + "pid"])
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: fall back to asking the kernel about the pid
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return fields[0] != b"Z" and fields[19].decode() == record.get(prefix + "starttime", "")


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _server_sockets() -> List[int]:
    """This process's listening sockets and the client connections accepted on them."""
    listening, connected = [], []
    for name in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []:
        fd = int(name)
        try:
            if not stat.S_ISSOCK(os.fstat(fd).st_mode):
                continue
            sock = socket.socket(fileno=os.dup(fd))
        except OSError:
            continue
        with sock:
            if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN):
                listening.append((fd, _local_port(sock)))
            elif sock.family in (socket.AF_INET, socket.AF_INET6):
                connected.append((fd, _local_port(sock)))
    server_ports = {port for _, port in listening}
    return [fd for fd, _ in listening] + [fd for fd, port in connected if port in server_ports]


def _neutralize(fds: List[int]) -> None:
    """Point ``fds`` at /dev/null: the real files close, the numbers stay taken.

    Objects inherited from the web process may still hold these numbers; keeping them
    taken means such an object can never close a descriptor opened later.
    """
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in fds:
        os.dup2(devnull, fd)
    os.close(devnull)


def _kill_now(pid: int) -> None:
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _local_port(sock: socket.socket) -> Any:
    address = sock.getsockname()
    return address[1] if isinstance(address, tuple) else address


def _reset_signals() -> None:
    signal.set_wakeup_fd(-1)
    for name in _SERVER_SIGNALS:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
