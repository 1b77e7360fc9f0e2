"""One thread per web process that reads the event pipes of its local job processes.

A job process writes one ``kind<TAB>raw-json<LF>`` line per event. The reader hands
each complete line to the job's ``on_event`` in order and calls ``on_end`` at end of
file (the process exited or was killed; a cut-off last line is dropped). One long-lived
thread, rather than one per job, keeps the store's per-thread SQLite connection open.
"""
import logging
import os
import selectors
import threading
from typing import Callable, Dict, List, Optional, Tuple

logger = logging.getLogger("dash.background_callback")

OnEvent = Callable[[str, str], None]
OnEnd = Callable[[], None]


class _Pipe:
    def __init__(self, fd: int, on_event: OnEvent, on_end: OnEnd) -> None:
        self.fd, self.on_event, self.on_end = fd, on_event, on_end
        self.pending = b""


class PipeReader:
    """Reads every registered pipe on a daemon thread of the current process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._new: List[_Pipe] = []
        self._open: Dict[int, _Pipe] = {}
        self._wake_r, self._wake_w = os.pipe()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._wake_r, selectors.EVENT_READ)
        threading.Thread(target=self._run, name="dash-job-pipes", daemon=True).start()

    def fds(self) -> List[int]:
        """Every descriptor this reader owns (a new job process closes them)."""
        with self._lock:
            own = [self._selector.fileno(), self._wake_r, self._wake_w]
            return own + list(self._open) + [p.fd for p in self._new]

    def add(self, fd: int, on_event: OnEvent, on_end: OnEnd) -> None:
        """Follow the read end ``fd`` of a job's pipe."""
        with self._lock:
            self._new.append(_Pipe(fd, on_event, on_end))
        os.write(self._wake_w, b"\0")

    def _run(self) -> None:
        while True:
            for key, _ in self._selector.select():
                if key.fd == self._wake_r:
                    os.read(self._wake_r, 4096)
                    self._register_new()
                else:
                    self._read(self._open[key.fd])

    def _register_new(self) -> None:
        with self._lock:
            new, self._new = self._new, []
            for pipe in new:
                self._open[pipe.fd] = pipe
        for pipe in new:
            self._selector.register(pipe.fd, selectors.EVENT_READ)

    def _read(self, pipe: _Pipe) -> None:
        data = os.read(pipe.fd, 1 << 16)
        lines, pipe.pending = _split(pipe.pending + data)
        for kind, raw in lines:
            _guarded(pipe.on_event, kind, raw)
        if not data:
            self._selector.unregister(pipe.fd)
            with self._lock:
                del self._open[pipe.fd]
            os.close(pipe.fd)
            _guarded(pipe.on_end)


def _split(buffer: bytes) -> Tuple[List[Tuple[str, str]], bytes]:
    """Complete lines as (kind, raw) pairs, and the incomplete rest."""
    *complete, rest = buffer.split(b"\n")
    lines = []
    for line in complete:
        kind, _, raw = line.decode().partition("\t")
        lines.append((kind, raw))
    return lines, rest


def _guarded(callback: Callable[..., None], *args: str) -> None:
    # One job's store trouble must not stop the thread that serves every other job.
    try:
        callback(*args)
    except Exception:  # noqa: BLE001
        logger.exception("Storing a background job's events failed")


_reader: Optional[PipeReader] = None
_reader_pid = 0
_reader_lock = threading.Lock()


def reader() -> PipeReader:
    """This process's reader (a forked web worker starts its own)."""
    global _reader, _reader_pid  # pylint: disable=global-statement
    with _reader_lock:
        if _reader is None or _reader_pid != os.getpid():
            _reader, _reader_pid = PipeReader(), os.getpid()
        return _reader
