"""The compact recording: steps and writes in typed arrays, values as 64-bit codes.

A million steps must fit in memory, so nothing here is a Python object per
step. A *value code* is an int: its low three bits say what it is, the rest
carries the payload.

====  ==========================================================
tag   payload
====  ==========================================================
0     a constant: ``UNDEF``, ``NULL_C``, ``FALSE_C``, ``TRUE_C``, ``UNINIT``, ``HOLE_C``, ``ABSENT``...
1     an integer-valued number, stored directly
2     any other number: index into ``Tape.floats``
3     a string: index into ``Tape.strings``
4     a heap reference: the object's id
5     a bigint or symbol: index into ``Tape.others`` (its type and printed text)
====  ==========================================================

Environments and heap objects draw their ids from one counter, so an id alone
says which one it is (``Tape.id_kind``).
"""

from __future__ import annotations

from array import array

from .model import SourceRange

# ------------------------------------------------------------------ value codes

T_CONST, T_INT, T_FLOAT, T_STR, T_REF, T_OTHER = range(6)

UNDEF = 0
NULL_C = 8
FALSE_C = 16
TRUE_C = 24
UNINIT = 32
HOLE_C = 40
ABSENT = 48       # no value: a property that does not exist (yet)
GETTER = 56
SETTER = 64
GETSET = 72

CONST_NAMES = {UNDEF: "undefined", NULL_C: "null", FALSE_C: "false", TRUE_C: "true",
               UNINIT: "<uninitialized>", HOLE_C: "<empty>", ABSENT: "<absent>",
               GETTER: "[Getter]", SETTER: "[Setter]", GETSET: "[Getter/Setter]"}

INT_LIMIT = 1 << 52


def ref(i: int) -> int:
    return (i << 3) | T_REF


# ------------------------------------------------------------------ operations on the state

# Each write the program makes is one operation ``(op, a, b, old, new)``; the
# state at a step is the result of applying the log up to that step's end.
ENV_NEW = 1       # a=env                        create an environment (all slots <uninitialized>)
ENV_SET = 2       # a=env b=slot old new
ENV_DEL = 3       # a=env old=index in Tape.saved (its last values)
OBJ_NEW = 4       # a=obj
OBJ_DEL = 5       # a=obj                        (not undoable: fall back to a checkpoint)
PROP_SET = 6      # a=obj b=key old new          old ABSENT: the key is new (appended)
PROP_DEL = 7      # a=obj b=key old              (not undoable: key order)
ELEM_SET = 8      # a=obj b=index old new        old ABSENT: appended
ELEM_LEN = 9      # a=obj b=new length old=old length   (shrinking is not undoable)
ENTRIES = 10      # a=obj old/new=index in Tape.entries (Map/Set contents, immutable tuples)
EXTRA = 11        # a=obj old/new=index in Tape.extras (promise state and result)
HOLD = 12         # a=obj old/new=env id         a generator holds its suspended environment
GLOBAL_SET = 13   # a=global env b=key old new   a property of the global object (var, function, implicit)
PUSH = 14         # a=ctx b=env                  a context is pushed (creation phase)
POP = 15          # a=ctx b=env old=phase        a context is popped
FRAME_ENV = 16    # a=frame index old/new=env    the running environment of a frame changed
PHASE = 17        # a=frame index old/new=phase
SUSPEND = 18      # a=ctx b=env                  a suspended async context (a root while pending)
UNSUSPEND = 19    # a=ctx b=env
QUEUE_ADD = 20    # a=job row
QUEUE_DEL = 21    # a=job row b=position
NCALL_PUSH = 22   # a=payload offset             a built-in call in progress holds its function arguments,
                  #                              a for-of loop its iterable (``Hooks.hold``)
NCALL_POP = 23    # a=payload offset b=its position
FLIGHT = 24       # a=length kept old=payload of the offsets cut new=offset pushed (0: none)
                  #   values in flight (a new closure, a returned value, a call's arguments): cut to the
                  #   running frame's mark at each of its statements, pushed as expressions make them
RUNNING = 25      # old/new=payload offset (-1: none)   what the job the event loop is running holds
ELEMS_INIT = 26   # a=obj new=index in Tape.blobs         a newly seen array's (or Map/Set's) contents at once

# ------------------------------------------------------------------ steps

# step kinds, in StepKind order (the tape stores the index)
(S_PROGRAM_START, S_CONTEXT_CREATED, S_STATEMENT, S_CALL, S_RETURN, S_CLOSURE_CREATED, S_DECLARED,
 S_ASSIGNED, S_PROPERTY_WRITTEN, S_CONSOLE, S_QUEUED, S_TASK_RUN, S_THROWN, S_CAUGHT, S_RELEASED,
 S_PROGRAM_END, S_ENTRY, S_ENTRY_RESULT) = range(18)

# RETURN payload [ctx, value, flags, function]: flags
R_THREW = 1
R_SUSPENDED = 2
R_NATIVE = 4
# CALL payload [flags, function, this, args...]: flags
C_RESUMED = 1

# ------------------------------------------------------------------ kinds of ids

K_NONE = 0
K_ENV = 1
K_OBJECT = 2
K_ARRAY = 3
K_FUNCTION = 4
K_CLASS = 5
K_MAP = 6           # Map / Set contents are their elements: key, value, key, value...
K_SET = 7
K_PROMISE = 8
K_ERROR = 9
K_DATE = 10
K_REGEXP = 11
K_OTHER = 12
K_BUILTIN = 13      # an intrinsic (console, Math, a built-in function): shown by name only
K_ARGUMENTS = 14
K_GENERATOR = 15
K_WEAK = 16         # WeakMap / WeakSet: entries (key, value...) held only while their key is alive
K_NATIVE = 17       # a function implemented by the engine; what it holds (a promise, a bound target) is its entries

KIND_NAMES = {K_OBJECT: "object", K_ARRAY: "array", K_FUNCTION: "function", K_CLASS: "class",
              K_MAP: "map", K_SET: "set", K_PROMISE: "promise", K_ERROR: "error", K_DATE: "date",
              K_REGEXP: "regexp", K_OTHER: "other", K_BUILTIN: "object", K_ARGUMENTS: "array",
              K_GENERATOR: "generator", K_WEAK: "other", K_NATIVE: "function"}
FUNCTION_KINDS = (K_FUNCTION, K_CLASS)
LISTS = (K_ARRAY, K_ARGUMENTS, K_MAP, K_SET, K_WEAK)   # kinds whose mirror has a list of elements


class CodeInfo:
    """What the trace keeps of one function's code (shared by every closure made from it)."""

    __slots__ = ("name", "display_name", "params", "loc", "header", "captured", "func_kind", "source", "uses_this",
                 "globals_used", "uses_arguments")

    def __init__(self, name, display_name, params, loc, header, captured, func_kind, source, uses_this=False,
                 globals_used=(), uses_arguments=False):
        self.name = name
        self.display_name = display_name
        self.params = params
        self.loc = loc            # index of the whole function's range
        self.header = header      # index of the range "function outer(a, b)"
        self.captured = captured
        self.func_kind = func_kind
        self.source = source
        self.uses_this = uses_this
        self.globals_used = globals_used      # global names it uses: they are not in any backpack
        self.uses_arguments = uses_arguments  # its own `arguments` object (never an arrow's)


class ScopeInfo:
    __slots__ = ("kind", "names", "decl_kinds", "owner_name")

    def __init__(self, kind, names, decl_kinds, owner_name):
        self.kind = kind
        self.names = names
        self.decl_kinds = decl_kinds
        self.owner_name = owner_name


class Loc:
    __slots__ = ("range", "node_type", "text")

    def __init__(self, range_: SourceRange, node_type: str, text: str):
        self.range = range_
        self.node_type = node_type
        self.text = text          # the source text, for narration


class Tape:
    """Everything recorded, in compact form. Written by the Recorder, read by the Trace."""

    def __init__(self, source: str):
        self.source = source
        self.pieces: list = [("main", source)]   # (label, text): the program, then eval/Function code
        self.env_sizes: dict[int, int] = {}      # env id -> its size when made, for one an eval added vars to
        self.awaited: dict[int, list] = {}       # paused async context -> [(from step, promise id or 0)]
        # steps
        self.kinds = array("B")
        self.locs = array("i")
        self.depths = array("H")
        self.payloads = array("q")
        self.ends = array("I")        # length of the op log once the step's writes are in
        # the op log
        self.op = array("B")
        self.oa = array("I")
        self.ob = array("I")
        self.oold = array("q")
        self.onew = array("q")
        self.irreversible = array("I")   # positions of ops that cannot be undone, ascending
        # value tables
        self.floats = array("d")
        self.strings: list[str] = []
        self.string_ids: dict[str, int] = {}
        self.others: list[tuple[str, str]] = []
        self.other_ids: dict[tuple[str, str], int] = {}
        # property keys: raw key (str or symbol) -> index; display text
        self.keys: list[str] = []
        self.key_raw: list = []
        self.key_ids: dict = {}
        # per id (environments and objects share the counter): kind and three fields
        #   env:       a = scope index, b = raw parent env id, c = owner context
        #   function:  a = code index,  b = payload offset of its kept environments, c = name (string index)
        #   object:    a = label (string index), b = prototype id (0: none shown), c = 0
        self.id_kind = array("B", [K_NONE])
        self.id_a = array("I", [0])
        self.id_b = array("q", [0])
        self.id_c = array("I", [0])
        # contexts: function id (0: global), call number, call-site loc, this, arguments (payload), function env
        self.ctx_fn = array("I")
        self.ctx_num = array("I")
        self.ctx_loc = array("i")
        self.ctx_this = array("q")
        self.ctx_args = array("q")
        self.ctx_env = array("I")
        # side tables
        self.pl = array("q", [0])          # generic payloads: [n, items...]; offset 0 is the empty list
        self.locations: list[Loc] = []
        self.scopes: list[ScopeInfo] = []
        self.codes: list[CodeInfo] = []
        # (kind, job id, label, delay, payload offset of held values, id of the function it runs or 0,
        #  the environment of the paused context it resumes or 0)
        self.jobs: list[tuple] = []
        self.saved: list[tuple] = []       # values of released environments
        self.entries: list[tuple] = [()]   # what an object holds besides properties and elements (codes; an
        self.entry_roles: list[tuple] = [()]   # environment's id as a reference) and the role of each
        self.blobs: list = []              # contents of arrays, Maps and Sets when first seen: array('q')
        self.extras: list[tuple] = [("", UNDEF, ())]   # promise (state, result, reaction handlers)
        self.console: list = []            # ConsoleLine
        self.console_steps = array("I")
        self.hidden_keys: set[tuple[int, int]] = set()   # (object id, key) not enumerable
        self.global_env = 0
        self.global_kinds: dict[int, str] = {}           # key -> var, function, implicit
        self.global_order: list[int] = []
        self.console_entries: list = []                  # Entry, in order (console entries after the program)
        self.console_entries_started = False

    # -------------------------------------------------------------- values
    def string(self, s: str) -> int:
        i = self.string_ids.get(s)
        if i is None:
            i = self.string_ids[s] = len(self.strings)
            self.strings.append(s)
        return i

    def other(self, typ: str, text: str) -> int:
        k = (typ, text)
        i = self.other_ids.get(k)
        if i is None:
            i = self.other_ids[k] = len(self.others)
            self.others.append(k)
        return i

    def payload(self, items) -> int:
        """Store a short list of ints; returns its offset."""
        if not items:
            return 0
        off = len(self.pl)
        self.pl.append(len(items))
        self.pl.extend(items)
        return off

    def items(self, off: int):
        n = self.pl[off]
        return self.pl[off + 1: off + 1 + n]

    # -------------------------------------------------------------- ids
    def new_id(self, kind: int, a: int = 0, b: int = 0, c: int = 0) -> int:
        i = len(self.id_kind)
        self.id_kind.append(kind)
        self.id_a.append(a)
        self.id_b.append(b)
        self.id_c.append(c)
        return i

    # -------------------------------------------------------------- log
    def adopt_logs(self, steps: bytes, ops: bytes) -> None:
        """Take the recorder's packed logs: records of five int64, (kind, loc, depth, payload, end)
        per step and (op, a, b, old, new) per op, in machine order."""
        for data, names in ((steps, ("kinds", "locs", "depths", "payloads", "ends")),
                            (ops, ("op", "oa", "ob", "oold", "onew"))):
            packed = array("q")
            packed.frombytes(data)
            for k, name in enumerate(names):
                setattr(self, name, packed[k::5])

    # -------------------------------------------------------------- steps
    def __len__(self) -> int:
        return len(self.kinds)

    def step_range(self, i: int) -> tuple[int, int]:
        """The op positions [start, end) that step ``i`` applied."""
        return (self.ends[i - 1] if i > 0 else 0), self.ends[i]

    def nbytes(self) -> int:
        """Bytes held by the typed arrays (the bulk of a long recording)."""
        total = 0
        for name in ("kinds", "locs", "depths", "payloads", "ends", "op", "oa", "ob", "oold", "onew",
                     "irreversible", "floats", "id_kind", "id_a", "id_b", "id_c", "ctx_fn", "ctx_num",
                     "ctx_loc", "ctx_this", "ctx_args", "ctx_env", "pl", "console_steps"):
            a = getattr(self, name)
            total += a.itemsize * len(a)
        return total
