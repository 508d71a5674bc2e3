"""A paused async call's memory is linked to the promise it awaits (issue 13.7), from the step it
pauses until it resumes, for each of its awaits; the diagram draws that link."""

from __future__ import annotations

from explorer.trace import StepKind, Terms, record
from explorer.ui.diagram_layout import Layout
from explorer.ui.terms import LABELS

SRC = """const p = new Promise(r => setTimeout(() => r(5), 10));
const q = new Promise(r => setTimeout(() => r(6), 20));
async function f() {
  const v = await p;
  const w = await q;
  return v + w;
}
f().then(x => console.log(x));
console.log('sync');
"""


def test_the_paused_memory_points_at_the_promise_it_waits_for_at_every_step():
    t = record(SRC)
    assert [c.text for c in t.console] == ["sync", "11"]
    lay = Layout(LABELS[Terms.HARD_PARTS], lambda text, role="": 7.0 * len(text))
    seen = {}
    for i in range(len(t)):
        st = t.state_at(i)
        paused = [e for e in st.environments.values() if e.paused and e.owner.startswith("f()")]
        if not paused:
            continue
        (env,) = paused
        glob = {b.name: b.value for b in st.global_memory}
        # the first await waits for p until f resumes; the second for q
        v = next(b.value for b in env.bindings if b.name == "v")
        want = glob["p"].id if v.type == "uninitialized" else glob["q"].id
        assert env.awaits == want, (i, t.narration(i))
        d = lay.build(st)
        assert ("ref", f"env:{env.id}", "", f"obj:{want}") in d.summary()["arrows"], i
        seen[want] = seen.get(want, 0) + 1
    assert len(seen) == 2 and all(n >= 3 for n in seen.values())
    resumed = [i for i in range(len(t)) if t.kind(i) == StepKind.CALL and "resumes" in t.narration(i)]
    assert len(resumed) == 2
    for i in resumed:       # back on the stack: not paused, no link
        assert all(not e.paused for e in t.state_at(i).environments.values() if e.owner.startswith("f()"))
