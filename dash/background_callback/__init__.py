"""Background callbacks: job managers, the job store and the job routes."""
from .managers.base import BaseBackgroundCallbackManager
from .managers.diskcache_manager import DiskcacheManager
from .managers.celery_manager import CeleryManager
from .submission import submit

__all__ = ["BaseBackgroundCallbackManager", "DiskcacheManager", "CeleryManager", "submit"]
