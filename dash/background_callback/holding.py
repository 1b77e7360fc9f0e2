"""How long this server may hold a job poll that has no news yet.

Up to ``THREADED_HOLD`` where the WSGI server runs requests in threads
(``environ["wsgi.multithread"]``: Flask's dev server, gunicorn gthread), where a held poll
costs one idle thread; only ``SYNC_HOLD`` on one-request-at-a-time workers (gunicorn's
default sync worker), where a longer hold would keep that worker from ordinary callbacks.
The 202 ticket and every poll answer tell the page this bound, and the page paces its
polls by it (docs/protocol.md).
"""
import flask

THREADED_HOLD = 15.0
SYNC_HOLD = 0.25


def longest_hold() -> float:
    """The longest the server answering this request may hold a poll (seconds)."""
    threaded = flask.request.environ.get("wsgi.multithread", False)
    return THREADED_HOLD if threaded else SYNC_HOLD
