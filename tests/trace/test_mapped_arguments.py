"""Mapped arguments (issue 13.9): in a sloppy function with simple parameters, an index of
`arguments` and its parameter are one variable. The engine prints what Node prints
(tests/corpus/scope/mapped_arguments.js) and the memory state shows both current at every step."""

from __future__ import annotations

from explorer.trace import Ref, StepKind, record
from explorer.ui.diagram_layout import Layout
from explorer.ui.terms import LABELS
from explorer.trace import Terms

from trace_helpers import binding, num

SRC = """function f(a, b) {
  arguments[0] = 9;
  console.log(a, arguments[0]);
  a = 5;
  console.log(a, arguments[0]);
  b = 7;
  return arguments;
}
const r = f(1);
"""


def _f_env(state, name="f()"):
    return next(e for e in state.environments.values() if e.owner.startswith(name) and e.kind == "function")


def _elements(state, env):
    return state.heap[binding(env, "arguments").value.id].elements


def _facts(t, i, name="f()"):
    st = t.state_at(i)
    env = _f_env(st, name)
    return binding(env, "a").value, _elements(st, env)


def test_writing_arguments_0_changes_the_parameter_in_the_same_step():
    t = record(SRC)
    assert [c.text for c in t.console] == ["9 9", "5 5"]
    w = next(i for i in range(len(t)) if t.kind(i) == StepKind.PROPERTY_WRITTEN)
    assert _facts(t, w - 1) == (num("1"), (num("1"),))
    assert _facts(t, w) == (num("9"), (num("9"),))
    changed = {(c.target, c.key) for c in t.state_at(w).changed}
    assert ("object", "0") in changed and ("env", "a") in changed
    assert "`a` is 9 too" in t.narration(w)


def test_assigning_the_parameter_changes_arguments_0_in_the_same_step():
    t = record(SRC)
    w = next(i for i in range(len(t)) if t.kind(i) == StepKind.ASSIGNED and "`a`" in t.narration(i))
    assert _facts(t, w - 1) == (num("9"), (num("9"),))
    assert _facts(t, w) == (num("5"), (num("5"),))
    assert "`arguments[0]` changes with it" in t.narration(w)
    # b was not passed: it is not mapped, and arguments keeps one element
    b = next(i for i in range(len(t)) if t.kind(i) == StepKind.ASSIGNED and "`b`" in t.narration(i))
    assert _facts(t, b)[1] == (num("5"),)
    assert "arguments" not in t.narration(b)
    # the object returned, after f's context is gone, still holds what the program left in it
    last = t.state_at(len(t) - 1)
    r = next(g.value for g in last.global_memory if g.name == "r")
    assert last.heap[r.id].elements == (num("5"),)


def test_a_closure_writing_the_parameter_later_changes_the_arguments_it_also_keeps():
    t = record("function later(a) {\n  return () => { a = a * 2; return arguments[0]; };\n}\n"
               "const dbl = later(21);\nconsole.log(dbl());\n")
    assert [c.text for c in t.console] == ["42"]
    w = next(i for i in range(len(t)) if t.kind(i) == StepKind.ASSIGNED and "`a`" in t.narration(i))
    st = t.state_at(w)
    env = next(e for e in st.environments.values() if e.owner.startswith("later()"))
    assert binding(env, "a").value == num("42")
    assert _elements(st, env) == (num("42"),)


def test_defineproperty_on_a_mapped_index_reaches_the_parameter_and_a_read_only_index_ends_the_mapping():
    src = ("function g(a) {\n  Object.defineProperty(arguments, '0', { value: 3 });\n  a;\n"
           "  Object.defineProperty(arguments, '0', { writable: false });\n  a = 4;\n  return a;\n}\ng(1);\n")
    t = record(src)
    stmts = [i for i in range(len(t)) if t.kind(i) == StepKind.STATEMENT]
    after_define = next(i for i in stmts if t.narration(i).endswith("`a;`."))
    assert _facts(t, after_define, "g()") == (num("3"), (num("3"),))
    w = next(i for i in range(len(t)) if t.kind(i) == StepKind.ASSIGNED)
    assert _facts(t, w, "g()") == (num("4"), (num("3"),))      # no longer one variable
    assert "arguments" not in t.narration(w)


def test_the_diagram_draws_the_parameter_and_the_element_with_the_values_the_trace_has():
    t = record(SRC)
    lay = Layout(LABELS[Terms.HARD_PARTS], lambda text, role="": 7.0 * len(text))
    for i in range(len(t)):
        st = t.state_at(i)
        if not st.stack or st.stack[-1].name != "f()" or st.stack[-1].phase.value != "execution":
            continue
        a, elems = _facts(t, i)
        d = lay.build(st)
        ctx = next(b for b in d.boxes if b.kind == "context" and b.title == "f()")
        rows = {r.name: r for r in ctx.rows}
        assert rows["a"].text == a.text, i
        args_id = binding(_f_env(st), "arguments").value.id
        obj = d.box(f"obj:{args_id}")
        assert obj is not None, i
        assert [r.text for r in obj.rows if r.name.isdigit()] == [e.text for e in elems], i
        assert rows["a"].text == [r.text for r in obj.rows if r.name == "0"][0], i
