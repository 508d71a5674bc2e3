"""The fused call path (Hooks.call_enter / call_leave, the recorder's hot path) records exactly what the
general path records: every tape array, side table, checkpoint and outcome, for every sample, corpus
program, fuzzer regression, truth program and bench program (tools/trace_identity.py).

Run time is kept modest with step limits: 3,000 steps for each program (most end sooner; a longer one is
compared up to its 3,000th step, stopped there as a step limit would), 20,000 for the bench programs
(thousands of calls, several checkpoints), and a few small limits on the samples so that the limit falls
inside calls, where the fused path writes two records at once.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from explorer.engine import Interpreter
from explorer.trace import hotpath
from explorer.trace.recorder import Recorder

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "trace_identity.py"
_spec = importlib.util.spec_from_file_location("trace_identity", _TOOL)
identity = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(identity)

PROGRAMS = identity.programs()
STEP_LIMIT = 3_000
BENCH_STEP_LIMIT = 20_000
SMALL_LIMITS = (7, 38, 129)
STATE_STEPS = 300       # steps, narration and every state compared too for recordings this short


def _both(path: Path, limit: int) -> tuple[dict, dict]:
    before = hotpath.FUSED
    try:
        hotpath.set_fused(True)
        on = identity.fingerprint_program(path, limit, STATE_STEPS)
        hotpath.set_fused(False)
        off = identity.fingerprint_program(path, limit, STATE_STEPS)
    finally:
        hotpath.set_fused(before)
    return on, off


def _name(p: Path) -> str:
    return p.relative_to(identity.ROOT).as_posix()


def test_every_program_kind_is_checked():
    names = [_name(p) for p in PROGRAMS]
    assert any(n.startswith("samples/") for n in names)
    assert sum(n.startswith("tests/corpus/") for n in names) >= 200
    assert any(n.startswith("tests/fuzz/regressions/") for n in names)
    assert {"bench/programs/fib.js", "bench/programs/counter.js", "bench/programs/pipeline.js"} <= set(names)


@pytest.mark.parametrize("path", PROGRAMS, ids=_name)
def test_fused_calls_record_the_same_trace(path):
    limit = BENCH_STEP_LIMIT if path.parent.name == "programs" else STEP_LIMIT
    on, off = _both(path, limit)
    assert identity.differences(on, off) == []


@pytest.mark.parametrize("limit", SMALL_LIMITS)
def test_fused_calls_stop_at_a_step_limit_as_the_general_path_does(limit):
    bad = {}
    for path in PROGRAMS:
        if path.parent.name == "samples":
            on, off = _both(path, limit)
            if identity.differences(on, off):
                bad[_name(path)] = identity.differences(on, off)
    assert bad == {}


class _Counting(Recorder):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fused_enters = 0

    def call_enter(self, node, callee, this, args, ctx):
        self.fused_enters += 1
        super().call_enter(node, callee, this, args, ctx)


def _fused_enters(source: str, fused: bool) -> int:
    before = hotpath.FUSED
    hotpath.set_fused(fused)
    try:
        rec = _Counting(source)
    finally:
        hotpath.set_fused(before)
    Interpreter(source, hooks=rec).run()
    return rec.fused_enters


def test_plain_calls_take_the_fused_path_and_the_switch_turns_it_off():
    plain = "function f(a) { return a + 1 }\nvar s = 0;\nfor (var i = 0; i < 5; i++) s = f(s);\n"
    assert _fused_enters(plain, True) == 5
    assert _fused_enters(plain, False) == 0


def test_calls_with_more_to_set_up_take_the_general_path():
    # a default parameter, a hoisted function declaration: their set-up runs code the hooks must see
    assert _fused_enters("function f(a = 1) { return a }\nf(); f(2);\n", True) == 0
    assert _fused_enters("function f() { function g() {} return g }\nf();\n", True) == 0


def test_console_entries_record_the_same_with_fused_calls():
    """Entries call the program's functions (and their own) after it ended: the same trace either way."""
    from explorer.trace import record

    source = "function add(a, b) { return a + b }\nconst mk = n => () => n;\nlet total = add(1, 2);\n"
    entries = ["add(total, 4)", "function twice(x) { return add(x, x) }\ntwice(3)", "mk(5)()",
               "add(undefinedName, 1)", "[1, 2].map(x => add(x, 1))"]
    prints = []
    before = hotpath.FUSED
    try:
        for fused in (True, False):
            hotpath.set_fused(fused)
            trace = record(source, entries=entries)
            prints.append(identity.fingerprint(trace, STATE_STEPS))
    finally:
        hotpath.set_fused(before)
    assert [e.result for e in trace.entries] == ["7", "6", "5", "Uncaught ReferenceError: undefinedName is not defined",
                                                 "[ 2, 3 ]"]
    assert identity.differences(*prints) == []
