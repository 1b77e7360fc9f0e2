"""Renderer benchmark: first render of 5,000 components, and one input change among
1,000 pattern-matched components, this package against upstream Dash.

    python benchmarks/render_bench.py [--runs 5]
"""
from __future__ import annotations

import argparse
import time

from harness import (
    HERE, IMPLEMENTATIONS, app_server, chrome, median_ms, report, wait_for_value,
)

# Installed before any page script: the page's own time (ms since navigation start)
# at which the last row is in the DOM and the main thread is free to notice it.
READY_PROBE = """
window.__benchReady = null;
new MutationObserver(function (_, observer) {
  if (document.getElementById('row-999')) {
    window.__benchReady = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""

CLICK_AND_WAIT = """
const done = arguments[arguments.length - 1];
const index = arguments[0];
const out = [...document.querySelectorAll('span')].find(
  (el) => el.id === JSON.stringify({index: index, type: 'out'}));
const btn = out.previousSibling;
const before = out.textContent;
const t0 = performance.now();
const obs = new MutationObserver(() => {
  if (out.textContent !== before) { obs.disconnect(); done(performance.now() - t0); }
});
obs.observe(out, {childList: true, characterData: true, subtree: true});
btn.click();
setTimeout(() => done(null), 10000);
"""


def first_render_ms(python: str, runs: int) -> float:
    samples = []
    with app_server(python, HERE / "apps" / "render_5000.py") as url:
        for _ in range(runs):
            driver = chrome()
            try:
                driver.execute_cdp_cmd(
                    "Page.addScriptToEvaluateOnNewDocument", {"source": READY_PROBE})
                driver.get(url)
                samples.append(wait_for_value(driver, "return window.__benchReady", timeout=300))
            finally:
                driver.quit()
    return median_ms(samples)


def pattern_update_ms(python: str, runs: int) -> float:
    samples = []
    with app_server(python, HERE / "apps" / "pattern_1000.py") as url:
        driver = chrome()
        try:
            driver.get(url)
            wait_for_value(
                driver, "return document.querySelectorAll('button').length >= 1000", timeout=300)
            time.sleep(1)  # let the initial render and graph work finish before clicking
            driver.set_script_timeout(30)
            for i in range(runs * 4):
                elapsed = driver.execute_async_script(CLICK_AND_WAIT, (i * 37) % 1000)
                if elapsed is None:
                    raise RuntimeError("the pattern-matched output never updated")
                samples.append(elapsed)
        finally:
            driver.quit()
    return median_ms(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = {name: (first_render_ms(py, args.runs), pattern_update_ms(py, args.runs))
               for name, py in IMPLEMENTATIONS.items()}
    report([
        ("first render, 5,000 components (ms, median)",
         results["ours"][0], results["upstream"][0]),
        ("one input change among 1,000 MATCH components (ms, median)",
         results["ours"][1], results["upstream"][1]),
    ])


if __name__ == "__main__":
    main()
