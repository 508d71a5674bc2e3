"""The collector: which mirrored environments and objects are garbage, decided by reachability
(``graph``) from the roots, with the values in flight (an expression's temporaries, a call's
arguments, what a built-in or a loop holds) among the roots."""

from __future__ import annotations

from .graph import reachable
from .tape import (
    FLIGHT,
    K_BUILTIN,
    K_NATIVE,
    NCALL_POP,
    S_RELEASED,
    T_REF,
)
from .world import OBJ_ENTRIES


GC_SMALL = 8192       # below this many (estimated) slots, collections are never postponed


class Collector:
    """Decides when a collection is worth running, runs it, and releases what it finds unreachable."""

    def _set_temps(self, codes) -> None:
        """Values in flight (a returned value, a new closure, a call's function and arguments) are roots
        until the running frame's next statement: an expression may hold several at once
        (``[mk(1), mk(2)]``). Only objects need holding, and not those global memory or the running
        context plainly holds (the usual callee)."""
        codes = [c for c in codes if c & 7 == T_REF and not self._plainly_held(c)]
        if codes:
            self._op(FLIGHT, len(self.world.flight), 0, 0, self.tape.payload(codes))

    def _cut_flight(self, mark: int) -> None:
        """The frame whose values in flight start at ``mark`` ran a new statement (or left)."""
        fl = self.world.flight
        if len(fl) <= mark:
            return
        cut = fl[mark:]
        items = self.tape.items
        cands = self.cands
        for off in cut:
            cands.extend(c >> 3 for c in items(off) if c & 7 == T_REF)
        self._op(FLIGHT, mark, 0, self.tape.payload(cut), 0)

    def _plainly_held(self, code: int) -> bool:
        """Whether an object is a built-in, or the value of a global or of a binding of the running context."""
        if self.tape.id_kind[code >> 3] == K_BUILTIN:
            return True
        if code in self._held_by_globals():
            return True
        envs = self.world.envs
        frames = self.frames
        if frames:
            for eid in frames[-1].chain:
                if code in envs.get(eid, ()):
                    return True
        return False

    def _surely_alive(self, ids) -> bool:
        """Whether these objects are plainly still referenced (from global memory or the stack),
        or cannot keep an environment alive, so that no collection is needed for them."""
        tape = self.tape
        w = self.world
        kinds = tape.id_kind
        objs = w.objs
        held = self._held_by_globals()
        ctx_fn = tape.ctx_fn
        for i in ids:
            k = kinds[i]
            if k == K_BUILTIN or (k == K_NATIVE and i in objs and not objs[i][OBJ_ENTRIES]):
                continue
            code = (i << 3) | T_REF
            if code in held:
                continue
            if any(ctx_fn[f[0]] == i for f in w.frames):
                continue
            return False
        return True

    def _collect(self, force: bool = False) -> list[int]:
        """Release what became unreachable; returns the released environment ids.

        A full reachability pass runs only when something might have died that could keep an
        environment alive: a reference dropped to an object not plainly alive, or a kept
        environment leaving the stack. In a small memory it runs at once, so releases are told
        at the very step; in a big one (thousands of closures) it waits until the log has grown by
        a fraction of the memory's size, so that recording stays linear.
        """
        if self.orphans and not force:
            return []
        if self.cands:
            if not self.dirty and self.escaped and not self._surely_alive(self.cands):
                self.dirty = True
            self.cands.clear()
        if not self.dirty and self.new_objs < 256:
            return []
        w = self.world
        periodic = self.new_objs >= 256 and len(w.objs) > 2 * self.objs_after_gc + 256
        if not ((self.dirty and self.escaped) or periodic):
            self.dirty = False
            return []
        size = 4 * (len(w.envs) + len(w.objs))
        if not (force or periodic) and size > GC_SMALL and self._nops() - self.gc_ops < size // 4:
            return []           # stays dirty: collected a little later
        self.gc_ops = self._nops()
        self.new_objs = 0
        self.dirty = False
        envs, objs = reachable(w, self.tape)
        released = [e for e in w.envs if e not in envs]
        for e in released:
            self._del_env(e)
        kinds = self.tape.id_kind
        keys = self.obj_keys
        limit = self.builtin_limit
        for o in [o for o in w.objs if o not in objs]:
            # the realm's own objects live as long as the realm: drawn while something points at them
            if kinds[o] != K_BUILTIN and keys.get(o, limit) >= limit:
                self._del_obj(o)
        self.dirty = False
        self.objs_after_gc = len(w.objs)
        return released

    def _collect_standalone(self) -> None:
        """Collect outside a step of its own: a release worth telling gets a RELEASED step."""
        if not self.dirty and not self.cands and self.new_objs < 256:
            return
        released = self._collect()
        if any(self._worth_telling(e) for e in released):
            self._emit(S_RELEASED, self.last_loc)

    def _worth_telling(self, eid: int) -> bool:
        return self.tape.scopes[self.tape.id_a[eid]].kind == "function" or self.tape.id_c[eid] not in \
            {f.idx for f in self.frames}

    def _unhold(self, off: int) -> None:
        held = self.world.ncalls
        if off in held:
            self._op(NCALL_POP, off, len(held) - 1 - held[::-1].index(off))
            self.dirty = True
