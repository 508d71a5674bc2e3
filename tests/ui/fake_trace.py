"""A hand-made trace with the real ``Trace`` API, so the window can be drawn before the recorder exists.

``retaining_function_memory()`` is seed001's "Retaining Function Memory",
step by step, as the Hard Parts pictures tell it.
"""

from __future__ import annotations

from dataclasses import replace

from explorer.lesson import SAMPLES_DIR, without_predict_comments
from explorer.trace.model import (
    Binding,
    Change,
    ConsoleLine,
    ContextView,
    EnvironmentView,
    HeapObject,
    MemoryState,
    Outcome,
    Phase,
    Primitive,
    QueuedJob,
    Ref,
    SourceRange,
    Step,
    StepKind,
    Terms,
)

SEED001 = SAMPLES_DIR / "seed001_retaining_function_memory.js"

UNINIT = Primitive("uninitialized", "<uninitialized>")
UNDEF = Primitive("undefined", "undefined")


def num(n: int) -> Primitive:
    return Primitive("number", str(n))


def line_range(source: str, line: int, needle: str | None = None) -> SourceRange:
    text = source.splitlines()[line - 1]
    if needle is None:
        start = len(text) - len(text.lstrip())
        return SourceRange(line, start, line, len(text.rstrip()))
    start = text.index(needle)
    return SourceRange(line, start, line, start + len(needle))


class FakeTrace:
    """Steps and states given by hand; navigation computed from depths and lines like the real one."""

    def __init__(self, source: str, entries, console=(), outcome=Outcome.COMPLETED,
                 error_message=None, error_range=None, filename="main.js"):
        self.source = source
        self.filename = filename
        self.steps = tuple(replace(step, index=i) for i, (step, _) in enumerate(entries))
        self._states = [replace(state, step=i, console=tuple(c for c in console if c.step <= i))
                        for i, (_, state) in enumerate(entries)]
        self.console = tuple(console)
        self.outcome = outcome
        self.error_message = error_message
        self.error_range = error_range
        self.entries = ()            # no console entries

    def entry_of_step(self, i: int):
        return None

    def __len__(self) -> int:
        return len(self.steps)

    def step(self, i: int) -> Step:
        return self.steps[i]

    def kind(self, i: int) -> StepKind:
        return self.steps[i].kind

    def state_at(self, i: int) -> MemoryState:
        return self._states[i]

    def narration(self, i: int, terms: Terms) -> str:
        n = self.steps[i].narration
        return n.get(terms) or n.get(Terms.HARD_PARTS, "")

    # -- navigation
    def _clamp(self, i: int) -> int:
        return max(0, min(len(self) - 1, i))

    def first(self) -> int:
        return 0

    def last(self) -> int:
        return len(self) - 1

    def step_forward(self, i: int) -> int:
        return self._clamp(i + 1)

    def step_back(self, i: int) -> int:
        return self._clamp(i - 1)

    def step_into(self, i: int) -> int:
        return self.step_forward(i)

    def step_over(self, i: int) -> int:
        depth = self.steps[i].depth
        j = i + 1
        while j < len(self) and self.steps[j].depth > depth:
            j += 1
        return self._clamp(j)

    def step_out(self, i: int) -> int:
        depth = self.steps[i].depth
        j = i + 1
        while j < len(self) and self.steps[j].depth >= depth:
            j += 1
        return self._clamp(j)

    def step_back_over(self, i: int) -> int:
        depth = self.steps[i].depth
        j = i - 1
        while j > 0 and self.steps[j].depth > depth:
            j -= 1
        return self._clamp(j)

    def run_to_line(self, i: int, line: int, forward: bool = True) -> int:
        rng = range(i + 1, len(self)) if forward else range(i - 1, -1, -1)
        for j in rng:
            r = self.steps[j].range
            if r is not None and r.start_line == line:
                return j
        return i

    def next_breakpoint(self, i: int, lines, forward: bool = True) -> int:
        rng = range(i + 1, len(self)) if forward else range(i - 1, -1, -1)
        for j in rng:
            r = self.steps[j].range
            if r is not None and r.start_line in lines and self.steps[j].kind == StepKind.STATEMENT:
                return j
        return i

    def next_change(self, i: int, target_id: int, key: str, forward: bool = True) -> int:
        rng = range(i + 1, len(self)) if forward else range(i - 1, -1, -1)
        for j in rng:
            if any(c.id == target_id and c.key == key for c in self._states[j].changed):
                return j
        return i


def _step(kind, rng, depth, sentence) -> Step:
    return Step(0, kind, rng, depth, {Terms.HARD_PARTS: sentence,
                                      Terms.SPEC: "[spec] " + sentence,
                                      Terms.DEVTOOLS: "[devtools] " + sentence})


def retaining_function_memory() -> FakeTrace:
    """seed001 "Retaining Function Memory": outer() returns incrementCounter, which keeps counter in its backpack."""
    src = SEED001.read_text(encoding="utf-8")
    # each line as written, without a `// predict` marker (line by line, so the numbers stay)
    ln = {without_predict_comments(text).strip(): k + 1 for k, text in enumerate(src.splitlines())}
    L_LET = ln["let counter = 0"]
    L_INC = ln["function incrementCounter() { counter++ }"]
    L_RET = ln["return incrementCounter"]
    L_CONST = ln["const myNewFunction = outer()"]
    L_CALL1 = ln["myNewFunction() // counter = 1"]
    L_CALL2 = ln["myNewFunction() // counter = 2"]

    GLOBAL, OUTER_ENV = 1, 2
    OUTER_FN, INC_FN = 10, 11
    outer_fn = HeapObject(OUTER_FN, "function", "ƒ outer", name="outer", params=(),
                          source=line_range(src, ln["function outer() {"]), scope=None)
    inc_fn = HeapObject(INC_FN, "function", "ƒ incrementCounter", name="incrementCounter", params=(),
                        source=line_range(src, L_INC), scope=OUTER_ENV, captured=("counter",))
    global_ctx = ContextView("Global", None, Phase.EXECUTION, Ref(99), None, (GLOBAL,), None)
    global_obj = HeapObject(99, "object", "globalThis")

    def g(my=UNINIT):
        return (Binding("myNewFunction", "const", my), Binding("outer", "function", Ref(OUTER_FN)))

    def genv(my=UNINIT):
        return EnvironmentView(GLOBAL, "global", "global", None, g(my), True, ())

    def outer_env(counter, on_stack, held=(), captured=False):
        return EnvironmentView(OUTER_ENV, "function", "outer() call #1", GLOBAL,
                               (Binding("counter", "let", counter, captured),
                                Binding("incrementCounter", "function", Ref(INC_FN), False)),
                               on_stack, held)

    def heap(*extra):
        h = {OUTER_FN: outer_fn, global_obj.id: global_obj}
        for obj in extra:
            h[obj.id] = obj
        return h

    entries = []

    def add(kind, rng, depth, sentence, state):
        entries.append((_step(kind, rng, depth, sentence), state))

    base = MemoryState(0, g(), (global_ctx,), {GLOBAL: genv()}, heap())
    add(StepKind.PROGRAM_START, None, 1,
        "The program starts: the Global Execution Context is created. In its creation phase "
        "`outer` is stored in Global Memory and `myNewFunction` is declared but <uninitialized>.", base)
    add(StepKind.STATEMENT, line_range(src, L_CONST), 1,
        "Next: `const myNewFunction = outer()`: first call `outer()`.", base)

    outer_ctx_c = ContextView("outer()", L_CONST, Phase.CREATION, UNDEF, (), (OUTER_ENV, GLOBAL), OUTER_FN)
    outer_ctx = replace(outer_ctx_c, phase=Phase.EXECUTION)
    envs = {GLOBAL: genv(), OUTER_ENV: outer_env(UNINIT, True)}
    add(StepKind.CALL, line_range(src, L_CONST, "outer()"), 2,
        "`outer()` is called: a new Execution Context is created. Creation phase: `counter` is "
        "<uninitialized> and `incrementCounter` is stored in its Local Memory.",
        MemoryState(0, g(), (global_ctx, outer_ctx_c), envs, heap(inc_fn)))
    add(StepKind.STATEMENT, line_range(src, L_LET), 2, "Next: `let counter = 0`.",
        MemoryState(0, g(), (global_ctx, outer_ctx), envs, heap(inc_fn)))
    envs = {GLOBAL: genv(), OUTER_ENV: outer_env(num(0), True)}
    add(StepKind.DECLARED, line_range(src, L_LET), 2, "`counter` is set to 0 in the Local Memory of `outer()`.",
        MemoryState(0, g(), (global_ctx, outer_ctx), envs, heap(inc_fn), changed=(Change("env", OUTER_ENV, "counter"),)))
    add(StepKind.STATEMENT, line_range(src, L_RET), 2, "Next: `return incrementCounter`.",
        MemoryState(0, g(), (global_ctx, outer_ctx), envs, heap(inc_fn)))

    kept = outer_env(num(0), False, (INC_FN,), True)
    envs = {GLOBAL: genv(), OUTER_ENV: kept}
    add(StepKind.RETURN, line_range(src, L_CONST, "outer()"), 1,
        "`outer()` returns `incrementCounter`. Its Execution Context is destroyed; `counter` survives "
        "in the backpack of `incrementCounter`.",
        MemoryState(0, g(), (global_ctx,), envs, heap(inc_fn)))
    envs = {GLOBAL: genv(Ref(INC_FN)), OUTER_ENV: kept}
    add(StepKind.DECLARED, line_range(src, L_CONST), 1,
        "`myNewFunction` is set to the function `incrementCounter` (with its backpack) in Global Memory.",
        MemoryState(0, g(Ref(INC_FN)), (global_ctx,), envs, heap(inc_fn), changed=(Change("env", GLOBAL, "myNewFunction"),)))

    next_env = 3
    counter = 0
    for line in (L_CALL1, L_CALL2):
        gm = g(Ref(INC_FN))
        add(StepKind.STATEMENT, line_range(src, line), 1, "Next: `myNewFunction()`.",
            MemoryState(0, gm, (global_ctx,), envs, heap(inc_fn)))
        call_env = EnvironmentView(next_env, "function", f"incrementCounter() call #{next_env - 2}", OUTER_ENV, (), True, ())
        ctx = ContextView("myNewFunction()", line, Phase.EXECUTION, UNDEF, (), (next_env, OUTER_ENV, GLOBAL), INC_FN)
        envs_call = {**envs, next_env: call_env}
        add(StepKind.CALL, line_range(src, line, "myNewFunction()"), 2,
            "`myNewFunction()` is called: a new Execution Context with an empty Local Memory.",
            MemoryState(0, gm, (global_ctx, ctx), envs_call, heap(inc_fn)))
        add(StepKind.STATEMENT, line_range(src, L_INC, "counter++"), 2,
            "Next: `counter++`. `counter` is not in Local Memory: it is found in the backpack.",
            MemoryState(0, gm, (global_ctx, ctx), envs_call, heap(inc_fn)))
        counter += 1
        kept = outer_env(num(counter), False, (INC_FN,), True)
        envs = {GLOBAL: genv(Ref(INC_FN)), OUTER_ENV: kept}
        add(StepKind.ASSIGNED, line_range(src, L_INC, "counter++"), 2,
            f"`counter` in the backpack becomes {counter}.",
            MemoryState(0, gm, (global_ctx, ctx), {**envs, next_env: call_env}, heap(inc_fn),
                        changed=(Change("env", OUTER_ENV, "counter"),)))
        add(StepKind.RETURN, line_range(src, line, "myNewFunction()"), 1,
            "`myNewFunction()` returns undefined. Its Execution Context is destroyed; its Local Memory is released.",
            MemoryState(0, gm, (global_ctx,), envs, heap(inc_fn), released=(next_env,)))
        next_env += 1

    add(StepKind.PROGRAM_END, None, 1, "The program ends. `counter` is 2, kept in the backpack.",
        MemoryState(0, g(Ref(INC_FN)), (global_ctx,), envs, heap(inc_fn)))
    return FakeTrace(src, entries)


def objects_and_errors() -> FakeTrace:
    """A small program with an object, an array, console output, a queued timer and an uncaught error."""
    src = (
        "const team = { owner: 'Ada', members: ['Bo', 'Cy'] };\n"
        "console.log(team.owner);\n"
        "setTimeout(function later() {}, 10);\n"
        "missing();\n"
    )
    GLOBAL = 1
    team = HeapObject(20, "object", "Object", properties=())
    members = HeapObject(21, "array", "Array(2)", elements=(Primitive("string", "'Bo'"), Primitive("string", "'Cy'")))
    from explorer.trace.model import Property
    team = replace(team, properties=(Property("owner", Primitive("string", "'Ada'")), Property("members", Ref(21))))
    later = HeapObject(22, "function", "ƒ later", name="later", scope=None,
                       source=line_range(src, 3, "function later() {}"))
    ctx = ContextView("Global", None, Phase.EXECUTION, UNDEF, None, (GLOBAL,), None)

    def state(team_value, heap, queues=(), changed=()):
        gm = (Binding("team", "const", team_value),)
        return MemoryState(0, gm, (ctx,), {GLOBAL: EnvironmentView(GLOBAL, "global", "global", None, gm, True, ())},
                           heap, queues, changed=changed)

    h = {20: team, 21: members}
    entries = [
        (_step(StepKind.PROGRAM_START, None, 1, "The program starts."), state(UNINIT, {})),
        (_step(StepKind.STATEMENT, line_range(src, 1), 1, "Next: `const team = …`."), state(UNINIT, {})),
        (_step(StepKind.DECLARED, line_range(src, 1), 1, "`team` is set to an object."),
         state(Ref(20), h, changed=(Change("env", GLOBAL, "team"),))),
        (_step(StepKind.CONSOLE, line_range(src, 2), 1, "console.log prints Ada."), state(Ref(20), h)),
        (_step(StepKind.QUEUED, line_range(src, 3), 1, "A timer is queued."),
         state(Ref(20), {**h, 22: later}, (QueuedJob("timer", 1, "setTimeout callback (10 ms)", 10.0, callback=22),))),
        (_step(StepKind.THROWN, line_range(src, 4, "missing"), 1, "ReferenceError: missing is not defined."),
         state(Ref(20), {**h, 22: later}, (QueuedJob("timer", 1, "setTimeout callback (10 ms)", 10.0, callback=22),))),
    ]
    console = (ConsoleLine(3, "stdout", "Ada"),
               ConsoleLine(5, "stderr", "Uncaught ReferenceError: missing is not defined"))
    return FakeTrace(src, entries, console, Outcome.UNCAUGHT_ERROR,
                     "ReferenceError: missing is not defined", line_range(src, 4, "missing"))
