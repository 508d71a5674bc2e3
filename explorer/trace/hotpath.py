"""The recorder's hot path: the hooks that run at nearly every step, in straight-line code, and the
value encoding every write goes through.

Statements (the fused tick), plain script calls entering and leaving (``call_enter`` and
``call_leave``, one hook each instead of five), binding and global writes, and the check "is this
object held by global memory" (cached until a global gains or loses a reference). Each does
exactly what the general hooks it replaces do, in the same order: a recording is the same with
the fused path on or off (``CLOSURE_EXPLORER_FUSED=0``, ``set_fused``; tools/trace_identity.py
compares them). This module is the one an optional compiled core types.
"""

from __future__ import annotations

import math
import os
import struct

from ..engine.errors import StepLimitReached
from ..engine.runtime import Phase, ScriptFunction
from ..engine.values import HOLE, NULL, UNDEFINED, UNINITIALIZED, Accessor, JSBigInt, JSObject, JSSymbol
from .callstack import Call, Frame
from .encoder import format_primitive
from .oplog import REC, push_B, push_I, push_i, push_q, put_record

try:
    import cython
except ImportError:     # Cython builds the compiled core; the pure-Python path runs without it
    from .. import nocython as cython

_PACK2 = struct.Struct("=10q").pack      # two records in one write
from .tape import (
    ABSENT,
    ENV_DEL,
    ENV_NEW,
    ENV_SET,
    FALSE_C,
    GETSET,
    GETTER,
    GLOBAL_SET,
    HOLE_C,
    INT_LIMIT,
    K_BUILTIN,
    K_ENV,
    NULL_C,
    PHASE,
    POP,
    PUSH,
    RUNNING,
    SETTER,
    S_ASSIGNED,
    S_CALL,
    S_CONTEXT_CREATED,
    S_DECLARED,
    S_RETURN,
    S_STATEMENT,
    TRUE_C,
    T_REF,
    UNDEF,
    UNINIT,
)
from .world import CREATION, EXECUTION

_CREATION = Phase.CREATION

# Plain calls take the fused hooks unless CLOSURE_EXPLORER_FUSED=0 (read when a recorder is made).
FUSED = os.environ.get("CLOSURE_EXPLORER_FUSED", "1") != "0"


def set_fused(on: bool) -> None:
    """Turn the fused call path on or off for recorders made from now on (the identity check compares)."""
    global FUSED
    FUSED = bool(on)


class HotPath:
    """The hooks of every step: statements, plain calls, writes; and what global memory holds."""

    def _init_hot(self) -> None:
        self.fused_calls = FUSED      # Hooks.fused_calls: the engine calls call_enter / call_leave
        self.globals_gen = 0          # bumped when a global gains or loses a reference
        self._held_gen = -1
        self._held: set = set()
        # the tables the hot path writes, held directly (typed when compiled): they live as long as the recorder
        tape = self.tape
        self._id_kind, self._id_a, self._id_b, self._id_c = tape.id_kind, tape.id_a, tape.id_b, tape.id_c
        self._ctx_fn, self._ctx_num, self._ctx_loc = tape.ctx_fn, tape.ctx_num, tape.ctx_loc
        self._ctx_this, self._ctx_args, self._ctx_env = tape.ctx_this, tape.ctx_args, tape.ctx_env
        self._saved = tape.saved
        self._wenvs = self.world.envs
        self._wframes = self.world.frames
        self._wflight = self.world.flight

    # ================================================================== what global memory holds
    def _held_by_globals(self) -> set:
        """The value codes global memory holds (its bindings and the global object's properties)."""
        if self._held_gen != self.globals_gen:
            w = self.world
            held = set(w.globals.values())
            held.update(w.envs.get(self.tape.global_env, ()))
            self._held = held
            self._held_gen = self.globals_gen
        return self._held

    # ================================================================== values
    def enc(self, v) -> int:
        """The value code of ``v`` (see ``tape``). Every value written passes here."""
        t = type(v)
        if t is float:
            d = v
            if -INT_LIMIT < d < INT_LIMIT and d % 1.0 == 0.0 and (d != 0.0 or math.copysign(1.0, d) > 0.0):
                i = int(d)
                return (i << 3) | 1
            fl = self.tape.floats
            fl.append(v)
            return ((len(fl) - 1) << 3) | 2
        if t is str:
            return (self.tape.string(v) << 3) | 3
        if t is bool:
            return TRUE_C if v else FALSE_C
        if v is UNDEFINED:
            return UNDEF
        if v is NULL:
            return NULL_C
        if isinstance(v, JSObject):
            row = self.obj_rows.get(v.oid)
            if row is None:
                row = self._register(v)
            i = row
            return (i << 3) | T_REF
        if v is UNINITIALIZED:
            return UNINIT
        if v is HOLE:
            return HOLE_C
        if t is int:
            return self.enc(float(v))
        if t is JSBigInt:
            return (self.tape.other("bigint", f"{v.value}n") << 3) | 5
        if t is JSSymbol:
            return (self.tape.other("symbol", format_primitive(v)) << 3) | 5
        if t is Accessor:
            g = v.get is not UNDEFINED
            s = v.set is not UNDEFINED
            return GETSET if g and s else (GETTER if g else SETTER)
        return (self.tape.other("other", repr(v)) << 3) | 5

    def obj_ref(self, o) -> int:
        """``enc`` for a value known to be an object."""
        row = self.obj_rows.get(o.oid)
        if row is None:
            row = self._register(o)
        i = row
        return (i << 3) | T_REF

    # ================================================================== statements
    def tick_function(self, interp):
        """``interp.tick`` and the ``statement`` hook in one method (``_tick``): most steps are statements."""
        self._interp = interp
        self._max_steps = interp.max_steps
        self._poll = interp.poll
        return self._tick

    def _tick(self, node, env) -> None:
        # what Interpreter.tick does
        interp = self._interp
        n = interp.steps = interp.steps + 1
        interp.current_node = node
        if n > self._max_steps:
            raise StepLimitReached(node)
        if not n & 1023:
            self._poll()
        # the statement step
        if self.stopped:
            return
        loc = self.loc_ids.get(id(node))
        if loc is None:
            loc = self._statement_loc(node)
        self.last_loc = loc
        frames = self.frames
        depth = len(frames)
        fl = self.world.flight
        if fl and len(fl) > (frames[-1].mark if depth else 0):
            self._cut_flight(frames[-1].mark if depth else 0)
        if self.pending_promises or self.settling:
            self._check_promises()
        if depth:
            frame = frames[-1]
            frame.last_loc = loc
            if env is not frame.top_env and env is not None:
                if self.env_rows.get(env.id) != frame.chain[-1]:
                    self._frame_env(frame, env)
                frame.top_env = env
            if not frame.executing:
                if frame.creating:
                    self._emit_created(frame)
                frame.executing = True
                if self._wframes[-1][1] == CREATION:
                    self._op(PHASE, depth - 1, 0, CREATION, EXECUTION)
        if self.dirty or self.cands or self.new_objs >= 256:
            self._collect()      # told by the statement step (narration: what the last one dropped)
        # _emit, inline
        steplog = self._steplog
        n = len(steplog) // REC
        if n >= self._next_check:
            self._step_limit_and_progress(n)
        nops = len(self._oplog) // REC
        if cython.compiled:
            put_record(steplog, S_STATEMENT, loc, len(frames) or 1, 0, nops)
        else:
            steplog += self._pack(S_STATEMENT, loc, len(frames) or 1, 0, nops)
        if nops >= self.next_checkpoint:
            self._checkpoint(nops)

    def _statement_loc(self, node) -> int:
        loc = self.loc(node)
        fn = self.frames[-1].ctx.function if self.frames else None
        if loc >= 0 and fn is not None and getattr(getattr(fn, "code", None), "node", None) is not None \
                and getattr(fn.code.node, "body", None) is node:
            self.tape.locations[loc].node_type = "ArrowBody"    # `x => x * 2`: the body is an expression
        return loc


    # ================================================================== plain calls
    def call_enter(self, node, callee, this, args: list, ctx) -> None:
        """``call``, ``context_enter`` and ``context_execute`` of a plain script call, in one."""
        if self.stopped:
            return
        tape = self.tape
        frames = self.frames
        steplog = self._steplog
        oplog = self._oplog
        # the call: its function, `this` and arguments are in flight; a CALL step
        row = self.obj_rows.get(callee.oid)
        arg_codes = [self.enc(a) for a in args]
        fc = (row << 3) | T_REF if row is not None else self.obj_ref(callee)
        codes = [0, fc, UNDEF if this is UNDEFINED else self.enc(this)]     # [flags, function, this, args...]
        codes += arg_codes
        if self._held_gen != self.globals_gen:
            self._held_by_globals()
        held = self._held
        for c in codes:
            if c & 7 == T_REF and c not in held:
                self._set_temps(codes)
                break
        loc = self.loc_ids.get(id(node))
        if loc is None:
            loc = self.loc(node)
        depth = len(frames)
        call = Call(node, callee, True, 0, depth, None, args, arg_codes, fc, loc)
        call.first_id = len(self._id_kind)
        self.calls.append(call)
        if self.dirty or self.cands or self.new_objs >= 256:
            self._collect()
        off = self._payload(codes)
        n = len(steplog) // REC
        nops = len(oplog) // REC
        # the CALL step is written with the CONTEXT_CREATED step that follows it (one write), unless
        # something must happen between them: a step-limit or progress check, a checkpoint, the caller's
        # own CONTEXT_CREATED
        later = n + 1 < self._next_check and nops < self.next_checkpoint and not (depth and frames[-1].creating)
        if not later:
            if n >= self._next_check:
                self._step_limit_and_progress(n)
            if frames and frames[-1].creating:
                self._emit_created(frames[-1])
            nops = len(oplog) // REC
            if cython.compiled:
                put_record(steplog, S_CALL, loc, depth or 1, off, nops)
            else:
                steplog += self._pack(S_CALL, loc, depth or 1, off, nops)
            if nops >= self.next_checkpoint:
                self._checkpoint(nops)
        # the context: its row (the call's codes repeated), its environment, its frame
        call.bound = True
        ent = self.ctx_rows.get(id(ctx))
        if ent is not None:
            idx = ent[1]
        else:
            ctx_fn = self._ctx_fn
            idx = len(ctx_fn)
            self.ctx_rows[id(ctx)] = (ctx, idx)
            if node is ctx.call_node:
                fn_id, cloc = fc >> 3, loc
            else:
                fn_id, cloc = 0, self.loc(ctx.call_node)
            number = ctx.number or 1
            if cython.compiled:
                push_I(ctx_fn, fn_id)
                push_I(self._ctx_num, number)
                push_i(self._ctx_loc, cloc)
                push_q(self._ctx_this, UNDEF)
                push_q(self._ctx_args, 0)
                push_I(self._ctx_env, 0)
            else:
                ctx_fn.append(fn_id)
                self._ctx_num.append(number)
                self._ctx_loc.append(cloc)
                self._ctx_this.append(UNDEF)
                self._ctx_args.append(0)
                self._ctx_env.append(0)
            if not fn_id:
                ctx_fn[idx] = self.obj_ref(callee) >> 3
            this = ctx.this
            if this is None:     # an arrow function: its `this` is the surrounding function's
                this = self._lexical_this(callee.scope)
            if this is not UNDEFINED:
                self._ctx_this[idx] = self.enc(this)
            if ctx.args:
                if ctx.args is not args:
                    arg_codes = [self.enc(a) for a in ctx.args]
                self._ctx_args[idx] = self._payload(arg_codes)
        eid = self.env(ctx.env, idx)
        self._ctx_env[idx] = eid
        wf = [idx, CREATION, eid]
        self._wframes.append(wf)
        frame = Frame(ctx, idx, eid, call, len(self._wflight))
        frames.append(frame)
        # its creation phase is over: CONTEXT_CREATED (after PUSH), then it runs (PHASE)
        frame.creating = False
        fn = self._ctx_fn[idx]
        end = len(oplog) // REC + 1
        header = tape.codes[self._id_a[fn]].header if fn else -1
        if later:
            if cython.compiled:
                put_record(oplog, PUSH, idx, eid, 0, 0)
                put_record(oplog, PHASE, depth, 0, CREATION, EXECUTION)
                put_record(steplog, S_CALL, loc, depth or 1, off, nops)
                put_record(steplog, S_CONTEXT_CREATED, header, depth + 1, idx, end)
            else:
                oplog += _PACK2(PUSH, idx, eid, 0, 0, PHASE, depth, 0, CREATION, EXECUTION)
                steplog += _PACK2(S_CALL, loc, depth or 1, off, nops, S_CONTEXT_CREATED, header, depth + 1, idx, end)
            if end >= self.next_checkpoint:
                self._checkpoint(end)       # the head world has PUSH, not yet PHASE: as the log's position says
        else:
            if cython.compiled:
                put_record(oplog, PUSH, idx, eid, 0, 0)
            else:
                oplog += self._pack(PUSH, idx, eid, 0, 0)
            n = len(steplog) // REC
            if n >= self._next_check:
                self._step_limit_and_progress(n)
            if cython.compiled:
                put_record(steplog, S_CONTEXT_CREATED, header, depth + 1, idx, end)
            else:
                steplog += self._pack(S_CONTEXT_CREATED, header, depth + 1, idx, end)
            if end >= self.next_checkpoint:
                self._checkpoint(end)
            if cython.compiled:
                put_record(oplog, PHASE, depth, 0, CREATION, EXECUTION)
            else:
                oplog += self._pack(PHASE, depth, 0, CREATION, EXECUTION)
        frame.executing = True
        wf[1] = EXECUTION

    def _payload(self, codes: list) -> int:
        """``Tape.payload`` for a list known not to be empty, written in place: its offset."""
        pl = self._pl
        off = len(pl)
        if cython.compiled:
            push_q(pl, len(codes))
            for c in codes:
                push_q(pl, c)
        else:
            pl.append(len(codes))
            pl.extend(codes)
        return off

    # ================================================================== environments
    def env(self, e, owner=None) -> int:
        """The row of environment ``e``, mirrored on first sight (ENV_NEW, then an ENV_SET per initialised
        slot) with the parents it needs; ``owner``: the context row it belongs to, when known. Nearly every
        call makes one."""
        env_rows = self.env_rows
        row = env_rows.get(e.id)
        if row is not None:
            return row
        if owner is None:
            owner = self._owner(e)
        parent = e.parent
        pid = 0
        while parent is not None:
            row = env_rows.get(parent.id)
            if row is not None:
                pid = row
                break
            if parent.scope.kind == "global" or self._known_owner(parent) == owner:
                pid = self.env(parent, owner if parent.scope.kind != "global" else 0)
                break
            parent = parent.parent
        sc = e.scope
        si = self.scope_ids.get(id(sc))
        if si is None:
            si = self.scope(sc)
        # Tape.new_id(K_ENV, si, pid, owner)
        i = len(self._id_kind)
        if cython.compiled:
            push_B(self._id_kind, K_ENV)
            push_I(self._id_a, si)
            push_q(self._id_b, pid)
            push_I(self._id_c, owner)
        else:
            self._id_kind.append(K_ENV)
            self._id_a.append(si)
            self._id_b.append(pid)
            self._id_c.append(owner)
        env_rows[e.id] = i
        self.env_keys[i] = e.id
        log = self._oplog
        if cython.compiled:
            put_record(log, ENV_NEW, i, 0, 0, 0)
        else:
            log += self._pack(ENV_NEW, i, 0, 0, 0)
        vals = [UNINIT] * len(sc.names)
        self._wenvs[i] = vals
        slot = 0
        for v in e.vals:
            if v is not UNINITIALIZED:
                c = self.enc(v)
                if cython.compiled:
                    put_record(log, ENV_SET, i, slot, UNINIT, c)
                else:
                    log += self._pack(ENV_SET, i, slot, UNINIT, c)
                vals[slot] = c
            slot += 1
        if sc.kind == "global" and not self.tape.global_env:
            self.tape.global_env = i
        return i

    def _leave_env(self, eid: int) -> None:
        """Code left environment ``eid``: released now unless a closure may keep it (then the next
        collection decides)."""
        if eid in self.escaped:
            self.dirty = True
        else:
            self._del_env(eid)

    def _del_env(self, eid: int) -> None:
        """Release environment ``eid`` (ENV_DEL; its values are saved, for stepping back). What it held may
        have died with it, unless plainly alive: held by global memory (see call_leave)."""
        vals = self._wenvs.get(eid)
        if vals is None:
            return
        cands = self.cands
        for c in vals:
            if c & 7 == T_REF:
                if self._held_gen != self.globals_gen:
                    self._held_by_globals()
                if c not in self._held:
                    cands.append(c >> 3)
        saved = self._saved
        saved.append(tuple(vals))
        if cython.compiled:
            put_record(self._oplog, ENV_DEL, eid, 0, len(saved) - 1, 0)
        else:
            self._oplog += self._pack(ENV_DEL, eid, 0, len(saved) - 1, 0)
        del self._wenvs[eid]
        self.escaped.discard(eid)
        key = self.env_keys.pop(eid, None)
        if key is not None:
            self.env_rows.pop(key, None)

    def call_leave(self, node, ctx, value) -> None:
        """``context_exit`` and ``returned`` of a plain script call that returned ``value``, in one."""
        if self.stopped:
            return
        frames = self.frames
        if not frames or frames[-1].ctx is not ctx or frames[-1].creating:
            self.context_exit(ctx, value, False)    # the stack is not as the call left it: the general way
            self.returned(node, value)
            return
        # the context leaves: what it had in flight, its frame, its environments
        frame = frames[-1]
        if len(self._wflight) > frame.mark:
            self._cut_flight(frame.mark)
        if self.bound_this:
            bound = self.bound_this.pop(frame.idx, None)
            if bound is not None:
                self.release(bound)
        tape = self.tape
        idx = frame.idx
        wf = self._wframes.pop()
        oplog = self._oplog
        if cython.compiled:
            put_record(oplog, POP, idx, wf[2], wf[1], 0)
        else:
            oplog += self._pack(POP, idx, wf[2], wf[1], 0)
        frames.pop()
        # its function, `this` and arguments may have died with it, unless plainly alive: held by global
        # memory, or built-in (a sloppy call's `this`, the global object). Whatever stops being held by
        # global memory later is a candidate then (the write that drops it says so).
        if self._held_gen != self.globals_gen:
            self._held_by_globals()
        held = self._held
        kinds = self._id_kind
        cands = self.cands
        fn = self._ctx_fn[idx]
        if fn and (fn << 3) | T_REF not in held:
            cands.append(fn)
        this = self._ctx_this[idx]
        if this & 7 == T_REF and this not in held and kinds[this >> 3] != K_BUILTIN:
            cands.append(this >> 3)
        args = self._ctx_args[idx]
        if args:
            pl = self._pl
            for k in range(args + 1, args + 1 + pl[args]):
                c = pl[k]
                if c & 7 == T_REF and c not in held and kinds[c >> 3] != K_BUILTIN:
                    cands.append(c >> 3)
        genv = tape.global_env
        chain = frame.chain
        for k in range(len(chain) - 1, -1, -1):
            eid = chain[k]
            if eid != genv:
                self._leave_env(eid)
        self.ctx_rows.pop(id(ctx), None)
        run = self.world.running
        if not frames and run > 0 and idx:
            # the job's function returned: the job no longer holds it (what it settles next, it still does)
            fnc = (fn << 3) | T_REF
            items = list(tape.items(run))
            if fnc in items:
                items.remove(fnc)
                self._op(RUNNING, 0, 0, run, tape.payload(items) or -1)
                self.dirty = True
        # its value lands at the call site
        if self._await_todo:
            self._await_resolve()
        calls = self.calls
        call = frame.call
        if not calls or calls[-1] is not call:
            self.pending_return = (idx, 0)      # calls above it ended without telling: the general way
            self.returned(node, value)
            return
        calls.pop()
        if call.ncall or call.nheld or call.handed:
            self._pop_call(call)
        self.pending_return = None
        vc = self.enc(value)
        if vc & 7 == T_REF:
            self._set_temps([vc])
        if self.dirty or self.cands or self.new_objs >= 256:
            self._collect()
        fc = self.obj_ref(call.callee)     # before taking the offset: registering writes payloads
        pl = self._pl
        off = len(pl)
        if cython.compiled:
            push_q(pl, 4)
            push_q(pl, idx)
            push_q(pl, vc)
            push_q(pl, 0)
            push_q(pl, fc)
        else:
            pl.extend((4, idx, vc, 0, fc))
        steplog = self._steplog
        n = len(steplog) // REC
        if n >= self._next_check:
            self._step_limit_and_progress(n)
        if frames and frames[-1].creating:
            self._emit_created(frames[-1])
        nops = len(oplog) // REC
        if cython.compiled:
            put_record(steplog, S_RETURN, call.loc, len(frames) or 1, off, nops)
        else:
            steplog += self._pack(S_RETURN, call.loc, len(frames) or 1, off, nops)
        if nops >= self.next_checkpoint:
            self._checkpoint(nops)

    # ================================================================== writes
    def binding_write(self, env, slot: int, value, init: bool) -> None:
        if self.stopped:
            return
        row = self.env_rows.get(env.id)
        eid = row if row is not None else self.env(env)
        vals = self._wenvs[eid]
        if slot >= len(vals) and eid == self.tape.global_env:
            self._grow_global()        # a console entry's let/const/class (their creation phase had no step)
        if slot >= len(vals):
            if slot != len(vals) or len(env.scope.names) <= slot:
                return
            # an eval added a var to this environment: it has its own, longer scope from now on
            self.tape.env_sizes.setdefault(eid, len(vals))
            self.tape.id_a[eid] = self.scope(env.scope)
            vals.append(ABSENT)
        old = vals[slot]
        new = self.enc(value)
        log = self._oplog
        pos = len(log) // REC
        if cython.compiled:
            put_record(log, ENV_SET, eid, slot, old, new)
        else:
            log += self._pack(ENV_SET, eid, slot, old, new)
        vals[slot] = new
        if old & 7 == T_REF:
            self.cands.append(old >> 3)
            if eid == self.tape.global_env:
                self.globals_gen += 1
        elif new & 7 == T_REF and eid == self.tape.global_env:
            self.globals_gen += 1
        if self.arg_alias and eid in self.arg_alias:
            self._alias_param_written(eid, slot)
        if init and type(value) is ScriptFunction and value.code.func_kind == "class":
            self._diff(new >> 3, value)     # its static members, prototype methods and field scope exist now
        stack = self._engine_stack
        if stack and stack[-1].phase is _CREATION:
            return
        frames = self.frames
        if frames:
            frame = frames[-1]
            if frame.creating:
                return
            loc = frame.last_loc if frame.last_loc >= 0 else self.last_loc
        else:
            loc = self.last_loc
        if self.dirty or self.cands or self.new_objs >= 256:
            self._collect()
        self._step(S_DECLARED if init else S_ASSIGNED, loc, pos, len(frames) or 1)

    def global_write(self, name: str, value) -> None:
        if self.stopped:
            return
        tape = self.tape
        k = tape.key_ids.get(name)
        if k is None:
            k = self.key(name)
        globals_ = self.world.globals
        old = globals_.get(k, ABSENT)
        if old == ABSENT:
            if name in self.global_scope.var_names or name in self.entry_vars:
                kind = "function" if name in self.global_functions else "var"
            else:
                kind = "implicit"
            tape.global_kinds[k] = kind
            tape.global_order.append(k)
        new = self.enc(value)
        log = self._oplog
        pos = len(log) // REC
        if cython.compiled:
            put_record(log, GLOBAL_SET, tape.global_env, k, old, new)
        else:
            log += self._pack(GLOBAL_SET, tape.global_env, k, old, new)
        globals_[k] = new
        if old & 7 == T_REF:
            self.cands.append(old >> 3)
            self.globals_gen += 1
        elif new & 7 == T_REF:
            self.globals_gen += 1
        frames = self.frames
        frame = frames[-1] if frames else None
        if frame is not None and frame.creating:
            return
        stack = self._engine_stack
        if stack and stack[-1].phase is _CREATION:
            return
        if self.dirty or self.cands or self.new_objs >= 256:
            self._collect()
        loc = frame.last_loc if frame is not None and frame.last_loc >= 0 else self.last_loc
        self._step(S_DECLARED if old == ABSENT else S_ASSIGNED, loc, pos, len(frames) or 1)

    def _step(self, kind: int, loc: int, payload: int, depth: int) -> None:
        """``OpLog._emit`` for a step whose frame is known not to be in its creation phase."""
        steplog = self._steplog
        n = len(steplog) // REC
        if n >= self._next_check:
            self._step_limit_and_progress(n)
        nops = len(self._oplog) // REC
        if cython.compiled:
            put_record(steplog, kind, loc, depth, payload, nops)
        else:
            steplog += self._pack(kind, loc, depth, payload, nops)
        if nops >= self.next_checkpoint:
            self._checkpoint(nops)

