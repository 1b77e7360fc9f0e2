"""async def callbacks, side by side with upstream Dash (flask[async] in its venv).

* round trip of one `async def` callback against the same sync callback (HTTP POSTs to
  `_dash-update-component` from one client, sequential; median of many);
* 50 concurrent `await asyncio.sleep(1)` callbacks on the threaded dev server: the time
  until the last one answers.

    python benchmarks/async_bench.py [--calls 300]
"""
import argparse
import json
import statistics
import threading
import time
import urllib.request
from typing import Dict, List

from harness import HERE, IMPLEMENTATIONS, app_server

APP = HERE / "apps" / "async_app.py"


def _body(output: str, prop: str, value: str) -> bytes:
    element, _, target = output.partition(".")
    return json.dumps({
        "output": output,
        "outputs": {"id": element, "property": target},
        "inputs": [{"id": "in", "property": prop, "value": value}],
        "changedPropIds": [f"in.{prop}"],
    }).encode()


def _post(url: str, body: bytes) -> None:
    request = urllib.request.Request(
        url + "_dash-update-component", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        answer.read()


def round_trip_ms(url: str, output: str, calls: int) -> float:
    body = _body(output, "children", "x")
    for _ in range(20):  # warm-up
        _post(url, body)
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        _post(url, body)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def concurrent_sleeps_s(url: str, count: int = 50) -> float:
    body = _body("sleep-out.children", "title", "z")
    threads = [threading.Thread(target=_post, args=(url, body)) for _ in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    results: Dict[str, Dict[str, float]] = {}
    for name, python in IMPLEMENTATIONS.items():
        with app_server(python, APP) as url:
            results[name] = {
                "sync round trip (ms, median)": round_trip_ms(url, "sync-out.children", args.calls),
                "async round trip (ms, median)": round_trip_ms(url, "async-out.children", args.calls),
                "50 concurrent 1 s sleeps (s, last answer)": concurrent_sleeps_s(url),
            }
    rows: List[str] = ["| metric | ours | upstream | ratio |", "|---|---|---|---|"]
    for metric in results["ours"]:
        ours, upstream = results["ours"][metric], results["upstream"][metric]
        rows.append(f"| {metric} | {ours:.2f} | {upstream:.2f} | {ours / upstream:.2f} |")
    async_vs_sync = results["ours"]["async round trip (ms, median)"] / results["ours"]["sync round trip (ms, median)"]
    rows.append(f"| ours: async / sync round trip | {async_vs_sync:.2f} | | |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
