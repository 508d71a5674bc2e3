"""Random access into a long recording, and what that recording costs in memory.

Run by bench/run.py in a process of its own (so peak RSS is this recording's):
records PROGRAM with tracemalloc on, then times ``trace.state_at(i)`` for
random i. Prints one JSON object.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLES = 2_000


def main() -> None:
    program = Path(sys.argv[1])
    min_steps = int(sys.argv[2])
    source = program.read_text(encoding="utf-8")

    from explorer.trace import record

    tracemalloc.start(1)
    before = tracemalloc.get_traced_memory()[0]
    trace = record(source, filename=program.name, max_steps=20 * min_steps)
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    steps = len(trace)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB

    rng = random.Random(7)
    indices = [rng.randrange(steps) for _ in range(SAMPLES)]
    cpu, wall = [], []
    for i in indices:
        c0, w0 = time.thread_time_ns(), time.perf_counter_ns()
        trace.state_at(i)
        cpu.append(time.thread_time_ns() - c0)
        wall.append(time.perf_counter_ns() - w0)
    print(json.dumps({
        "steps": steps,
        "bytes_per_step": held / steps,
        "held_bytes": held,
        "peak_rss": peak_rss,
        "cpu_p50_ms": pct(cpu, 50) / 1e6,
        "cpu_p99_ms": pct(cpu, 99) / 1e6,
        "wall_p50_ms": pct(wall, 50) / 1e6,
        "wall_p99_ms": pct(wall, 99) / 1e6,
    }))


def pct(xs: list[int], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * p / 100))]


if __name__ == "__main__":
    main()
