"""Memory at the steps that matter for eval and with: an eval's var appears in its caller's Local
Memory at the step it is declared (and not before), closures keep it, steps inside eval point at
the eval's own text, and a with's object environment is a box whose rows are the object's properties."""

from __future__ import annotations

from trace_helpers import binding, global_value, num, recorded, steps_of

from explorer.trace import Primitive, Ref, StepKind, record


def _names(env) -> list[str]:
    return [b.name for b in env.bindings]


def test_eval_adds_its_var_to_the_calling_function_at_that_step_only():
    t = recorded("pitfall_eval_injects_var.js")
    declared = [i for i in steps_of(t, StepKind.DECLARED) if "eval adds" in t.narration(i)]
    assert len(declared) == 1
    i = declared[0]
    before, at = t.state_at(i - 1), t.state_at(i)
    local_before = before.environments[before.stack[-1].env_chain[0]]
    local_at = at.environments[at.stack[-1].env_chain[0]]
    assert local_before.id == local_at.id and at.stack[-1].name == "makeGreeter()"
    assert "name" not in _names(local_before)
    assert _names(local_at)[-1] == "name" and binding(local_at, "name").kind == "var"
    # the step that runs the eval's code points into the eval's own text, not the program's
    inside = [j for j in steps_of(t, StepKind.STATEMENT) if t.step(j).range.piece]
    assert inside and all(t.pieces[t.step(j).range.piece] == ("eval", "var name = 'Ada';") for j in inside)
    assert t.step(inside[0]).range.start_line == 1 and "of the eval code" in t.narration(inside[0])
    # after makeGreeter returns, greet's backpack holds `name` with its value
    end = t.state_at(len(t) - 1)
    greet = global_value(end, "greet")
    backpack = end.environments[end.heap[greet.id].scope]
    assert binding(backpack, "name").value == Primitive("string", "'Ada'")
    assert binding(backpack, "greeting").captured and binding(backpack, "name").captured
    # stepping back before the eval shows the Local Memory without it again
    assert "name" not in _names(t.state_at(i - 1).environments[local_at.id])


def test_with_draws_the_objects_properties_and_narrates_the_leak():
    t = recorded("pitfall_with_leaks_global.js")
    leak = [i for i in steps_of(t, StepKind.DECLARED) if "was not found on `options`" in t.narration(i)]
    assert len(leak) == 1
    st = t.state_at(leak[0])
    assert global_value(st, "size") == num("3")
    ctx = st.stack[-1]
    withs = [st.environments[e] for e in ctx.env_chain if st.environments[e].kind == "with"]
    assert len(withs) == 1
    box = withs[0]
    assert box.owner.startswith("with (options)") and box.on_stack
    assert [(b.name, b.value) for b in box.bindings] == [("color", Primitive("string", "'red'"))]
    wrote = [i for i in steps_of(t, StepKind.PROPERTY_WRITTEN) if "is found on `options`" in t.narration(i)]
    assert len(wrote) == 1
    assert [(b.name, b.value) for b in t.state_at(wrote[0] - 1).environments[box.id].bindings] == [
        ("color", Primitive("string", "'blue'"))]
    end = t.state_at(len(t) - 1)
    assert box.id not in end.environments or end.environments[box.id].released_at is not None
    assert global_value(end, "size") == num("3") and isinstance(global_value(end, "settings"), Ref)


def test_a_closure_made_inside_with_keeps_the_object_environment_alive():
    t = record("function make(o) {\n  with (o) {\n    return function () { return v; };\n  }\n}\n"
               "var get = make({ v: 1 });\nconsole.log(get());\n")
    assert t.stdout == "1\n"
    end = t.state_at(len(t) - 1)
    scope = end.environments[end.heap[global_value(end, "get").id].scope]
    assert scope.kind == "with" and [b.name for b in scope.bindings] == ["v"]


def test_an_indirect_eval_var_is_a_global_var_not_an_implicit_global():
    t = record('(0, eval)("var g = 1");\nconsole.log(g);\n')
    i = steps_of(t, StepKind.DECLARED)[0]
    assert "`g` is created in Global Memory" in t.narration(i)
    assert {b.name: b.kind for b in t.state_at(len(t) - 1).global_memory}["g"] == "var"
