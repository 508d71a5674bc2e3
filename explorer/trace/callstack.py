"""The call stack as the recorder follows it: the contexts the program is in (frames, with the
environments each has entered) and the calls in progress (a script call between its call and its
return, a built-in's call that holds its function arguments or runs script code)."""

from __future__ import annotations

from ..engine.runtime import Phase
from ..engine.values import UNDEFINED, JSObject
from .tape import (
    FRAME_ENV,
    NCALL_PUSH,
    PHASE,
    POP,
    PUSH,
    S_CONTEXT_CREATED,
    T_REF,
    UNDEF,
    UNSUSPEND,
)
from .world import CREATION, EXECUTION


class Frame:
    """What the recorder remembers of a context on the stack (not part of the trace)."""

    __slots__ = ("ctx", "idx", "chain", "last_loc", "call", "creating", "executing", "top_env", "mark")

    def __init__(self, ctx, idx, env, call, mark=0):
        self.ctx = ctx
        self.mark = mark            # values in flight below this are the callers': kept at its statements
        self.idx = idx
        self.chain = [env]          # its own environments, function env first, innermost last
        self.top_env = ctx.env      # the engine environment known to be chain[-1] (None: look it up)
        self.last_loc = -1
        self.call = call
        self.creating = True
        self.executing = False


class Call:
    """A call in progress, from its ``call`` hook to the value landing back at its call site."""

    __slots__ = ("node", "callee", "script", "ncall", "depth", "called_back", "bound", "this", "args",
                 "arg_codes", "fc", "loc", "nheld", "first_id", "handed")

    def __init__(self, node, callee, script, ncall, depth, this=None, args=None, arg_codes=None, fc=0, loc=-1):
        self.node = node
        self.this = this
        # a script call: what the context's row repeats, already encoded
        self.args = args
        self.arg_codes = arg_codes
        self.fc = fc                # the callee, as a value code
        self.loc = loc              # the call site
        self.callee = callee
        self.script = script
        self.ncall = ncall          # payload offset of the functions it holds (0: none)
        self.depth = depth
        self.called_back = False    # a native that ran script code (map, forEach, sort...)
        self.bound = False          # a script call whose context was pushed
        self.nheld = 0              # a native that called back: payload offset of its receiver and arguments
        self.first_id = 0           # the first trace id given after it started
        self.handed = None          # (payload offsets, codes) of what its machinery made and handed to script code


class CallStack:
    """Contexts' rows, the frames and calls in progress, and the environments each frame runs in."""

    def _init_stack(self) -> None:
        self.ctx_rows: dict[int, tuple] = {}  # id(ctx) -> (ctx, idx)
        self.frames: list[Frame] = []
        self.calls: list[Call] = []
        self.suspended_chains: dict[int, list] = {}   # paused context -> its frame's environments
        self.pending_return = None            # (ctx, flags) of a script call that left, until its value lands
        self._engine_stack = None             # the interpreter's own stack (its contexts' phases)

    # ================================================================== contexts
    def ctx(self, ctx, call: Call | None = None) -> int:
        """The row of a context (made on first sight); ``call``: the script call that made it, whose
        function, call site and arguments are already encoded."""
        ent = self.ctx_rows.get(id(ctx))
        if ent is not None:
            return ent[1]
        tape = self.tape
        idx = len(tape.ctx_fn)
        self.ctx_rows[id(ctx)] = (ctx, idx)
        fn = ctx.function
        if call is not None and call.node is ctx.call_node:
            fn_id, loc = call.fc >> 3, call.loc
        else:
            fn_id, loc = 0, self.loc(ctx.call_node)
        # the row exists before any other value is encoded: encoding may register other contexts
        tape.ctx_fn.append(fn_id)
        tape.ctx_num.append(ctx.number or 1)
        tape.ctx_loc.append(loc)
        tape.ctx_this.append(UNDEF)
        tape.ctx_args.append(0)
        tape.ctx_env.append(0)
        if fn is not None and not fn_id:
            tape.ctx_fn[idx] = self.obj_ref(fn) >> 3
        this = ctx.this
        if this is None:     # an arrow function: its `this` is the surrounding function's
            this = self._lexical_this(fn.scope if fn is not None else None)
        if this is not UNDEFINED:
            tape.ctx_this[idx] = self.enc(this)
        args = ctx.args
        if fn is not None and args:
            if call is not None and call.args is args:
                arg_codes = call.arg_codes
            else:
                enc = self.enc
                arg_codes = [enc(a) for a in args]
            tape.ctx_args[idx] = tape.payload(arg_codes)
        return idx

    def _lexical_this(self, e):
        while e is not None:
            c = e.ctx
            if c is not None and c.this is not None:
                return c.this
            e = e.parent
        return self.realm.global_object if self.realm is not None else UNDEFINED

    def _top(self) -> Frame | None:
        return self.frames[-1] if self.frames else None

    def _creating(self) -> bool:
        """In a creation phase: hoisting and parameter binding are part of CONTEXT_CREATED, not steps."""
        if self.frames and self.frames[-1].creating:
            return True
        stack = self._engine_stack
        return bool(stack) and stack[-1].phase is Phase.CREATION

    def _cur_loc(self) -> int:
        f = self._top()
        if f is not None and f.last_loc >= 0:
            return f.last_loc
        return self.last_loc

    def _native_call_loc(self) -> int:
        for c in reversed(self.calls):
            return self.loc(c.node)
        return self._cur_loc()

    def _push_frame(self, ctx) -> Frame:
        """A context was pushed: its row, its environment, its frame (in its creation phase)."""
        call = native = None
        if ctx.function is None:
            self.ctx_rows[id(ctx)] = (ctx, 0)
            idx = 0
            self.tape.ctx_this[0] = self.enc(ctx.this)
        else:
            if self.calls:
                top = self.calls[-1]
                if top.script and not top.bound and top.callee is ctx.function:
                    top.bound = True
                    call = top
                elif top.script:
                    # code the call's machinery runs before the callee's frame, or instead of one (a
                    # class without a constructor of its own: its parent's, a promise's executor)
                    if not top.bound and top.depth == len(self.frames):
                        native = top
                else:
                    if not top.called_back:
                        self._called_back(top)
                    if top.depth == len(self.frames):
                        native = top
            idx = self.ctx(ctx, call)
            if native is not None:
                self._handed_over(native, idx)
        eid = self.env(ctx.env, idx)
        self.tape.ctx_env[idx] = eid
        w = self.world
        self._oplog += self._pack(PUSH, idx, eid, 0, 0)
        w.frames.append([idx, CREATION, eid])
        frame = Frame(ctx, idx, eid, call, len(w.flight))
        self.frames.append(frame)
        return frame

    def _emit_created(self, frame: Frame) -> None:
        frame.creating = False
        if frame.idx == 0 and self.tape.console_entries_started:
            self._grow_global()        # a console entry's declarations are part of its creation phase
        fn = self.tape.ctx_fn[frame.idx]
        loc = self.tape.codes[self.tape.id_a[fn]].header if fn else -1
        self._emit(S_CONTEXT_CREATED, loc, frame.idx)

    def _start_executing(self, frame: Frame) -> None:
        """The frame's creation phase is over (its CONTEXT_CREATED step, if not told yet)."""
        if frame.creating:
            self._emit_created(frame)
        frame.executing = True
        top = self.world.frames[-1]
        if top[1] == CREATION:
            self._oplog += self._pack(PHASE, len(self.frames) - 1, 0, CREATION, EXECUTION)
            top[1] = EXECUTION

    def _pop_frame(self, ctx, release: bool) -> Frame | None:
        """The context left the stack (and the contexts above it that left without telling); its
        function, ``this`` and arguments may have died with it; ``release``: its environments are left."""
        frames = self.frames
        if not frames:
            return None
        if frames[-1].ctx is not ctx:
            for k in range(len(frames) - 2, -1, -1):
                if frames[k].ctx is ctx:
                    break
            else:
                return None
            while len(frames) > k + 1:       # contexts that left without telling us
                self._pop_frame(frames[-1].ctx, True)
        frame = frames[-1]
        if frame.creating:
            self._emit_created(frame)
        self._cut_flight(frame.mark)
        if self.bound_this:
            bound = self.bound_this.pop(frame.idx, None)
            if bound is not None:
                self.release(bound)
        if frame.ctx.new_target is not None and isinstance(frame.ctx.this, JSObject):
            # a constructor's object goes back to the `new` that made it (or to the derived class's
            # constructor that called super()): in flight there (a derived one's `this` is the one
            # super() bound, not the row's <uninitialized>)
            self._set_temps([self.enc(frame.ctx.this)])
        wf = self.world.frames.pop()
        self._oplog += self._pack(POP, frame.idx, wf[2], wf[1], 0)
        frames.pop()
        tape = self.tape
        cands = self.cands
        idx = frame.idx
        fn = tape.ctx_fn[idx]
        if fn:
            cands.append(fn)
        this = tape.ctx_this[idx]
        if this & 7 == T_REF:
            cands.append(this >> 3)
        args = tape.ctx_args[idx]
        if args:
            refs = [c >> 3 for c in tape.items(args) if c & 7 == T_REF]
            if refs:
                cands.extend(refs)
        if release:
            genv = tape.global_env
            for eid in reversed(frame.chain):
                if eid != genv:
                    self._leave_env(eid)
        return frame

    def _clear_stack(self) -> None:
        """What an uncaught error left on the stack is gone (before and after a console entry)."""
        while self.frames:
            self._pop_frame(self.frames[-1].ctx, True)
        self.calls.clear()

    def _suspend_frame(self, ctx) -> tuple[Frame | None, list]:
        """A generator or async context paused: its frame leaves the stack, its environments stay kept;
        returns the frame and the value codes it had in flight."""
        frames = self.frames
        flying = []
        if frames and frames[-1].ctx is ctx:
            items = self.tape.items
            for off in self.world.flight[frames[-1].mark:]:
                flying.extend(items(off))
        frame = self._pop_frame(ctx, False)
        if frame is not None:
            self.escaped.update(frame.chain)
            self.suspended_chains[frame.idx] = frame.chain
        return frame, flying

    def _resume_frame(self, ctx) -> int:
        """A paused context is back on the stack, running in the environments it paused in; returns its row."""
        ent = self.ctx_rows.get(id(ctx))
        idx = ent[1] if ent is not None else self.ctx(ctx)
        chain = self.suspended_chains.pop(idx, None) or [self.env(ctx.env, idx)]
        if idx in self.world.suspended:
            self._op(UNSUSPEND, idx, self.world.suspended[idx])
        self._op(PUSH, idx, chain[-1])
        self._op(PHASE, len(self.world.frames) - 1, 0, CREATION, EXECUTION)
        frame = Frame(ctx, idx, chain[0], None, len(self.world.flight))
        frame.chain = list(chain)
        frame.top_env = None
        frame.creating = False
        frame.executing = True
        if self.calls and not self.calls[-1].script and not self.calls[-1].called_back:
            self._called_back(self.calls[-1])
        self.frames.append(frame)
        return idx

    # ================================================================== environments of a frame
    def _frame_env(self, frame: Frame, e) -> None:
        """Make ``e`` the running environment of ``frame`` (entering or leaving blocks)."""
        eid = self.env(e)
        chain = frame.chain
        top = chain[-1]
        if top == eid:
            return
        frame.top_env = None
        if eid in chain:
            while chain[-1] != eid:
                self._leave_env(chain.pop())
        else:
            parent = e.parent
            pid = self.env_rows.get(parent.id) if parent is not None else None
            if pid in chain:
                while chain[-1] != pid:
                    self._leave_env(chain.pop())
            chain.append(eid)
        self._op(FRAME_ENV, self.frames.index(frame), 0, top, chain[-1])

    def _leave_block(self, env) -> None:
        """The running code left ``env`` (a block, loop or catch environment of the top frame)."""
        frame = self._top()
        eid = self.env_rows.get(env.id)
        if frame is None or eid is None or eid not in frame.chain or eid == frame.chain[0]:
            return
        chain = frame.chain
        top = chain[-1]
        frame.top_env = None
        while chain[-1] != eid:
            self._leave_env(chain.pop())
        self._leave_env(chain.pop())
        self._op(FRAME_ENV, len(self.frames) - 1, 0, top, chain[-1])

    # ================================================================== calls
    def _pop_call(self, c: Call) -> None:
        if c.nheld:
            self._unhold(c.nheld)
        if c.handed:
            for off in reversed(c.handed[0]):
                self._unhold(off)
        if c.ncall:
            self._unhold(c.ncall)

    def _unwind_calls(self, depth: int) -> None:
        """A catch at stack depth ``depth``: the calls made deeper ended by the throw."""
        calls = self.calls
        while calls and calls[-1].depth >= depth:
            self._pop_call(calls.pop())

    def _landed(self, node) -> Call | None:
        """The call whose value lands at ``node`` (the calls above it ended without telling)."""
        calls = self.calls
        while calls:
            c = calls.pop()
            if c.node is node:
                return c
            self._pop_call(c)
        return None

    def _handed_over(self, c: Call, idx: int) -> None:
        """A built-in (or a call's machinery) calls script code with values it made (``new Promise``'s
        resolve and reject, an inspect.custom's options): it keeps them in hand until it returns, after
        the callee's return."""
        tape = self.tape
        first = c.first_id
        codes = [tape.ctx_this[idx]]
        if tape.ctx_args[idx]:
            codes.extend(tape.items(tape.ctx_args[idx]))
        codes = [x for x in codes if x & 7 == T_REF and x >> 3 >= first]
        if codes:
            if c.handed is None:
                c.handed = ([], set())
            offs, seen = c.handed
            codes = [x for x in codes if x not in seen]
            if codes:
                seen.update(codes)
                off = tape.payload(codes)
                self._op(NCALL_PUSH, off)
                offs.append(off)

    def _called_back(self, c: Call) -> None:
        """A built-in (map, filter, sort, a getter's caller...) runs script code: until it returns, its
        receiver and its arguments are in flight (``[[0], b].filter(cb)``: the array being filtered)."""
        c.called_back = True
        held = [x for x in (c.this, *(c.args or ())) if isinstance(x, JSObject)]
        if held:
            enc = self.enc
            c.nheld = self.tape.payload([enc(x) for x in held])
            self._op(NCALL_PUSH, c.nheld)
