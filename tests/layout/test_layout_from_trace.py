"""The diagram's layout draws from the trace alone (issue 19.1), and it runs without Qt.

Text widths come from a plain measure; the checks read ``Drawing.summary``-level facts: which rows
a call's box has, which holder rows an object has and where its arrows go.
"""

from __future__ import annotations

import subprocess
import sys

from explorer.trace import StepKind, Terms, record
from explorer.ui.diagram_layout import Layout, legend
from explorer.ui.terms import LABELS


def _layout() -> Layout:
    return Layout(LABELS[Terms.HARD_PARTS], lambda text, role="": 7.0 * len(text))


def _context_rows(trace, i: int, name: str) -> list[str]:
    d = _layout().build(trace.state_at(i))
    box = next(b for b in d.boxes if b.kind == "context" and b.title.endswith(name))
    return [r.name for r in box.rows]


def _steps(trace, kind):
    return [i for i in range(len(trace)) if trace.kind(i) == kind]


def test_a_comment_saying_this_adds_no_this_row():
    t = record("function bar() {\n  // notice this inner function and its arguments\n  return 1;\n}\nbar();\n")
    i = _steps(t, StepKind.STATEMENT)[-1]
    rows = _context_rows(t, i, "bar()")
    assert "this" not in rows and "arguments" not in rows


def test_a_function_that_reads_this_shows_it():
    t = record("const o = { v: 1, get() { return this.v; } };\no.get();\nfunction g() { return this; }\ng();\n")
    stmts = _steps(t, StepKind.STATEMENT)
    i = next(k for k in stmts if t.state_at(k).stack[-1].name == "get()")
    assert "this" in _context_rows(t, i, "get()")
    j = next(k for k in stmts if t.state_at(k).stack[-1].name == "g()")
    assert t.state_at(j).stack[-1].this_is_global
    assert "this" in _context_rows(t, j, "g()")


def test_arguments_is_drawn_once():
    t = record("function f() { return arguments.length; }\nf(1, 2);\n")
    i = next(k for k in _steps(t, StepKind.STATEMENT) if t.state_at(k).stack[-1].name == "f()")
    assert _context_rows(t, i, "f()").count("arguments") == 1


def test_an_arrow_has_no_arguments_row_of_its_own():
    t = record("function outer() { const g = () => arguments[0]; return g(); }\nouter(5);\n")
    i = next(k for k in _steps(t, StepKind.STATEMENT) if t.state_at(k).stack[-1].name.startswith("g"))
    ctx = t.state_at(i).stack[-1]
    assert not ctx.uses_arguments
    assert "arguments" not in _context_rows(t, i, ctx.name)


def test_accessors_are_drawn_with_arrows_to_their_backpack():
    src = ("const counter = (function () { let count = 0;\n"
           "  return { get value() { return count; }, set value(v) { count = v; } }; })();\n"
           "counter.value = 5;\nconsole.log(counter.value);\n")
    t = record(src)
    d = _layout().build(t.state_at(len(t) - 1))
    obj = next(b for b in d.boxes if b.kind == "object")
    names = [r.name for r in obj.rows]
    assert "get value" in names and "set value" in names
    backpacks = {b.key for b in d.boxes if b.kind == "backpack"}
    ends = {a.dst for a in d.arrows if a.src == obj.key}
    assert ends & backpacks


def test_the_thrown_box_names_the_value_the_trace_says_is_thrown():
    # the error thrown is also in a variable (drawn in Global Memory), and it is not the newest error
    t = record("const err = new RangeError('second');\nconst other = new TypeError('first');\n"
               "try {\n  throw err;\n} catch (e) {}\n")
    i = _steps(t, StepKind.THROWN)[0]
    from explorer.ui.diagram_layout import Thrown
    d = _layout().build(t.state_at(i), None, Thrown(False, "", 4))
    box = next(b for b in d.boxes if b.kind == "exception")
    assert "RangeError" in box.title and box.subtitle == "second"


def test_the_layout_imports_no_qt():
    code = ("import sys, explorer.ui.diagram_layout, explorer.ui.terms\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_key_explains_every_kind_of_arrow_and_the_handle():
    for terms in Terms:
        text = " ".join(a + " " + b for a, b in legend(LABELS[terms]))
        for word in ("solid arrow", "dashed arrow", "dotted arrow", "handle", LABELS[terms].backpack):
            assert word in text, (terms, word)


def test_an_arrows_this_is_drawn_with_the_backpack_that_keeps_it():
    """`{v: 10}` is held only by the arrow's lexical `this` (issue 13.3): at every step it is alive, the
    diagram draws it, linked from the backpack the arrow closes over (or from the running call's `this`)."""
    t = record("function outer() { let n = 1; return () => this.v + n; }\n"
               "const f = outer.call({ v: 10 });\nconsole.log(f());\n")
    lay = _layout()
    checked = 0
    for i in range(len(t)):
        st = t.state_at(i)
        fv = next((g.value for g in st.global_memory if g.name == "f" and hasattr(g.value, "id")), None)
        if fv is None:
            continue
        this = dict(st.heap[fv.id].internals)["this"]
        d = lay.build(st)
        assert d.box(f"obj:{this.id}") is not None, i
        pack = d.box(f"env:{st.heap[fv.id].scope}")
        assert pack is not None and [r.target for r in pack.rows if r.name == "this"] == [this.id], i
        assert ("ref", pack.key, "this", f"obj:{this.id}") in d.summary()["arrows"], i
        checked += 1
    assert checked >= 5
