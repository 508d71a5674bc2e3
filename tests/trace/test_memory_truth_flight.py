"""Issue 13: values an engine operation holds while it runs keep their identity.

One test per root cause found by the invariant (tests/trace/invariant.py), each asserting the
facts at the steps where the object used to be released and registered again, and, where the
program prints, that it prints what Node prints.
"""

from __future__ import annotations

import subprocess

import pytest

from explorer.trace import Ref, StepKind, record

from invariant import check


def _node(source: str, tmp_path) -> str:
    path = tmp_path / "main.js"
    path.write_text(source)
    try:
        return subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30).stdout
    except FileNotFoundError:
        pytest.skip("node is not installed")


def _global(state, name):
    return next(b.value for b in state.global_memory if b.name == name)


def _ids_labelled(trace, label: str) -> dict[int, list[int]]:
    """id -> the steps where a heap item so labelled is drawn."""
    out: dict[int, list[int]] = {}
    for k in range(len(trace)):
        for i, h in trace.state_at(k).heap.items():
            if h.label == label:
                out.setdefault(i, []).append(k)
    return out


NEW_PROMISE = """\
const p = new Promise(resolve => {
  console.log("executor");
  resolve(1);
});
p.then(v => console.log("got", v));
"""


def test_a_promise_being_constructed_is_held_by_the_constructor(tmp_path):
    """`new Promise(executor)`: after the executor returns and before `new` does, the promise lives
    in the constructor only (its resolve function, handed to the executor, keeps it)."""
    t = record(NEW_PROMISE)
    executor_return = next(k for k in range(len(t)) if t.kind(k) == StepKind.RETURN)
    last = t.state_at(len(t) - 1)
    p = _global(last, "p")
    assert isinstance(p, Ref)
    st = t.state_at(executor_return)
    assert p.id in st.heap and st.heap[p.id].label == "Promise", t.narration(executor_return)
    promises = _ids_labelled(t, "Promise")
    assert list(promises)[0] == p.id          # the first promise drawn is p, under one id
    steps = promises[p.id]
    assert steps == list(range(steps[0], steps[-1] + 1))     # drawn without a gap
    assert check(NEW_PROMISE) == []
    assert t.stdout == _node(NEW_PROMISE, tmp_path) == "executor\ngot 1\n"


ALL_SETTLED = """\
Promise.allSettled([Promise.reject(new Error("nope")), 7]).then(rs => {
  console.log(rs.map(r => r.status + ":" + (r.reason ? r.reason.message : r.value)).join(" "));
});
"""


def test_promise_all_settled_keeps_the_values_it_gathers(tmp_path):
    """The element functions of Promise.allSettled share the list of outcomes gathered so far: the
    Error a rejected input settled with stays alive (one id) until the result array holds it."""
    t = record(ALL_SETTLED)
    errors = _ids_labelled(t, "Error")
    assert len(errors) == 1
    (err, steps), = errors.items()
    call = next(k for k in range(len(t)) if t.state_at(k).stack and t.state_at(k).stack[-1].arguments)
    assert set(range(steps[0], call + 1)) <= set(steps)       # drawn without a gap until rs holds it
    st = t.state_at(call)
    rs = st.stack[-1].arguments[0]
    first = st.heap[st.heap[rs.id].elements[0].id]
    assert dict((p.key, p.value) for p in first.properties)["reason"] == Ref(err)
    assert check(ALL_SETTLED) == []
    assert t.stdout == _node(ALL_SETTLED, tmp_path) == "rejected:nope fulfilled:7\n"


PAUSED = """\
(async (o) => {
  await new Promise(r => setTimeout(r, 5));
  console.log("after", o.v);
})({ v: 1 });
console.log("sync");
"""


def test_a_paused_async_call_keeps_its_function_and_arguments(tmp_path):
    """While the anonymous async arrow waits for the timer, nothing but its paused context keeps the
    arrow and its argument: both stay drawn, under the ids they had when it was called."""
    t = record(PAUSED)
    calls = [k for k in range(len(t)) if t.kind(k) == StepKind.CALL and t.state_at(k).stack
             and t.state_at(k).stack[-1].name.startswith("(anonymous)")]
    first = t.state_at(calls[0]).stack[-1]
    fn, arg = first.function, first.arguments[0]
    timer = next(k for k in range(len(t)) if t.kind(k) == StepKind.TASK_RUN)
    for k in range(calls[0], len(t)):
        heap = t.state_at(k).heap
        if k <= timer:
            assert fn in heap and arg.id in heap, (k, t.narration(k))
    resumed = [k for k in range(timer, len(t)) if any(
        c.function == fn for c in t.state_at(k).stack)]
    assert resumed
    assert all(c.arguments[0] == arg for c in t.state_at(resumed[0]).stack if c.function == fn)
    assert check(PAUSED) == []
    assert t.stdout == _node(PAUSED, tmp_path) == "sync\nafter 1\n"
