"""Console entries are more steps of the same trace: memory, console lines and step kinds after the program."""

from __future__ import annotations

import io
import json

from explorer.trace import Ref, StepKind, record
from explorer.trace.export import text_lines, to_opt, write_json

from trace_helpers import SAMPLES, global_value


def _record(name: str, *entries: str):
    return record((SAMPLES / name).read_text(), filename=name, entries=list(entries))


def _backpack_of(state, fn_name: str):
    ref = global_value(state, fn_name)
    assert isinstance(ref, Ref)
    return state.environments[state.heap[ref.id].scope]


def _binding(env, name):
    return next(b for b in env.bindings if b.name == name)


def test_two_more_calls_bring_the_backpacks_counter_to_4():
    tr = _record("seed001_multiple_closure_instances.js", "myNewFunction()", "myNewFunction()")
    first, second = tr.entries
    before = tr.state_at(first.start - 1)
    assert _binding(_backpack_of(before, "myNewFunction"), "counter").value.text == "2"
    after_one = tr.state_at(first.end)
    assert _binding(_backpack_of(after_one, "myNewFunction"), "counter").value.text == "3"
    end = tr.state_at(second.end)
    bp = _backpack_of(end, "myNewFunction")
    assert _binding(bp, "counter").value.text == "4"
    # the other closure's backpack is another one, untouched
    other = _backpack_of(end, "anotherFunction")
    assert other.id != bp.id and _binding(other, "counter").value.text == "2"
    # the call made an execution context that was destroyed again
    calls = [i for i in range(first.start, first.end + 1) if tr.kind(i) == StepKind.CALL]
    assert calls and tr.state_at(calls[0] + 1).stack[-1].name.startswith("incrementCounter")
    assert len(tr.state_at(first.end).stack) == 0


def test_a_new_let_joins_global_memory_only_from_its_entry_on():
    tr = _record("seed002_set_counter.js", "let total = increment", "total === increment")
    entry = tr.entries[0]
    names_before = [b.name for b in tr.state_at(entry.start).global_memory]
    assert "total" not in names_before
    st = tr.state_at(entry.end)
    assert global_value(st, "total") == global_value(st, "increment")
    assert next(b for b in st.global_memory if b.name == "total").kind == "let"
    assert tr.entries[1].result == "true"
    # stepping back before the entry: Global Memory as the program left it
    assert [b.name for b in tr.state_at(entry.start - 1).global_memory] == names_before


def test_entries_are_marked_and_their_lines_tagged_in_the_console():
    tr = _record("seed002_set_counter.js", "increment()", "counter", "setTimeout(() => increment(), 5); 'later'")
    assert [tr.kind(e.start) for e in tr.entries] == [StepKind.ENTRY] * 3
    assert [e.error for e in tr.entries] == [False, True, False]
    assert tr.entries[1].result == "Uncaught ReferenceError: counter is not defined"
    lines = [(c.stream, c.text) for c in tr.state_at(len(tr) - 1).console]
    assert lines[1:] == [("input", "increment()"), ("stdout", "4"), ("result", "undefined"),
                         ("input", "counter"), ("error", "Uncaught ReferenceError: counter is not defined"),
                         ("input", "setTimeout(() => increment(), 5); 'later'"), ("result", "'later'"),
                         ("stdout", "6")]
    # each entry's echo is at its first step, its value at an ENTRY_RESULT step before the timer runs
    last = tr.entries[2]
    result_steps = [i for i in range(last.start, last.end + 1) if tr.kind(i) == StepKind.ENTRY_RESULT]
    timer_runs = [i for i in range(last.start, last.end + 1) if tr.kind(i) == StepKind.TASK_RUN]
    assert result_steps and timer_runs and result_steps[0] < timer_runs[0]
    # an entry's code is a piece of its own: its steps point into that text, not into the program
    assert tr.pieces[last.piece] == ("console", last.code)
    own = [i for i in range(last.start, last.end + 1) if tr.step(i).range is not None
           and tr.step(i).range.piece == last.piece]
    assert own and all(tr.step(i).range.start_line == 1 for i in own)
    assert tr.entry_of_step(own[0]) == last and tr.entry_of_step(last.start - 1) == tr.entries[1]


def test_the_program_and_its_entries_are_one_deterministic_recording():
    a = _record("seed004_data_privacy.js", "counter.increment()", "counter.count")
    b = _record("seed004_data_privacy.js", "counter.increment()", "counter.count")
    assert len(a) == len(b) and a.entries == b.entries
    assert [a.kind(i) for i in range(len(a))] == [b.kind(i) for i in range(len(b))]
    assert a.entries[1].result == "undefined" and a.outcome.value == "completed"


def test_environments_released_by_entries_stay_released():
    tr = _record("seed002_set_counter.js", "increment()", "setCounter(5)()", "increment()")
    released: dict = {}
    for i in range(len(tr)):
        st = tr.state_at(i)
        for eid in st.released:
            released.setdefault(eid, i)
        for eid in st.environments:
            assert eid not in released or released[eid] == i or st.environments[eid].released_at is not None, \
                f"environment {eid} released at {released.get(eid)} is alive at step {i}"


def test_every_export_format_carries_the_entries():
    tr = _record("seed002_set_counter.js", "increment()")
    text = "\n".join(text_lines(tr))
    assert "Console entry 1" in text and "The console shows the entry's value: undefined." in text
    out = io.StringIO()
    write_json(tr, out, states=False)
    data = json.loads(out.getvalue())
    kinds = [s["kind"] for s in data["steps"]]
    assert "entry" in kinds and "entry-result" in kinds
    assert data["entries"][0]["code"] == "increment()"
    opt = to_opt(tr)["trace"]      # line-level entries, as Python Tutor's: the entry calls count() once more
    assert "> increment()\n" in opt[-1]["stdout"] and opt[-1]["stdout"].endswith("\nundefined\n")
    assert sum(p["event"] == "call" and p["func_name"] == "count" for p in opt) == 1 + sum(
        p["event"] == "call" and p["func_name"] == "count" for p in to_opt(_record("seed002_set_counter.js"))["trace"])


def test_an_engine_failure_inside_an_entry_keeps_the_programs_recording(monkeypatch):
    from explorer.engine import Interpreter

    real = Interpreter.eval_in_env

    def broken(self, source, env, **kw):
        if "boom" in source:
            raise RuntimeError("an engine bug")
        return real(self, source, env, **kw)

    monkeypatch.setattr(Interpreter, "eval_in_env", broken)
    tr = _record("seed002_set_counter.js", "increment()", "boom()", "increment()")
    assert tr.outcome.value == "completed" and len(tr.entries) == 2
    assert tr.entries[0].result == "undefined" and tr.entries[1].error
    assert "internal error" in tr.console[-1].text and tr.console[-1].stream == "error"
    tr.state_at(len(tr) - 1)
