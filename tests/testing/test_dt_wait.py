"""dash.testing.wait.until / until_not: polling and timeout errors (no browser)."""
import itertools
import time

import pytest

from dash.testing.errors import TestingTimeoutError
from dash.testing.wait import until, until_not


def test_until_returns_first_truthy_value():
    counter = itertools.count()
    assert until(lambda: next(counter) >= 3 and "done", timeout=2, poll=0.01) == "done"


def test_until_times_out_with_message():
    start = time.monotonic()
    with pytest.raises(TestingTimeoutError, match="never true"):
        until(lambda: False, timeout=0.3, poll=0.05, msg="never true")
    assert 0.3 <= time.monotonic() - start < 2


def test_until_not_waits_for_falsy_value():
    values = iter([1, 1, 0])
    assert until_not(lambda: next(values), timeout=2, poll=0.01) == 0
    with pytest.raises(TestingTimeoutError):
        until_not(lambda: True, timeout=0.2, poll=0.05)
