"""Releases are told the same way whatever caused them (issue 13.13): in the step that caused it
(an assignment, the built-in call that removed the last reference, the statement after a value
was dropped), never in a step of their own and never silently; the released backpack is drawn
faded at that step, as a finished context is."""

from __future__ import annotations

import pytest

from explorer.trace import StepKind, Terms, record
from explorer.ui.diagram_layout import Layout
from explorer.ui.terms import LABELS

from invariant import check

MK = "function mk(v) { let x = v; return () => x; }\n"
CASES = {
    "Map.delete": ("const m = new Map();\nm.set('a', mk(1));\nm.delete('a');\n", StepKind.RETURN, "`m.delete(…)`"),
    "Map.clear": ("const m = new Map([['b', mk(3)]]);\nm.clear();\n", StepKind.RETURN, "`m.clear(…)`"),
    "Set.clear": ("const s = new Set();\ns.add(mk(2));\ns.clear();\n", StepKind.RETURN, "`s.clear(…)`"),
    "clearInterval": ("const id = setInterval(mk(8), 10);\nclearInterval(id);\n", StepKind.RETURN,
                      "`clearInterval(…)` removes the pending job"),
    "clearTimeout": ("const t = setTimeout(mk(4), 10);\nclearTimeout(t);\n", StepKind.RETURN,
                     "`clearTimeout(…)` removes the pending job (setTimeout callback (10 ms)) from the queue."),
    "WeakMap.delete": ("const wm = new WeakMap();\nconst key = {};\nwm.set(key, mk(5));\nwm.delete(key);\n",
                       StepKind.RETURN, "`wm.delete(…)` finishes and returns true."),
    "WeakMap key dropped": ("const wm = new WeakMap();\nlet key = {};\nwm.set(key, mk(5));\nkey = null;\n",
                            StepKind.ASSIGNED, "`key` changes from an object to null"),
    "array pop, value dropped": ("let arr = [mk(6)];\narr.pop();\nconsole.log('end');\n", StepKind.STATEMENT,
                                 "Line 4 runs next: `console.log('end');`."),
    "array splice": ("let arr = [mk(7), 1];\narr.splice(0, 1);\nconsole.log(arr.length);\n", StepKind.STATEMENT,
                     "Line 4 runs next"),
}


def _mk_releases(t):
    out = []
    for i in range(1, len(t)):
        prev = t.state_at(i - 1)
        for e in t.state_at(i).released:
            if e in prev.environments and prev.environments[e].owner.startswith("mk()"):
                out.append((i, e))
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_a_backpack_release_is_told_in_the_step_that_caused_it(name):
    src, kind, cause = CASES[name]
    t = record(MK + src)
    assert check(MK + src) == []
    assert not [i for i in range(len(t)) if t.kind(i) == StepKind.RELEASED], name
    rel = _mk_releases(t)
    (i, e), = rel
    assert t.kind(i) == kind
    assert cause in t.narration(i)
    assert ("Nothing refers to the arrow function from line 1 any more, so the backpack of the arrow function "
            "from line 1 (`v` and `x`) is released.") in t.narration(i)
    # drawn faded at that step, as a context that returned is, then gone
    lay = Layout(LABELS[Terms.HARD_PARTS], lambda text, role="": 7.0 * len(text))
    d = lay.build(t.state_at(i), t.state_at(i - 1))
    ghost = d.box(f"ghost:env:{e}")
    assert ghost is not None and ghost.ghost and ghost.kind == "backpack"
    assert ghost.note == LABELS[Terms.HARD_PARTS].released
    if i + 1 < len(t):
        after = lay.build(t.state_at(i + 1), t.state_at(i))
        assert after.box(f"ghost:env:{e}") is None and after.box(f"env:{e}") is None
