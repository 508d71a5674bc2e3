"""The memory facts each gallery sample is there to teach hold at the steps that matter.

(The seed documents' samples are checked in tests/trace/test_trace_memory.py.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.trace import Primitive, Ref, StepKind

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "trace"))
from trace_helpers import binding, global_value, recorded  # noqa: E402


def backpacks(state) -> list:
    """Environments that outlive their context: alive, off the stack, held by closures."""
    return [e for e in state.environments.values() if e.kind == "function" and not e.on_stack and e.held_by]


def last_state(name):
    trace = recorded(name)
    return trace, trace.state_at(len(trace) - 1)


def test_private_counter_object_two_backpacks_each_shared_by_five_methods():
    trace, state = last_state("pattern_private_counter_object.js")
    packs = [e for e in backpacks(state) if e.owner.startswith("makeCounter()")]
    assert len(packs) == 2
    for env in packs:
        assert len(env.held_by) == 5  # increment, decrement, reset, setStep, report share it
        assert binding(env, "count").captured and binding(env, "step").captured
    values = sorted((binding(e, "name").value.text, binding(e, "count").value.text, binding(e, "step").value.text)
                    for e in packs)
    assert values == [("'clicks'", "0", "10"), ("'visits'", "1", "1")]


def test_once_remembers_called_and_result_in_its_backpack():
    trace, state = last_state("pattern_once.js")
    (pack,) = [e for e in backpacks(state) if e.owner.startswith("once()")]
    assert binding(pack, "called").value == Primitive("boolean", "true")
    assert binding(pack, "result").value == Primitive("string", "'the app is ready'")
    fn = state.heap[global_value(state, "initialise").id]
    assert fn.scope == pack.id
    assert set(fn.captured) == {"called", "result", "fn"}


def test_memoize_cache_object_lives_in_the_backpack():
    trace, state = last_state("pattern_memoize.js")
    (pack,) = [e for e in backpacks(state) if e.owner.startswith("memoize()")]
    cache = binding(pack, "cache").value
    assert isinstance(cache, Ref)
    keys = {p.key for p in state.heap[cache.id].properties}
    assert keys == {"4", "9"}


def test_module_iife_context_is_gone_but_count_lives_on():
    trace, state = last_state("pattern_module_iife.js")
    assert [c.name for c in state.stack if c.name != "Global"] == []
    (pack,) = backpacks(state)
    assert binding(pack, "count").value == Primitive("number", "1")
    assert "count" not in {b.name for b in state.global_memory}
    assert len(pack.held_by) >= 3


def test_let_loop_gives_each_timer_callback_its_own_i():
    trace = recorded("pitfall_var_vs_let_loop.js")
    # right after the loops, before any timer runs: three per-iteration environments hold i = 0, 1, 2
    first_task = next(i for i in range(len(trace)) if trace.kind(i) == StepKind.TASK_RUN)
    state = trace.state_at(first_task - 1)
    let_envs = [e for e in state.environments.values()
                if e.held_by and any(b.name == "i" for b in e.bindings)]
    assert sorted(binding(e, "i").value.text for e in let_envs) == ["0", "1", "2"]
    iife_envs = [e for e in state.environments.values()
                 if e.held_by and any(b.name == "kCopy" for b in e.bindings)]
    assert sorted(binding(e, "kCopy").value.text for e in iife_envs) == ["0", "1", "2"]
    # the var loop's i is one global binding, 3 after the loop
    assert global_value(state, "i") == Primitive("number", "3")
