"""Background-callback benchmark, this package against upstream Dash, on diskcache and
on Celery (real redis-server and Celery worker), each served by Flask's threaded dev
server (`app.run`) and by `gunicorn --workers 4` (sync workers, the seed's deploy command):

* click-to-result of a job that returns at once (median ms);
* overhead on a 1 s job (median click-to-result minus 1000 ms);
* share of 40 progress updates (20 Hz) that the page showed;
* requests the page made per 1 s job after the trigger (polls).

    python benchmarks/background_bench.py [--runs 10] [--managers diskcache,celery]
        [--gunicorn-workers 4]
"""
from __future__ import annotations

import argparse
import contextlib
import shutil
import tempfile
from pathlib import Path

from harness import (
    HERE, IMPLEMENTATIONS, app_server, celery_worker, chrome, median_ms, redis_server,
    report, wait_for_value,
)

# Clicks a button and resolves with the ms until the output's text changes, the list
# of texts `watch` took on meanwhile, and how many requests the page sent.
CLICK_AND_WAIT = """
const [button, output, watch, done] = arguments;
const out = document.getElementById(output);
const watched = document.getElementById(watch);
const seen = [];
const before = out.textContent;
const requestsBefore = performance.getEntriesByType('resource').length;
const watcher = new MutationObserver(() => seen.push(watched.textContent));
watcher.observe(watched, {childList: true, characterData: true, subtree: true});
const t0 = performance.now();
const obs = new MutationObserver(() => {
  if (out.textContent !== before) {
    const elapsed = performance.now() - t0;
    obs.disconnect();
    setTimeout(() => {
      watcher.disconnect();
      const requests = performance.getEntriesByType('resource').length - requestsBefore;
      done([elapsed, seen, requests]);
    }, 300);
  }
});
obs.observe(out, {childList: true, characterData: true, subtree: true});
document.getElementById(button).click();
"""


def measure(url: str, runs: int) -> dict:
    driver = chrome()
    try:
        driver.get(url)
        wait_for_value(driver, "return !!document.getElementById('noop')")
        driver.set_script_timeout(60)
        driver.execute_async_script(CLICK_AND_WAIT, "noop", "noop-out", "noop-out")  # warm-up
        noop = [driver.execute_async_script(CLICK_AND_WAIT, "noop", "noop-out", "noop-out")[0]
                for _ in range(runs)]
        slow_runs = [driver.execute_async_script(CLICK_AND_WAIT, "slow", "slow-out", "slow-out")
                     for _ in range(max(3, runs // 3))]
        progress = driver.execute_async_script(
            CLICK_AND_WAIT, "progress", "progress-out", "progress-value")
        shown = {text for text in progress[1] if text.startswith("step ")}
        return {
            "noop": median_ms(noop),
            "overhead": median_ms([elapsed - 1000 for elapsed, _, _ in slow_runs]),
            "progress": len(shown),
            "requests": median_ms([requests for _, _, requests in slow_runs]),
        }
    finally:
        driver.quit()


def run(python: str, manager: str, runs: int, gunicorn_workers: int = 0) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="bg-bench-"))
    app_file = workdir / "bg_jobs.py"
    shutil.copy(HERE / "apps" / "bg_jobs.py", app_file)
    try:
        with contextlib.ExitStack() as stack:
            env = {}
            if manager == "celery":
                env["REDIS_URL"] = stack.enter_context(redis_server())
                stack.enter_context(celery_worker(python, app_file, env["REDIS_URL"]))
            url = stack.enter_context(app_server(python, app_file, env, gunicorn_workers))
            return measure(url, runs)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--managers", default="diskcache,celery")
    parser.add_argument("--gunicorn-workers", type=int, default=4,
                        help="also serve with gunicorn's sync workers (0: skip)")
    args = parser.parse_args()
    servers = [("", 0)] + ([(f", gunicorn x{args.gunicorn_workers}", args.gunicorn_workers)]
                           if args.gunicorn_workers else [])
    rows = []
    for manager in args.managers.split(","):
        for label, workers in servers:
            results = {name: run(py, manager, args.runs, workers) for name, py in IMPLEMENTATIONS.items()}
            ours, upstream = results["ours"], results["upstream"]
            tag = f"[{manager}{label}]"
            rows += [
                (f"{tag} no-op job click-to-result (ms, median)", ours["noop"], upstream["noop"]),
                (f"{tag} overhead on a 1 s job (ms, median)", ours["overhead"], upstream["overhead"]),
                (f"{tag} progress updates shown (of 40)", ours["progress"], upstream["progress"]),
                (f"{tag} requests per 1 s job", ours["requests"], upstream["requests"]),
            ]
    report(rows)


if __name__ == "__main__":
    main()
