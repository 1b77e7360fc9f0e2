"""Shared helpers for the third-party library tests.

Chrome's log only keeps SEVERE entries, but libraries report misuse with
``console.warn`` (AG Grid: "invalid gridOptions property ..."). ``console_capture``
records every ``console.warn``/``console.error`` call from the first script of each
page on, so a test can assert the page stayed quiet.
"""
from typing import Any, Callable, List

import pytest

CAPTURE_SCRIPT = """
window.__dashTestConsole = [];
['warn', 'error'].forEach(function (level) {
  var original = console[level];
  console[level] = function () {
    var text = Array.prototype.map.call(arguments, function (a) {
      return a instanceof Error ? (a.stack || a.message) : String(a);
    }).join(' ');
    window.__dashTestConsole.push(level + ': ' + text);
    return original.apply(console, arguments);
  };
});
"""


@pytest.fixture
def console_capture(dash_duo: Any) -> Callable[[], List[str]]:
    """Install the console recorder in ``dash_duo``'s browser (call before
    ``start_server``); return a function giving the messages recorded so far."""
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CAPTURE_SCRIPT})

    def messages() -> List[str]:
        return dash_duo.driver.execute_script("return window.__dashTestConsole || []")

    return messages
