"""Browser tests share one process: keep each test's global registrations its own.

`dash.callback` in an app module (a Pages page, say) registers process-wide, and every
later app would inherit those callbacks. After each test the global callback lists and
the page registry are restored, and app modules imported from `tests/` are forgotten so
the next test that needs them imports (and registers) them afresh.
"""
import sys
from pathlib import Path

import pytest

from dash import _callback, _pages

TESTS_DIR = Path(__file__).resolve().parent.parent


def _imported_from_tests(name: str) -> bool:
    source = getattr(sys.modules.get(name), "__file__", None) or ""
    return Path(source).resolve().is_relative_to(TESTS_DIR) if source else False


@pytest.fixture(autouse=True)
def _isolate_global_registrations():
    callbacks = (
        list(_callback.GLOBAL_CALLBACK_LIST),
        dict(_callback.GLOBAL_CALLBACK_MAP),
        list(_callback.GLOBAL_INLINE_SCRIPTS),
    )
    pages = dict(_pages.PAGE_REGISTRY)
    modules_before = set(sys.modules)
    yield
    _callback.GLOBAL_CALLBACK_LIST[:] = callbacks[0]
    _callback.GLOBAL_CALLBACK_MAP.clear()
    _callback.GLOBAL_CALLBACK_MAP.update(callbacks[1])
    _callback.GLOBAL_INLINE_SCRIPTS[:] = callbacks[2]
    _pages.PAGE_REGISTRY.clear()
    _pages.PAGE_REGISTRY.update(pages)
    for name in set(sys.modules) - modules_before:
        if _imported_from_tests(name):
            del sys.modules[name]
