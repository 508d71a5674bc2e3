"""The Recorder: the ``Hooks`` the interpreter calls, turned into a compact trace.

It mirrors what the program has in memory as a ``World`` of value codes (the
*head*), logs every change as one operation in typed arrays, and marks step
boundaries in that log. Nothing is snapshotted per step: ``Trace.state_at``
replays the log from the nearest checkpoint.

Objects enter the mirror lazily, the first time a value the trace shows
refers to them (their contents are copied then, and followed afterwards
through ``prop_write`` and ``touched``). Environments enter when first seen.
Releases follow reachability (``graph``): an environment that no closure ever
kept is released the moment its code leaves it; otherwise a collection decides.
"""

from __future__ import annotations

import gc

from ..engine.errors import DEFAULT_MAX_STEPS, Cancelled, StepLimitReached
from ..engine.hooks import Hooks
from ..engine.inspect import inspect
from ..engine.memory import DEFAULT_MAX_HEAP_MB
from ..engine.repl import can_run_entries
from ..engine.runtime import MappedArguments, ScriptFunction
from ..engine.values import (
    ENUMERABLE,
    UNDEFINED,
    JSError,
    JSThrow,
    JSObject,
    NativeFunction,
)
from .aliasing import ArgumentsAliasing
from .awaits import AwaitLinks
from .callstack import Call, CallStack
from .collector import Collector
from .encoder import Encoder, format_primitive
from .hotpath import HotPath
from .jobqueue import JobQueue
from .mirror import HeapMirror
from .model import ConsoleLine, Entry, Outcome
from .oplog import CHECKPOINT_MIN, REC, RECORD, OpLog, trim
from .tape import (
    ABSENT,
    C_RESUMED,
    ENV_SET,
    HOLD,
    K_PROMISE,
    NCALL_PUSH,
    R_NATIVE,
    R_SUSPENDED,
    R_THREW,
    RUNNING,
    S_CALL,
    S_CAUGHT,
    S_CLOSURE_CREATED,
    S_CONSOLE,
    S_ENTRY,
    S_ENTRY_RESULT,
    S_PROGRAM_END,
    S_PROGRAM_START,
    S_PROPERTY_WRITTEN,
    S_QUEUED,
    S_RETURN,
    S_TASK_RUN,
    S_THROWN,
    SUSPEND,
    T_REF,
    UNDEF,
    UNINIT,
    Tape,
)
from .world import (
    OBJ_HELD,
    World,
)


OUTCOMES = [o.value for o in Outcome]
RECORDING_GC_THRESHOLD = 50_000   # Python's gen-0 threshold while recording (see record)


class Recorder(HotPath, Encoder, OpLog, HeapMirror, Collector, CallStack, JobQueue, ArgumentsAliasing, AwaitLinks,
               Hooks):
    """The hooks the interpreter calls: what each event writes, through the encoder, the op log, the heap
    mirror, the collector, the call stack and the job queue (one module each); the hooks of nearly every
    step are in the hot path."""

    def __init__(self, source: str, filename: str = "main.js", max_steps: int = DEFAULT_MAX_STEPS, progress=None,
                 preview: bool = False):
        self.tape = Tape(source)
        self.world = World()
        self.filename = filename
        self.max_steps = max_steps
        self.progress = progress
        self.preview = preview        # a step limit ends a preview (see record)
        self.interp = None
        self.realm = None
        self.global_scope = None
        self.global_functions: set[str] = set()
        self.entry_vars: set[str] = set()     # var and function names console entries declared
        self.builtin_limit = 0
        self.obj_rows: dict[int, int] = {}    # engine oid -> id
        self.obj_keys: dict[int, int] = {}    # id -> engine oid
        self.env_rows: dict[int, int] = {}    # engine env id -> id
        self.env_keys: dict[int, int] = {}    # id -> engine env id
        self.loc_ids: dict[int, int] = {}
        self.scope_ids: dict[int, int] = {}
        self.code_ids: dict[int, int] = {}
        self._keep: list = []                 # keep keyed objects alive so their ids stay unique
        self.raw_elems: dict[int, list] = {}
        self.raw_props: dict[int, dict] = {}
        self.awaiting: dict[int, int] = {}    # paused async context -> payload offset of its promise
        self.holds: dict[int, list] = {}      # engine oid -> payload offsets: values the running code keeps (Hooks.hold)
        self.builtin_holds: dict[tuple, object] = {}   # (built-in's oid, key) -> what the program stored there
        self.bound_this: dict[int, object] = {}     # frame row -> the `this` super() gave a derived constructor
        self.escaped: set[int] = set()
        self._early_exc = None                # an engine error already told as thrown, before its object exists
        self.orphans: list[int] = []          # reaction handlers of a promise that just settled
        self.reactions: dict[int, list] = {}  # pending promise -> [fulfil handlers, reject handlers]
        self.gen_of_ctx: dict[int, int] = {}  # context -> generator object id
        self.dirty = False
        self.cands: list[int] = []            # objects a reference was dropped to since the last collection
        self.objs_after_gc = 0
        self.gc_ops = 0                       # op log length at the last full collection
        self.new_objs = 0
        self._todo: list = []
        self._registering = False
        self.stopped = False
        self.arg_alias = {}
        self._await_todo: list = []
        self.checkpoints: list[World] = [World()]
        self.next_checkpoint = CHECKPOINT_MIN
        self.next_progress = 10000
        self._steplog = bytearray()
        self._oplog = bytearray()
        self._pl = self.tape.pl
        self._pack = RECORD.pack
        self._next_check = min(max_steps, self.next_progress)   # the step count at which _emit looks up
        self.outcome = Outcome.COMPLETED
        self._program_outcome: Outcome | None = None   # the program's, once console entries are recorded
        self.error_message: str | None = None
        self.error_loc = -1
        self.last_loc = -1
        self.finished = False
        self._init_stack()
        self._init_queue()
        self._init_hot()

    def _kept_to_one_place(self) -> bool:
        """Whether the second half of the run stayed within the lines its last tenth ran: the same
        loop (or recursion) took most of the limit, so it may be endless; otherwise the program was
        still moving on when the limit came."""
        n = self._nsteps()
        if n < 20:
            return True
        locs = memoryview(self._steplog)[(n // 2) * REC:n * REC].cast("q")[1::5].tolist()
        ranges = self.tape.locations

        def lines(part) -> tuple:
            found = [ranges[i].range.start_line for i in set(part) if i >= 0]
            return (min(found), max(found)) if found else (0, 0)
        return lines(locs) == lines(locs[-max(1, len(locs) // 5):])

    # ================================================================== hooks: the program
    def program_start(self, interp, global_env) -> None:
        self.interp = interp
        self.tape.pieces = interp.pieces      # the engine appends each new piece
        self._engine_stack = interp.stack
        self.realm = interp.realm
        self.global_scope = global_env.scope
        self.global_functions = set(global_env.scope.var_functions)
        self.builtin_limit = JSObject(None).oid
        tape = self.tape
        # context 0 is the global one
        tape.ctx_fn.append(0)
        tape.ctx_num.append(1)
        tape.ctx_loc.append(-1)
        tape.ctx_this.append(UNDEF)
        tape.ctx_args.append(0)
        tape.ctx_env.append(0)
        self._emit(S_PROGRAM_START, -1)
        tape.ctx_env[0] = self.env(global_env, 0)
        self.globals_gen += 1

    def program_end(self, outcome: str, error) -> None:
        if self.finished:
            return
        if self._await_todo:
            self._await_resolve()
        self.finished = True
        self.stopped = True
        if outcome == Outcome.STEP_LIMIT.value and self.preview:
            outcome = Outcome.PREVIEW.value
        try:
            self.outcome = Outcome(outcome)
        except ValueError:
            self.outcome = Outcome.UNCAUGHT_ERROR
        if self.world.running > 0:
            self._op(RUNNING, 0, 0, self.world.running, -1)
            self.dirty = True
        self.orphans.clear()
        if self.dirty:
            self._collect(force=True)
        if self.outcome == Outcome.UNCAUGHT_ERROR:
            self.error_message = self._error_text(error)
        elif self.outcome == Outcome.STEP_LIMIT:
            loc = self._cur_loc()
            where = f" while running line {self.tape.locations[loc].range.start_line}" if loc >= 0 else ""
            self.error_message = (f"Stopped after {self._nsteps():,} steps{where}: " + (
                "the program may be stuck in an endless loop." if self._kept_to_one_place()
                else "the program had not finished yet."))
            self.error_loc = loc
        elif self.outcome == Outcome.CANCELLED:
            self.error_message = "The run was cancelled."
            self.error_loc = self._cur_loc()
        self._emit(S_PROGRAM_END, -1, OUTCOMES.index(self.outcome.value))

    # ================================================================== hooks: console entries
    def entry_start(self, index: int, code: str) -> None:
        self.finished = self.stopped = False
        self._program_outcome = self.outcome if index == 0 else self._program_outcome
        tape = self.tape
        tape.console_entries_started = True
        self._clear_stack()
        self.pending_return = None
        var_names, functions = self.interp.entry_declared
        self.entry_vars.update(var_names, functions)
        self.global_functions.update(functions)
        self._entry = [index, code, self._nsteps(), "", False]
        self._emit(S_ENTRY, -1, index)
        self._console_line("input", code)

    def entry_result(self, text: str, error: bool) -> None:
        e = self._entry
        if not e[3]:
            e[3] = text
        e[4] = e[4] or error
        if not self.stopped:
            self._clear_stack()
            self._emit(S_ENTRY_RESULT, -1, e[0])
        self._console_line("error" if error else "result", text)

    def entry_end(self) -> None:
        e = self._entry
        if not self.stopped:
            if self.world.running > 0:
                self._op(RUNNING, 0, 0, self.world.running, -1)
            self.orphans.clear()
            self._collect(force=True)
        piece = self.interp.entry_pieces.get(e[0], 0)
        self.tape.console_entries.append(Entry(e[0], e[1], piece, e[2], self._nsteps() - 1, e[3], e[4]))
        self.finished = self.stopped = True
        self.outcome = self._program_outcome

    def entry_failed(self) -> None:
        """The engine failed inside the last entry (a bug, not the learner's): the entry says so and ends
        the entries; the program's recording stays whole."""
        from dataclasses import replace

        text = "Closure Explorer could not run this entry (an internal error); the entries stop here."
        if self.tape.console_entries:
            last = self.tape.console_entries[-1]
            self.tape.console_entries[-1] = replace(last, result=last.result or text, error=True)
        self._console_line("error", text)
        self.finished = self.stopped = True
        self.outcome = self._program_outcome or self.outcome

    def _console_line(self, stream: str, text: str) -> None:
        """A console line at the last step (an entry's echo and what the console shows for it)."""
        step = self._nsteps() - 1
        self.tape.console.append(ConsoleLine(step, stream, text))
        self.tape.console_steps.append(step)

    def _error_text(self, error) -> str:
        if isinstance(error, str):
            return error
        if isinstance(error, JSObject):
            if error.cls == "Error":
                name = error.get("name")
                msg = error.get("message")
                name = name if isinstance(name, str) else "Error"
                msg = msg if isinstance(msg, str) else ""
                return f"{name}: {msg}" if msg else name
            return f"Uncaught {self._describe(error)}"
        return f"Uncaught {format_primitive(error)}"

    def _describe(self, v) -> str:
        try:
            return inspect(v)
        except Exception:  # inspecting must never break a recording
            return repr(v)

    # ================================================================== hooks: steps of code
    def call(self, node, callee, this, args: list) -> None:
        if self.stopped:
            return
        depth = len(self.frames)
        if type(callee) is ScriptFunction:
            enc = self.enc
            row = self.obj_rows.get(callee.oid)
            arg_codes = [enc(a) for a in args]
            codes = [0, (row << 3) | T_REF if row is not None else self.obj_ref(callee),   # [flags, function,
                     UNDEF if this is UNDEFINED else enc(this)]                            #  this, args...]
            codes += arg_codes
            self._set_temps(codes)
            loc = self.loc_ids.get(id(node))
            if loc is None:
                loc = self.loc(node)
            c = Call(node, callee, True, 0, depth, None, args, arg_codes, codes[1], loc)
            c.first_id = len(self.tape.id_kind)
            self.calls.append(c)
            if self.dirty or self.cands or self.new_objs >= 256:
                self._collect()
            pl = self._pl
            off = len(pl)
            pl.append(len(codes))
            pl.extend(codes)
            self._emit(S_CALL, loc, off)
            return
        held = [self.enc(a) for a in args if isinstance(a, ScriptFunction)]
        if isinstance(this, ScriptFunction):
            held.append(self.enc(this))
        off = 0
        if held:
            off = self.tape.payload(held)
            self._op(NCALL_PUSH, off)
        c = Call(node, callee, False, off, depth, this, args)
        c.first_id = len(self.tape.id_kind)
        self.calls.append(c)

    def hold(self, value) -> None:
        if self.stopped or not isinstance(value, JSObject):
            return
        off = self.tape.payload([self.enc(value)])
        self.holds.setdefault(value.oid, []).append(off)
        self._op(NCALL_PUSH, off)

    def release(self, value) -> None:
        if self.stopped or not isinstance(value, JSObject):
            return
        offs = self.holds.get(value.oid)
        if offs:
            self._unhold(offs.pop())
            if not offs:
                del self.holds[value.oid]

    def returned(self, node, value) -> None:
        if self.stopped:
            return
        if self._await_todo:
            self._await_resolve()
        c = self._landed(node)
        if c is None:
            return
        if c.ncall or c.nheld or c.handed:
            self._pop_call(c)
        if node.type == "CallExpression" and node.callee.type == "Super" and self.frames:
            # the derived constructor's `this` is bound now: its context keeps it until it ends
            self.hold(value)
            self.bound_this[self.frames[-1].idx] = value
        vc = self.enc(value)
        if c.script:
            pending = self.pending_return
            idx, flags = pending if pending is not None else (-1, 0)
            self.pending_return = None
            if vc & 7 == T_REF:
                self._set_temps([vc])
            if self.dirty or self.cands or self.new_objs >= 256:
                self._collect()
            loc = self.loc_ids.get(id(node))
            fc = self.obj_ref(c.callee)     # before taking the offset: registering writes payloads
            pl = self._pl
            off = len(pl)
            pl.extend((4, idx, vc, flags, fc))
            self._emit(S_RETURN, self.loc(node) if loc is None else loc, off)
            return
        if isinstance(c.this, JSObject):
            j = self.obj_rows.get(c.this.oid)
            if j is not None and self.tape.id_kind[j] == K_PROMISE:
                self._sync_promise(j, c.this)
        callee = c.callee
        if type(callee) is NativeFunction and callee.oid >= self.builtin_limit:
            j = self.obj_rows.get(callee.oid)
            if j is not None:
                self._sync_edges(j, callee)     # an engine-made function may keep what it was given
        if vc & 7 == T_REF and not c.called_back:
            self._set_temps([vc])       # a built-in's result (a bound function, a new array) is in flight
        if c.called_back:
            self._set_temps([vc])
            self._collect()
            self._emit(S_RETURN, self.loc(node), self.tape.payload([-1, vc, R_NATIVE, self.enc(c.callee)]))
        elif any(self._worth_telling(e) for e in self._collect()):
            # what it removed (a Map entry, a timer...) was the last reference: its return step tells the release
            self._emit(S_RETURN, self.loc(node), self.tape.payload([-1, vc, R_NATIVE, self.enc(c.callee)]))

    # ================================================================== hooks: contexts
    def context_enter(self, ctx) -> None:
        if self.stopped:
            return
        frame = self._push_frame(ctx)
        if ctx.arguments is not None:
            self._alias_register(ctx, frame.chain[0])
        if ctx.function is None:
            self._global_hoisted()

    def _global_hoisted(self) -> None:
        """The script's own globals already on the global object (var/function names)."""
        if self.realm is None or self.tape.console_entries_started:    # (an entry makes its own: eval's vars)
            return
        g = self.realm.global_object
        for name in self.global_scope.var_names:
            v = g.props.get(name)
            if v is not None and g.flags_of(name) & ENUMERABLE:
                self.global_write(name, v)

    def _grow_global(self) -> None:
        """A console entry's let/const/class joined the global environment (the engine gave it a grown
        copy of its scope): Global Memory gets their rows, <uninitialized> until declared, as an eval's
        var grows its environment (see binding_write)."""
        tape = self.tape
        genv = tape.global_env
        engine_genv = self.interp.global_env
        if not genv or engine_genv is None or genv not in self.world.envs:
            return
        sc = engine_genv.scope
        vals = self.world.envs[genv]
        have = len(vals)
        if len(sc.names) <= have:
            return
        tape.env_sizes.setdefault(genv, have)
        tape.id_a[genv] = self.scope(sc)
        for slot in range(have, len(sc.names)):
            vals.append(ABSENT)
            self._op(ENV_SET, genv, slot, ABSENT, UNINIT)

    def context_execute(self, ctx) -> None:
        if self.stopped:
            return
        frames = self.frames
        if frames and frames[-1].ctx is ctx:
            self._start_executing(frames[-1])

    def context_exit(self, ctx, value, threw: bool) -> None:
        if self.stopped:
            return
        if threw:
            if isinstance(value, (StepLimitReached, Cancelled)):
                self.stopped = True
                return
            if type(value).__name__ == "GeneratorReturn":      # gen.return(v): a return, not an error
                threw, value = False, getattr(value, "value", UNDEFINED)
            elif isinstance(value, JSError) and value is not self._early_exc:
                self._thrown_early(ctx, value)
        frame = self._pop_frame(ctx, True)
        if frame is None:
            return
        self.ctx_rows.pop(id(ctx), None)
        off = self.awaiting.pop(frame.idx, 0)
        if off:
            self.settling.append(off)    # the engine settles the promise after this: let go once it has
        gid = self.gen_of_ctx.pop(frame.idx, None)
        if gid is not None and gid in self.world.objs and self.world.objs[gid][OBJ_HELD]:
            self._op(HOLD, gid, 0, self.world.objs[gid][OBJ_HELD], 0)
            self.dirty = True
        flags = R_THREW if threw else 0
        run = self.world.running
        if not self.frames and run > 0 and frame.idx:
            # the job's function returned: the job no longer holds it (what it settles next, it still does)
            fn = (self.tape.ctx_fn[frame.idx] << 3) | T_REF
            items = list(self.tape.items(run))
            if fn in items:
                items.remove(fn)
                self._op(RUNNING, 0, 0, run, self.tape.payload(items) or -1)
                self.dirty = True
        if frame.idx == 0:
            self._collect()
            return
        if frame.call is not None and not threw:
            self.pending_return = (frame.idx, flags)
            return
        if frame.call is not None:
            frame.call.bound = False
        if threw and isinstance(value, JSThrow):
            value = value.value if value.value is not None else UNDEFINED   # the JavaScript value thrown
        vc = self.enc(value)
        self._set_temps([vc])       # the value returned, or the exception on its way to a catch
        self._collect()
        loc = frame.call and self.loc(frame.call.node)
        if loc is None or loc < 0:
            loc = self.loc(self.calls[-1].node) if self.calls else frame.last_loc
        fc = (self.tape.ctx_fn[frame.idx] << 3) | T_REF
        self._emit(S_RETURN, loc, self.tape.payload([frame.idx, vc, flags, fc]))

    def context_suspend(self, ctx) -> None:
        if self.stopped:
            return
        frame, flying = self._suspend_frame(ctx)
        if frame is None:
            return
        top = frame.chain[-1]
        promise = ctx.async_promise
        if isinstance(promise, JSObject):
            # a paused async call keeps the promise it will settle, and the value it awaits (in flight
            # when it paused): the panel links the paused memory to both
            old = self.awaiting.get(frame.idx)
            self.awaiting[frame.idx] = off = self.tape.payload([self.enc(promise)] + flying)
            self._op(NCALL_PUSH, off)
            if old:
                self._unhold(old)
            self._await_begin(frame.idx, ctx)
        gid = self.gen_of_ctx.get(frame.idx)
        if gid is not None and gid in self.world.objs:
            self._op(HOLD, gid, 0, self.world.objs[gid][OBJ_HELD], top)
        else:
            self._op(SUSPEND, frame.idx, top)
        if frame.call is not None and frame.call.bound:
            self.pending_return = (frame.idx, R_SUSPENDED)
            return
        self._collect()
        fc = (self.tape.ctx_fn[frame.idx] << 3) | T_REF
        self._emit(S_RETURN, frame.last_loc, self.tape.payload([frame.idx, UNDEF, R_SUSPENDED, fc]))

    def context_resume(self, ctx) -> None:
        if self.stopped:
            return
        idx = self._resume_frame(ctx)
        fc = (self.tape.ctx_fn[idx] << 3) | T_REF
        self._emit(S_CALL, self.tape.codes[self.tape.id_a[self.tape.ctx_fn[idx]]].header
                   if self.tape.ctx_fn[idx] else -1, self.tape.payload([C_RESUMED, fc, UNDEF]))

    def env_enter(self, env) -> None:
        if self.stopped:
            return
        frame = self._top()
        if frame is None:
            self.env(env)
            return
        self._frame_env(frame, env)

    def env_exit(self, env) -> None:
        if self.stopped:
            return
        self._leave_block(env)

    # ================================================================== hooks: writes
    def prop_write(self, obj, key, value) -> None:
        if self.stopped:
            return
        if obj.oid < self.builtin_limit:
            self._builtin_keeps(obj, key, value)
        i = self.obj_rows.get(obj.oid)
        if i is None:
            c = obj.props.get("constructor")
            if isinstance(c, ScriptFunction) and c.oid in self.obj_rows and c.props.get("prototype") is obj:
                # `F.prototype.m = ...`: F's prototype now holds something: F's edges include it from now on
                self._diff(self.obj_rows[c.oid], c)
            return
        if type(key) is float and key.is_integer():
            key = str(int(key))
        start = self._nops()
        if not self._write_one(i, obj, key):
            self._diff(i, obj)
        if type(obj) is MappedArguments:
            self._alias_args_written(obj)
        if self._nops() == start:
            return
        self._collect()
        self._emit(S_PROPERTY_WRITTEN, self._cur_loc(), self.tape.payload([i, self.key(key), start]))


    def _builtin_keeps(self, obj, key, value) -> None:
        """`String.prototype.shout = function () {…}`: a built-in lives as long as the realm, and keeps what
        the program stores on it (held as a root: built-ins are drawn only when pointed at)."""
        old = self.builtin_holds.pop((obj.oid, key), None)
        if old is not None:
            self.release(old)
        if isinstance(value, JSObject) and value.oid >= self.builtin_limit:
            self.hold(value)
            self.builtin_holds[(obj.oid, key)] = value

    def prop_delete(self, obj, key) -> None:
        if self.stopped:
            return
        if obj.oid < self.builtin_limit and self.builtin_holds:
            self._builtin_keeps(obj, key, UNDEFINED)
        i = self.obj_rows.get(obj.oid)
        if i is None:
            return
        start = self._nops()
        self._diff(i, obj)
        self._collect()
        self._emit(S_PROPERTY_WRITTEN, self._cur_loc(), self.tape.payload([i, self.key(key), start]))

    def touched(self, obj) -> None:
        if self.stopped:
            return
        i = self.obj_rows.get(obj.oid)
        if i is None:
            return
        self._diff(i, obj)
        if type(obj) is MappedArguments:
            self._alias_args_written(obj)
        self._collect_after_builtin()

    def appended(self, obj, count: int) -> None:
        """``touched`` after a push: the elements before the new ones need no comparing (a push loop
        stays linear)."""
        if self.stopped:
            return
        i = self.obj_rows.get(obj.oid)
        if i is None:
            return
        self._diff(i, obj, count)
        self._collect_after_builtin()

    def closure(self, fn, node) -> None:
        if self.stopped:
            return
        fc = self.enc(fn)
        if self._creating():
            return
        if fn.func_kind == "method":
            return
        self._set_temps([fc])
        self._emit(S_CLOSURE_CREATED, self.loc(node), fc)

    # ================================================================== hooks: the world outside
    def console(self, stream: str, text: str) -> None:
        if self.stopped:
            return
        tape = self.tape
        self._emit(S_CONSOLE, self._native_call_loc(), len(tape.console))
        step = self._nsteps() - 1
        tape.console.append(ConsoleLine(step, stream, text))
        tape.console_steps.append(step)

    def queued(self, kind: str, job_id: int, label: str, delay: float = 0.0, callback=None) -> None:
        if self.stopped:
            return
        if self.settling:
            self._check_promises()
        loc = self._await_loc(callback)
        row = self._enqueue(kind, job_id, label, delay, callback)
        self._emit(S_QUEUED, self._native_call_loc() if loc < 0 else loc, row)

    def dequeued(self, kind: str, job_id: int, label: str) -> None:
        if self.stopped:
            return
        if self._await_todo:
            self._await_resolve()
        row = self._start_job(kind, job_id, label)
        self._check_promises()
        self._collect()
        self._emit(S_TASK_RUN, -1, row)

    def cancelled(self, kind: str, job_id: int) -> None:
        if self.stopped:
            return
        self._unqueue(kind, job_id)
        self._collect_after_builtin()

    def _collect_after_builtin(self) -> None:
        """A built-in at work changed memory (arr.pop(), m.delete(k), clearTimeout(t)): what it took out
        may be its result, and a release is told in the step that caused it: collected at its return
        (``returned``). Changed by the engine outside any call: a step of its own."""
        calls = self.calls
        if calls and not calls[-1].script and calls[-1].depth == len(self.frames):
            return
        self._collect_standalone()

    def _thrown_early(self, ctx, exc: JSError) -> None:
        """An engine error (``null.x``) is told to us only where it is caught: tell the throw where it happens."""
        self._early_exc = exc
        frame = self.frames[-1] if self.frames and self.frames[-1].ctx is ctx else None
        where = self.interp.current_node    # the expression that failed (`couter`, `o.x`)
        if where is not None:
            loc = self.loc(where)
        else:
            loc = frame.last_loc if frame is not None else self._cur_loc()
        self.error_loc = loc
        if exc.value is not None:
            code = self.enc(exc.value)
            self._set_temps([code])
        else:
            code = (self.tape.other("error", f"{exc.kind}: {exc.message}") << 3) | 5
        self._emit(S_THROWN, loc, code)

    def thrown(self, value, node) -> None:
        if self.stopped:
            return
        early = self._early_exc
        if early is not None and early.value is value:
            self._early_exc = None
            self.enc(value)
            return
        vc = self.enc(value)
        loc = self.loc(node) if node is not None else self._cur_loc()
        self.error_loc = loc
        self._set_temps([vc])
        self._emit(S_THROWN, loc, vc)

    def caught(self, value, node) -> None:
        if self.stopped:
            return
        self._unwind_calls(len(self.frames))
        self.pending_return = None
        vc = self.enc(value)
        self._set_temps([vc])
        self._collect()
        self._emit(S_CAUGHT, self.loc(node), vc)

    # ================================================================== the end
    def stop(self, outcome: Outcome, error=None) -> None:
        """End a recording the engine did not end itself (limit or cancel raised through it)."""
        if self.finished:
            return
        self.program_end(outcome.value, error)

    def trace(self):
        """The finished Trace (the recorder lets go of the engine's objects)."""
        from .trace import Trace
        if not self.finished:
            self.stop(Outcome.COMPLETED)
        self.world.pos = self._nops()
        self.tape.adopt_logs(self._steplog, self._oplog)
        for a in (self._pl, self._id_kind, self._id_a, self._id_b, self._id_c, self._ctx_fn, self._ctx_num,
                  self._ctx_loc, self._ctx_this, self._ctx_args, self._ctx_env):
            trim(a)     # the arrays the hot path grows
        # emptied in place: the fused tick (held by the interpreter until a collection) shares them
        del self._steplog[:], self._oplog[:]
        cps = self.checkpoints
        if cps[-1].pos != self.world.pos:
            cps.append(self.world)
        t = Trace(self.tape, cps, filename=self.filename, outcome=self.outcome,
                  error_message=self.error_message,
                  error_loc=self.error_loc if self.outcome != Outcome.COMPLETED else -1)
        self.interp = self.realm = None
        self.frames = []
        self.calls = []
        return t


def record(source: str, *, filename: str = "main.js", max_steps: int = DEFAULT_MAX_STEPS, cancel=None, progress=None,
           preview: bool = False, entries=(), max_heap_mb: float | None = DEFAULT_MAX_HEAP_MB):
    """Run ``source`` and record it. Raises JSSyntaxError / NotSupported for programs that cannot run.

    ``entries``: console entries run after the program (and its event loop) in the same realm, each
    recorded as more steps (``Trace.entries``); they run only after a program that completed or ended
    in an uncaught error. The program and its entries are one deterministic recording.

    ``preview``: the first ``max_steps`` steps are wanted quickly, to show while the whole run is
    recorded again; reaching the limit then ends the trace as a preview, not as a step-limit stop.
    The engine is deterministic (``Math.random`` is seeded, the clock is virtual), so those steps
    are the first steps of the full recording too.
    """
    from ..engine import Interpreter

    rec = Recorder(source, filename, max_steps, progress, preview)
    interp = Interpreter(source, filename=filename, hooks=rec, max_steps=max_steps, cancel=cancel,
                         max_heap_mb=max_heap_mb)
    thresholds = gc.get_threshold()
    # Every call makes a few small objects (a context, its environment, tuples), so Python's
    # young-generation collection would run every few hundred steps; a larger threshold makes it
    # rarer (5-9% of recording time) while contexts' reference cycles are still collected.
    gc.set_threshold(max(thresholds[0], RECORDING_GC_THRESHOLD), *thresholds[1:])
    try:
        result = interp.run()
    except StepLimitReached:
        rec.stop(Outcome.STEP_LIMIT)
        result = None
    except Cancelled:
        rec.stop(Outcome.CANCELLED)
        result = None
    finally:
        gc.set_threshold(*thresholds)
    if not rec.finished and result is not None:
        outcome = getattr(result, "outcome", "completed")
        rec.stop(Outcome(getattr(outcome, "value", outcome)), getattr(result, "error", None))
    if result is not None and entries and can_run_entries(interp):
        gc.set_threshold(max(thresholds[0], RECORDING_GC_THRESHOLD), *thresholds[1:])
        try:
            for code in entries:
                interp.run_entry(code)
                if not can_run_entries(interp):    # an entry used up the step limit
                    break
        except Cancelled:
            rec.finished = True
            rec.outcome = Outcome.CANCELLED
            rec.error_message = "The run was cancelled."
        except Exception:  # noqa: BLE001 - an engine bug in an entry must not take the program's recording with it
            rec.entry_failed()
        finally:
            gc.set_threshold(*thresholds)
    return rec.trace()
