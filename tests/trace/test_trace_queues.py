"""What each queued job will run: its callback (a built-in too), the promise a resolve settles, and the paused
memory an await's job carries on in."""

from __future__ import annotations

from trace_helpers import binding, global_value, recorded, steps_of

from explorer.trace import Primitive, Ref, StepKind, record
from explorer.trace.export import state_json


def _jobs_at_queued_steps(t, label: str) -> list[tuple[int, object]]:
    """(step, job) for each job with ``label`` at the step that queued it."""
    out = []
    for i in steps_of(t, StepKind.QUEUED):
        out.extend((i, j) for j in t.state_at(i).queues if j.label == label)
    return out


def _last_queued(t, label: str):
    i, job = _jobs_at_queued_steps(t, label)[-1]
    return t.state_at(i), job


def test_a_timer_that_calls_resolve_names_it_and_points_at_the_promise_it_settles():
    src = ("function wait(ms) {\n"
           "  return new Promise(resolve => setTimeout(resolve, ms));\n"
           "}\n"
           "const p = wait(10);\n"
           "p.then(() => console.log('waited'));\n")
    t = record(src)
    q = steps_of(t, StepKind.QUEUED)[0]
    st = t.state_at(q)
    (job,) = st.queues
    fn = st.heap[job.callback]
    assert (fn.kind, fn.label, fn.source, job.resumes) == ("function", "ƒ resolve", None, None)
    # the promise it will settle is wait's: the one p will refer to, pending until the timer fires
    assert st.heap[fn.settles].kind == "promise" and st.heap[fn.settles].state == "pending"
    later = t.state_at(steps_of(t, StepKind.STATEMENT)[-1])
    assert global_value(later, "p") == Ref(fn.settles)
    run = steps_of(t, StepKind.TASK_RUN)[0]
    assert t.state_at(run + 1).heap[fn.settles].state == "fulfilled"
    assert state_json(st)["heap"][str(fn.id)]["settles"] == fn.settles


def test_set_timeout_with_resolve_and_a_value_fulfils_that_promise_with_the_value():
    t = record("const p = new Promise(r => setTimeout(r, 5, 'done'));\n")
    st, job = _last_queued(t, "setTimeout callback (5 ms)")
    fn = st.heap[job.callback]
    end = t.state_at(len(t) - 1)
    assert fn.name == "resolve" and Ref(fn.settles) == global_value(end, "p")
    assert end.heap[fn.settles].state == "fulfilled"
    assert end.heap[fn.settles].result == Primitive("string", "'done'")


def test_queue_microtask_names_its_callback_script_or_built_in():
    src = ("const { promise, resolve } = Promise.withResolvers();\n"
           "queueMicrotask(function tick() {});\n"
           "queueMicrotask(resolve);\n")
    t = record(src)
    st = t.state_at(steps_of(t, StepKind.QUEUED)[-1])
    first, second = st.queues
    assert st.heap[first.callback].name == "tick" and st.heap[first.callback].source is not None
    assert st.heap[second.callback].label == "ƒ resolve"
    assert Ref(st.heap[second.callback].settles) == global_value(st, "promise")


def test_then_with_a_built_in_handler_names_it_and_settles_nothing():
    t = record("Promise.resolve(1).then(console.log);\n")
    st, job = _last_queued(t, "then callback (log)")
    fn = st.heap[job.callback]
    assert (fn.label, fn.source, fn.settles, job.resumes) == ("ƒ log", None, None, None)


def test_a_resolve_thenable_job_names_no_callback_not_the_handler_that_ran_before():
    t = recorded("pattern_async_promises.js")
    jobs = _jobs_at_queued_steps(t, "resolve thenable")
    assert jobs and all(job.callback is None for _, job in jobs)


def test_an_awaits_job_resumes_the_paused_calls_own_local_memory():
    """pattern_async_await: 'resume load()' names load, and leads to load()'s paused Local Memory (key = 'apple'),
    not to load's backpack (makeLoader's); the resumed context carries on in that very environment."""
    t = recorded("pattern_async_await.js")
    (i, job), *_ = _jobs_at_queued_steps(t, "resume load()")
    st = t.state_at(i)
    load = st.heap[job.callback]
    assert load.name == "load"
    env = st.environments[job.resumes]
    assert env.owner == "load() call #1" and binding(env, "key").value == Primitive("string", "'apple'")
    assert job.resumes != load.scope and not env.on_stack
    resumed = next(k for k in range(i, len(t)) if t.kind(k) == StepKind.CALL and t.state_at(k + 1).stack[-1].name
                   == "load()")
    assert t.state_at(resumed + 1).stack[-1].env_chain[0] == job.resumes
    main_jobs = _jobs_at_queued_steps(t, "resume main()")
    assert {t.state_at(k).environments[j.resumes].owner for k, j in main_jobs} == {"main() call #1"}


def test_an_await_inside_a_loop_resumes_in_the_loop_bodys_block_of_its_own_call():
    src = ("const sleep = (ms) => new Promise(r => setTimeout(r, ms));\n"
           "async function count(label) {\n"
           "  for (let i = 0; i < 2; i++) {\n"
           "    const doubled = i * 2;\n"
           "    await sleep(5);\n"
           "  }\n"
           "}\n"
           "count('a');\n"
           "count('b');\n")
    t = record(src)
    jobs = _jobs_at_queued_steps(t, "resume count()")
    assert len(jobs) == 4
    owners = []
    for i, job in jobs:
        env = t.state_at(i).environments[job.resumes]
        assert env.kind == "block" and [b.name for b in env.bindings] == ["doubled"]
        owners.append(env.owner)
    assert owners == ["block in count() call #1", "block in count() call #2"] * 2
    assert len({job.resumes for _, job in jobs}) == 4      # each iteration has its own block


def test_an_async_generators_await_resumes_its_paused_memory():
    src = ("async function* ticks(n) {\n"
           "  let k = 0;\n"
           "  while (k < n) {\n"
           "    await null;\n"
           "    yield k++;\n"
           "  }\n"
           "}\n"
           "async function main() {\n"
           "  for await (const t of ticks(2)) console.log(t);\n"
           "}\n"
           "main();\n")
    t = record(src)
    jobs = _jobs_at_queued_steps(t, "resume ticks()")
    assert jobs
    for i, job in jobs:
        st = t.state_at(i)
        assert st.heap[job.callback].name == "ticks"
        env = st.environments[job.resumes]
        assert env.owner == "ticks() call #1" and [b.name for b in env.bindings] == ["n", "k"]


def test_the_engines_nameless_helpers_are_not_named_as_callbacks():
    """Promise.all's element functions and finally's wrappers are built-ins the program never wrote or named:
    their jobs name no callback, while the script's own handler is named (and a promise's resolve, which
    adopting finally's result uses, with the promise it settles)."""
    src = ("const all = Promise.all([Promise.resolve(1), 2]);\n"
           "all.finally(function done() {});\n"
           "all.then(function show(v) {});\n")
    t = record(src)
    named = set()
    for i in steps_of(t, StepKind.QUEUED):
        st = t.state_at(i)
        for j in st.queues:
            fn = st.heap.get(j.callback)
            if fn is not None:
                named.add(fn.label)
                assert fn.source is not None or st.heap[fn.settles].kind == "promise"
    assert "ƒ show" in named and named <= {"ƒ show", "ƒ resolve", "ƒ reject"}


def test_a_paused_generator_or_async_call_has_its_memory_marked_paused_only_while_off_the_stack():
    src = ("function* count() {\n"
           "  let n = 0;\n"
           "  while (true) yield n++;\n"
           "}\n"
           "const it = count();\n"
           "it.next();\n"
           "async function later() {\n"
           "  const x = 1;\n"
           "  await null;\n"
           "  return x;\n"
           "}\n"
           "later();\n")
    t = record(src)
    owners = {"count() call #1": [], "later() call #1": []}
    for i in range(len(t)):
        st = t.state_at(i)
        running = {e for ctx in st.stack for e in ctx.env_chain}
        for e in st.environments.values():
            if e.owner in owners and e.kind == "function" and e.released_at is None:
                owners[e.owner].append(e.paused)
                # paused exactly when the call is neither running nor finished
                assert not (e.paused and e.id in running)
    for owner, seen in owners.items():
        assert True in seen and False in seen, owner      # paused at some steps, running at others
    # the generator's memory, paused at its yield, is held by its generator object
    after = t.state_at(steps_of(t, StepKind.RETURN)[-1])
    (gen_env,) = [e for e in after.environments.values() if e.owner == "count() call #1" and e.kind == "function"]
    assert gen_env.paused and after.heap[gen_env.held_by[0]].label == "Generator"
