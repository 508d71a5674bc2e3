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


def _steps_of(trace, label: str, want_one: bool = True) -> list[int]:
    """The steps where the (single) heap item labelled ``label`` is drawn; asserts one id."""
    ids = _ids_labelled(trace, label)
    if want_one:
        assert len(ids) == 1, ids.keys()
    return next(iter(ids.values()))


def _contiguous(steps: list[int]) -> bool:
    return steps == list(range(steps[0], steps[-1] + 1))


ITERATOR = """\
const range = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => (n < 2 ? { value: n++, done: false } : { value: undefined, done: true }) };
  },
};
for (const x of range) console.log("for", x);
const [a, b] = range;
console.log([...range].length, a, b);
"""


def test_a_loop_keeps_its_iterator_and_the_backpack_of_next(tmp_path):
    """for-of, an array pattern and a spread each keep the iterator they asked for (and its `next`
    arrow with its backpack `n`) until they are done: one environment for n per loop, never released
    while the loop runs and brought back."""
    t = record(ITERATOR)
    envs: dict[int, list[int]] = {}
    for k in range(len(t)):
        for e in t.state_at(k).environments.values():
            if e.released_at is None and any(b.name == "n" for b in e.bindings):
                envs.setdefault(e.id, []).append(k)
    assert len(envs) == 3           # one per iteration protocol run: the loop, the pattern, the spread
    for steps in envs.values():
        assert _contiguous(steps)
    body = [k for k in range(len(t)) if t.kind(k) == StepKind.CONSOLE and "for" in t.narration(k)]
    first_env = next(iter(envs.values()))
    assert all(k in first_env for k in body)     # alive at each turn of the loop's body
    assert check(ITERATOR) == []
    assert t.stdout == _node(ITERATOR, tmp_path) == "for 0\nfor 1\n2 0 1\n"


TIMER_FROM_FINISHED_CALL = """\
for (const name of ["a", "b"]) {
  setTimeout(() => console.log(name), 300);   // (late enough that Node on a busy machine keeps the order)
}
setTimeout(() => {
  console.log("outer");
  setTimeout(() => console.log("inner"), 0);
}, 0);
setTimeout(() => console.log("sibling"), 0);
"""


def test_a_callback_made_in_a_finished_call_does_not_revive_that_call(tmp_path):
    """The inner timer's arrow was made in the outer callback's call, over by the time it runs: its
    environment gets no parent from that call, and the outer arrow is not registered a second time."""
    t = record(TIMER_FROM_FINISHED_CALL)
    fn_ids: dict[int, list[int]] = {}
    for k in range(len(t)):
        st = t.state_at(k)
        for i, h in st.heap.items():
            if h.kind == "function":
                fn_ids.setdefault(i, []).append(k)
    assert len(fn_ids) == 5
    assert all(_contiguous(s) for s in fn_ids.values())
    assert check(TIMER_FROM_FINISHED_CALL) == []
    assert t.stdout == _node(TIMER_FROM_FINISHED_CALL, tmp_path) == "outer\nsibling\ninner\na\nb\n"


DERIVED = """\
class Animal { constructor(name) { this.name = name; } }
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.tricks = 0;
    this.tricks++;
  }
}
class Puppy extends Dog {}
const p = new Puppy("Bit");
console.log(p.name, p.tricks);
"""


def test_a_derived_constructor_keeps_the_this_super_gave_it(tmp_path):
    """After super() the instance lives in the derived constructor's context only (no row of the call
    says so until it ends), and then in flight through Puppy's implicit constructor: one id throughout."""
    t = record(DERIVED)
    steps = _steps_of(t, "Puppy")
    assert _contiguous(steps) and steps[-1] == len(t) - 1
    after_super = [k for k in range(len(t)) if t.kind(k) == StepKind.STATEMENT and k > steps[0]]
    assert after_super and all(k in steps for k in after_super)
    assert check(DERIVED) == []
    assert t.stdout == _node(DERIVED, tmp_path) == "Bit 1\n"


CLASS_KEEPS = """\
class Secret {
  #hidden() { return "hidden"; }
  reveal() { return this.#hidden(); }
}
console.log(new Secret().reveal());
function mixin(Base) { return class extends Base { tag = "mixed"; }; }
class Note {}
const Mixed = mixin(Note);
console.log(new Mixed().tag);
class Config {
  static defaults = { debug: false };
  static { Config.defaults.debug = true; }
}
console.log(Config.defaults.debug);
function F() { this.x = 1; }
function mk() { return new F().x; }
console.log(mk() + mk());
"""


def test_a_class_keeps_what_it_installs_and_a_function_its_prototype(tmp_path):
    """A class keeps its private methods, its fields' scope and the class it extends; a static block
    runs in the class's own frame (Config is alive in it); F keeps the prototype its instances showed."""
    t = record(CLASS_KEEPS)
    assert _contiguous(_steps_of(t, "ƒ #hidden"))
    last = t.state_at(len(t) - 1)
    mixed = last.heap[_global(last, "Mixed").id]
    roles = dict(mixed.internals)
    assert "[[Prototype]]" in roles          # (its fields scope is drawn as the environment it is)
    assert roles["[[Prototype]]"] == _global(last, "Note")
    assert _contiguous(_steps_of(t, "class Config"))
    f = last.heap[_global(last, "F").id]
    proto = dict(f.internals)["prototype"]
    assert proto.id in last.heap         # drawn, kept by F (no instance is alive at the end)
    assert check(CLASS_KEEPS) == []
    assert t.stdout == _node(CLASS_KEEPS, tmp_path) == "hidden\nmixed\ntrue\n2\n"


BUILTIN_KEEPS = """\
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
function use() { return "hi".shout(); }
console.log(use());
console.log(use());
"""


def test_a_built_in_keeps_what_the_program_stores_on_it(tmp_path):
    """String.prototype lives as long as the realm: the function stored on it is never released."""
    t = record(BUILTIN_KEEPS)
    fns: dict[int, list[int]] = {}
    for k in range(len(t)):
        for i, h in t.state_at(k).heap.items():
            if h.kind == "function" and h.name != "use":    # (a member assignment gives it no name)
                fns.setdefault(i, []).append(k)
    assert len(fns) == 1
    steps = next(iter(fns.values()))
    assert _contiguous(steps) and steps[-1] == len(t) - 1
    assert check(BUILTIN_KEEPS) == []
    assert t.stdout == _node(BUILTIN_KEEPS, tmp_path) == "HI!\nHI!\n"


POP = """\
const counter = (() => { let n = 0; return () => ++n; })();
const stack = [];
stack.push({ name: "first" });
console.log(stack.pop(), stack.length, counter());
"""


def test_what_a_built_in_takes_out_is_its_result_not_garbage(tmp_path):
    """arr.pop(): the object leaves the array inside the built-in and comes back as its result; it is
    the same object throughout (never released while pop runs)."""
    t = record(POP)
    steps = _steps_of(t, "Object")
    assert _contiguous(steps)
    printed = next(k for k in range(len(t)) if t.kind(k) == StepKind.CONSOLE)
    assert printed in steps         # popped, in flight as console.log's argument across counter()'s call
    assert check(POP) == []
    assert t.stdout == _node(POP, tmp_path) == "{ name: 'first' } 0 1\n"


ENTRIES = """\
for (const [i, o] of [{ n: 1 }, { n: 2 }].entries()) {
  console.log(i, o.n);
}
"""


def test_an_array_iterator_keeps_the_array_it_iterates(tmp_path):
    """`[...].entries()`: only the iterator keeps the array (and so its objects) while the loop runs."""
    t = record(ENTRIES)
    arrays = {i: v for i, h in ((i, h) for k in range(len(t)) for i, h in t.state_at(k).heap.items())
              if h.label.startswith("Array") for v in [None]}
    assert len(arrays) == 1
    objects = _ids_labelled(t, "Object")        # the iterator and the two objects
    assert len(objects) == 3 and all(_contiguous(s) for s in objects.values())
    arr_steps = [k for k in range(len(t)) if next(iter(arrays)) in t.state_at(k).heap]
    assert _contiguous(arr_steps)
    second = next(k for k in range(len(t)) if t.kind(k) == StepKind.CONSOLE and "1 2" in t.narration(k))
    assert second in arr_steps and all(second in s for s in objects.values())
    assert check(ENTRIES) == []
    assert t.stdout == _node(ENTRIES, tmp_path) == "0 1\n1 2\n"


SUBCLASS = """\
class P extends Promise {}
const p = new P(r => r(3));
p.then(v => console.log("then", v, p instanceof P));
"""


def test_a_promise_subclass_without_a_constructor_keeps_its_promise(tmp_path):
    """`new P(executor)` with no constructor of P's own: Promise's constructor runs in the call's
    machinery, and the promise it makes lives on through the executor's return (one id)."""
    t = record(SUBCLASS)
    last = t.state_at(len(t) - 1)
    p = _global(last, "p").id
    steps = [k for k in range(len(t)) if p in t.state_at(k).heap]
    assert _contiguous(steps) and steps[-1] == len(t) - 1
    executor_return = next(k for k in range(len(t)) if t.kind(k) == StepKind.RETURN)
    assert executor_return in steps
    assert check(SUBCLASS) == []
    assert t.stdout == _node(SUBCLASS, tmp_path) == "then 3 true\n"


GENERATOR_THIS = """\
const gen = function* (n) { yield this.tag + n; };
function first() { return gen.call({ tag: "t" }, 1).next().value; }
console.log(first(), first());
"""


def test_a_paused_generator_keeps_its_this_and_arguments(tmp_path):
    """gen.call({tag}): the generator object is all that keeps the paused context, and with it the
    `this` it was called with: drawn as that context's this when it resumes, never released before."""
    t = record(GENERATOR_THIS)
    objs = _ids_labelled(t, "Object")
    assert all(_contiguous(s) for s in objs.values())
    resumed = [k for k in range(len(t)) if t.state_at(k).stack and t.state_at(k).stack[-1].name.startswith("gen")]
    assert resumed
    thises = {t.state_at(k).stack[-1].this.id for k in resumed}
    assert len(thises) == 2         # one {tag} per call of first()
    for k in resumed:
        this = t.state_at(k).stack[-1].this
        assert this.id in objs and k in objs[this.id], t.narration(k)
    for i in thises:
        on = [k for k in resumed if t.state_at(k).stack[-1].this.id == i]
        paused = [k for k in range(on[0], on[-1]) if not any(
            c.name.startswith("gen") for c in t.state_at(k).stack)]
        assert paused and all(k in objs[i] for k in paused)     # kept while only the generator holds it
    assert check(GENERATOR_THIS) == []
    assert t.stdout == _node(GENERATOR_THIS, tmp_path) == "t1 t1\n"


CUSTOM_INSPECT = """\
const custom = Symbol.for("nodejs.util.inspect.custom");
const a = { [custom](depth, options, inspect) { return "A:" + typeof inspect; } };
const b = { [custom](depth, options, inspect) { return "B:" + typeof inspect; } };
console.log(a);
console.log(b);
"""


def test_the_inspect_function_a_custom_inspector_gets_is_a_built_in(tmp_path):
    """The `inspect` passed to an [inspect.custom] method is one function for the realm's life: a
    built-in, drawn while pointed at, never a program object released and made again."""
    t = record(CUSTOM_INSPECT)
    ids = {v.id for k in range(len(t)) for c in t.state_at(k).stack if c.arguments
           for v in c.arguments[2:3]}
    assert len(ids) == 1
    assert check(CUSTOM_INSPECT) == []
    assert t.stdout == _node(CUSTOM_INSPECT, tmp_path) == "A:function\nB:function\n"


THENABLE_CTOR = """\
function Ctor(executor) {
  executor(v => console.log("resolved with", v), () => {});
  this.made = true;
}
const p = Promise.resolve.call(Ctor, 1);
console.log(p.made);
"""


def test_what_an_engine_function_is_given_is_kept_by_it(tmp_path):
    """Promise.resolve.call(Ctor): the executor the engine passes keeps the functions Ctor gives it,
    and later calls one of them: the same function (one id), not one brought back."""
    t = record(THENABLE_CTOR)
    fns: dict[int, list[int]] = {}
    for k in range(len(t)):
        for i, h in t.state_at(k).heap.items():
            if h.kind == "function" and h.name == "(anonymous)":     # the two arrows (and the executor)
                fns.setdefault(i, []).append(k)
    assert len(fns) == 3 and all(_contiguous(s) for s in fns.values())
    assert check(THENABLE_CTOR) == []
    assert t.stdout == _node(THENABLE_CTOR, tmp_path) == "resolved with 1\ntrue\n"
