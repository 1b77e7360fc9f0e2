#!/usr/bin/env python3
"""Regenerate the conformance section of ``docs/compatibility.md``.

Reads the ``summary.json`` files written by the conformance kit's runner
(``../shared/conformance/run.py ... --out DIR``) for this package, and upstream's own
baselines, then rewrites the part of ``docs/compatibility.md`` between the
``<!-- conformance:begin -->`` and ``<!-- conformance:end -->`` markers: a table per suite
(upstream on itself, this package, ratio) and every test upstream passes that fails here,
with its reason from ``scripts/conformance_reasons.json`` (``"?"`` until one is written).

    python3 scripts/conformance_report.py /tmp/conf-a/summary.json /tmp/conf-b/summary.json \
        --baseline ../shared/conformance/baseline-dash-4.4.1.json \
        --baseline ../shared/conformance/baseline-extras.json

Later summaries win for a suite present in several. Standard library only.
"""
import argparse
import collections
import json
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "compatibility.md"
REASONS = Path(__file__).resolve().parent / "conformance_reasons.json"
BEGIN, END = "<!-- conformance:begin -->", "<!-- conformance:end -->"
PASSING = ("passed",)


def _suites(paths: List[str]) -> Dict[str, dict]:
    """Suite name -> its summary entry; a later file replaces an earlier one's suite."""
    suites: Dict[str, dict] = {}
    for path in paths:
        suites.update(json.loads(Path(path).read_text())["suites"])
    return suites


def _outcomes(suite: dict) -> "collections.Counter[Tuple[str, str]]":
    # Parametrized tests may share an id: count (id, outcome) pairs, not ids.
    return collections.Counter((t["id"], t["outcome"]) for t in suite["tests"])


def _regressions(ours: dict, upstream: dict) -> List[Tuple[str, str]]:
    """(test id, our reason) for each upstream pass that does not pass here."""
    upstream_passes = collections.Counter(t["id"] for t in upstream["tests"] if t["outcome"] in PASSING)
    our_passes = collections.Counter(t["id"] for t in ours["tests"] if t["outcome"] in PASSING)
    our_reasons = {t["id"]: t["reason"] for t in ours["tests"] if t["outcome"] not in PASSING}
    missing = []
    for test_id, count in sorted(upstream_passes.items()):
        for _ in range(count - min(count, our_passes.get(test_id, 0))):
            missing.append((test_id, our_reasons.get(test_id, "not run")))
    return missing


def render(ours: Dict[str, dict], baselines: Dict[str, dict], reasons: Dict[str, str]) -> str:
    """The generated Markdown section."""
    lines = [
        "| suite | upstream 4.4.1 on itself | this package | share |",
        "|---|---|---|---|",
    ]
    failing: List[str] = []
    for name in sorted(ours):
        if name not in baselines:
            continue
        up = baselines[name]["passed"]
        missing = _regressions(ours[name], baselines[name])
        here = up - len(missing)
        share = f"{100 * here / up:.0f}%" if up else "-"
        lines.append(f"| {name} | {up} | {here} | {share} |")
        for test_id, observed in missing:
            why = reasons.get(test_id, "?")
            failing.append(f"- `{test_id}`: {why}" + ("" if why != "?" else f" (observed: {observed[:160]})"))
    lines += ["", "Upstream passes that fail here, with the reason:", ""]
    lines += failing or ["- none"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("summaries", nargs="+", help="summary.json files of this package's runs")
    parser.add_argument("--baseline", action="append", required=True, help="upstream's baseline JSON")
    args = parser.parse_args()
    reasons = json.loads(REASONS.read_text()) if REASONS.exists() else {}
    section = render(_suites(args.summaries), _suites(args.baseline), reasons)
    text = DOC.read_text()
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    DOC.write_text(text[:start] + "\n" + section + "\n" + text[end:])
    print(section)


if __name__ == "__main__":
    main()
