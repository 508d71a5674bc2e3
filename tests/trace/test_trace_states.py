"""state_at(i) is the same whichever way you get there: forward, backward, or jumping."""

from __future__ import annotations

import random

import pytest
from trace_helpers import SAMPLES

from explorer.trace import record

PROGRAMS = [
    "seed000_count_closure.js",
    "seed001_multiple_closure_instances.js",
    "pattern_private_counter_object.js",
    "pattern_async_promises.js",
    "pattern_generator.js",
    "pattern_memoize.js",
    "pitfall_var_vs_let_loop.js",
    "pitfall_large_array_retained.js",
]

MUTATIONS = """
const m = new Map();
const s = new Set([1, 2]);
const arr = [1, 2, 3, 4, 5];
const o = { a: 1, b: { c: 2 } };
for (let i = 0; i < 30; i++) {
  m.set('k' + (i % 4), () => i);
  s.add(i % 5);
  arr.push(i);
  if (i % 7 === 0) arr.length = 3;
  if (i % 5 === 0) delete o.a; else o.a = i;
  o['x' + (i % 3)] = [i];
}
m.delete('k1');
s.clear();
arr.splice(1, 1);
console.log(m.size, s.size, arr.length, Object.keys(o).length);
"""


def _trace(name):
    src = MUTATIONS if name == "mutations" else (SAMPLES / name).read_text()
    return record(src, max_steps=20_000)


@pytest.mark.parametrize("name", PROGRAMS + ["mutations"])
def test_any_order_gives_the_same_states(name):
    walk = _trace(name)
    n = len(walk)
    forward = [walk.state_at(i) for i in range(n)]
    jump = _trace(name)
    order = list(range(n))
    random.Random(7).shuffle(order)
    for i in order[:400]:
        assert jump.state_at(i) == forward[i], f"jump to {i}"
    back = _trace(name)
    for i in range(n - 1, -1, -1):
        assert back.state_at(i) == forward[i], f"walking back to {i}"


def test_released_environments_are_never_shown_alive():
    t = _trace("pattern_async_promises.js")
    seen_released = {}
    for i in range(len(t)):
        st = t.state_at(i)
        for e in st.released:
            seen_released.setdefault(e, i)
        for e, view in st.environments.items():
            if e in seen_released and seen_released[e] < i:
                pytest.fail(f"environment {e} released at {seen_released[e]} is alive at {i}")
            if view.released_at is not None:
                assert view.released_at == i and e in st.released


def test_every_reference_in_a_state_points_at_something_shown():
    for name in PROGRAMS + ["mutations"]:
        t = _trace(name)
        for i in range(0, len(t), max(1, len(t) // 200)):
            st = t.state_at(i)
            for h in st.heap.values():
                if h.scope is not None:
                    assert h.scope in st.environments, (name, i, h)
            for e in st.environments.values():
                if e.released_at is None:
                    for b in e.bindings:
                        if hasattr(b.value, "id"):
                            assert b.value.id in st.heap, (name, i, e.owner, b)
                    if e.parent is not None:
                        assert e.parent in st.environments
            for c in st.stack:
                assert all(x in st.environments for x in c.env_chain)
