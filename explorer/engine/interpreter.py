"""Run a script: parse, analyse, compile, then run the global code and the event loop.

The interpreter owns the call stack, the queues and the virtual clock; it
tells its ``Hooks`` everything a recorder needs and never builds snapshots.
Generators and async functions run their bodies on greenlets, so a ``yield``
or ``await`` deep inside compiled closures can suspend and resume them.
"""

from __future__ import annotations

import heapq
import re
import threading
from collections import deque
from dataclasses import dataclass, replace

from .builtins.function import BoundFunction
from .compiler import Compiler
from .conversions import describe, error_to_string, no_side_effects_to_string
from .coroutines import GeneratorState
from .deepstack import in_roomy_frame, on_deep_stack
from .errors import (DEFAULT_MAX_STEPS, Cancelled, HeapLimitReached, NotSupported, SourceError, StepLimitReached,
                     UnhandledRejection, source_error_report)
from .evaluation import create_dynamic_function, install_eval, perform_eval
from .hooks import Hooks
from .inspect import InspectOptions, inspect
from .memory import DEFAULT_MAX_HEAP_MB, MemoryBudget, out_of_memory_message
from .parser import parse_script
from .realm import Realm
from .repl import can_run_entries, run_entry
from .runtime import Environment, ExecutionContext, Phase
from .scope import Resolver, Scope
from .utf16 import as_printed
from .values import (
    MISSING,
    NULL,
    UNDEFINED,
    UNINITIALIZED,
    Accessor,
    JSError,
    JSFunction,
    JSObject,
    JSThrow,
)

_IDENTIFIER = re.compile(r"(?:[^\W\d]|\$)[\w$]*")   # a name V8 prefixes with its receiver's type

MAX_CALL_DEPTH = 10_800


@dataclass(frozen=True)
class RunResult:
    stdout: str
    stderr: str
    exit_code: int
    outcome: str          # completed, uncaught-error, step-limit, cancelled, syntax-error
    error: str | None     # "TypeError: x is not a function" when the run ended on an error
    error_line: int | None = None
    error_column: int | None = None
    entries: tuple = ()   # an EntryResult per console entry run after the program (run_source(entries=...))


EXIT_STEP_LIMIT = 3
EXIT_CANCELLED = 4


class Interpreter:
    def __init__(self, source: str, *, filename: str = "main.js", hooks: Hooks | None = None,
                 max_steps: int = DEFAULT_MAX_STEPS, cancel: threading.Event | None = None,
                 max_depth: int = MAX_CALL_DEPTH, max_heap_mb: float | None = DEFAULT_MAX_HEAP_MB):
        self.source = source
        self.filename = filename
        self.lines = source.splitlines()
        self.hooks = hooks if hooks is not None else Hooks()
        self.max_steps = max_steps
        self.cancel = cancel
        self.max_depth = max_depth
        self.max_heap_mb = max_heap_mb
        self.memory = MemoryBudget(None)  # measured from the start of run()
        self.steps = 0
        self.current_node = None
        self.call_site = None
        self.native_call = None     # (function, this, node, depth) of the built-in call running
        self.resume_site = None     # where a for-of asks its iterator for the next value
        self.awaiters: dict[int, ExecutionContext] = {}   # id(promise) -> the async function awaiting it
        self.combined: dict[int, tuple] = {}    # id(promise) -> (it, "Promise.all (index n)", the combined promise)
        self.stack: list[ExecutionContext] = []
        self.call_numbers: dict = {}
        self.microtasks: deque = deque()
        self.timers: list = []
        self.immediates: deque | None = None    # setImmediate's queue, made on its first use (see _queue_pump)
        self.pump_queued = False
        self.running_timer = None
        self.running_repeat = False
        self.timer_seq = 0
        self.job_ids = 0
        self.cleared: set = set()
        self.clock = 0.0
        self.out: list[str] = []
        self.err: list[str] = []
        self.pending_rejections: list = []
        self.outcome: str | None = None    # how the program's run ended, once it has
        self.entries_run = 0               # console entries run so far (see repl.py)
        self.entry_pieces: dict[int, int] = {}   # console entry index -> the piece of its code
        self.echo: list | None = None      # a console entry's output as it is printed: (stream, text)
        # the texts code was compiled from: the program's (0), then each eval's and Function's, in the
        # order they were first compiled; a node's ``loc.source`` is its piece (None for the program)
        self.pieces: list[tuple[str, str]] = [(filename, source)]
        self.eval_cache: dict = {}
        self.late_lexicals: set[str] = set()   # global let/const/class declared by scripts after the program
        self.tick = self.hooks.tick_function(self) or self.tick
        on_deep_stack(self._front_end)

    def _front_end(self) -> None:
        """Parse, analyse and compile (they recurse as deep as the program nests: see on_deep_stack)."""
        try:
            self.program = parse_script(self.source)
            self.resolver = Resolver()
            self.global_scope: Scope = self.resolver.analyse(self.program)
            self.realm = Realm(self)
            install_eval(self.realm)
            self.compiler = Compiler(self, self.resolver, self.source)
            self.main_hoist, self.main_body = self.compiler.compile_program(self.program, self.global_scope)
        except RecursionError:
            raise NotSupported("nesting this deep", 1, 0) from None

    # ---------------------------------------------------------------- steps
    def tick(self, node, env) -> None:
        n = self.steps = self.steps + 1
        self.current_node = node
        if n > self.max_steps:
            raise StepLimitReached(node)
        if not n & 1023:
            self.poll()
        self.hooks.statement(node, env)

    def count(self) -> None:
        """A step with nothing to show (an event-loop turn, a call of an empty function): limits only.

        Without it ``setInterval(() => {}, 1)`` or ``setInterval(console.log, 1)`` would run forever,
        deaf to the step limit and to cancel.
        """
        n = self.steps = self.steps + 1
        if n > self.max_steps:
            raise StepLimitReached(self.current_node)
        if not n & 1023:
            self.poll()

    def poll(self) -> None:
        """The cancel flag and the memory budget (every 1,024 steps, and in long loops of built-ins)."""
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        self.memory.check()

    # ---------------------------------------------------------------- host services
    def describe(self, v) -> str:
        return describe(v)

    def stack_string(self, kind: str, message: str) -> str:
        head = f"{kind}: {message}" if message else kind
        lines = [head]
        node = self.current_node
        hidden = self._frameless_natives()
        for ctx in reversed(self.stack[-10:]):
            where = ""
            if node is not None:
                where = self.place(node)
            name = ctx.label or (self.frame_name(ctx.function, ctx.receiver, ctx.new_target)
                                 if ctx.function is not None else "")
            lines.append(f"    at {name} ({where})" if name else f"    at {where}")
            node = ctx.call_node or ctx.caller_node
            if ctx.resumed_by is not None:
                fn, this, node = ctx.resumed_by
                lines.append(f"    at {self.frame_name(fn, this, None)} (<anonymous>)")
            if node is None and ctx.native_caller is not None:
                fn, this, node, _ = ctx.native_caller
                if fn not in hidden and not isinstance(fn, BoundFunction):
                    lines.append(f"    at {self.frame_name(fn, this, None) or '<anonymous>'} (<anonymous>)")
        # V8's async stack trace: the async functions awaiting the one at the bottom, each at its `await`
        # (or the Promise.all... that takes its promise, then what awaits that one)
        promise = self.stack[0].async_promise if self.stack else None
        while promise is not None:
            ctx = self.awaiters.get(id(promise))
            if ctx is None:
                _, label, promise = self.combined.get(id(promise), (None, None, None))
                if label is not None:
                    lines.append(f"    at async {label}")
                continue
            if ctx.await_node is None:
                break
            where = self.place(ctx.await_node)
            name = self.frame_name(ctx.function, ctx.receiver, None)
            lines.append(f"    at async {name} ({where})" if name else f"    at async {where}")
            promise = ctx.async_promise
        return "\n".join(lines[:11])     # the message and ten frames, as V8's Error.stackTraceLimit

    def place(self, node) -> str:
        """``file:line:column`` where a stack frame is at ``node``; in a console entry's code
        ``REPLn:line:column``, as Node's REPL names it."""
        line, column = self.error_position(node)
        piece = getattr(node.loc, "source", None)
        if piece:
            for index, p in self.entry_pieces.items():
                if p == piece:
                    return f"REPL{index + 1}:{line}:{column + 1}"
        return f"{self.filename}:{line}:{column + 1}"

    def _frameless_natives(self) -> tuple:
        """Built-ins that V8 leaves out of a stack trace: ``f.call(...)``, ``f.apply(...)`` (and bound functions)."""
        fp = self.realm.function_prototype.props
        return fp.get("call"), fp.get("apply")

    def frame_name(self, fn, receiver, new_target) -> str:
        """How V8 names a stack frame: ``f``, ``new F``, ``Type.method`` for a call on an object
        (``Type.f [as m]`` when it was reached under another name); empty for an anonymous function
        called plainly. Data properties only: no getter runs while a stack is written."""
        name = fn.props.get("name", "")
        if not isinstance(name, str) or not name:
            name = getattr(getattr(fn, "code", None), "inferred_name", "")
        if new_target is not None:
            return f"new {name or '<anonymous>'}"
        if receiver is None or receiver is UNDEFINED or receiver is NULL or receiver is self.realm.global_object:
            return name
        obj = receiver if isinstance(receiver, JSObject) else self.realm.to_object(receiver)
        type_name = self._type_name(obj)
        method = self._method_name(fn, obj)
        if not name:
            return f"{type_name}.{method or '<anonymous>'}"
        # V8 puts the type before a name that is an identifier (not `get x`, `[s]`, `#p`, `obj.f`)
        text = f"{type_name}.{name}" if _IDENTIFIER.fullmatch(name) else name
        if method and method != name and not name.endswith("." + method):
            text += f" [as {method}]"
        return text

    @staticmethod
    def _type_name(obj) -> str:
        """The receiver's type in a stack frame: a class's own name, a generator's function's name, else
        its constructor's name."""
        if type(obj.internal) is GeneratorState:
            return obj.internal.ctx.function.props.get("name", "") or "Generator"
        if isinstance(obj, JSFunction):
            name = obj.props.get("name", "") if obj.func_kind == "class" else ""
            return name if isinstance(name, str) and name else "Function"
        o, ctor = obj, MISSING
        while o is not None and ctor is MISSING:
            ctor = o.get_own("constructor")
            o = o.proto
        name = ctor.props.get("name", "") if isinstance(ctor, JSFunction) else ""
        return name if isinstance(name, str) and name else "Object"

    @staticmethod
    def _method_name(fn, obj) -> str:
        """The one string key (not an index) under which ``obj`` or its prototypes hold ``fn``, as a
        value, getter or setter; "" when there is none or more than one."""
        def holds(v):
            return v is fn or (type(v) is Accessor and (v.get is fn or v.set is fn))
        own = fn.props.get("name", "")
        if isinstance(own, str) and own:
            own = own[4:] if own.startswith(("get ", "set ")) else own
            o = obj
            while o is not None:
                v = o.props.get(own, MISSING)
                if v is not MISSING:
                    if holds(v):
                        return own
                    break
                o = o.proto
        found = ""
        o = obj
        while o is not None:
            for k, v in o.props.items():
                if type(k) is str and not k.isdigit() and holds(v):
                    if found:
                        return ""
                    found = k
            o = o.proto
        return found

    def error_at(self, node, error: JSError) -> JSError:
        """``error``, raised at ``node``: the caret of an uncaught error and the top of its stack trace."""
        if node is not None:
            self.current_node = node
        return error

    def error_position(self, node) -> tuple[int, int]:
        """(line, 0-based column) where V8 places an error raised at ``node``: the property of
        ``o.x`` (the ``[`` of ``o[k]``), the callee's name in a call (``f()``, ``o.m()``) or the
        ``(`` after any other callee (``o[k]()``, ``this.#p()``) but ``super``, the operator of an assignment, a
        binary operation or ``x++``; the
        node's start otherwise."""
        t = node.type
        if t == "MemberExpression":
            if not node.computed:
                return node.property.loc.start.line, node.property.loc.start.column
            return self._position_of("[", node.object.range[1], node)
        if t == "CallExpression":
            callee = node.callee
            if callee.type == "MemberExpression" and not callee.computed and callee.property.type == "Identifier":
                return self.error_position(callee)
            if callee.type not in ("Identifier", "Super"):
                return self._position_of("(", callee.range[1], node)
        if t in ("AssignmentExpression", "BinaryExpression", "LogicalExpression"):
            return self._position_of(node.operator, node.left.range[1], node)
        if t == "UpdateExpression" and not node.prefix:
            return self._position_of(node.operator, node.argument.range[1], node)
        return node.loc.start.line, node.loc.start.column

    def _position_of(self, char: str, offset: int, node) -> tuple[int, int]:
        """The first ``char`` at or after source offset ``offset`` (the node's start when absent), in the
        text the node is from (the program, or a piece: eval code, a console entry)."""
        piece = getattr(node.loc, "source", None)
        text = self.pieces[piece][1] if piece else self.source
        i = text.find(char, offset)
        if i < 0:
            return node.loc.start.line, node.loc.start.column
        line = text.count("\n", 0, i) + 1
        return line, i - (text.rfind("\n", 0, i) + 1)

    def console_write(self, stream: str, text: str) -> None:
        text = as_printed(text)
        (self.out if stream == "stdout" else self.err).append(text + "\n")
        if self.echo is not None:
            self.echo.append((stream, text))
        self.hooks.console(stream, text)

    def now(self) -> float:
        return 1_700_000_000_000.0 + self.clock

    def touched(self, obj) -> None:
        self.hooks.touched(obj)

    def appended(self, obj, count: int) -> None:
        self.hooks.appended(obj, count)

    def create_dynamic_function(self, kind: str, params: list, body: str):
        """CreateDynamicFunction, for ``Function`` and its kin (see evaluation.py)."""
        return create_dynamic_function(self, kind, params, body)

    def not_supported_here(self, e: NotSupported, label: str) -> NotSupported:
        """A construct the engine refuses, found in code given to eval or Function while the program
        runs: reported at the call that gave the code (the program ends there, as it would have
        before it ran had the construct been in its own text)."""
        node = self.current_node
        line, col = (node.loc.start.line, node.loc.start.column) if node is not None else (1, 0)
        where = f"line {e.line} of the code given to {label}" if label else f"line {e.line}"
        found = NotSupported(f"{e.message} ({where})", line, col)
        found.piece = getattr(getattr(node, "loc", None), "source", None) if node is not None else None
        return found

    def eval_in_env(self, source: str, env, *, strict: bool | None = None, label: str = "console",
                    repl: bool = False):
        """Compile ``source`` against the live environment ``env`` and run it, as a direct eval there.

        ``env`` is any environment of the running program (``ctx.env`` of a context on ``self.stack``,
        the env a ``Hooks.statement`` call passed, or ``self.global_env``). ``this``, ``arguments`` and
        ``new.target`` are those of the function ``env`` belongs to. Sloppy code's var and function
        declarations go to that function's environment (or Global Memory); let/const/class and strict
        code get a new environment. Returns the completion value; a JavaScript exception propagates as
        ``JSThrow`` (a syntax error in ``source`` as a catchable ``SyntaxError``). ``strict`` defaults
        to the strictness of the code ``env`` belongs to. Each call's text is a new piece
        (``self.pieces``) unless the same text was compiled for the same scope before. ``repl``: run in
        the global environment, top-level let/const/class persist there, as in Node's REPL.
        """
        if strict is None:
            strict = bool(env.scope.strict)
        return perform_eval(self, source, env, strict=strict, label=label, repl=repl)
    # ---------------------------------------------------------------- queues
    def next_job_id(self) -> int:
        self.job_ids += 1
        return self.job_ids

    def enqueue_microtask(self, job, label: str = "microtask", shows=None) -> None:
        """Queue ``job``; ``shows`` (for the trace): the function it runs, or the paused context it resumes."""
        jid = self.next_job_id()
        self.microtasks.append((job, jid, label))
        self.hooks.queued("microtask", jid, label, 0.0, shows)

    def add_timer(self, callback, delay: float, args: list, repeat: bool) -> int:
        jid = self.next_job_id()
        self.timer_seq += 1
        due = self.clock + delay
        heapq.heappush(self.timers, (due, self.timer_seq, jid, callback, args, repeat, delay))
        if self.immediates is not None:
            self._queue_pump()
        kind = "interval" if repeat else "timer"
        self.hooks.queued(kind, jid, f"{'setInterval' if repeat else 'setTimeout'} callback ({int(delay)} ms)", due,
                          callback)
        return jid

    def _timer_turn(self) -> bool:
        """Run the earliest pending timer (one turn of the event loop); False when none is left."""
        while self.timers:
            due, _, jid, cb, args, repeat, delay = heapq.heappop(self.timers)
            if jid in self.cleared:
                self.cleared.discard(jid)
                continue
            if self.immediates is not None and (repeat or self._timers_pending()):
                self._queue_pump()
            self.clock = max(self.clock, due)
            self.count()
            self.hooks.dequeued("interval" if repeat else "timer", jid,
                                f"{'setInterval' if repeat else 'setTimeout'} callback")
            self.running_timer = jid
            self.running_repeat = repeat
            self.current_interval_cleared = False
            self.realm.call(cb, UNDEFINED, list(args))
            self.running_timer = None
            if repeat and not self.current_interval_cleared:
                self.timer_seq += 1
                heapq.heappush(self.timers, (self.clock + delay, self.timer_seq, jid, cb, args, repeat, delay))
            return True
        return False

    def _timers_pending(self) -> bool:
        return any(t[2] not in self.cleared for t in self.timers)

    def _queue_pump(self) -> None:
        """Queue the timers' next turn behind the immediates already queued (None in ``immediates``).

        Node runs the oracle's timers one per setImmediate turn, so timers and immediates take
        turns in the order they were scheduled; a program without setImmediate never gets here.
        """
        if not self.pump_queued:
            self.immediates.append(None)
            self.pump_queued = True

    def add_immediate(self, callback, args: list) -> int:
        jid = self.next_job_id()
        if self.immediates is None:
            self.immediates = deque()
            if self._timers_pending() or (self.running_timer is not None and self.running_repeat):
                self._queue_pump()
        self.immediates.append((jid, callback, args))
        self.hooks.queued("timer", jid, "setImmediate callback", self.clock, callback)
        return jid

    def clear_immediate(self, jid: int) -> None:
        if self.immediates and any(item is not None and item[0] == jid for item in self.immediates):
            self.cleared.add(jid)
            self.hooks.cancelled("timer", jid)

    def clear_timer(self, jid: int) -> None:
        if any(t[2] == jid for t in self.timers):
            self.cleared.add(jid)
            self.hooks.cancelled("timer", jid)
        elif getattr(self, "running_timer", None) == jid and not getattr(self, "current_interval_cleared", False):
            self.hooks.cancelled("interval", jid)     # an interval cleared by its own callback
        self.current_interval_cleared = getattr(self, "running_timer", None) == jid or getattr(
            self, "current_interval_cleared", False)

    def run_microtasks(self) -> None:
        q = self.microtasks
        hooks = self.hooks
        count = self.count
        while q:
            count()
            job, jid, label = q.popleft()
            hooks.dequeued("microtask", jid, label)
            job()

    # ---------------------------------------------------------------- running
    def run(self) -> RunResult:
        """Run on a thread with a deep stack, so deep JavaScript recursion stays a RangeError."""
        return on_deep_stack(lambda: in_roomy_frame(self._run))

    def _run(self) -> RunResult:
        hooks = self.hooks
        realm = self.realm
        outcome = "completed"
        error = None
        exit_code = 0
        err_line = err_col = None
        gscope = self.global_scope
        init = [UNINITIALIZED if k in ("let", "const", "class") else UNDEFINED for k in gscope.decl_kinds]
        genv = Environment(init, None, gscope)
        self.global_env = genv
        gctx = ExecutionContext(None, genv, realm.global_object, None, None, [], 1)
        genv.ctx = gctx
        self.global_ctx = gctx
        self.memory = MemoryBudget(self.max_heap_mb)
        self.memory.activate()
        try:
            try:
                hooks.program_start(self, genv)
                self.stack.append(gctx)
                hooks.context_enter(gctx)
                self.main_hoist(genv)
                gctx.phase = Phase.EXECUTION
                hooks.context_execute(gctx)
                self.main_body(genv)
                self.stack.pop()
                hooks.context_exit(gctx, UNDEFINED, False)
                self.event_loop()
            except UnhandledRejection as u:
                raise u.exc
        except JSThrow as e:
            value = e.js_value(realm)
            if isinstance(e, JSError) or getattr(e, "fresh", False):
                hooks.thrown(value, self.current_node)
            outcome = "uncaught-error"
            exit_code = 1
            error = self.error_text(value)
            rejection = getattr(e, "rejection", False)
            node = (getattr(value, "site", None) if rejection else None) or self.current_node
            if node is not None:
                err_line, err_col = self.error_position(node)
            self.err.append(self.uncaught_report(value, rejection))
        except StepLimitReached as e:
            node = e.args[0] if e.args else self.current_node
            outcome = "step-limit"
            exit_code = EXIT_STEP_LIMIT
            line = node.loc.start.line if node is not None else 0
            error = (f"Stopped after {self.max_steps:,} steps: the program may never finish "
                     f"(it was running line {line}).")
            err_line, err_col = line, node.loc.start.column if node is not None else 0
            self.err.append(error + "\n")
        except NotSupported as e:
            outcome = "not-supported"
            exit_code = 2
            error = str(e)
            err_line, err_col = e.line, e.column
            self.err.append(error + "\n")
        except Cancelled:
            outcome = "cancelled"
            exit_code = EXIT_CANCELLED
            error = "Cancelled."
        except RecursionError:
            outcome = "uncaught-error"
            exit_code = 1
            error = "RangeError: Maximum call stack size exceeded"
            self.err.append(error + "\n")
        except (HeapLimitReached, MemoryError):
            outcome = "uncaught-error"
            exit_code = 1
            node = self.current_node
            err_line = node.loc.start.line if node is not None else None
            err_col = node.loc.start.column if node is not None else None
            error = out_of_memory_message(self.max_heap_mb, err_line)
            self.err.append(self.source_report(node) + f"\n{error}\n")
        finally:
            MemoryBudget.deactivate()
        self.outcome = outcome
        hooks.program_end(outcome, error)
        return RunResult("".join(self.out), "".join(self.err), exit_code, outcome, error, err_line, err_col)

    def event_loop(self) -> None:
        """Run the queued jobs to the end: microtasks, then each due timer or immediate followed by
        its microtasks."""
        hooks = self.hooks
        realm = self.realm
        self.run_microtasks()
        self.check_rejections()
        while True:
            q = self.immediates
            if q is None:
                if not self._timer_turn():
                    break
            elif not q:
                break
            else:
                item = q.popleft()
                if item is None:
                    self.pump_queued = False
                    if not self._timer_turn():
                        continue
                else:
                    jid, cb, args = item
                    if jid in self.cleared:
                        self.cleared.discard(jid)
                        continue
                    self.count()
                    hooks.dequeued("timer", jid, "setImmediate callback")
                    realm.call(cb, UNDEFINED, list(args))
            self.run_microtasks()
            self.check_rejections()

    def run_entry(self, code: str):
        """Run a console entry after the program (see repl.py); returns an ``EntryResult``."""
        return run_entry(self, code)

    def check_rejections(self) -> None:
        while self.pending_rejections:
            p = self.pending_rejections.pop(0)
            if not p.internal.handled:
                exc = JSThrow(p.internal.result)
                exc.rejection = True
                raise UnhandledRejection(exc)

    def error_text(self, value) -> str:
        """``Name: message`` for an error object, or how Node shows another thrown value.

        Reads data properties only: no JavaScript (a getter) runs once the program has ended.
        """
        if isinstance(value, JSObject) and value.cls == "Error":
            return error_to_string(value, run_js=False)
        return "Uncaught " + self.inspect(value, custom=False)

    def inspect(self, value, custom: bool = True) -> str:
        """util.inspect(value); ``custom``: run the value's own inspect.custom (Node's report of an
        uncaught exception does not, so a throwing or endless one cannot spoil it)."""
        return inspect(value, realm=self.realm, options=None if custom else InspectOptions(custom_inspect=False))

    def source_report(self, node) -> str:
        """``file:line``, the source line and a caret under the column, as Node starts an error report."""
        if node is None:
            return ""
        line, column = self.error_position(node)
        piece = getattr(node.loc, "source", None)
        lines = self.pieces[piece][1].splitlines() if piece else self.lines
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        label = self.pieces[piece][0] if piece else ""
        name = self.filename if not piece else "<anonymous_script>" if label == "eval" else f"{label} code"
        return f"{name}:{line}\n{src}\n{' ' * column}^\n"

    def uncaught_report(self, value, rejection: bool) -> str:
        """What Node prints on stderr for an uncaught exception or an unhandled rejection (reported
        where its error was made)."""
        where = self.source_report((getattr(value, "site", None) if rejection else None) or self.current_node)
        if isinstance(value, JSObject) and (value.cls == "Error" or not rejection):
            try:
                body = self.inspect(value, custom=False)
            except Exception:  # noqa: BLE001 - a report must not fail
                body = self.error_text(value)
            return f"{where}\n{body}\n"
        if rejection:
            reason = no_side_effects_to_string(self.realm, value)
            return (f"{where}\nUnhandledPromiseRejection: This error originated either by throwing inside of an "
                    "async function without a catch block, or by rejecting a promise which was not handled "
                    f"with .catch(). The promise rejected with the reason \"{reason}\".\n")
        # a thrown primitive: Node prints it as a string, after an empty line, with a hint
        return (f"\n{where}{no_side_effects_to_string(self.realm, value, symbol='')}\n"
                "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")


def run_source(source: str, filename: str = "main.js", *, max_steps: int = DEFAULT_MAX_STEPS,
               hooks: Hooks | None = None, cancel=None,
               max_heap_mb: float | None = DEFAULT_MAX_HEAP_MB, entries=()) -> RunResult:
    """Run a whole program as Node would (as a classic script) and return its output; then the console
    ``entries``, as Node's REPL would run them after it (none when the program did not finish)."""
    try:
        interp = Interpreter(source, filename=filename, hooks=hooks, max_steps=max_steps, cancel=cancel,
                             max_heap_mb=max_heap_mb)
    except SourceError as e:
        report, outcome = source_error_report(e, source, filename)
        if outcome == "not-supported":
            return RunResult("", report, 2, outcome, str(e), e.line, e.column)
        return RunResult("", report, 1, outcome, f"SyntaxError: {e.message}", e.line, e.column)
    result = interp.run()
    if not entries:
        return result
    done = []
    for code in entries:
        if not can_run_entries(interp):
            break
        done.append(interp.run_entry(code))
    return replace(result, entries=tuple(done))


__all__ = ["Interpreter", "RunResult", "run_source"]
