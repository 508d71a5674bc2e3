"""Evaluating code at a recorded step: the scope of that step's running context, the memory the step
shows, nothing kept (the program runs again to the step; the recording is not touched)."""

from __future__ import annotations

from explorer.trace import StepKind, record
from explorer.trace.evaluate import evaluate_at

from trace_helpers import SAMPLES

SET_COUNTER = (SAMPLES / "seed002_set_counter.js").read_text()


def _binding_text(state, env_kind_owner: str, name: str) -> str:
    for env in state.environments.values():
        if env.owner.startswith(env_kind_owner):
            for b in env.bindings:
                if b.name == name:
                    return b.value.text
    raise KeyError((env_kind_owner, name))


def _steps_in(trace, fn_prefix: str, kind=StepKind.STATEMENT) -> list[int]:
    return [i for i in range(len(trace)) if trace.kind(i) == kind and trace.state_at(i).stack
            and trace.state_at(i).stack[-1].name.startswith(fn_prefix)]


def test_inside_a_closure_call_names_resolve_through_its_backpack_as_the_step_shows():
    tr = record(SET_COUNTER)
    for i in _steps_in(tr, "count"):
        st = tr.state_at(i)
        counter = _binding_text(st, "setCounter()", "counter")
        num = _binding_text(st, "setCounter()", "num")
        assert evaluate_at(SET_COUNTER, i, "counter").value == counter
        assert evaluate_at(SET_COUNTER, i, "num").value == num
        assert evaluate_at(SET_COUNTER, i, "counter + num * 10").value == str(int(counter) + int(num) * 10)
    # `this` in a plain call of a sloppy function is the global object
    i = _steps_in(tr, "count")[0]
    assert evaluate_at(SET_COUNTER, i, "this === globalThis").value == "true"


def test_a_name_only_the_closure_has_is_not_defined_at_the_global_level():
    tr = record(SET_COUNTER)
    last_program_step = len(tr) - 1
    answer = evaluate_at(SET_COUNTER, last_program_step - 1, "counter")
    assert answer.error and answer.value == "Uncaught ReferenceError: counter is not defined"


def test_side_effects_are_discarded_with_a_note_and_the_recording_does_not_change():
    tr = record(SET_COUNTER)
    i = _steps_in(tr, "count")[0]
    before = _binding_text(tr.state_at(i), "setCounter()", "counter")
    changed = evaluate_at(SET_COUNTER, i, "counter = 99")
    assert changed.value == "99" and "discarded" in changed.note
    again = evaluate_at(SET_COUNTER, i, "counter")
    assert again.value == before and not again.note
    assert _binding_text(tr.state_at(i), "setCounter()", "counter") == before
    printed = evaluate_at(SET_COUNTER, i, "console.log('now', counter); 1")
    assert printed.printed == (("stdout", f"now {before}"), ("result", "1"))


def test_a_step_inside_a_console_entry_and_a_block_scope():
    tr = record(SET_COUNTER, entries=["for (let k = 0; k < 2; k++) { increment() }"])
    entry = tr.entries[0]
    inside = [i for i in _steps_in(tr, "count") if i > entry.start]
    assert inside
    for i in inside:
        st = tr.state_at(i)
        want = _binding_text(st, "setCounter()", "counter")
        got = evaluate_at(SET_COUNTER, i, "counter", entries=[entry.code])
        assert got.value == want
    # in the loop's block, at the entry's top level: k as the step shows it
    loop_steps = [i for i in range(entry.start, entry.end) if tr.kind(i) == StepKind.STATEMENT
                  and len(tr.state_at(i).stack) == 1]
    ks = []
    for i in loop_steps:
        st = tr.state_at(i)
        block = [b for e in st.environments.values() for b in e.bindings if b.name == "k"]
        if block:
            ks.append(block[0].value.text)
            assert evaluate_at(SET_COUNTER, i, "k", entries=[entry.code]).value == block[0].value.text
    assert ks


def test_at_the_first_step_declarations_are_not_there_yet():
    answer = evaluate_at(SET_COUNTER, 0, "increment")
    assert answer.error and "before initialization" in answer.value
