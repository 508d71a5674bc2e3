"""Closure Explorer benchmark: one command, one table.

    .venv/bin/python bench/run.py

1. Recording throughput (steps/s, seconds) of fib(20), a closure counter
   called 100,000 times, a map/filter/reduce pipeline over 10,000 items and
   every seed sample, by both recorder paths (the compiled core when it is
   built, and pure Python: explorer/compiled.py), each in a process of its
   own (bench/record_probe.py); beside it the engine without recording, js2py (a
   pure-Python JavaScript interpreter, installed into bench/.venv-js2py from
   bench/requirements.txt on first use) and Node, with the ratios.
2. Random access: ``trace.state_at(i)`` p50/p99 on a recording of at least
   1,000,000 steps, its bytes per step (tracemalloc) and peak RSS.
3. The window, offscreen: start-up to a drawn sample, and the time to show
   a step while stepping through every sample.

Times are CPU seconds of the measuring process (all its threads), so that a
busy machine does not inflate them; wall times are given where they matter.
A program that runs in under MIN_TOTAL seconds is repeated and the median kept.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
from explorer.lesson import SAMPLES_DIR as SAMPLES  # noqa: E402

ACCESS_MIN_STEPS = 1_000_000
from explorer.compiled import PURE_ENV  # noqa: E402 - forces the pure-Python recorder
from explorer.recording import PREVIEW_STEPS  # noqa: E402 - the window's preview of a long run
from record_probe import MAX_STEPS, MIN_TOTAL, median, repeat  # noqa: E402 - one way to time a run
JS2PY_VENV = BENCH / ".venv-js2py"

TARGET_JS2PY_RATIO = 1.0
TARGET_STATE_AT_P99_MS = 2.0
TARGET_BYTES_PER_STEP = 200
TARGET_STEP_P95_MS = 16.0
TARGET_STARTUP_S = 1.0


@dataclass
class Program:
    name: str
    path: Path
    source: str

    @property
    def es5(self) -> str:
        """The same program for js2py, which knows ES5 only: block-scoped declarations become var."""
        return re.sub(r"\b(let|const)\b", "var", self.source)


def programs() -> list[Program]:
    out = []
    for name, file in (("fib(20)", "fib.js"), ("counter x100,000", "counter.js"),
                       ("map/filter/reduce x10,000", "pipeline.js")):
        path = BENCH / "programs" / file
        out.append(Program(name, path, path.read_text(encoding="utf-8")))
    for path in sorted(SAMPLES.glob("seed*.js")):
        out.append(Program(path.stem, path, path.read_text(encoding="utf-8")))
    return out


# ------------------------------------------------------------------ measuring


def engine_time(prog: Program) -> float:
    """CPU seconds of the same run without recording."""
    from explorer.engine import Hooks, run_source

    cpu, _, _ = repeat(lambda: run_source(prog.source, prog.path.name, max_steps=MAX_STEPS, hooks=Hooks()))
    return cpu


def recordings(progs: list[Program], pure: bool) -> dict:
    """record() of each program by one recorder path, in a process of its own (bench/record_probe.py):
    ``pure`` forces pure Python, otherwise the compiled core runs when it is built.
    {"_path": which ran, name: {"steps", "cpu", "wall", "preview_cpu", "outcome"}} or {"_error": why}."""
    env = dict(os.environ)
    env.pop(PURE_ENV, None)
    if pure:
        env[PURE_ENV] = "1"
    payload = json.dumps([{"name": p.name, "path": str(p.path)} for p in progs])
    done = subprocess.run([sys.executable, str(BENCH / "record_probe.py")], input=payload, capture_output=True,
                          text=True, env=env, cwd=ROOT)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"_error": (done.stderr.strip().splitlines() or ["no output"])[-1][:200]}
    return json.loads(lines[-1])


def js2py_times(progs: list[Program]) -> dict:
    """{name: {"cpu", "wall"} | {"error"}}, or {"_unavailable": why}."""
    python = JS2PY_VENV / "bin" / "python"
    if not python.exists():
        print("Installing js2py into bench/.venv-js2py (benchmark only) ...", file=sys.stderr)
        try:
            subprocess.run([sys.executable, "-m", "venv", str(JS2PY_VENV)], check=True)
            subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(BENCH / "requirements.txt")],
                           check=True, capture_output=True, text=True)
        except (subprocess.CalledProcessError, OSError) as exc:
            shutil.rmtree(JS2PY_VENV, ignore_errors=True)
            detail = (getattr(exc, "stderr", "") or "").strip().splitlines()[-1:]
            return {"_unavailable": f"js2py could not be installed: {exc} {' '.join(detail)}"}
    payload = json.dumps([{"name": p.name, "source": p.es5, "min_total": MIN_TOTAL} for p in progs])
    done = subprocess.run([str(python), str(BENCH / "js2py_runner.py")], input=payload,
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {"_unavailable": f"js2py runner failed: {done.stderr.strip().splitlines()[-1:]}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def node_time(prog: Program) -> dict | None:
    node = shutil.which("node")
    if node is None:
        return None
    cpus, walls = [], []
    while True:
        done = subprocess.run([node, "-r", str(BENCH / "node_clock.js"), str(prog.path)],
                              capture_output=True, text=True)
        m = re.search(r"BENCH-CLOCK (\S+) (\S+)", done.stderr)
        if m is None:
            return {"error": done.stderr.strip()[-80:]}
        cpus.append(float(m.group(1)))
        walls.append(float(m.group(2)))
        if sum(cpus) >= MIN_TOTAL / 4 or len(cpus) >= 5:
            return {"cpu": median(cpus), "wall": median(walls)}


def access() -> dict:
    """state_at on a recording of at least a million steps, in a process of its own."""
    done = subprocess.run([sys.executable, str(BENCH / "access_probe.py"), str(BENCH / "programs" / "counter.js"),
                           str(ACCESS_MIN_STEPS)], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        return {"error": done.stderr.strip()[-300:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def ui_env() -> dict:
    """Offscreen, with settings and recovery files in a fresh place (no dialog asks about old edits).

    Python may write bytecode caches, as it does for a user: every start after the first reads them.
    """
    home = tempfile.mkdtemp(prefix="bench-ui-home-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home, XDG_DATA_HOME=home,
               CLOSURE_EXPLORER_NO_DIALOG="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def startup(sample: Path, runs: int = 3) -> dict:
    """Start-up times: the first start (which may compile bytecode), then the median of ``runs`` more."""
    walls, cpus = [], []
    for _ in range(runs + 1):
        t0 = time.time()
        done = subprocess.run([sys.executable, str(BENCH / "startup_probe.py"), str(sample)],
                              capture_output=True, text=True, env=ui_env(), cwd=ROOT, timeout=300)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
        if done.returncode != 0 or not lines:
            return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1][:120]}
        r = json.loads(lines[-1])
        walls.append(r["done"] - t0)
        cpus.append(r["cpu"])
    return {"first_wall": walls[0], "wall": median(walls[1:]), "cpu": median(cpus[1:])}


def stepping(samples: list[Path]) -> dict:
    done = subprocess.run([sys.executable, str(BENCH / "step_probe.py"), *map(str, samples)],
                          capture_output=True, text=True, env=ui_env(), cwd=ROOT)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"_error": (done.stderr.strip().splitlines() or ["no output"])[-1][:160]}
    return json.loads(lines[-1])


# ------------------------------------------------------------------ the table


def ok(flag: bool) -> str:
    return "ok" if flag else "MISS"


def fmt_ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b <= 0:
        return "-"
    return f"{a / b:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-ui", action="store_true", help="leave out the window figures")
    ns = parser.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    import PySide6  # noqa: F401 - only its version is printed
    print(f"Closure Explorer benchmark - Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, "
          f"{os.cpu_count()} CPUs, load average {load:.1f} at start")
    print("Times are CPU seconds of the measuring process; ratios compare CPU times.\n")

    progs = programs()
    print("1-2. Recording throughput, both recorder paths, beside js2py and Node (each without recording)")
    compiled = recordings(progs, pure=False)
    pure = recordings(progs, pure=True)
    for label, r in (("as installed", compiled), ("pure Python", pure)):
        print(f"{label}: {r.get('_path') or 'failed: ' + r.get('_error', '?')}")
    has_compiled = "compiled" in compiled.get("_path", "")
    if not has_compiled:
        print("(the compiled core is not in use: its columns repeat the pure path's; `pip install -e .` with "
              "Cython and a C compiler builds it)")
    j2 = js2py_times(progs)
    unavailable = j2.get("_unavailable")
    head = (f"{'program':28} {'steps':>9} {'rec s':>8} {'steps/s':>9} {'pure s':>8} {'engine s':>9} "
            f"{'js2py s':>8} {'node s':>8} {'rec/js2py':>9} {'pure/js2py':>10} {'eng/js2py':>9} {'rec/node':>9}"
            f"  target")
    print(head)
    print("-" * len(head))
    misses = []
    previews = []
    for p in progs:
        o = compiled.get(p.name) or pure.get(p.name)
        q = pure.get(p.name, {})
        if o is None:
            print(f"{p.name[:28]:28} recording failed: {compiled.get('_error') or pure.get('_error')}")
            misses.append(f"{p.name}: recording failed")
            continue
        plain_cpu = engine_time(p)
        if o["preview_cpu"] is not None:
            previews.append(f"{p.name} {o['preview_cpu']:.3f} s")
        j = j2.get(p.name, {})
        n = node_time(p)
        jc = j.get("cpu")
        nc = n.get("cpu") if n else None
        qc = q.get("cpu")
        target = ""
        if p.name in ("fib(20)", "counter x100,000"):
            met = jc is not None and o["cpu"] / jc <= TARGET_JS2PY_RATIO
            target = f"rec/js2py <= {TARGET_JS2PY_RATIO:.1f}: {ok(met)}"
            if not met:
                misses.append(f"{p.name}: rec/js2py {fmt_ratio(o['cpu'], jc)}")
        js2py_cell = f"{jc:.4f}" if jc is not None else ("error" if "error" in j else "n/a")
        node_cell = f"{nc:.4f}" if nc is not None else "n/a"
        pure_cell = f"{qc:.4f}" if qc is not None else "n/a"
        print(f"{p.name[:28]:28} {o['steps']:>9,} {o['cpu']:>8.4f} {o['steps'] / o['cpu']:>9,.0f} {pure_cell:>8} "
              f"{plain_cpu:>9.4f} {js2py_cell:>8} {node_cell:>8} {fmt_ratio(o['cpu'], jc):>9} "
              f"{fmt_ratio(qc, jc):>10} {fmt_ratio(plain_cpu, jc):>9} {fmt_ratio(o['cpu'], nc):>9}  {target}")
        if "error" in j:
            print(f"{'':28} js2py: {j['error']}")
    if unavailable:
        print(f"js2py: {unavailable}")
    if previews:
        print(f"The window shows a long run's first {PREVIEW_STEPS:,} steps while the rest records; "
              f"recording them takes: {', '.join(previews)}.")
    print("rec: record() from source to Trace (parse, compile, run, record) with the recorder as installed "
          "(compiled core when built); pure: the same with CLOSURE_EXPLORER_PURE=1;\nengine: the same run without "
          "recording; js2py: EvalJs().execute() from source (translation included), ES5 form (let/const -> var); "
          "node: from after Node's start to its exit.\n")

    print(f"3. Random access on a recording of >= {ACCESS_MIN_STEPS:,} steps (counter x100,000)")
    a = access()
    if "error" in a:
        print(f"failed: {a['error']}")
        misses.append("random access: failed")
    else:
        p99_ok = a["cpu_p99_ms"] <= TARGET_STATE_AT_P99_MS
        bps_ok = a["bytes_per_step"] < TARGET_BYTES_PER_STEP
        print(f"steps {a['steps']:,}; state_at p50 {a['cpu_p50_ms']:.3f} ms, p99 {a['cpu_p99_ms']:.3f} ms "
              f"(wall p50 {a['wall_p50_ms']:.3f}, p99 {a['wall_p99_ms']:.3f})  target p99 <= "
              f"{TARGET_STATE_AT_P99_MS:g} ms: {ok(p99_ok)}")
        print(f"memory held by the trace {a['held_bytes'] / 2**20:.1f} MiB = {a['bytes_per_step']:.0f} bytes/step "
              f"(tracemalloc), peak RSS {a['peak_rss'] / 2**20:.0f} MiB  target < {TARGET_BYTES_PER_STEP} "
              f"bytes/step: {ok(bps_ok)}\n")
        if not p99_ok:
            misses.append(f"state_at p99 {a['cpu_p99_ms']:.2f} ms")
        if not bps_ok:
            misses.append(f"{a['bytes_per_step']:.0f} bytes/step")

    if not ns.skip_ui:
        from explorer.lesson import DEFAULT_SAMPLE

        print("4. The window, offscreen")
        s = startup(DEFAULT_SAMPLE)
        if "error" in s:
            print(f"start-up failed: {s['error']}")
            misses.append("start-up: failed")
        else:
            met = s["wall"] <= TARGET_STARTUP_S
            print(f"start-up to {DEFAULT_SAMPLE.name} drawn: {s['wall']:.2f} s wall, {s['cpu']:.2f} s CPU "
                  f"(median of 3; the very first start, compiling bytecode: {s['first_wall']:.2f} s)  "
                  f"target <= {TARGET_STARTUP_S:g} s: {ok(met)}")
            if not met:
                misses.append(f"start-up {s['wall']:.2f} s")
        samples = sorted(SAMPLES.glob("*.js"))
        steps = stepping(samples)
        if "_error" in steps:
            print(f"stepping failed: {steps['_error']}")
            misses.append("stepping: failed")
        else:
            head = f"{'sample':40} {'steps':>6} {'p50 ms':>7} {'p95 ms':>7} {'wall p95':>8}  target p95 <= 16 ms"
            print(head)
            print("-" * len(head))
            for sample in samples:
                r = steps.get(sample.name, {"error": "not reached"})
                if "error" in r:
                    print(f"{sample.stem[:40]:40} {r['error']}")
                    misses.append(f"{sample.stem}: {r['error']}")
                    continue
                met = r["cpu_p95_ms"] <= TARGET_STEP_P95_MS
                print(f"{sample.stem[:40]:40} {r['steps']:>6} {r['cpu_p50_ms']:>7.2f} {r['cpu_p95_ms']:>7.2f} "
                      f"{r['wall_p95_ms']:>8.2f}  {ok(met)}")
                if not met:
                    misses.append(f"{sample.stem}: step p95 {r['cpu_p95_ms']:.1f} ms")
        print("A step shown: MainWindow.go(i) and the event processing that paints it (diagram included), "
              "animations on.\n")

    print("Targets missed: " + ("; ".join(misses) if misses else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
