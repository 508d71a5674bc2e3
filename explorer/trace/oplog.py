"""The op log and the step log: every write the program makes is one packed record, every step one
more; checkpoints (copies of the head ``World``) are taken as the log grows, so ``state_at`` replays little."""

from __future__ import annotations

import struct

try:
    import cython
except ImportError:     # Cython builds the compiled core; the pure-Python path runs without it
    from .. import nocython as cython

from ..engine.errors import StepLimitReached
from .model import Outcome
from .tape import (
    ELEM_SET,
    ENV_NEW,
    ENV_SET,
    GLOBAL_SET,
    PHASE,
    POP,
    PROP_DEL,
    PROP_SET,
    PUSH,
    S_CONTEXT_CREATED,
    S_PROGRAM_END,
    T_REF,
    UNINIT,
)
from .world import CREATION


CHECKPOINT_MIN = 1024
_DROPS_OLD = frozenset((ENV_SET, PROP_SET, GLOBAL_SET, ELEM_SET, PROP_DEL))   # ops whose old value may have died
# While recording, steps (kind, loc, depth, payload, end) and ops (op, a, b, old, new) are packed
# five int64 to a record into a bytearray: one C call each, where five array appends cost three
# times as much. ``Tape.adopt_logs`` unpacks them into the tape's arrays at the end.
RECORD = struct.Struct("=5q")       # machine order, as array("q").frombytes reads it
REC = RECORD.size
_PACK = RECORD.pack


def put_record(log: bytearray, a: int, b: int, c: int, d: int, e: int) -> None:
    """Append one record to a packed log. Compiled (oplog.pxd), the five int64 are written in place; in
    pure Python a caller on the hot path packs inline instead (``if cython.compiled``), a call costing
    more than the packing there."""
    if cython.compiled:
        n = len(log)
        PyByteArray_Resize(log, n + RECORD_BYTES)  # noqa: F821 - from oplog.pxd
        p = cython.cast(cython.p_longlong, PyByteArray_AS_STRING(log) + n)  # noqa: F821 - from oplog.pxd
        p[0] = a
        p[1] = b
        p[2] = c
        p[3] = d
        p[4] = e
    else:
        log += _PACK(a, b, c, d, e)


def push_B(a, v: int) -> None:
    """``a.append(v)`` for an array("B"); compiled (oplog.pxd), written in place. The pure-Python hot
    path appends inline instead (``if cython.compiled``), as with ``put_record``."""
    if cython.compiled:
        n = len(a)
        resize_smart(a, n + 1)  # noqa: F821 - from oplog.pxd
        a.data.as_uchars[n] = v
    else:
        a.append(v)


def push_I(a, v: int) -> None:
    """``a.append(v)`` for an array("I")."""
    if cython.compiled:
        n = len(a)
        resize_smart(a, n + 1)  # noqa: F821 - from oplog.pxd
        a.data.as_uints[n] = v
    else:
        a.append(v)


def push_i(a, v: int) -> None:
    """``a.append(v)`` for an array("i")."""
    if cython.compiled:
        n = len(a)
        resize_smart(a, n + 1)  # noqa: F821 - from oplog.pxd
        a.data.as_ints[n] = v
    else:
        a.append(v)


def push_q(a, v: int) -> None:
    """``a.append(v)`` for an array("q")."""
    if cython.compiled:
        n = len(a)
        resize_smart(a, n + 1)  # noqa: F821 - from oplog.pxd
        a.data.as_longlongs[n] = v
    else:
        a.append(v)


def trim(a) -> None:
    """Give back an array's spare room once it is complete. Compiled, the ``push_*`` above grow an array by
    half again (Cython's ``resize_smart``): without this a long recording would keep a third of its
    arrays empty. Pure Python appends grow as CPython does, by a sixteenth: nothing to give back."""
    if cython.compiled:
        resize(a, len(a))  # noqa: F821 - from oplog.pxd


class OpLog:
    """Appends ops and steps to the packed logs, applies ops to the head world, takes checkpoints."""

    def _nsteps(self) -> int:
        return len(self._steplog) // REC

    def _nops(self) -> int:
        return len(self._oplog) // REC

    def _op(self, op: int, a: int, b: int = 0, old: int = 0, new: int = 0) -> int:
        log = self._oplog
        pos = len(log) // REC
        if cython.compiled:
            put_record(log, op, a, b, old, new)
        else:                   # inline: a call costs more than the packing in pure Python
            log += self._pack(op, a, b, old, new)
        w = self.world
        # the ops of every call, inline; the rest through World.do
        if op == ENV_SET:
            w.envs[a][b] = new
        elif op == PUSH:
            w.frames.append([a, CREATION, b])
        elif op == POP:
            w.frames.pop()
        elif op == PHASE:
            w.frames[a][1] = new
        elif op == ENV_NEW:
            w.envs[a] = [UNINIT] * len(self.tape.scopes[self.tape.id_a[a]].names)
        else:
            w.do(self.tape, op, a, b, new)
        if old & 7 == T_REF and op in _DROPS_OLD:
            self.cands.append(old >> 3)
        return pos

    def _irreversible(self, op, a, b=0, old=0, new=0) -> int:
        pos = self._op(op, a, b, old, new)
        self.tape.irreversible.append(pos)
        self.dirty = True
        return pos

    def _emit(self, kind: int, loc: int, payload: int = 0) -> None:
        frames = self.frames
        if kind != S_PROGRAM_END:
            n = len(self._steplog) // REC
            if n >= self._next_check:
                self._step_limit_and_progress(n)
            if frames and frames[-1].creating and kind != S_CONTEXT_CREATED:
                self._emit_created(frames[-1])
        nops = len(self._oplog) // REC
        if cython.compiled:
            put_record(self._steplog, kind, loc, len(frames) or 1, payload, nops)
        else:
            self._steplog += self._pack(kind, loc, len(frames) or 1, payload, nops)
        if nops >= self.next_checkpoint:
            self._checkpoint(nops)

    def _checkpoint(self, nops: int) -> None:
        self.world.pos = nops
        cp = self.world.clone()
        self.checkpoints.append(cp)
        self.next_checkpoint = nops + max(CHECKPOINT_MIN, cp.size() // 8)

    def _step_limit_and_progress(self, n: int) -> None:
        """Step ``n`` reached the limit (raises) or the next progress report (every 10,000 steps)."""
        if n >= self.max_steps:
            self.stopped = True
            self.outcome = Outcome.STEP_LIMIT
            raise StepLimitReached()
        if n >= self.next_progress:
            self.next_progress = n + 10000
            if self.progress is not None:
                self.progress(n)
        self._next_check = min(self.max_steps, self.next_progress)
