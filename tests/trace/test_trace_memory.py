"""Exact memory at the steps that matter, on the seed examples and pitfalls."""

from __future__ import annotations

from trace_helpers import UNDEF, UNINIT, binding, envs_owned, global_value, num, recorded, steps_of

from explorer.trace import Phase, Primitive, Ref, StepKind, record


def test_global_creation_phase_hoists_functions_whole_and_leaves_const_uninitialized():
    t = recorded("seed001_returning_functions.js")
    i = steps_of(t, StepKind.CONTEXT_CREATED)[0]
    st = t.state_at(i)
    assert st.stack[0].name == "Global" and st.stack[0].phase == Phase.CREATION
    fn = global_value(st, "createFunction")
    assert isinstance(fn, Ref) and st.heap[fn.id].name == "createFunction"
    assert global_value(st, "generatedFunc") == UNINIT
    assert global_value(st, "result") == UNINIT


def test_var_is_hoisted_as_undefined_and_function_stored_whole():
    t = record("console.log(x);\nvar x = 1;\nfunction f() {}\n")
    st = t.state_at(steps_of(t, StepKind.CONTEXT_CREATED)[0])
    assert global_value(st, "x") == UNDEF
    assert isinstance(global_value(st, "f"), Ref)
    assert {b.name: b.kind for b in st.global_memory} == {"x": "var", "f": "function"}
    assert t.stdout == "undefined\n"


def test_function_creation_phase_binds_params_arguments_and_tdz():
    src = ("function outer(a, b) {\n  var v = 1;\n  let l = 2;\n  function inner() { return arguments; }\n"
           "  return a + b + v + l;\n}\nouter(3, 4);\n")
    t = record(src)
    i = [j for j in steps_of(t, StepKind.CONTEXT_CREATED) if t.state_at(j).stack[-1].name == "outer()"][0]
    st = t.state_at(i)
    ctx = st.stack[-1]
    assert ctx.phase == Phase.CREATION and ctx.arguments == (num("3"), num("4")) and ctx.call_line == 7
    local = st.environments[ctx.env_chain[0]]
    assert local.owner == "outer() call #1" and local.on_stack
    assert binding(local, "a").value == num("3") and binding(local, "a").kind == "param"
    assert binding(local, "b").value == num("4")
    assert binding(local, "v").value == UNDEF and binding(local, "v").kind == "var"
    assert binding(local, "l").value == UNINIT and binding(local, "l").kind == "let"
    inner = binding(local, "inner").value
    assert isinstance(inner, Ref) and st.heap[inner.id].kind == "function"
    assert "`l` exists but is <uninitialized>" in t.narration(i)


def test_tdz_binding_before_its_declaration_runs():
    t = recorded("seed001_multiple_closure_instances.js")
    created = [i for i in steps_of(t, StepKind.CONTEXT_CREATED) if t.state_at(i).stack[-1].name == "outer()"]
    st = t.state_at(created[0])
    local = st.environments[st.stack[-1].env_chain[0]]
    assert binding(local, "counter").value == UNINIT
    decl = steps_of(t, StepKind.DECLARED, "`counter` is initialised to 0")[0]
    assert decl > created[0]
    local = t.state_at(decl).environments[local.id]
    assert binding(local, "counter").value == num("0")


def test_backpack_after_the_factory_returns():
    t = recorded("seed001_multiple_closure_instances.js")
    ret = steps_of(t, StepKind.RETURN, "outer() returns")[0]
    st = t.state_at(ret)
    assert [c.name for c in st.stack] == ["Global"]
    (bp,) = envs_owned(st, "outer() call #1")
    assert not bp.on_stack and bp.released_at is None
    assert binding(bp, "counter").value == num("0") and binding(bp, "counter").captured
    assert not binding(bp, "incrementCounter").captured       # kept but dimmed: nobody uses it
    (fid,) = bp.held_by
    fn = st.heap[fid]
    assert fn.name == "incrementCounter" and fn.scope == bp.id and fn.captured == ("counter",)
    assert "`counter` lives on in the backpack of `myNewFunction`" in t.narration(ret)


def test_two_calls_of_the_factory_give_two_backpacks():
    t = recorded("seed001_multiple_closure_instances.js")
    st = t.state_at(len(t) - 2)      # before the program end releases nothing; all counting done
    a = st.heap[global_value(st, "myNewFunction").id]
    b = st.heap[global_value(st, "anotherFunction").id]
    assert a.id != b.id and a.scope != b.scope
    assert st.environments[a.scope].owner == "outer() call #1"
    assert st.environments[b.scope].owner == "outer() call #2"
    assert binding(st.environments[a.scope], "counter").value == num("2")
    assert binding(st.environments[b.scope], "counter").value == num("2")


def test_counting_with_one_closure_changes_only_its_backpack():
    t = recorded("seed001_multiple_closure_instances.js")
    writes = steps_of(t, StepKind.ASSIGNED, "`counter` changes")
    firsts = [t.state_at(i).changed for i in writes]
    assert len(writes) == 4
    ids = [c[0].id for c in firsts]
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_environment_released_when_nothing_holds_it():
    t = recorded("seed001_returning_functions.js")
    ret = steps_of(t, StepKind.RETURN, "createFunction() returns")[0]
    before = t.state_at(ret - 1)
    (env,) = envs_owned(before, "createFunction() call #1")
    st = t.state_at(ret)
    assert st.released == (env.id,)
    gone = st.environments[env.id]
    assert gone.released_at == ret and not gone.on_stack and not gone.held_by
    assert env.id not in t.state_at(ret + 1).environments
    assert "its Local Memory is released" in t.narration(ret)
    # multiplyBy2 uses no outer variable: it keeps no backpack, only global memory
    after = t.state_at(steps_of(t, StepKind.DECLARED, "generatedFunc")[0])
    f = after.heap[global_value(after, "generatedFunc").id]
    assert f.name == "multiplyBy2" and f.scope is None and f.captured == ()


def test_dropping_the_last_reference_releases_the_backpack_and_the_array():
    t = recorded("pitfall_large_array_retained.js")
    null = steps_of(t, StepKind.ASSIGNED, "`findSquare` changes from the function `lookup` to null")[0]
    before = t.state_at(null - 1)
    (bp,) = envs_owned(before, "makeLookup() call #1")
    arr = binding(bp, "squares").value
    assert before.heap[arr.id].kind == "array" and len(before.heap[arr.id].elements) == 1000
    assert before.heap[arr.id].elements[12] == num("144")
    fid = global_value(before, "findSquare").id
    assert bp.held_by == (fid,)
    st = t.state_at(null)
    assert bp.id in st.released and st.environments[bp.id].released_at == null
    assert fid not in st.heap and arr.id not in st.heap
    assert global_value(st, "findSquare") == Primitive("null", "null")
    assert "the backpack of `lookup` (`squares`) is released" in t.narration(null)
    later = t.state_at(null + 1)
    assert bp.id not in later.environments and not later.released


def test_sibling_closures_share_one_backpack():
    t = recorded("pattern_private_counter_object.js")
    st = t.state_at(steps_of(t, StepKind.DECLARED, "`visits` is initialised")[0])
    clicks = st.heap[global_value(st, "clicks").id]
    methods = [st.heap[p.value.id] for p in clicks.properties]
    scopes = {m.scope for m in methods}
    assert len(methods) == 5 and len(scopes) == 1
    (scope,) = scopes
    env = st.environments[scope]
    assert set(env.held_by) == {m.id for m in methods}
    assert all(b.captured for b in env.bindings)
    visits = st.heap[global_value(st, "visits").id]
    assert {st.heap[p.value.id].scope for p in visits.properties} != scopes


def test_calls_inside_an_expression_are_steps_and_values_land_at_the_call_site():
    src = "function fib(n) {\n  if (n < 2) return n;\n  return fib(n - 1) + fib(n - 2);\n}\nconst r = fib(3);\n"
    t = record(src)
    calls = steps_of(t, StepKind.CALL)
    rets = steps_of(t, StepKind.RETURN)
    assert len(calls) == len(rets) == 5
    r = rets[0]
    assert t.step(r).range.start_line == 3 and t.narration(r).startswith("fib() returns 1")
    assert t.step(calls[1]).range.start_line == 3
    assert t.step(calls[1]).depth == t.step(calls[1] + 1).depth - 1
    final = t.state_at(len(t) - 1)
    assert global_value(final, "r") == num("2")


def test_closure_created_step_shows_the_new_function_and_its_backpack():
    t = recorded("pitfall_large_array_retained.js")
    i = steps_of(t, StepKind.CLOSURE_CREATED)[0]
    st = t.state_at(i)
    fn = [h for h in st.heap.values() if h.name == "lookup"][0]
    assert st.environments[fn.scope].owner == "makeLookup() call #1"
    assert "where it uses `squares`" in t.narration(i)


def test_console_lines_are_tagged_with_their_step():
    t = recorded("seed000_count_closure.js")
    lines = t.console
    assert [line.text for line in lines][1:] == ["1", "2", "3", "1"]
    for line in lines:
        assert t.kind(line.step) == StepKind.CONSOLE
        assert t.state_at(line.step).console[-1] == line
    assert t.state_at(lines[0].step - 1).console == ()


def test_queued_timer_and_task_run():
    src = "let n = 0;\nsetTimeout(function tick() { n = n + 1; }, 50);\nconsole.log(n);\n"
    t = record(src)
    q = steps_of(t, StepKind.QUEUED)[0]
    st = t.state_at(q)
    assert st.queues and st.queues[0].kind == "timer"
    # the callback is kept alive by the pending timer even though no variable refers to it
    assert any(h.name == "tick" for h in st.heap.values())
    run = steps_of(t, StepKind.TASK_RUN)[0]
    assert t.state_at(run).queues == ()
    assert global_value(t.state_at(len(t) - 1), "n") == num("1")


def test_exception_thrown_and_caught():
    src = "try {\n  null.x;\n} catch (e) {\n  console.log(e.message);\n}\n"
    t = record(src)
    thrown = steps_of(t, StepKind.THROWN)[0]
    caught = steps_of(t, StepKind.CAUGHT)[0]
    assert thrown < caught
    assert "TypeError: Cannot read properties of null" in t.narration(thrown)
    assert t.outcome.value == "completed"


def test_an_engine_error_is_thrown_where_it_happens_before_the_contexts_unwind():
    t = recorded("seed001_nested_function_scope.js")
    thrown = steps_of(t, StepKind.THROWN)
    rets = steps_of(t, StepKind.RETURN)
    assert len(thrown) == 1 and thrown[0] < rets[0]
    assert t.step(thrown[0]).range.start_line == 12
    assert "ReferenceError: counter is not defined" in t.narration(thrown[0])
    assert t.error_range.start_line == 12


def test_a_rethrow_is_a_new_throw():
    src = ("function a() { throw new Error('boom'); }\n"
           "function b() { try { a(); } catch (e) { throw e; } }\n"
           "try { b(); } catch (e) { console.log(e.message); }\n")
    t = record(src)
    assert [t.step(i).range.start_line for i in steps_of(t, StepKind.THROWN)] == [1, 2]
    assert len(steps_of(t, StepKind.CAUGHT)) == 2
    assert t.error_range is None and t.stdout == "boom\n"
