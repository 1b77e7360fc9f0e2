"""Cross-process wake-ups for held polls, through Redis pub/sub.

A held poll should answer the moment its job has news, even when the event was stored
by another process (a Celery worker, another gunicorn worker). ``RedisStore`` publishes
the job id on ``NEWS_CHANNEL`` in the same Lua step that appends an event; each web
process keeps one subscriber thread (``RedisNews``) that wakes its waiting polls. Until
the subscription is confirmed (starting up, Redis restarting) ``live()`` is False and
polls fall back to re-reading the store on a short timer, so no news is ever missed.
"""
import logging
import os
import threading
import time
from typing import Any, Callable

logger = logging.getLogger("dash.background_callback")

NEWS_CHANNEL = "dash-job-news"
# Pause before subscribing again after the connection to Redis failed.
_RETRY_AFTER = 1.0


class RedisNews:
    """Calls ``on_news`` for every event any process appends to the Redis store."""

    def __init__(self, client: Any, on_news: Callable[[], None]) -> None:
        self._client = client
        self._on_news = on_news
        self._lock = threading.Lock()
        self._pid = 0  # the process whose thread listens (a forked worker starts its own)
        self._live = False

    def live(self) -> bool:
        """Whether news reaches this process now; starts listening on first use."""
        with self._lock:
            if self._pid != os.getpid():
                self._pid, self._live = os.getpid(), False
                threading.Thread(target=self._listen, name="dash-job-news", daemon=True).start()
            return self._live

    def _listen(self) -> None:
        while True:
            pubsub = self._client.pubsub()
            try:
                pubsub.subscribe(NEWS_CHANNEL)
                for message in pubsub.listen():
                    if message["type"] == "subscribe":
                        self._live = True
                    # Also on (re)subscribing: news may have come while nobody listened.
                    self._on_news()
            except Exception:  # noqa: BLE001 - Redis gone: polls re-read until it is back
                logger.debug("Job news subscription lost; retrying", exc_info=True)
            finally:
                self._live = False
                pubsub.close()
            time.sleep(_RETRY_AFTER)
