"""Is a recording unchanged? Fingerprints of whole traces, to compare across a refactoring or a switch.

    python tools/trace_identity.py dump OUT.json [--states N] [--limit N]   # every program's fingerprint
    python tools/trace_identity.py compare A.json B.json                     # the programs that differ, and where
    python tools/trace_identity.py fused [--limit N]                         # the fused call path on and off

A fingerprint hashes every part of a finished trace on its own: each tape array and side table
(steps, the op log, ids, contexts, payloads, strings, code and scope infos, jobs, console...),
the checkpoints (whole ``World`` copies), the outcome and its message, and, for a trace of at
most ``--states`` steps, every step and ``state_at`` of every step. Two recordings with equal
fingerprints are the same recording; where they differ, the name of the part says where to look.

The programs: every sample, every ``.js`` under tests/ (the corpus, the fuzzer's regressions, the
truth programs) and the bench programs. ``--limit`` caps each recording's steps (a step-limit
stop is then part of what is compared).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from array import array
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_STATE_STEPS = 3000


def programs() -> list[Path]:
    """Every program the identity is checked on, in a stable order."""
    found = sorted((ROOT / "samples").glob("*.js"))
    found += sorted(p for p in (ROOT / "tests").rglob("*.js") if "tools" not in p.parts)
    found += sorted((ROOT / "bench" / "programs").glob("*.js"))
    return found


def _canon(x, out: list) -> None:
    """A deterministic text for a recorded value (arrays by bytes, slotted objects by their slots)."""
    if isinstance(x, array):
        out.append(f"a{x.typecode}{len(x)}:")
        out.append(x.tobytes().hex())
    elif isinstance(x, (bytes, bytearray)):
        out.append(bytes(x).hex())
    elif x is None or isinstance(x, (bool, int, float, str, Enum)):
        out.append(repr(x))
    elif isinstance(x, (list, tuple)):
        out.append("[")
        for y in x:
            _canon(y, out)
            out.append(",")
        out.append("]")
    elif isinstance(x, dict):
        out.append("{")
        for k, v in x.items():          # insertion order is part of the recording
            _canon(k, out)
            out.append(":")
            _canon(v, out)
            out.append(",")
        out.append("}")
    elif isinstance(x, (set, frozenset)):
        out.append("s" + repr(sorted(x, key=repr)))
    elif hasattr(x, "__dataclass_fields__"):
        out.append(repr(x))
    else:
        slots = [s for c in type(x).__mro__ for s in getattr(c, "__slots__", ())]
        names = slots or sorted(vars(x))
        out.append(type(x).__name__ + "(")
        for name in names:
            out.append(name + "=")
            _canon(getattr(x, name, "<unset>"), out)
            out.append(",")
        out.append(")")


def _digest(x) -> str:
    out: list = []
    _canon(x, out)
    return hashlib.sha256("".join(out).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def fingerprint(trace, state_steps: int = DEFAULT_STATE_STEPS) -> dict[str, str]:
    """{part name: hash} of everything a finished trace holds (see the module's docstring)."""
    from explorer.trace import Terms

    tape = trace.tape
    parts = dict(vars(tape))
    # a symbol key is a fresh engine object in each run: its index (and its text, in tape.keys) is what counts
    parts["key_ids"] = [(k if type(k) is str else type(k).__name__, i) for k, i in tape.key_ids.items()]
    fp = {f"tape.{name}": _digest(value) for name, value in sorted(parts.items())}
    for k, w in enumerate(trace._checkpoints):
        fp[f"checkpoint.{k}"] = _digest(w)
    fp["outcome"] = _digest([trace.outcome, trace.error_message, trace._error_loc, trace.entries])
    fp["steps"] = str(len(trace))
    if len(trace) <= state_steps:
        steps = [trace.step(i) for i in range(len(trace))]
        fp["step objects"] = _digest([(s.index, s.kind, s.range, s.depth) for s in steps])
        fp["narration"] = _digest([[s.narration[t] for t in Terms] for s in steps])
        fp["states"] = _digest([repr(trace.state_at(i)) for i in range(len(trace))])
    return fp


def record_program(path: Path, limit: int | None = None):
    from explorer.engine.errors import DEFAULT_MAX_STEPS
    from explorer.trace import record

    source = path.read_text(encoding="utf-8")
    return record(source, filename=path.name, max_steps=limit or DEFAULT_MAX_STEPS)


def fingerprint_program(path: Path, limit: int | None = None, state_steps: int = DEFAULT_STATE_STEPS) -> dict:
    try:
        return fingerprint(record_program(path, limit), state_steps)
    except Exception as exc:  # noqa: BLE001 - a program that cannot be recorded: how it fails is compared
        return {"error": f"{type(exc).__name__}: {exc}"}


def differences(a: dict, b: dict) -> list[str]:
    """The parts whose hashes differ (or that one side lacks)."""
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def _rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--states", type=int, default=DEFAULT_STATE_STEPS)
    d.add_argument("--limit", type=int, default=None)
    d.add_argument("--only", default="", help="programs whose path contains this")
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    f = sub.add_parser("fused")
    f.add_argument("--limit", type=int, default=None)
    f.add_argument("--states", type=int, default=0)
    ns = ap.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

    if ns.cmd == "dump":
        result = {}
        for p in programs():
            if ns.only in _rel(p):
                result[_rel(p)] = fingerprint_program(p, ns.limit, ns.states)
        Path(ns.out).write_text(json.dumps(result, indent=0, sort_keys=True))
        print(f"{len(result)} programs")
        return 0
    if ns.cmd == "compare":
        a = json.loads(Path(ns.a).read_text())
        b = json.loads(Path(ns.b).read_text())
        bad = 0
        for name in sorted(set(a) | set(b)):
            diff = differences(a.get(name, {}), b.get(name, {}))
            if diff:
                bad += 1
                print(f"{name}: {', '.join(diff[:8])}{' ...' if len(diff) > 8 else ''}")
        print(f"{len(set(a) | set(b))} programs, {bad} differ")
        return 1 if bad else 0
    from explorer.trace import hotpath

    bad = 0
    before = hotpath.FUSED
    try:
        for p in programs():
            hotpath.set_fused(True)
            on = fingerprint_program(p, ns.limit, ns.states)
            hotpath.set_fused(False)
            off = fingerprint_program(p, ns.limit, ns.states)
            diff = differences(on, off)
            if diff:
                bad += 1
                print(f"{_rel(p)}: {', '.join(diff[:8])}")
    finally:
        hotpath.set_fused(before)
    print(f"{len(programs())} programs, {bad} differ with the fused path on and off")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
