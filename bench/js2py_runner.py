"""Runs inside bench/.venv-js2py: times each program with js2py, no recording.

Reads ``[{"name", "source"}, ...]`` as JSON on stdin and prints one JSON
object ``{name: {"cpu": s, "wall": s} | {"error": text}}`` on stdout. Each
run uses a fresh ``EvalJs`` so it includes js2py's translation to Python, as
our figure includes parsing and compiling.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time


def main() -> None:
    programs = json.load(sys.stdin)
    try:
        import js2py
    except Exception as exc:  # noqa: BLE001 - any import failure is the answer
        version = ".".join(map(str, sys.version_info[:3]))
        print(json.dumps({"_unavailable": f"js2py cannot be imported on Python {version}: "
                                          f"{type(exc).__name__}: {exc} (js2py 0.74 patches CPython "
                                          "bytecode and knows the bytecode of Python 3.11 at most)"}))
        return
    sys.setrecursionlimit(20_000)
    out = {}
    for p in programs:
        out[p["name"]] = measure(js2py, p["source"], p["min_total"])
    print(json.dumps(out))


def measure(js2py, source: str, min_total: float) -> dict:
    cpus, walls = [], []
    while True:
        ctx = js2py.EvalJs()
        c0, w0 = time.process_time(), time.perf_counter()
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                ctx.execute(source)
        except js2py.PyJsException:
            pass  # an uncaught JavaScript error ends the program, as in the other engines
        except Exception as exc:  # noqa: BLE001 - js2py's own failure is reported in the table
            return {"error": f"{type(exc).__name__}: {str(exc)[:80]}"}
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
        if sum(cpus) >= min_total or len(cpus) >= 50:
            break
    return {"cpu": median(cpus), "wall": median(walls), "runs": len(cpus)}


def median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2]


if __name__ == "__main__":
    main()
