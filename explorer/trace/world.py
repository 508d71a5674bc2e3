"""The memory at one step, rebuilt from the op log: what ``state_at`` reads.

A ``World`` is a plain, mutable mirror of what the program had in memory, in
value codes (see ``tape``). The recorder keeps one at the head of the
recording; the trace keeps a cursor that moves forward (``redo``) and
backward (``undo``) through the log, and copies taken now and then
(checkpoints) to jump far.
"""

from __future__ import annotations

from .tape import (
    ABSENT,
    ELEM_LEN,
    ELEM_SET,
    ELEMS_INIT,
    ENTRIES,
    ENV_DEL,
    ENV_NEW,
    ENV_SET,
    EXTRA,
    FLIGHT,
    FRAME_ENV,
    GLOBAL_SET,
    HOLD,
    HOLE_C,
    LISTS,
    NCALL_POP,
    NCALL_PUSH,
    OBJ_DEL,
    OBJ_NEW,
    PHASE,
    POP,
    PROP_DEL,
    PROP_SET,
    PUSH,
    QUEUE_ADD,
    QUEUE_DEL,
    RUNNING,
    SUSPEND,
    T_REF,
    UNINIT,
    UNSUSPEND,
    Tape,
)

CREATION, EXECUTION = 0, 1

# An object mirror is a list: [props {key: code}, elems [codes] or None, entries index, extra index,
# held env, how many elems are references (so that reachability can skip long arrays of numbers)]
OBJ_PROPS, OBJ_ELEMS, OBJ_ENTRIES, OBJ_EXTRA, OBJ_HELD, OBJ_REFS = range(6)


def _refs(codes) -> int:
    return sum(1 for c in codes if c & 7 == T_REF)


class World:
    __slots__ = ("envs", "objs", "globals", "frames", "suspended", "queue", "ncalls", "flight", "running", "pos")

    def __init__(self):
        self.envs: dict[int, list] = {}
        self.objs: dict[int, list] = {}
        self.globals: dict[int, int] = {}
        self.frames: list[list] = []          # [ctx, phase, innermost env]
        self.suspended: dict[int, int] = {}   # ctx -> env
        self.queue: list[int] = []            # job rows
        self.ncalls: list[int] = []           # payload offsets
        self.flight: list[int] = []           # values in flight: payload offsets, the running frame's last
        self.running = -1                     # payload offset or -1
        self.pos = 0                          # ops applied

    def clone(self) -> "World":
        w = World()
        w.envs = {k: v[:] for k, v in self.envs.items()}
        w.objs = {k: [dict(o[OBJ_PROPS]), None if o[OBJ_ELEMS] is None else o[OBJ_ELEMS][:], o[OBJ_ENTRIES],
                      o[OBJ_EXTRA], o[OBJ_HELD], o[OBJ_REFS]]
                  for k, o in self.objs.items()}
        w.globals = dict(self.globals)
        w.frames = [f[:] for f in self.frames]
        w.suspended = dict(self.suspended)
        w.queue = self.queue[:]
        w.ncalls = self.ncalls[:]
        w.flight = self.flight[:]
        w.running = self.running
        w.pos = self.pos
        return w

    def size(self) -> int:
        """A rough count of slots, to space checkpoints by the cost of a copy."""
        n = len(self.globals) + 8 * len(self.frames)
        for v in self.envs.values():
            n += len(v) + 4
        for o in self.objs.values():
            n += len(o[OBJ_PROPS]) + 6
            if o[OBJ_ELEMS] is not None:
                n += len(o[OBJ_ELEMS])
        return n

    # -------------------------------------------------------------- redo
    def apply(self, tape: Tape, i: int) -> None:
        self.do(tape, tape.op[i], tape.oa[i], tape.ob[i], tape.onew[i])
        self.pos = i + 1

    def do(self, tape: Tape, op: int, a: int, b: int, new: int) -> None:
        """Apply one operation (the recorder calls this as it logs; ``apply`` when replaying)."""
        if op == ENV_SET:
            vals = self.envs[a]
            if b == len(vals):        # a var an eval added to this environment
                vals.append(new)
            else:
                vals[b] = new
        elif op == PROP_SET:
            self.objs[a][OBJ_PROPS][b] = new
        elif op == GLOBAL_SET:
            self.globals[b] = new
        elif op == FRAME_ENV:
            self.frames[a][2] = new
        elif op == ENV_NEW:
            n = tape.env_sizes.get(a)
            if n is None:
                n = len(tape.scopes[tape.id_a[a]].names)
            self.envs[a] = [UNINIT] * n
        elif op == ENV_DEL:
            del self.envs[a]
        elif op == OBJ_NEW:
            self.objs[a] = [{}, [] if tape.id_kind[a] in LISTS else None, 0, 0, 0, 0]
        elif op == OBJ_DEL:
            del self.objs[a]
        elif op == ELEM_SET:
            m = self.objs[a]
            elems = m[OBJ_ELEMS]
            if b == len(elems):
                elems.append(new)
            else:
                if elems[b] & 7 == T_REF:
                    m[OBJ_REFS] -= 1
                elems[b] = new
            if new & 7 == T_REF:
                m[OBJ_REFS] += 1
        elif op == ELEM_LEN:
            m = self.objs[a]
            elems = m[OBJ_ELEMS]
            if b < len(elems):
                if m[OBJ_REFS]:
                    m[OBJ_REFS] -= _refs(elems[b:])
                del elems[b:]
            else:
                elems.extend([HOLE_C] * (b - len(elems)))
        elif op == ELEMS_INIT:
            m = self.objs[a]
            blob = tape.blobs[new]
            m[OBJ_ELEMS].extend(blob)
            m[OBJ_REFS] += _refs(blob)
        elif op == PROP_DEL:
            self.objs[a][OBJ_PROPS].pop(b, None)
        elif op == ENTRIES:
            self.objs[a][OBJ_ENTRIES] = new
        elif op == EXTRA:
            self.objs[a][OBJ_EXTRA] = new
        elif op == HOLD:
            self.objs[a][OBJ_HELD] = new
        elif op == PUSH:
            self.frames.append([a, CREATION, b])
        elif op == POP:
            self.frames.pop()
        elif op == PHASE:
            self.frames[a][1] = new
        elif op == SUSPEND:
            self.suspended[a] = b
        elif op == UNSUSPEND:
            self.suspended.pop(a, None)
        elif op == QUEUE_ADD:
            self.queue.append(a)
        elif op == QUEUE_DEL:
            self.queue.remove(a)
        elif op == NCALL_PUSH:
            self.ncalls.append(a)
        elif op == NCALL_POP:
            self.ncalls.remove(a)
        elif op == FLIGHT:
            del self.flight[a:]
            if new > 0:
                self.flight.append(new)
        elif op == RUNNING:
            self.running = new

    def redo_to(self, tape: Tape, pos: int) -> None:
        """Apply ops up to ``pos``; the frequent ones inline (this is the hot loop of ``state_at``)."""
        ops, oa, ob, onew = tape.op, tape.oa, tape.ob, tape.onew
        envs = self.envs
        objs = self.objs
        glob = self.globals
        apply = self.apply
        for i in range(self.pos, pos):
            op = ops[i]
            if op == ENV_SET:
                try:
                    envs[oa[i]][ob[i]] = onew[i]
                except IndexError:      # a var an eval added to the environment (try costs nothing here)
                    envs[oa[i]].append(onew[i])
            elif op == PROP_SET:
                objs[oa[i]][OBJ_PROPS][ob[i]] = onew[i]
            elif op == GLOBAL_SET:
                glob[ob[i]] = onew[i]
            elif op == FRAME_ENV:
                self.frames[oa[i]][2] = onew[i]
            else:
                apply(tape, i)
        self.pos = max(self.pos, pos)

    # -------------------------------------------------------------- undo
    def unapply(self, tape: Tape, i: int) -> None:
        """Undo op ``i`` (never an irreversible one: the caller checks)."""
        op = tape.op[i]
        a = tape.oa[i]
        old = tape.oold[i]
        if op == ENV_SET:
            if old == ABSENT:         # undo a var an eval added
                self.envs[a].pop()
            else:
                self.envs[a][tape.ob[i]] = old
        elif op == PROP_SET:
            props = self.objs[a][OBJ_PROPS]
            if old == ABSENT:
                del props[tape.ob[i]]
            else:
                props[tape.ob[i]] = old
        elif op == GLOBAL_SET:
            if old == ABSENT:
                del self.globals[tape.ob[i]]
            else:
                self.globals[tape.ob[i]] = old
        elif op == FRAME_ENV:
            self.frames[a][2] = old
        elif op == ENV_NEW:
            del self.envs[a]
        elif op == ENV_DEL:
            self.envs[a] = list(tape.saved[old])
        elif op == OBJ_NEW:
            del self.objs[a]
        elif op == ELEM_SET:
            m = self.objs[a]
            elems = m[OBJ_ELEMS]
            if elems[tape.ob[i]] & 7 == T_REF:
                m[OBJ_REFS] -= 1
            if old == ABSENT:
                elems.pop()
            else:
                elems[tape.ob[i]] = old
                if old & 7 == T_REF:
                    m[OBJ_REFS] += 1
        elif op == ELEM_LEN:
            del self.objs[a][OBJ_ELEMS][old:]      # only growth is undone here: holes, no references
        elif op == ELEMS_INIT:
            m = self.objs[a]
            n = len(tape.blobs[tape.onew[i]])
            m[OBJ_REFS] -= _refs(m[OBJ_ELEMS][-n:]) if n else 0
            del m[OBJ_ELEMS][len(m[OBJ_ELEMS]) - n:]
        elif op == ENTRIES:
            self.objs[a][OBJ_ENTRIES] = old
        elif op == EXTRA:
            self.objs[a][OBJ_EXTRA] = old
        elif op == HOLD:
            self.objs[a][OBJ_HELD] = old
        elif op == PUSH:
            self.frames.pop()
        elif op == POP:
            self.frames.append([a, old, tape.ob[i]])
        elif op == PHASE:
            self.frames[a][1] = old
        elif op == SUSPEND:
            del self.suspended[a]
        elif op == UNSUSPEND:
            self.suspended[a] = tape.ob[i]
        elif op == QUEUE_ADD:
            self.queue.pop()
        elif op == QUEUE_DEL:
            self.queue.insert(tape.ob[i], a)
        elif op == NCALL_PUSH:
            self.ncalls.pop()
        elif op == NCALL_POP:
            self.ncalls.insert(tape.ob[i], a)
        elif op == FLIGHT:
            if tape.onew[i] > 0:
                self.flight.pop()
            if old > 0:
                self.flight.extend(tape.items(old))
        elif op == RUNNING:
            self.running = old
        self.pos = i

    def undo_to(self, tape: Tape, pos: int) -> None:
        unapply = self.unapply
        for i in range(self.pos - 1, pos - 1, -1):
            unapply(tape, i)
