"""Stepping: forward/back round trips, over/into/out, lines, breakpoints, changes."""

from __future__ import annotations

from trace_helpers import recorded, steps_of

from explorer.trace import StepKind, record

FIB = ("function fib(n) {\n  if (n < 2) return n;\n  return fib(n - 1) + fib(n - 2);\n}\n"
       "const r = fib(4);\nconsole.log(r);\n")


def test_forward_and_back_round_trip():
    t = record(FIB)
    n = len(t)
    assert t.first() == 0 and t.last() == n - 1
    for i in range(n - 1):
        assert t.step_back(t.step_forward(i)) == i
    assert t.step_forward(n - 1) == n - 1 and t.step_back(0) == 0


def test_step_over_a_call_lands_on_its_return_at_the_same_depth():
    t = record(FIB)
    for c in steps_of(t, StepKind.CALL):
        j = t.step_over(c)
        assert t.kind(j) == StepKind.RETURN and t.step(j).depth == t.step(c).depth
        assert t.step(j).range == t.step(c).range          # the value lands where the call was
        assert t.step_back_over(j) <= c


def test_step_into_enters_the_call_and_step_out_leaves_it():
    t = record(FIB)
    c = steps_of(t, StepKind.CALL)[0]
    inside = t.step_into(c)
    assert t.kind(inside) == StepKind.CONTEXT_CREATED and t.step(inside).depth == t.step(c).depth + 1
    out = t.step_out(inside + 1)
    assert t.kind(out) == StepKind.RETURN and t.step(out).depth == t.step(c).depth
    assert out == t.step_over(c)


def test_run_to_line_and_breakpoints_both_ways():
    t = record(FIB)
    first2 = t.run_to_line(0, 2)
    assert t.kind(first2) == StepKind.STATEMENT and t.step(first2).range.start_line == 2
    hits = []
    i = 0
    while True:
        j = t.next_breakpoint(i, {3})
        if j == t.last():
            break
        hits.append(j)
        i = j
    assert hits and all(t.step(h).range.start_line == 3 for h in hits)
    back = []
    i = t.last()
    while True:
        j = t.next_breakpoint(i, {3}, forward=False)
        if j == 0:
            break
        back.append(j)
        i = j
    assert back == hits[::-1]
    assert t.run_to_line(0, 99) == t.last()


def test_next_change_finds_the_writes_of_a_binding():
    t = recorded("seed001_multiple_closure_instances.js")
    writes = steps_of(t, StepKind.ASSIGNED, "`counter` changes")
    env = t.state_at(writes[0]).changed[0].id
    first_decl = steps_of(t, StepKind.DECLARED, "`counter` is initialised")[0]
    assert t.next_change(0, env, "counter") == first_decl
    assert t.next_change(first_decl, env, "counter") == writes[0]
    assert t.next_change(writes[0], env, "counter") == writes[1]
    assert t.next_change(writes[1], env, "counter", forward=False) == writes[0]
    assert t.next_change(writes[1], env, "counter") == writes[1]       # no more writes to that backpack


def test_next_change_on_globals_and_object_properties():
    t = record("let a = 1;\nconst o = {x: 1};\na = 2;\no.x = 5;\no.x = 6;\n")
    decl_a = steps_of(t, StepKind.DECLARED, "`a`")[0]
    genv = t.state_at(decl_a).changed[0].id
    assert t.kind(t.next_change(decl_a, genv, "a")) == StepKind.ASSIGNED
    st = t.state_at(len(t) - 1)
    oid = [b.value.id for b in st.global_memory if b.name == "o"][0]
    w0 = t.next_change(0, oid, "x")
    assert t.kind(w0) == StepKind.DECLARED          # the literal gave o.x its first value
    w1 = t.next_change(w0, oid, "x")
    assert t.kind(w1) == StepKind.PROPERTY_WRITTEN
    w2 = t.next_change(w1, oid, "x")
    assert w2 > w1 and t.state_at(w2).heap[oid].properties[0].value.text == "6"
