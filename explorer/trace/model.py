"""The data that crosses the seam between the trace and its views.

Everything here is a frozen dataclass of plain values, easy to serialise and
to test. Values shown in a state are ``Primitive`` or ``Ref`` (a heap id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..engine.runtime import Phase   # the two phases of a context, as the engine names them


class StepKind(str, Enum):
    PROGRAM_START = "program-start"
    CONTEXT_CREATED = "context-created"      # creation phase: hoisting made visible
    STATEMENT = "statement"                  # a statement (or loop test/update) about to run
    CALL = "call"                            # arguments evaluated, a new context is pushed
    RETURN = "return"                        # value lands at the call site; context destroyed
    CLOSURE_CREATED = "closure-created"
    DECLARED = "declared"                    # a let/const/class/var declaration initialised
    ASSIGNED = "assigned"                    # a variable assigned
    PROPERTY_WRITTEN = "property-written"
    CONSOLE = "console"
    QUEUED = "queued"                        # timer / task / microtask queued
    TASK_RUN = "task-run"                    # the event loop runs a queued job
    THROWN = "thrown"
    CAUGHT = "caught"
    RELEASED = "released"                    # an environment became garbage
    PROGRAM_END = "program-end"
    ENTRY = "entry"                          # a console entry starts (after the program: same realm)
    ENTRY_RESULT = "entry-result"            # the console shows the entry's value or its uncaught error


class Outcome(str, Enum):
    COMPLETED = "completed"
    UNCAUGHT_ERROR = "uncaught-error"
    STEP_LIMIT = "step-limit"
    CANCELLED = "cancelled"
    PREVIEW = "preview"          # the first steps of a run whose full recording is still going on


class Terms(str, Enum):
    HARD_PARTS = "hard-parts"
    SPEC = "spec"
    DEVTOOLS = "devtools"


@dataclass(frozen=True, slots=True)
class SourceRange:
    start_line: int      # 1-based
    start_column: int    # 0-based
    end_line: int
    end_column: int
    piece: int = 0       # which text: 0 the program, n ``Trace.pieces[n]`` (an eval's or a Function's code)


@dataclass(frozen=True, slots=True)
class Step:
    index: int
    kind: StepKind
    range: SourceRange | None
    depth: int                       # call-stack depth (global code is 1)
    narration: dict                  # Terms -> sentence


# ---------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to a heap entry (``MemoryState.heap[id]``)."""

    id: int


@dataclass(frozen=True, slots=True)
class Primitive:
    """A primitive as a learner sees it: ``text`` is what Node's inspect would print."""

    type: str            # undefined, null, boolean, number, string, bigint, symbol, uninitialized
    text: str


Value = Ref | Primitive


@dataclass(frozen=True, slots=True)
class Binding:
    name: str
    kind: str            # var, let, const, function, param, class, catch, arguments, implicit
    value: Value
    captured: bool = False   # referenced by some living closure (bright in a backpack)


@dataclass(frozen=True, slots=True)
class EnvironmentView:
    id: int
    kind: str                        # global, function, block, catch, class, module
    owner: str                       # "outer() call #2", "block in outer() call #2", "global"
    parent: int | None               # environment id
    bindings: tuple[Binding, ...]
    on_stack: bool                   # used by a context on the call stack
    held_by: tuple[int, ...]         # heap ids of the living closures that hold it (its backpack users),
                                     # or of the paused generator whose memory it is
    released_at: int | None = None   # step index at which it became garbage (None while alive)
    paused: bool = False             # the memory of a generator or async call paused at yield/await
    awaits: int | None = None        # a paused async call's: heap id of the promise it waits for


@dataclass(frozen=True, slots=True)
class ContextView:
    name: str                        # "outer()" or "Global"
    call_line: int | None            # the line of the call site
    phase: Phase
    this: Value
    arguments: tuple[Value, ...] | None
    env_chain: tuple[int, ...]       # environment ids, innermost first
    function: int | None             # heap id of the function running
    uses_this: bool = False          # its code says `this` (a learner is shown the value it reads)
    uses_arguments: bool = False     # its code reads its own `arguments` object (an arrow has none)
    this_is_global: bool = False     # `this` is the global object (a plain call in sloppy code)
    call_piece: int = 0              # the piece the call site is in (``Trace.pieces``; 0: the program)


@dataclass(frozen=True, slots=True)
class Property:
    key: str                         # as inspect prints a key: name, 'quoted key', [Symbol(s)]
    value: Value | None              # None for accessors
    getter: bool = False
    setter: bool = False
    enumerable: bool = True


@dataclass(frozen=True, slots=True)
class HeapObject:
    id: int
    kind: str                        # object, array, function, class, map, set, promise, error, date, regexp, other
    label: str                       # "Object", "Array(3)", "ƒ incrementCounter", "Map(2)", "Promise"
    properties: tuple[Property, ...] = ()
    elements: tuple[Value, ...] = ()                 # arrays
    entries: tuple[tuple[Value, Value], ...] = ()    # Map/Set (Set: key and value the same)
    # functions
    name: str = ""
    params: tuple[str, ...] = ()
    source: SourceRange | None = None
    scope: int | None = None         # environment id of its [[Environment]] (None: global); a suspended
                                     # generator: the memory its paused call carries on in
    captured: tuple[str, ...] = ()   # names it really references from outside itself (not globals)
    # promises
    state: str = ""                  # a promise: pending, fulfilled, rejected; a generator: suspended, running, closed
    result: Value | None = None
    proto: int | None = None         # heap id of the prototype when it is the script's own object
    settles: int | None = None       # a promise's resolve or reject function: heap id of that promise
    # what it holds besides properties and elements, as the engine says (engine.edges): (role, value)
    # with roles such as "get value", "#count", "this", "prototype", "[[BoundTargetFunction]]",
    # "[[PromiseFulfillReactions]]"; a holder the panel names is drawn through these
    internals: tuple[tuple[str, Value], ...] = ()


@dataclass(frozen=True, slots=True)
class QueuedJob:
    kind: str                        # timer, interval, microtask
    id: int
    label: str                       # "setTimeout callback (100 ms)", "then callback"
    due: float = 0.0                 # virtual ms for timers
    callback: int | None = None      # heap id of the function it will call (a built-in too); None: none shown
    resumes: int | None = None       # an await's job: the environment its paused context carries on in


@dataclass(frozen=True, slots=True)
class ConsoleLine:
    step: int
    stream: str                      # stdout, stderr; a console entry's: input (its code), result, error
    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A console entry run after the program: its steps follow the program's in the same trace."""

    index: int                       # 0 for the first entry
    code: str                        # as typed
    piece: int                       # its code's piece (``Trace.pieces``, label "console"); 0: it never compiled
    start: int                       # its ENTRY step
    end: int                         # its last step (the jobs it queued included)
    result: str                      # what the console showed: its value, or "Uncaught ..." (``error``)
    error: bool                      # it, or a job it queued, ended in an uncaught error


@dataclass(frozen=True, slots=True)
class Change:
    """What a step wrote: an environment binding or an object property."""

    target: str                      # "env" or "object"
    id: int
    key: str


@dataclass(frozen=True, slots=True)
class MemoryState:
    step: int
    global_memory: tuple[Binding, ...]          # global lexical bindings first, then var/function globals
    stack: tuple[ContextView, ...]              # bottom (global) to top
    environments: dict = field(default_factory=dict)   # id -> EnvironmentView (living ones)
    heap: dict = field(default_factory=dict)           # id -> HeapObject (reachable ones)
    queues: tuple[QueuedJob, ...] = ()
    console: tuple[ConsoleLine, ...] = ()
    changed: tuple[Change, ...] = ()
    released: tuple[int, ...] = ()              # environment ids released at exactly this step
    thrown: Value | None = None                 # a THROWN step: the value on its way
