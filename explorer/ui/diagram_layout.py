"""What the memory diagram draws for one step, and where: boxes, rows and arrows.

Pure geometry from a ``MemoryState``: no widgets here, text widths come from a
``measure`` callable, so the layout can be tested and listed (``Drawing.summary``)
without looking at pixels. The renderer (``diagram.py``) only paints this.

Left column: Global Memory, then the Call Stack (newest context on top, the
Global Execution Context at the bottom), then the queues. Right column: the
backpacks (environments that outlive their execution context) and the heap
objects, in the order the rows on the left first point at them, so arrows run
mostly left to right and top to bottom.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from explorer.trace.model import (
    ContextView, EnvironmentView, HeapObject, MemoryState, Phase, Primitive, QueuedJob, Ref,
)

from explorer.ui.terms import Labels

# Sizes in scene pixels at zoom 1 (the view scales them; fonts are in pixels too).
ROW_H = 26
TITLE_H = 32
SUBTITLE_H = 20
SECTION_H = 22
NOTE_H = 22
PAD = 10
GAP_Y = 14
COL_GAP = 56
MARGIN = 16
HEADER_H = 26
MAX_ROWS = 10          # rows of one object/array before "… n more"
MIN_LEFT_W, MIN_RIGHT_W, MAX_COL_W = 250, 220, 520
CHIP_PAD = 16          # room around the text of a chip (function, object, <uninitialized>)
TAG_GAP = 8            # between a declaration tag and the name
HANDLE_H = 12          # the handle on top of a backpack


class Metrics:
    """The sizes above for one font scale: text grows, so rows, paddings and gaps grow with it."""

    def __init__(self, scale: float = 1.0):
        self.scale = scale
        self.row_h = ROW_H * scale
        self.title_h = TITLE_H * scale
        self.subtitle_h = SUBTITLE_H * scale
        self.section_h = SECTION_H * scale
        self.note_h = NOTE_H * scale
        self.pad = PAD * scale
        self.gap_y = GAP_Y * scale
        self.col_gap = COL_GAP * scale
        self.margin = MARGIN * scale
        self.header_h = HEADER_H * scale
        self.min_left_w = MIN_LEFT_W * scale
        self.min_right_w = MIN_RIGHT_W * scale
        self.max_col_w = MAX_COL_W * scale
        self.chip_pad = CHIP_PAD * scale
        self.tag_gap = TAG_GAP * scale
        self.handle_h = HANDLE_H * scale

# declaration kinds worth a tag left of the name (a function's chip already says what it is)
SHOWN_TAGS = ("var", "let", "const", "param", "class", "catch")
Measure = Callable[[str, str], float]   # (text, font kind: title, row, small, chip or note) -> width in pixels


@dataclass
class Row:
    name: str
    text: str                     # the value as shown ("0", "ƒ incrementCounter", "<uninitialized>")
    vkind: str                    # number, string, boolean, undefined, null, tdz, function, object, ...
    tag: str = ""                 # declaration kind: let, const, var, param, function...
    target: int | None = None     # heap id the value refers to
    changed: bool = False
    dim: bool = False             # a binding no closure keeps (in a backpack)
    special: bool = False         # `this` / `arguments`
    full_text: str = ""           # unelided value for the tooltip
    y: float = 0.0                # relative to the box
    chip_x: float = 0.0           # value start, relative to the box
    chip_w: float = 0.0


@dataclass
class Section:
    label: str
    row_index: int                # the first row of the section
    y: float = 0.0


@dataclass
class Box:
    key: str
    kind: str                     # global, context, global-context, backpack, object, queue, released
    title: str
    subtitle: str = ""
    badge: str = ""               # the phase of a context
    badge_kind: str = ""          # creation / execution
    rows: list[Row] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    note: str = ""
    env_id: int | None = None
    heap_id: int | None = None
    function_id: int | None = None   # the function a context runs
    origin: str = ""              # key of a box this one grew out of (for the animation)
    ghost: bool = False           # released/destroyed at this step: drawn faded, once
    empty_text: str = ""
    bag: bool = True              # a backpack is drawn with a handle; a paused call's memory (same kind) is not
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0


@dataclass
class Arrow:
    kind: str                     # ref, backpack, scope, parent, callback (a queued job to its function's memory)
    src: str                      # box key
    src_row: int                  # row index, -1 for the box's title bar
    dst: str                      # box key
    label: str = ""


@dataclass(frozen=True)
class Thrown:
    """An exception on its way down the call stack; ``uncaught``: nothing caught it and the program stopped."""

    uncaught: bool = False
    message: str = ""            # "ReferenceError: counter is not defined", when the trace gives it
    line: int | None = None      # where it was thrown
    value: object = None         # the value thrown, as the trace's THROWN step says (a Ref or a Primitive)


@dataclass
class Header:
    text: str
    x: float
    y: float


@dataclass
class Drawing:
    boxes: list[Box]
    arrows: list[Arrow]
    headers: list[Header]
    width: float
    height: float
    bulges: bool = False          # arrows between boxes of the right column curve out past its right edge
    wide_gap: bool = False        # arrows from queued jobs need room between the columns
    gap: float = COL_GAP          # the room between the columns, in scene pixels

    def box(self, key: str) -> Box | None:
        for b in self.boxes:
            if b.key == key:
                return b
        return None

    def summary(self) -> dict:
        """What was drawn, as plain data: for tests and for "what does the panel show?"."""
        return {
            "boxes": [
                {
                    "key": b.key, "kind": b.kind, "title": b.title, "subtitle": b.subtitle,
                    "badge": b.badge, "ghost": b.ghost, "note": b.note, "bag": b.kind == "backpack" and b.bag,
                    "rows": [(r.name, r.full_text or r.text) for r in b.rows],
                    "changed": [r.name for r in b.rows if r.changed],
                    "dim": [r.name for r in b.rows if r.dim],
                }
                for b in self.boxes
            ],
            "arrows": [
                (a.kind, a.src, self._row_name(a.src, a.src_row), a.dst) for a in self.arrows
            ],
        }

    def _row_name(self, key: str, index: int) -> str:
        b = self.box(key)
        if b is None or index < 0 or index >= len(b.rows):
            return ""
        return b.rows[index].name


# ------------------------------------------------------------------ values


def value_text(value, heap: dict) -> tuple[str, str, int | None]:
    """(text, kind, heap id) of a value as a row shows it."""
    if isinstance(value, Primitive):
        if value.type == "uninitialized":
            return "<uninitialized>", "tdz", None
        return value.text, value.type, None
    if isinstance(value, Ref):
        obj = heap.get(value.id)
        if obj is None:
            return "(gone)", "missing", None
        if obj.kind == "function":
            return function_label(obj), "function", value.id
        if obj.kind == "class":
            return obj.label or f"class {obj.name}", "function", value.id
        return obj.label or obj.kind, "object", value.id
    return "?", "missing", None


def function_label(obj: HeapObject) -> str:
    if obj.label:
        return obj.label if obj.label.startswith("ƒ") else "ƒ " + obj.label
    return "ƒ " + (obj.name or "anonymous")


# ------------------------------------------------------------------ the key


def legend(t: Labels) -> list[tuple[str, str]]:
    """What each shape and line of the diagram means, in the terminology shown: (what you see, what it is)."""
    return [
        (f"{t.global_memory} box", "the global variables: alive for the whole program"),
        (f"{t.execution_context} box", f"one call on the {t.call_stack}, with its {t.local_memory}; "
                                       "newest on top, gone when the call returns"),
        (f"{t.backpack} (a box with a handle)", "an environment that outlived its call because a function "
                                                "keeps it; bright rows are the variables some function uses, "
                                                "dimmed rows are variables no function uses, which V8 "
                                                f"does not keep ({t.not_kept})"),
        ("plain box on the right", "an object, array, Map, promise... on the heap; rows in [[double brackets]] "
                                   "or named get/set/#private are what it holds besides its properties"),
        ("solid arrow", "a reference: the variable or property holds that object"),
        ("thick solid arrow", "a function's backpack: the environment it closes over"),
        ("dashed arrow", "the running call's function and the backpack its code reads"),
        ("dotted arrow", "an environment's outer environment (the scope chain)"),
        ("short dashes from a queue", "a queued job and the function (or paused call) it will run"),
        ("faded box", f"{t.released} at this step: nothing can reach it any more"),
    ]


# ------------------------------------------------------------------ the layout


class Layout:
    """Builds the ``Drawing`` of one state. ``prev`` (the state one step before) gives the ghosts."""

    def __init__(self, labels: Labels, measure: Measure,
                 min_widths: tuple[float, float] | None = None, metrics: Metrics | None = None,
                 wide_gap: bool = False, piece_labels: tuple[str, ...] = ()):
        self.t = labels
        self.piece_labels = piece_labels  # the label of each piece of code (Trace.pieces): "console", "eval"…
        self.measure = measure
        self.m = metrics if metrics is not None else Metrics(1.0)
        self.min_widths = min_widths if min_widths is not None else (self.m.min_left_w, self.m.min_right_w)
        self.wide_gap = wide_gap      # kept for a whole trace, as the widths are, so the columns hold still

    def _where(self, line: int, piece: int = 0) -> str:
        """``line 7`` of the program, ``the console`` for a console entry's code, ``line 1 of the eval code``."""
        if not piece or piece >= len(self.piece_labels):
            return f"line {line}"
        label = self.piece_labels[piece]
        return "the console" if label == "console" else f"line {line} of the {label} code"

    # -- which environment belongs where
    @staticmethod
    def own_envs(ctx: ContextView, state: MemoryState) -> list[int]:
        """The environments a context created itself (its Local Memory and blocks), innermost first."""
        fn = state.heap.get(ctx.function) if ctx.function is not None else None
        scope = fn.scope if fn is not None else None
        own = []
        for env_id in ctx.env_chain:
            if scope is not None and env_id == scope:
                break
            env = state.environments.get(env_id)
            if env is not None and env.kind == "global":
                if ctx.function is None:
                    continue
                break
            own.append(env_id)
        return own

    def build(self, state: MemoryState, prev: MemoryState | None = None, thrown: Thrown | None = None) -> Drawing:
        heap = state.heap
        envs = state.environments
        changed_env = {(c.id, c.key) for c in state.changed if c.target == "env"}
        changed_obj = {(c.id, c.key) for c in state.changed if c.target == "object"}
        global_ids = {e.id for e in envs.values() if e.kind == "global"}
        if state.stack:
            global_ids.update(i for i in state.stack[0].env_chain
                              if envs.get(i) is not None and envs[i].kind == "global")
        changed_global = {key for (i, key) in changed_env if i in global_ids or i not in envs}

        owned: dict[int, int] = {}       # env id -> stack index of the context that owns it
        for k, ctx in enumerate(state.stack):
            for env_id in self.own_envs(ctx, state):
                owned.setdefault(env_id, k)
        backpack_ids = [e.id for e in envs.values()
                        if e.kind != "global" and e.id not in owned and e.released_at is None]
        backpack_set = set(backpack_ids)

        left: list[Box] = []
        right_order: list[str] = []
        right_boxes: dict[str, Box] = {}
        arrows: list[Arrow] = []

        # -- Global Memory
        gbox = Box("global", "global", self.t.global_memory, empty_text="(empty)")
        for b in state.global_memory:
            gbox.rows.append(self._binding_row(b, heap, (b.name in changed_global)))
        left.append(gbox)

        # -- the call stack, newest first
        ctx_boxes: list[Box] = []
        for k in range(len(state.stack) - 1, -1, -1):
            ctx = state.stack[k]
            ctx_boxes.append(self._context_box(k, ctx, state, changed_env))

        # -- ghosts of contexts popped at this step
        ghosts_left: list[Box] = []
        ghosts_right: list[Box] = []
        origins: dict[int, str] = {}     # backpack env id -> the ghost context it grew out of
        if prev is not None:
            prev_owned: dict[int, int] = {}
            for k, ctx in enumerate(prev.stack):
                for env_id in self.own_envs(ctx, prev):
                    prev_owned.setdefault(env_id, k)
            for k in range(len(prev.stack) - 1, len(state.stack) - 1, -1):
                ctx = prev.stack[k]
                ghost = self._context_box(k, ctx, prev, set())
                ghost.ghost = True
                ghost.kind = "context"
                ghost.key = f"ghost:{ghost.key}"
                own = self.own_envs(ctx, prev)
                survived = [e for e in own if e in backpack_set]
                if any(envs[e].paused for e in survived):
                    # left the stack at await/yield: its memory waits to carry on, it is no backpack
                    ghost.note = f"paused: left the {self.t.call_stack.lower()}; its {self.t.local_memory} waits to resume"
                elif survived:
                    ghost.note = self.t.survives
                else:
                    ghost.note = self.t.released_local
                for row in ghost.rows:
                    if row.vkind != "function":
                        row.target = None
                for env_id in survived:
                    origins[env_id] = ghost.key.removeprefix("ghost:")
                ghosts_left.append(ghost)
            for env_id in state.released:
                # (the state lists a released environment too, marked released_at: drawn as a ghost, once)
                if env_id in prev_owned or env_id in envs and envs[env_id].released_at is None:
                    continue
                env = prev.environments.get(env_id)
                if env is None or env.kind == "global":
                    continue
                gb = self._backpack_box(env, prev, set())
                gb.key = f"ghost:env:{env_id}"
                gb.kind = "backpack"
                gb.ghost = True
                gb.note = self.t.released
                for row in gb.rows:
                    row.target = None
                ghosts_right.append(gb)

        stack_boxes = ghosts_left + ctx_boxes
        left.extend(stack_boxes)
        exception_at = len(left) - len(ctx_boxes)     # between the contexts it left and those it goes through

        # -- queues
        timers = [q for q in state.queues if q.kind in ("timer", "interval")]
        micro = [q for q in state.queues if q.kind not in ("timer", "interval")]
        queued: dict[tuple[str, int], QueuedJob] = {}
        for key, title, jobs in (("queue:micro", self.t.microtasks, micro), ("queue:timers", self.t.timers, timers)):
            if jobs:
                qb = Box(key, "queue", title)
                for n, job in enumerate(jobs, 1):
                    queued[(key, n - 1)] = job
                    qb.rows.append(self._job_row(n, job, heap))
                left.append(qb)

        # -- the right column, in the order the left column points at things
        def visit_job(src_key: str, row_index: int, row: Row) -> None:
            """A queued job points at the memory its callback will find its variables in: for an await's job,
            the paused call's own Local Memory; for a promise's resolve (or reject), the promise it settles."""
            fn = heap.get(row.target)
            if fn is None:
                return
            job = queued[(src_key, row_index)]
            env_id = job.resumes if job.resumes in envs else fn.scope
            if fn.source is None and job.resumes is None:      # a built-in: no variables of its own
                if fn.settles not in heap:
                    return
                dst = f"obj:{fn.settles}"
                visit_object(heap[fn.settles])
            elif env_id is None or env_id in global_ids:
                dst = "global"
            elif env_id in backpack_set:
                dst = f"env:{env_id}"
                visit_backpack(env_id)
            elif env_id in owned:         # set up by a context still running: its Local Memory
                dst = ctx_boxes[len(state.stack) - 1 - owned[env_id]].key
            else:
                return
            arrows.append(Arrow("callback", src_key, row_index, dst))

        def visit_value(src_key: str, row_index: int, row: Row) -> None:
            if row.target is None:
                return
            if src_key.startswith("queue:"):
                visit_job(src_key, row_index, row)
                return
            obj = heap.get(row.target)
            if obj is None:
                return
            if obj.kind == "function" and not (obj.scope is None and obj.internals) or \
                    obj.kind == "class" and not obj.internals:
                if obj.scope is not None and obj.scope in backpack_set:
                    dst = f"env:{obj.scope}"
                    if dst != src_key:        # a function inside its own backpack: no loop arrow
                        arrows.append(Arrow("backpack", src_key, row_index, dst))
                    visit_backpack(obj.scope)
                    lexical_this = next((v for role, v in obj.internals if role == "this"), None)
                    if lexical_this is not None:
                        add_this_row(dst, lexical_this)
                return
            dst = f"obj:{obj.id}"
            arrows.append(Arrow("ref", src_key, row_index, dst))
            visit_object(obj)

        def add_this_row(key: str, value) -> None:
            """An arrow's `this` is its outer call's, kept with the backpack it closes over: drawn there, once."""
            box = right_boxes[key]
            if any(r.name == "this" for r in box.rows):
                return
            text, vkind, target = value_text(value, heap)
            box.rows.append(Row("this", text, vkind, target=target, special=True, full_text=text))
            visit_value(key, len(box.rows) - 1, box.rows[-1])

        def visit_rows(box: Box) -> None:
            for n, row in enumerate(box.rows):
                visit_value(box.key, n, row)

        def visit_backpack(env_id: int) -> None:
            key = f"env:{env_id}"
            if key in right_boxes:
                return
            env = envs[env_id]
            box = self._backpack_box(env, state, changed_env)
            if env_id in origins:
                box.origin = origins[env_id]
            right_boxes[key] = box
            right_order.append(key)
            visit_rows(box)
            if env.awaits is not None and env.awaits in heap:
                # a paused async call waits for this promise: once it settles, a job resumes the call here
                arrows.append(Arrow("ref", key, -1, f"obj:{env.awaits}", "awaits"))
                visit_object(heap[env.awaits])
            if env.parent is not None and env.parent in backpack_set:
                arrows.append(Arrow("parent", key, -1, f"env:{env.parent}", "outer"))
                visit_backpack(env.parent)
            elif env.parent is not None and env.parent in owned:
                owner_box = ctx_boxes[len(state.stack) - 1 - owned[env.parent]]
                arrows.append(Arrow("parent", key, -1, owner_box.key, "outer"))

        def visit_object(obj: HeapObject) -> None:
            key = f"obj:{obj.id}"
            if key in right_boxes:
                return
            box = self._object_box(obj, heap, changed_obj)
            right_boxes[key] = box
            right_order.append(key)
            visit_rows(box)
            if obj.kind == "class" and obj.scope in backpack_set:
                # a class drawn with its members also keeps its scope (its constructor's, its fields')
                arrows.append(Arrow("backpack", key, -1, f"env:{obj.scope}"))
                visit_backpack(obj.scope)
            if obj.kind == "generator" and obj.scope in backpack_set:
                # a suspended generator holds its paused call's memory: the arrow leaves its state row
                state_row = next(n for n, r in enumerate(box.rows) if r.name == "[[GeneratorState]]")
                arrows.append(Arrow("backpack", key, state_row, f"env:{obj.scope}"))
                visit_backpack(obj.scope)

        for box in left:
            if box.ghost:
                for n, row in enumerate(box.rows):
                    obj = heap.get(row.target) if row.target is not None else None
                    if obj is not None and obj.kind == "function":
                        visit_value(box.key, n, row)
                continue
            if box.kind in ("context", "global-context") and box.function_id is not None:
                fn = heap.get(box.function_id)
                if fn is not None and fn.scope is not None and fn.scope in backpack_set:
                    arrows.append(Arrow("scope", box.key, -1, f"env:{fn.scope}", "scope"))
                    visit_backpack(fn.scope)
            visit_rows(box)
        for env_id in backpack_ids:       # kept alive by paused or pending work, not by a function shown
            visit_backpack(env_id)

        if thrown is not None:
            box = self._thrown_box(thrown, heap, thrown.value if thrown.value is not None else state.thrown)
            left.insert(exception_at, box)
            stack_boxes = ghosts_left + [box] + ctx_boxes
        right = [right_boxes[k] for k in right_order] + ghosts_right
        pointed = {a.dst for a in arrows if a.kind in ("backpack", "callback")}
        for box in right:
            if box.kind == "backpack" and not box.ghost and box.key not in pointed and box.env_id in envs \
                    and not envs[box.env_id].paused:
                holders = [heap[h] for h in envs[box.env_id].held_by if h in heap]
                if holders and not any(r.dim for r in box.rows):
                    names = ", ".join(function_label(h) for h in holders[:2])
                    more = f" and {len(holders) - 2} more" if len(holders) > 2 else ""
                    box.note = f"kept by {names}{more}"

        # -- geometry
        M = self.m
        left_w = self._column_width(left, self.min_widths[0])
        right_w = self._column_width(right, self.min_widths[1])
        headers: list[Header] = []
        x_left = M.margin
        wide_gap = self.wide_gap or any(a.kind == "callback" for a in arrows)
        x_right = M.margin + left_w + self.gap(wide_gap)
        y = M.margin
        first_stack = stack_boxes[0] if stack_boxes else None
        for box in left:
            if box is first_stack:
                headers.append(Header(self.t.call_stack, x_left, y))
                y += M.header_h
            self._place(box, x_left, y, left_w)
            y += box.h + M.gap_y
        height = y
        y = M.margin
        first_backpack = next((b for b in right if b.kind == "backpack" and b.bag), None)
        first_object = next((b for b in right if b.kind == "object"), None)
        if first_object is not None and any(b.kind == "backpack" for b in right[right.index(first_object):]):
            first_object = None           # objects among the backpacks: one header would mislabel them
        for box in right:
            if box is first_backpack:
                headers.append(Header(self.t.backpacks, x_right, y))
                y += M.header_h
            if box is first_object:
                headers.append(Header(self.t.heap, x_right, y))
                y += M.header_h
            if box.kind == "backpack" and box.bag:
                y += M.handle_h           # room for the bag's handle, clear of the header above
            self._place(box, x_right, y, right_w)
            y += box.h + M.gap_y
        height = max(height, y) + M.margin - M.gap_y
        keep = {b.key for b in left} | {b.key for b in right}
        arrows = [a for a in arrows if a.src in keep and a.dst in keep]
        right_keys = {b.key for b in right}
        bulges = any(a.src in right_keys and a.dst in right_keys for a in arrows)
        return Drawing(left + right, arrows, headers, self.width_for(left_w, right_w, bulges, wide_gap), height,
                       bulges, wide_gap, self.gap(wide_gap))

    def gap(self, wide: bool) -> float:
        """The room between the columns: twice as much when queued jobs send their arrows through it too."""
        return self.m.col_gap * (2 if wide else 1)

    def width_for(self, left_w: float, right_w: float, bulges: bool, wide_gap: bool = False) -> float:
        """The drawing's width for these column widths (arrows between right-hand boxes bulge out on the right)."""
        M = self.m
        return M.margin + left_w + self.gap(wide_gap) + right_w + M.margin + (70 if bulges else 8) * M.scale

    # -- boxes
    def _binding_row(self, b, heap: dict, changed: bool, in_backpack: bool = False) -> Row:
        text, vkind, target = value_text(b.value, heap)
        tag = b.kind if b.kind in SHOWN_TAGS else ""
        row = Row(b.name, text, vkind, tag=tag, target=target, changed=changed, full_text=text)
        if in_backpack and not b.captured:
            row.dim = True
        if vkind == "tdz":
            row.text = row.full_text = self.t.uninitialized
        return row

    @staticmethod
    def _job_row(n: int, job: QueuedJob, heap: dict) -> Row:
        """One queued job: what it is, and the function it will call as a chip, as a binding shows one."""
        fn = heap.get(job.callback) if job.callback is not None else None
        if fn is None or fn.kind not in ("function", "class"):
            return Row(f"{n}. {job.label}", "", "queue")
        text = function_label(fn)
        return Row(f"{n}. {job.label}", text, "function", target=fn.id, full_text=text)

    def _context_box(self, k: int, ctx: ContextView, state: MemoryState, changed_env: set) -> Box:
        is_global = ctx.function is None and k == 0
        if is_global:
            box = Box("ctx:0:global", "global-context", self.t.global_context)
            box.subtitle = self.t.global_note
        else:
            box = Box(f"ctx:{k}:{ctx.name}", "context", ctx.name, function_id=ctx.function)
            box.badge = self.t.creation if ctx.phase == Phase.CREATION else self.t.execution
            box.badge_kind = "creation" if ctx.phase == Phase.CREATION else "execution"
            box.subtitle = self.t.execution_context
        heap = state.heap
        fn = heap.get(ctx.function) if ctx.function is not None else None
        if not is_global:
            if ctx.name.startswith("(anonymous)") and fn is not None and fn.source is not None:
                box.subtitle += f" · function on {self._where(fn.source.start_line, fn.source.piece)}"
            if ctx.call_line:
                box.subtitle += f" · called from {self._where(ctx.call_line, ctx.call_piece)}"
        own = self.own_envs(ctx, state)
        for env_id in reversed(own):        # outermost (the Local Memory) first, then blocks
            env = state.environments.get(env_id)
            if env is None:
                continue
            if env.kind == "with":      # an object environment: its rows are the object's properties
                label = f"{env.owner.split(' in ')[0]} · properties of its object"
            elif env.owner.startswith("static block"):     # run by the class as it is made: not a call's
                label = f"{self.t.block_memory} ({env.owner})"
            elif env.kind == "function" or (not is_global and env_id == own[-1]):
                label = self.t.local_memory
            else:
                label = f"{self.t.block_memory} ({env.kind})" if env.kind not in ("block",) else self.t.block_memory
            box.sections.append(Section(label, len(box.rows)))
            for b in env.bindings:
                box.rows.append(self._binding_row(b, heap, (env_id, b.name) in changed_env))
            if box.env_id is None:
                box.env_id = env_id
        if not is_global:
            this_obj = heap.get(ctx.this.id) if isinstance(ctx.this, Ref) else None
            method_call = this_obj is not None and this_obj.kind not in ("function", "class") and \
                not ctx.this_is_global
            if ctx.uses_this or method_call:
                text, vkind, target = value_text(ctx.this, heap)
                box.rows.append(Row("this", text, vkind, target=target, special=True, full_text=text))
            has_binding = any(b.name == "arguments" for e in own if e in state.environments
                              for b in state.environments[e].bindings)
            if ctx.arguments is not None and ctx.uses_arguments and not has_binding:
                parts = [value_text(v, heap)[0] for v in ctx.arguments]
                text = "[" + ", ".join(parts) + "]"
                box.rows.append(Row("arguments", text, "object", special=True, full_text=text))
        if not box.rows and not is_global:
            box.empty_text = "(empty)"
        return box

    def _thrown_box(self, thrown: Thrown, heap: dict, value) -> Box:
        """The exception in flight, or the one that stopped the program: what it is and where it came from.
        ``value``: the value the trace says is on its way (a THROWN step), or None."""
        kind, message = "", ""
        if thrown.message:
            kind, _, message = thrown.message.partition(": ")
        elif isinstance(value, Ref) and value.id in heap:
            error = heap[value.id]
            if error.kind == "error":
                kind = error.label or "Error"
                message = next((p.value.text.strip("'\"") for p in error.properties
                                if p.key == "message" and isinstance(p.value, Primitive)), "")
        if thrown.uncaught:
            title = f"Uncaught {kind}" if kind else "Uncaught exception"
            note = "no catch block took it: the program stops"
        else:
            title = f"Thrown: {kind}" if kind else "An exception is thrown"
            note = "it leaves each context until a catch block takes it"
        if thrown.line is not None:
            note += f" (thrown at line {thrown.line})"
        return Box("exception", "exception", title, subtitle=message, note=note)

    def _backpack_box(self, env: EnvironmentView, state: MemoryState, changed_env: set) -> Box:
        owner = env.owner or env.kind
        if env.paused:
            # not a backpack: the memory of a call that left the stack at await/yield and will come back to it
            memory = self.t.local_memory if env.kind == "function" else self.t.block_memory
            box = Box(f"env:{env.id}", "backpack", f"{memory} (paused)", subtitle=f"of {owner}", env_id=env.id,
                      empty_text="(empty)", bag=False)
        else:
            box = Box(f"env:{env.id}", "backpack", self.t.backpack, subtitle=f"from {owner}", env_id=env.id,
                      empty_text="(empty)")
        for b in env.bindings:   # the paused call uses all of its memory: nothing is dimmed
            box.rows.append(self._binding_row(b, state.heap, (env.id, b.name) in changed_env,
                                              in_backpack=not env.paused))
        if any(r.dim for r in box.rows):
            # about the variables, not the backpack: the backpack itself is kept by the functions it names
            box.note = "dimmed: variables no function uses (V8 drops them)"
        if env.paused and env.held_by:       # held by its generator object
            box.note = "paused at yield: the generator's next() carries on here"
        elif env.paused and env.awaits is not None:
            box.note = "paused at await: once the promise it waits for settles, the call carries on here"
        elif env.paused:
            box.note = "paused at await: the call carries on here once the awaited value is ready"
        elif not env.held_by:
            box.note = "kept alive by paused or pending work"
        return box

    def _object_box(self, obj: HeapObject, heap: dict, changed_obj: set) -> Box:
        box = Box(f"obj:{obj.id}", "object", obj.label or obj.kind, heap_id=obj.id, empty_text="(empty)")
        rows: list[Row] = []
        total = 0
        if obj.kind == "array" or obj.elements:
            total = len(obj.elements)
            for n, v in enumerate(obj.elements[:MAX_ROWS]):
                text, vkind, target = value_text(v, heap)
                rows.append(Row(str(n), text, vkind, target=target, changed=(obj.id, str(n)) in changed_obj,
                                full_text=text))
        if obj.entries:
            total += len(obj.entries)
            for k, v in obj.entries[:MAX_ROWS]:
                ktext = value_text(k, heap)[0]
                if obj.kind == "set":
                    text, vkind, target = value_text(v, heap)
                    rows.append(Row("•", text, vkind, target=target, full_text=text))
                else:
                    text, vkind, target = value_text(v, heap)
                    rows.append(Row(ktext, text, vkind, target=target, full_text=text))
        if obj.kind == "generator" and obj.state:
            rows.append(Row("[[GeneratorState]]", obj.state, "string", special=True, full_text=obj.state))
        if obj.kind == "promise" and obj.state:
            rows.append(Row("[[PromiseState]]", obj.state, "string", special=True, full_text=obj.state))
            if obj.result is not None and obj.state != "pending":
                text, vkind, target = value_text(obj.result, heap)
                rows.append(Row("[[PromiseResult]]", text, vkind, target=target, special=True, full_text=text))
        props = list(obj.properties)
        if obj.kind == "array":
            props = [p for p in props if p.key != "length"]
        total += len(props)
        for p in props[: max(0, MAX_ROWS - len(rows)) or 0]:
            if p.value is None:
                text, vkind, target = ("[Getter/Setter]" if p.getter and p.setter else
                                       "[Getter]" if p.getter else "[Setter]"), "special", None
            else:
                text, vkind, target = value_text(p.value, heap)
            rows.append(Row(p.key, text, vkind, target=target, changed=(obj.id, p.key) in changed_obj,
                            full_text=text))
        # what it holds besides properties (engine edges): accessor functions, private fields, a bound
        # function's target, a promise's waiting reactions; each an arrow like a property's
        for role, v in obj.internals:
            if len(rows) >= MAX_ROWS + 4:
                break
            text, vkind, target = value_text(v, heap)
            rows.append(Row(role, text, vkind, target=target, special=True, full_text=text))
        shown = len([r for r in rows if not r.special])
        if total > shown:
            rows.append(Row("…", f"{total - shown} more", "more", dim=True, full_text=f"{total - shown} more"))
        box.rows = rows
        return box

    # -- geometry
    def _needed_width(self, box: Box) -> float:
        m, M = self.measure, self.m
        w = m(box.title, "title") + 2 * M.pad
        if box.badge:
            w += m(box.badge, "small") + 3 * M.pad
        if box.subtitle:
            w = max(w, m(box.subtitle, "chip" if box.kind == "exception" else "small") + 2 * M.pad)
        if box.note:
            w = max(w, m(box.note, "note") + 2 * M.pad)
        name_w = max((m(r.name, "row") for r in box.rows), default=0)
        tag_w = max((m(r.tag, "small") for r in box.rows if r.tag), default=0)
        for r in box.rows:
            value_w = m(r.text, "chip") + (M.chip_pad if r.vkind in ("function", "object", "tdz") else 0)
            w = max(w, M.pad + tag_w + M.tag_gap + name_w + m(": ", "row") + value_w + 2 * M.pad)
        return w

    def _column_width(self, boxes: list[Box], minimum: float) -> float:
        M = self.m
        w = max([minimum] + [self._needed_width(b) for b in boxes])
        return min(w, M.max_col_w)

    def _place(self, box: Box, x: float, y: float, w: float) -> None:
        m, M = self.measure, self.m
        box.x, box.y, box.w = x, y, w
        cy = M.title_h
        if box.subtitle:
            cy += M.subtitle_h
        if box.note:
            cy += M.note_h
        cy += 4 * M.scale
        tag_w = max((m(r.tag, "small") for r in box.rows if r.tag), default=0)
        name_w = max((m(r.name, "row") for r in box.rows), default=0)
        chip_x = M.pad + (tag_w + M.tag_gap if tag_w else 0) + name_w + m(": ", "row")
        section_rows: dict[int, list[Section]] = {}
        for s in box.sections:
            section_rows.setdefault(s.row_index, []).append(s)
        for n, row in enumerate(box.rows):
            for s in section_rows.get(n, []):
                s.y = cy
                cy += M.section_h
            row.y = cy
            row.chip_x = chip_x
            avail = w - chip_x - M.pad - M.chip_pad
            row.text = self._elide(row.text, avail)
            row.chip_w = m(row.text, "chip") + (M.chip_pad if row.vkind in ("function", "object", "tdz") else 0)
            cy += M.row_h
        empty_sections = section_rows.get(len(box.rows), [])
        for s in empty_sections:          # a section with no rows: an empty Local Memory
            s.y = cy
            cy += M.section_h + M.row_h
        if not box.rows and box.empty_text and not empty_sections:
            cy += M.row_h
        box.h = cy + 6 * M.scale

    def _elide(self, text: str, avail: float) -> str:
        if self.measure(text, "chip") <= avail:
            return text
        while text and self.measure(text + "…", "chip") > avail:
            text = text[:-1]
        return text + "…"
