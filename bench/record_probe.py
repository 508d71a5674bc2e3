"""Recording throughput of one recorder path, in a process of its own.

Run by bench/run.py twice: as installed (the compiled core when it is built) and with
CLOSURE_EXPLORER_PURE=1 (pure Python), so both paths are measured the same way. Reads
``[{"name", "path"}, ...]`` as JSON on stdin; prints one JSON object
``{"_path": which recorder ran, name: {"steps", "cpu", "wall", "preview_cpu", "outcome"}}``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIN_TOTAL = 1.0           # seconds of repeated runs for a short program
MAX_STEPS = 50_000_000    # no benchmark program is cut short


def median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2]


def repeat(fn) -> tuple[float, float, object]:
    """(median CPU s, median wall s, last result) of fn(), repeated while short."""
    cpus, walls = [], []
    while True:
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
        if sum(cpus) >= MIN_TOTAL or len(cpus) >= 50:
            return median(cpus), median(walls), result


def main() -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    from explorer.compiled import describe
    from explorer.recording import PREVIEW_STEPS   # the window's preview of a long run
    from explorer.trace import record

    out: dict = {"_path": describe()}
    for p in json.load(sys.stdin):
        path = Path(p["path"])
        source = path.read_text(encoding="utf-8")
        cpu, wall, trace = repeat(lambda: record(source, filename=path.name, max_steps=MAX_STEPS))
        preview_cpu = None
        if len(trace) > PREVIEW_STEPS:
            preview_cpu, _, _ = repeat(lambda: record(source, filename=path.name, max_steps=PREVIEW_STEPS,
                                                      preview=True))
        out[p["name"]] = {"steps": len(trace), "cpu": cpu, "wall": wall, "preview_cpu": preview_cpu,
                          "outcome": str(getattr(trace.outcome, "value", trace.outcome))}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
