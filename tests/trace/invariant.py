"""The memory panel's invariant, checked on a recording (see DESIGN.md, "Garbage, faithfully").

1. Identity: an engine environment or object gets one id for its whole life (the recorder is
   watched while it records: a second id for the same engine thing is a violation).
2. Nothing released at step k is referenced at a later step: an environment told as released, or
   an object that left the heap, never appears again (alive, drawn, or pointed at).
3. Every function called at step k has its backpack alive at k (the environments it keeps).
4. Every "kept by" names something drawn: each holder of an environment is in the heap, and every
   reference drawn (bindings, properties, elements, entries, a context's ``this``/arguments, a
   queued job's callback) points at something drawn.

``check(source)`` records a program and returns the violations as readable lines.
"""

from __future__ import annotations

from explorer.engine import Cancelled, Interpreter, StepLimitReached
from explorer.trace import Ref
from explorer.trace.graph import kept_envs
from explorer.trace.model import Outcome
from explorer.trace.recorder import Recorder
from explorer.trace.tape import C_RESUMED, K_BUILTIN, K_NATIVE, S_CALL

MAX_STEPS = 200_000


class WatchingRecorder(Recorder):
    """A Recorder that notes every id it gives to an engine environment or object."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen_envs: dict[int, int] = {}
        self.seen_objs: dict[int, int] = {}
        self.twice: list[str] = []
        self.builtin_ids: set[int] = set()

    def env(self, e, owner=None):
        known = e.id in self.env_rows
        i = super().env(e, owner)
        if not known:
            first = self.seen_envs.setdefault(e.id, i)
            if first != i:
                self.twice.append(f"engine environment {e!r} was id {first}, then id {i} (step {self._nsteps()})")
        return i

    def _register(self, o):
        i = super()._register(o)
        if o.oid < self.builtin_limit or o.cls == "global":
            self.builtin_ids.add(i)
        first = self.seen_objs.setdefault(o.oid, i)
        if first != i:
            self.twice.append(f"engine object {o.cls} #{o.oid} was id {first}, then id {i} (step {self._nsteps()})")
        return i


def record_watched(source: str, max_steps: int = MAX_STEPS):
    rec = WatchingRecorder(source, "main.js", max_steps)
    interp = Interpreter(source, filename="main.js", hooks=rec, max_steps=max_steps)
    result = None
    try:
        result = interp.run()
    except StepLimitReached:
        rec.stop(Outcome.STEP_LIMIT)
    except Cancelled:
        rec.stop(Outcome.CANCELLED)
    if not rec.finished and result is not None:
        outcome = getattr(result, "outcome", "completed")
        rec.stop(Outcome(getattr(outcome, "value", outcome)), getattr(result, "error", None))
    return rec.trace(), rec.twice, rec.builtin_ids


def drawn_refs(state) -> dict[int, str]:
    """Every object id a state points at, with where it is pointed at from."""
    out: dict[int, str] = {}

    def add(v, where):
        if type(v) is Ref and v.id not in out:
            out[v.id] = where

    for b in state.global_memory:
        add(b.value, f"global {b.name}")
    for e in state.environments.values():
        if e.released_at is not None:
            continue
        for b in e.bindings:
            add(b.value, f"{e.owner} {b.name}")
    for h in state.heap.values():
        for p in h.properties:
            add(p.value, f"{h.label}.{p.key}")
        for j, v in enumerate(h.elements):
            add(v, f"{h.label}[{j}]")
        for k, v in h.entries:
            add(k, f"{h.label} key")
            add(v, f"{h.label} value")
        if h.result is not None:
            add(h.result, f"{h.label} result")
        if h.proto is not None:
            out.setdefault(h.proto, f"{h.label} prototype")
        if h.settles is not None:
            out.setdefault(h.settles, f"{h.label} settles")
        for name, v in getattr(h, "internals", ()):
            add(v, f"{h.label} {name}")
    for c in state.stack:
        add(c.this, f"{c.name} this")
        for v in c.arguments or ():
            add(v, f"{c.name} arguments")
        if c.function is not None:
            out.setdefault(c.function, f"{c.name} function")
    for q in state.queues:
        if q.callback is not None:
            out.setdefault(q.callback, f"queued {q.label}")
    return out


def check_trace(trace, builtins=frozenset(), limit: int = 50) -> list[str]:
    """``builtins``: ids of the realm's own objects, alive for the whole run (drawn only while the program
    points at them: leaving the drawing is not a release for them)."""
    problems: list[str] = []
    tape = trace.tape
    gone: dict[int, int] = {}         # id -> the step it was released at
    prev_heap: set[int] = set()
    for k in range(len(trace)):
        st = trace.state_at(k)
        alive = {e for e, v in st.environments.items() if v.released_at is None}
        heap = set(st.heap)
        refs = drawn_refs(st)
        seen = alive | heap | set(refs)
        for e in alive:
            v = st.environments[e]
            if v.parent is not None:
                seen.add(v.parent)
            seen.update(v.held_by)
        for i in seen & gone.keys():
            problems.append(f"step {k}: id {i} released at step {gone[i]} is back")
        for i, where in refs.items():
            if i not in heap:
                problems.append(f"step {k}: {where} points at {i}, which is not drawn")
        for e in alive:
            v = st.environments[e]
            for h in v.held_by:
                if h not in heap:
                    problems.append(f"step {k}: {v.owner} is kept by {h}, which is not drawn")
            if v.parent is not None and v.parent not in alive:
                problems.append(f"step {k}: {v.owner}'s parent {v.parent} is not alive")
        if tape.kinds[k] == S_CALL:
            off = tape.payloads[k]
            flags, fn = tape.pl[off + 1], tape.pl[off + 2] >> 3
            if not flags & C_RESUMED:
                for e in kept_envs(tape, fn):
                    if e not in alive:
                        problems.append(f"step {k}: {trace.describer.function_name(fn)} is called but its "
                                        f"backpack {e} is not alive")
        for e in st.released:
            gone[e] = k
        for o in prev_heap - heap:
            if tape.id_kind[o] != K_BUILTIN and not (tape.id_kind[o] == K_NATIVE and o in builtins):
                gone[o] = k
        prev_heap = heap
        if len(problems) >= limit:
            break
    return problems


def check(source: str, max_steps: int = MAX_STEPS) -> list[str]:
    trace, twice, builtins = record_watched(source, max_steps)
    return twice[:20] + check_trace(trace, builtins)
