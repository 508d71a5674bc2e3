"""The memory panel shows what is alive, with one identity per thing (issue 13).

The invariant (tests/trace/invariant.py) is checked over every sample and over the
programs of tests/trace/truth (the minimal programs of the issue); the facts that matter in
those programs are asserted at the steps where they used to go wrong.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from explorer.trace import Ref, StepKind, record

from invariant import check
from trace_helpers import SAMPLES, binding

TRUTH = Path(__file__).resolve().parent / "truth"


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.js")), ids=lambda p: p.stem)
def test_invariant_holds_for_every_sample(path):
    assert check(path.read_text()) == []


@pytest.mark.parametrize("path", sorted(TRUTH.glob("*.js")), ids=lambda p: p.stem)
def test_invariant_holds_for_the_issue_programs(path):
    assert check(path.read_text()) == []


def _src(name: str) -> str:
    return (TRUTH / name).read_text()


def _backpacks(state, owner_prefix: str):
    return [e for e in state.environments.values() if e.owner.startswith(owner_prefix) and e.released_at is None]


def test_closures_in_an_array_literal_keep_their_backpacks_while_it_is_built():
    """`[mk(1), mk(2)]`: mk(1)'s function is in flight while mk(2) runs; both backpacks live on, once each."""
    t = record(_src("array_of_closures.js"))
    first_return = next(i for i in range(len(t)) if t.kind(i) == StepKind.RETURN)
    fn1 = None
    for i in range(first_return, len(t)):
        st = t.state_at(i)
        envs = _backpacks(st, "mk() call #1")
        assert len(envs) == 1, (i, t.narration(i))
        holders = envs[0].held_by
        assert holders, (i, t.narration(i))
        if fn1 is None:
            fn1 = holders[0]
        assert holders == (fn1,), (i, t.narration(i))
    last = t.state_at(len(t) - 1)
    arr = last.heap[next(b.value.id for b in last.global_memory if b.name == "arr")]
    assert arr.elements[0] == Ref(fn1)


def test_both_arrows_of_an_array_literal_are_kept():
    """`[() => a, () => b]`: while the array is built, `a` is captured by the first arrow, still alive."""
    t = record(_src("closures_in_array_literal.js"))
    i = max(k for k in range(len(t)) if t.kind(k) == StepKind.CLOSURE_CREATED)
    env = _backpacks(t.state_at(i), "f() call #1")[0]
    assert binding(env, "a").captured and binding(env, "b").captured
    assert len(env.held_by) == 2


def test_accessors_hold_their_backpack_for_the_objects_life():
    t = record(_src("accessors_keep_backpack.js"))
    ids = set()
    for i in range(len(t)):
        for e in t.state_at(i).environments.values():
            if "function on line 1" in e.owner and e.kind == "function":
                ids.add(e.id)
                assert e.released_at is None, t.narration(i)
    assert len(ids) == 1
    last = t.state_at(len(t) - 1)
    counter = last.heap[next(b.value.id for b in last.global_memory if b.name == "counter")]
    roles = dict(counter.internals)
    assert isinstance(roles["get value"], Ref) and isinstance(roles["set value"], Ref)
    assert last.heap[roles["get value"].id].scope is not None


def test_an_arrow_keeps_its_lexical_this():
    t = record(_src("arrow_lexical_this.js"))
    this_ids = set()
    for i in range(len(t)):
        st = t.state_at(i)
        f = next((b.value for b in st.global_memory if b.name == "f" and isinstance(b.value, Ref)), None)
        if f is not None:
            this = dict(st.heap[f.id].internals).get("this")
            assert this is not None, t.narration(i)
            this_ids.add(this.id)
    assert len(this_ids) == 1


def test_an_interval_stays_queued_between_ticks_with_one_backpack():
    t = record(_src("set_interval_one_backpack.js"))
    runs = [i for i in range(len(t)) if t.kind(i) == StepKind.TASK_RUN]
    assert len(runs) == 3
    envs = set()
    for i in runs:
        st = t.state_at(i)
        assert any(q.kind == "interval" for q in st.queues), t.narration(i)
        envs.update(e.id for e in _backpacks(st, "start() call #1"))
    assert len(envs) == 1
    assert not t.state_at(len(t) - 1).queues


def test_a_weakmap_holds_its_value_while_the_key_lives():
    t = record(_src("weakmap_value.js"))
    last = t.state_at(len(t) - 1)
    wm = last.heap[next(b.value.id for b in last.global_memory if b.name == "wm")]
    assert len(wm.entries) == 1
    assert wm.entries[0][0] == next(b.value for b in last.global_memory if b.name == "key")
    assert len(_backpacks(last, "mk() call #1")) == 1


def test_private_fields_are_shown_on_instances():
    t = record(_src("private_fields.js"))
    last = t.state_at(len(t) - 1)
    c = last.heap[next(b.value.id for b in last.global_memory if b.name == "c")]
    assert ("#count", None) not in c.internals
    assert dict(c.internals)["#count"].text == "2"


def test_the_issue_programs_print_what_node_prints():
    for path in sorted(TRUTH.glob("*.js")):
        try:
            node = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30).stdout
        except FileNotFoundError:
            pytest.skip("node is not installed")
        assert record(path.read_text()).stdout == node, path.name


def test_the_last_jobs_backpack_is_released_when_its_callback_returns():
    t = record(_src("last_job.js"))
    last_return = max(i for i in range(len(t)) if t.kind(i) == StepKind.RETURN)
    st = t.state_at(last_return)
    env = next(e for e in st.environments.values() if e.owner.startswith("later() call #1"))
    assert env.released_at == last_return
    assert "later() call #1" not in " ".join(e.owner for e in t.state_at(len(t) - 1).environments.values())


def test_a_switch_is_not_called_a_loop():
    t = record("let x = 2;\nswitch (x) {\n  case 1: console.log(1); break;\n  case 2: console.log(2); break;\n}\n")
    said = [t.narration(i) for i in range(len(t))]
    assert not any("loop" in s for s in said)
    assert any("the switch checks `case 1`" in s for s in said)
