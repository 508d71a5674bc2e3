"""Run a script: parse, analyse, compile, then run the global code and the event loop.

The interpreter owns the call stack, the queues and the virtual clock; it
tells its ``Hooks`` everything a recorder needs and never builds snapshots.
Generators and async functions run their bodies on greenlets, so a ``yield``
or ``await`` deep inside compiled closures can suspend and resume them.
"""

from __future__ import annotations

import heapq
import re
import sys
import threading
from collections import deque
from dataclasses import dataclass

import esprima
from greenlet import greenlet

from .builtins.function import BoundFunction
from .compiler import Compiler, FunctionCode, Ret
from .errors import (DEFAULT_MAX_STEPS, Cancelled, HeapLimitReached, JSSyntaxError, NotSupported, SourceError, StepLimitReached,
                     source_error_report)
from .evaluation import install_eval, parse_piece, perform_eval
from .hooks import Hooks
from .memory import DEFAULT_MAX_HEAP_MB, MemoryBudget, out_of_memory_message
from .realm import Realm
from .runtime import Environment, ExecutionContext, JSArguments, MappedArguments, Phase, ScriptFunction
from .scope import Resolver, Scope
from .utf16 import as_printed, utf16_length
from .values import (
    CONFIGURABLE,
    ENUMERABLE,
    HIDDEN,
    MISSING,
    NULL,
    SYM_ITERATOR,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    UNINITIALIZED,
    WRITABLE,
    Accessor,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    JSThrow,
    PrivateName,
    SharedFlags,
    to_boolean,
    to_property_key,
    type_error,
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


class GeneratorReturn(Exception):
    """``generator.return(v)``: unwinds the body through its finally blocks."""

    def __init__(self, value):
        super().__init__()
        self.value = value


class Coroutine(greenlet):
    """The greenlet running a generator or async function body."""

    kind = "generator"


DEEP_STACK_BYTES = 512 * 1024 * 1024
DEEP_RECURSION_LIMIT = 400_000
_deep = threading.local()
_deep_lock = threading.Lock()
_deep_threads = 0
_shallow_limit = sys.getrecursionlimit()


def on_deep_stack(fn):
    """``fn()`` on a thread with a 512 MiB stack; its result, or its exception re-raised here.

    Parsing, analysing, compiling and running all recurse as deep as the program
    nests. Python's recursion limit is one for the whole process, so it is raised
    only while such a thread works and put back when the last one ends: another
    thread (the window's) meeting a deep recursion in the meantime on its small
    stack would crash the process instead of raising RecursionError.
    """
    global _deep_threads
    if getattr(_deep, "on", False):
        return fn()
    box: list = []

    def target():
        global _deep_threads
        _deep.on = True
        try:
            box.append((True, fn()))
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            box.append((False, e))
        finally:
            with _deep_lock:
                _deep_threads -= 1
                if not _deep_threads:
                    sys.setrecursionlimit(_shallow_limit)
    with _deep_lock:
        _deep_threads += 1
        sys.setrecursionlimit(max(sys.getrecursionlimit(), DEEP_RECURSION_LIMIT))
    old = threading.stack_size()
    threading.stack_size(DEEP_STACK_BYTES)
    try:
        t = threading.Thread(target=target, name="closure-explorer-engine", daemon=True)
        t.start()
    except BaseException:
        with _deep_lock:
            _deep_threads -= 1
            if not _deep_threads:
                sys.setrecursionlimit(_shallow_limit)
        raise
    finally:
        threading.stack_size(old)
    t.join()
    ok, value = box[0]
    if ok:
        return value
    raise value


def parse(source: str):
    """Parse a classic script; errors become JSSyntaxError with line/column."""
    return on_deep_stack(lambda: _parse(source))


def _parse(source: str):
    try:
        return esprima.parseScript(source, {"loc": True, "range": True})
    except RecursionError:
        raise NotSupported("nesting this deep", 1, 0) from None
    except esprima.Error as e:
        if "nesting exceeds" in str(e):   # esprima's own RecursionError guard
            raise NotSupported("nesting this deep", 1, 0) from None
        raise _syntax_error(source, e) from None
    except Exception as e:  # esprima tripping on its own assertion
        raise _syntax_error(source, e) from None


def _syntax_error(source: str, e: Exception) -> JSSyntaxError:
    """V8's message and place for a source esprima rejected (see syntax_errors.py)."""
    from .syntax_errors import v8_syntax_error

    found = v8_syntax_error(source, e)
    if found is not None:
        return JSSyntaxError(*found)
    if not isinstance(e, esprima.Error):
        return JSSyntaxError("Invalid or unexpected token", 1, 0)
    msg = str(getattr(e, "description", "") or e)
    if msg.startswith("Line "):
        msg = msg.split(": ", 1)[-1]
    line = getattr(e, "lineNumber", 1) or 1
    col = max((getattr(e, "column", 1) or 1) - 1, 0)
    return JSSyntaxError(_v8_syntax_message(msg, source, line, col), line, col)


def _v8_syntax_message(msg: str, source: str, line: int, col: int) -> str:
    """esprima's wording where it differs from V8's, for the cases learners meet."""
    text = source.splitlines()[line - 1] if 0 < line <= len(source.splitlines()) else ""
    before = text[:col].rstrip()
    if msg == "Unexpected token (" and before.endswith("function"):
        return "Function statements require a function name"
    return _node_syntax_message(msg)


def _node_syntax_message(msg: str) -> str:
    if msg == "Unexpected token ILLEGAL":
        return "Invalid or unexpected token"
    if msg.startswith("Unexpected token ") and not msg.endswith("'"):
        tok = msg[len("Unexpected token "):]
        if tok not in ("ILLEGAL",):
            return f"Unexpected token '{tok}'"
    return msg


def _in_roomy_frame(run):
    """``run()`` called from a frame that reserves 8 MiB of CPython's frame stack after it.

    CPython 3.11 and 3.12 keep Python frames in 16 KiB chunks and free a chunk as
    soon as its first frame returns, so a recursion that goes up and down across
    a chunk's edge maps and unmaps memory on every call (gh-142183; fixed in
    3.13). One compiled JavaScript call is several Python frames, so ``fib``
    spends a third of its time there. This frame's oversized evaluation stack
    makes CPython allocate a 16 MiB chunk whose untouched second half then holds
    the engine's frames: no edge is crossed below about 50,000 frames.
    """
    return run()


if sys.version_info[:2] in ((3, 11), (3, 12)):  # earlier versions have no chunks; later ones keep a spare
    _in_roomy_frame.__code__ = _in_roomy_frame.__code__.replace(co_stacksize=1 << 20)


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
            self.program = _parse(self.source)
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

    # ---------------------------------------------------------------- functions
    def compile_function_body(self, compiler: Compiler, code: FunctionCode) -> None:
        info = code.info
        fs = info.scope
        node = info.node
        simple = info.simple_params
        # parameters with defaults or patterns stay in their TDZ until bound (f(a = b, b) throws)
        tdz_kinds = ("let", "const", "class") if simple else ("let", "const", "class", "param")
        init = [UNINITIALIZED if k in tdz_kinds else UNDEFINED for k in fs.decl_kinds]
        params = node.params
        if simple:
            param_slots = tuple(fs.slots[p.name] for p in params)
            binders = None
        else:
            param_slots = None
            binders = []
            for p in params:
                if p.type == "RestElement":
                    binders.append((compiler.pattern(p.argument, fs, "init"), True))
                else:
                    binders.append((compiler.pattern(p, fs, "init"), False))
        bs = info.body_scope
        if bs is fs or bs is None or not bs.materialized:
            bs = None
        if node.body.type == "BlockStatement":
            stmts = node.body.body
            hoist = compiler.hoist_functions(stmts, bs or fs)
            body = compiler.statements(stmts, bs or fs)
            if not stmts:   # nothing ticks in an empty body: count the call so loops of them stay bounded
                empty_body = body
                count = self.count

                def body(env):
                    count()
                    return empty_body(env)
        else:
            hoist = None
            compiler.note_expression_site(node.body)
            ev = compiler.expr(node.body, fs)
            tick = self.tick
            bnode = node.body

            def body(env):
                tick(bnode, env)
                return Ret(ev(env))
        args_slot = fs.slots.get("arguments") if info.uses_arguments else None
        fname_slot = None
        if node.type == "FunctionExpression" and node.id is not None:
            i = fs.slots.get(node.id.name)
            if i is not None and fs.decl_kinds[i] == "funcname":
                fname_slot = i
        kind = code.func_kind
        is_arrow = code.is_arrow
        strict = code.strict
        realm = self.realm
        hooks = self.hooks
        if bs is not None:
            # the body's own environment: a `var` named like a parameter starts with its value
            body_init = [UNINITIALIZED if k in ("let", "const", "class") else UNDEFINED for k in bs.decl_kinds]
            copies = [(i, fs.slots[n]) for i, n in enumerate(bs.names)
                      if bs.decl_kinds[i] == "var" and n in fs.slots and fs.decl_kinds[fs.slots[n]] == "param"]
            body_hoist, hoist = hoist, None
            inner_body = body

            def body(benv):
                try:
                    return inner_body(benv)
                finally:
                    hooks.env_exit(benv)
        stack = self.stack
        gobj = realm.global_object
        max_depth = self.max_depth
        numbers = self.call_numbers
        thrower = realm.intrinsics.get("%ThrowTypeError%")
        interp = self

        def setup(fn, this, args, new_target):
            """Create the context and environment, bind parameters, hoist: the creation phase, up to its hook."""
            if len(stack) >= max_depth:
                raise JSError("RangeError", "Maximum call stack size exceeded")
            vals = list(init)
            env = Environment(vals, fn.scope, fs)
            if is_arrow:
                this_val = None
            elif strict or type(this) is JSObject or isinstance(this, JSObject):
                this_val = this
            elif this is UNDEFINED or this is NULL:
                this_val = gobj
            else:
                this_val = realm.to_object(this)
            n = numbers.get(code, 0) + 1
            numbers[code] = n
            site = interp.call_site
            ctx = ExecutionContext(fn, env, this_val, new_target, site, args, n)
            if is_arrow:
                ctx.receiver = this     # a stack frame is named after the receiver, which an arrow ignores
            if site is None:
                caller = interp.native_call
                if caller is not None and caller[3] == len(stack):
                    ctx.native_caller = caller
                else:   # called by the engine itself: a getter, valueOf, toString...
                    ctx.caller_node = interp.current_node
            interp.call_site = None
            env.ctx = ctx
            stack.append(ctx)
            try:
                if fname_slot is not None:
                    vals[fname_slot] = fn
                if args_slot is not None:
                    if simple and not strict:
                        mapped = {i: slot for i, slot in enumerate(param_slots) if i < len(args)}
                        a = MappedArguments(realm.object_prototype, list(args), env, mapped)
                    else:
                        a = JSArguments(realm.object_prototype, list(args))
                    a.define_own(SYM_ITERATOR, realm.array_prototype.get(SYM_ITERATOR), HIDDEN)
                    a.define_own("length", float(len(args)), HIDDEN)
                    if simple and not strict:
                        a.define_own("callee", fn, HIDDEN)
                    elif thrower is not None:   # strict or non-simple parameters: arguments.callee throws
                        a.define_own("callee", Accessor(thrower, thrower), 0)
                    vals[args_slot] = a
                    ctx.arguments = a
                if simple:
                    na = len(args)
                    for i, slot in enumerate(param_slots):
                        vals[slot] = args[i] if i < na else UNDEFINED
                else:
                    for i, (b, rest) in enumerate(binders):
                        if rest:
                            b(env, realm.new_array(list(args[i:])))
                        else:
                            b(env, args[i] if i < len(args) else UNDEFINED)
                if hoist is not None:
                    hoist(env)
            except BaseException:
                stack.pop()
                raise
            return ctx, env

        def prepare(fn, this, args, new_target):
            """The creation phase, told: the context and its environment, then the body's own environment."""
            ctx, env = setup(fn, this, args, new_target)
            hooks.context_enter(ctx)
            if bs is not None:
                bvals = list(body_init)
                vals = env.vals
                for i, j in copies:
                    bvals[i] = vals[j]
                env = Environment(bvals, env, bs)
                hooks.env_enter(env)
                if body_hoist is not None:
                    body_hoist(env)
            return ctx, env

        def thrown_out(ctx, e):
            """The body threw ``e`` out of the call: its context leaves the stack."""
            if type(e) is JSError and e.value is None:
                e.js_value(realm)  # make the error object while its stack trace is still here
            if stack and stack[-1] is ctx:
                stack.pop()
            hooks.context_exit(ctx, e, True)

        def run_body(ctx, env):
            ctx.phase = Phase.EXECUTION
            hooks.context_execute(ctx)
            caller_node = interp.current_node
            try:
                r = body(env)
            except BaseException as e:
                thrown_out(ctx, e)
                raise
            stack.pop()
            interp.current_node = caller_node  # errors after the call are the caller's statement's
            value = r.value if type(r) is Ret else UNDEFINED
            hooks.context_exit(ctx, value, False)
            return value

        def invoke_fused(fn, this, args, node):
            """A plain call (simple parameters, nothing hoisted) at call site ``node``, told in two hooks:
            ``call_enter`` for call, context_enter and context_execute, ``call_leave`` for context_exit
            and returned. The same set-up as ``invoke``; the hooks see the same events."""
            try:
                ctx, env = setup(fn, this, args, None)
            except BaseException:
                hooks.call(node, fn, this, args)    # as the general path tells it: the call, then the throw
                raise
            ctx.phase = Phase.EXECUTION
            caller_node = interp.current_node
            try:
                hooks.call_enter(node, fn, this, args, ctx)
                r = body(env)
            except BaseException as e:
                thrown_out(ctx, e)
                raise
            stack.pop()
            interp.current_node = caller_node
            value = r.value if type(r) is Ret else UNDEFINED
            hooks.call_leave(node, ctx, value)
            return value

        if kind in ("normal", "arrow", "method"):
            def invoke(fn, this, args, new_target):
                ctx, env = prepare(fn, this, args, new_target)
                return run_body(ctx, env)
        elif kind == "class":
            def invoke(fn, this, args, new_target):
                if new_target is None:
                    raise type_error(f"Class constructor {code.name} cannot be invoked without 'new'")
                ctx, env = prepare(fn, this, args, new_target)
                v = run_body(ctx, env)
                return v, ctx
        elif kind == "generator":
            def invoke(fn, this, args, new_target):
                ctx, env = prepare(fn, this, args, new_target)
                stack.pop()
                hooks.context_suspend(ctx)
                return interp.make_generator(fn, ctx, env, body)
        elif kind in ("async", "asyncarrow"):
            def invoke(fn, this, args, new_target):
                from .builtins.promise import new_promise

                promise = new_promise(realm)
                try:
                    ctx, env = prepare(fn, this, args, new_target)
                except JSThrow as e:
                    from .builtins.promise import reject_promise

                    reject_promise(realm, promise, e.js_value(realm))
                    return promise
                interp.start_async(ctx, env, body, promise)
                return promise
        elif kind == "asyncgenerator":
            def invoke(fn, this, args, new_target):
                ctx, env = prepare(fn, this, args, new_target)
                stack.pop()
                hooks.context_suspend(ctx)
                return interp.make_async_generator(fn, ctx, env, body)
        else:
            raise NotSupported(f"{kind} functions", node.loc.start.line, node.loc.start.column)
        code.invoke = invoke
        # a plain call has nothing between its set-up and its body that the hooks must see
        plain = simple and hoist is None and bs is None and kind in ("normal", "arrow", "method")
        code.fused = invoke_fused if plain and hooks.fused_calls else None
        if kind == "normal":
            def construct(fn, args, new_target):
                proto = new_target.get("prototype")
                obj = JSObject(proto if isinstance(proto, JSObject) else realm.object_prototype)
                r = invoke(fn, obj, args, new_target)
                return r if isinstance(r, JSObject) else obj
            code.construct = construct
        elif kind == "class":
            def construct_class(fn, args, new_target):
                if fn.is_derived:
                    r, ctx = invoke(fn, UNINITIALIZED, args, new_target)
                    if isinstance(r, JSObject):
                        return r
                    if r is not UNDEFINED:
                        raise type_error("Derived constructors may only return object or undefined")
                    if ctx.this is UNINITIALIZED:
                        raise JSError("ReferenceError", "Must call super constructor in derived class before "
                                      "accessing 'this' or returning from derived constructor")
                    return ctx.this
                proto = new_target.get("prototype")
                obj = JSObject(proto if isinstance(proto, JSObject) else realm.object_prototype)
                if fn.fields:
                    site = interp.call_site
                    interp.in_constructor_frame(fn, new_target, lambda: interp.initialize_fields(obj, fn))
                    interp.call_site = site     # for the constructor's own frame
                r, ctx = invoke(fn, obj, args, new_target)
                return r if isinstance(r, JSObject) else obj
            code.construct = construct_class

    def closure_factory(self, code: FunctionCode, method_kind=None):
        """make(env, name) -> a new ScriptFunction closing over env (OrdinaryFunctionCreate)."""
        realm = self.realm
        hooks = self.hooks
        fproto = realm.function_prototype
        kind = code.func_kind
        length = float(code.length)
        node = code.node
        flags = SharedFlags({"length": CONFIGURABLE, "name": CONFIGURABLE, "prototype": WRITABLE})
        plain_flags = SharedFlags({"length": CONFIGURABLE, "name": CONFIGURABLE})
        is_ctor = kind == "normal" and method_kind is None
        # a sloppy function has own `arguments` and `caller` (V8: read-only null data properties)
        sloppy = is_ctor and not code.strict
        if sloppy:
            flags = SharedFlags({"length": CONFIGURABLE, "name": CONFIGURABLE, "arguments": 0, "caller": 0,
                                 "prototype": WRITABLE})
        if kind == "generator":
            gen_proto = realm.intrinsics.get("%GeneratorFunction.prototype%")
            fproto_for = gen_proto if gen_proto is not None else fproto
        elif kind == "asyncgenerator":
            ag = realm.intrinsics.get("%AsyncGeneratorFunction.prototype%")
            fproto_for = ag if ag is not None else fproto
        elif kind in ("async", "asyncarrow"):
            af = realm.intrinsics.get("%AsyncFunction.prototype%")
            fproto_for = af if af is not None else fproto
        else:
            fproto_for = fproto
        if method_kind is not None and kind == "normal":
            code.func_kind = "method"
            code.constructable = False
            self.compile_function_body(self.compiler, code)

        def make(env, name):
            f = ScriptFunction(realm, code, env, fproto_for)
            if is_ctor:
                proto = JSObject(realm.object_prototype)
                proto.props["constructor"] = f
                proto.flags = {"constructor": HIDDEN}
                f.props = ({"length": length, "name": name, "arguments": NULL, "caller": NULL, "prototype": proto}
                           if sloppy else {"length": length, "name": name, "prototype": proto})
                f.flags = flags
            elif kind in ("generator", "asyncgenerator"):
                pp = realm.intrinsics.get("%GeneratorPrototype%" if kind == "generator" else "%AsyncGeneratorPrototype%")
                proto = JSObject(pp if pp is not None else realm.object_prototype)
                f.props = {"length": length, "name": name, "prototype": proto}
                f.flags = flags
            else:
                f.props = {"length": length, "name": name}
                f.flags = plain_flags
            hooks.closure(f, node)
            return f
        return make

    # ---------------------------------------------------------------- classes
    def class_factory(self, compiler: Compiler, node, scope: Scope, name_hint=None):
        realm = self.realm
        hooks = self.hooks
        cs = compiler.scope_of(node, scope)
        enter = compiler.new_env_maker(cs)
        heritage = compiler.expr(node.superClass, scope) if node.superClass is not None else None
        name = node.id.name if node.id is not None else (name_hint or "")
        ctor_node = None
        members = []
        for m in node.body.body:
            if m.type == "MethodDefinition" and m.kind == "constructor":
                ctor_node = m
            else:
                members.append(m)
        ctor_make = None
        if ctor_node is not None:
            code = compiler.code_for(ctor_node.value)
            code.func_kind = "class"
            code.constructable = True
            code.name = name
            code.display_name = name or "(anonymous class)"
            code.source_text = compiler.cut(node.range[0], node.range[1])
            self.compile_function_body(compiler, code)
            ctor_make = self.closure_factory(code)
        class_src = compiler.cut(node.range[0], node.range[1])     # (eval code's classes: its own text)
        # members: (kind, static, key_static, key_ev, private_reader, maker_or_init)
        plans = []
        for m in members:
            if m.type == "StaticBlock":
                body = compiler.statements(m.body, compiler.scope_of(m, cs))
                plans.append(("static-block", True, None, None, None, (body, compiler.scope_of(m, cs))))
                continue
            private = m.key.type == "PrivateIdentifier"
            pread = compiler.private_name(m.key, cs) if private else None
            key_ev = compiler.expr(m.key, cs) if m.computed else None
            if private:
                key_static = None
            elif m.computed:
                key_static = None
            elif m.key.type == "Identifier":
                key_static = m.key.name
            else:
                v = m.key.value
                key_static = to_property_key(float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
            if m.type == "MethodDefinition":
                kind = m.kind  # method, get, set
                mk = compiler.function_maker(m.value, cs, None, method_kind="method" if kind == "method" else kind,
                                             name_key=key_static if key_static is not None else (
                                                 PrivateName(m.key.name) if private else None),
                                             name_ev=key_ev, source_node=m)
                plans.append((kind, m.static, key_static, key_ev, pread, mk))
            else:  # PropertyDefinition
                init = None
                if m.value is not None:
                    fs = compiler.scope_of(m, cs)
                    hint = key_static if type(key_static) is str else (("#" + m.key.name) if private else None)
                    compiler.note_expression_site(m.value)
                    init = (compiler.expr(m.value, fs, name_hint=hint), fs)
                plans.append(("field", m.static, key_static, key_ev, pread, init))
        interp = self

        def make_class(env):
            proto_parent = realm.object_prototype
            ctor_parent = realm.function_prototype
            if heritage is not None:
                sup = heritage(env)
                if sup is NULL:
                    proto_parent = None
                elif not isinstance(sup, JSFunction) or not sup.is_constructor:
                    raise type_error(f"Class extends value {interp.describe(sup)} is not a constructor or null")
                else:
                    pp = sup.get("prototype")
                    if pp is not NULL and not isinstance(pp, JSObject):
                        raise type_error(f"Class extends value does not have valid prototype property {interp.describe(pp)}")
                    proto_parent = None if pp is NULL else pp
                    ctor_parent = sup
            cenv = enter(env) if enter is not None else env
            # private names are made fresh for each evaluation of the class
            if cs.materialized:
                for i, k in enumerate(cs.decl_kinds):
                    if k == "private":
                        cenv.vals[i] = PrivateName(cs.names[i][1:])
            proto = JSObject(proto_parent)
            if ctor_make is not None:
                F = ctor_make(cenv, name)
            else:
                F = interp.default_constructor(name, heritage is not None, class_src, cenv, node)
            F.proto = ctor_parent
            F.is_derived = heritage is not None
            F.props["prototype"] = proto
            F.flags = SharedFlags({"length": CONFIGURABLE, "name": CONFIGURABLE, "prototype": 0})
            proto.define_own("constructor", F, HIDDEN)
            F.home_object = proto
            fields = []
            own_name = node.id.name if node.id is not None else "anonymous"   # (not an inferred name)
            static_inits = []
            for kind, static, key_static, key_ev, pread, payload in plans:
                target = F if static else proto
                if kind == "static-block":
                    static_inits.append(("block", payload))
                    continue
                if pread is not None:
                    key = pread(cenv)
                elif key_ev is not None:
                    key = to_property_key(key_ev(cenv))
                else:
                    key = key_static
                if kind == "field":
                    if static:
                        static_inits.append(("field", (key, payload)))
                    else:
                        fields.append((key, payload))
                    continue
                f = payload(cenv, key)
                f.home_object = target
                if type(key) is PrivateName:
                    key.brand = f"Receiver must be {'class' if static else 'an instance of class'} {own_name}"
                    key.is_method = kind == "method"
                    if kind == "method":
                        entry = f
                    else:
                        entry = Accessor()
                        setattr(entry, kind, f)
                    if static:
                        if F.privates is None:
                            F.privates = {}
                        cur = F.privates.get(key)
                        if type(cur) is Accessor and type(entry) is Accessor:
                            setattr(cur, kind, f)
                        else:
                            F.privates[key] = entry
                    else:
                        fields.append((key, ("private-method", kind, f)))
                    continue
                if kind == "method":
                    target.define_own(key, f, HIDDEN)
                else:
                    cur = target.props.get(key)
                    acc = cur if type(cur) is Accessor else Accessor()
                    setattr(acc, kind, f)
                    target.define_own(key, acc, CONFIGURABLE)
            F.fields = (fields, cenv, ctor_node.value if ctor_node is not None else node)
            hooks.touched(F)        # it keeps its fields' scope and private methods now (engine.edges)
            if node.id is not None and cs.materialized:
                i = cs.slots[node.id.name]
                cenv.vals[i] = F
                hooks.binding_write(cenv, i, F, True)
            for what, payload in static_inits:
                if what == "block":
                    body, bscope = payload
                    interp.run_initializer(body, bscope, cenv, F, F, statement=True, at=node)
                else:
                    key, init = payload
                    v = UNDEFINED
                    if init is not None:
                        ev, fscope = init
                        v = interp.run_initializer(ev, fscope, cenv, F, F, at=node)
                    interp.define_field(F, key, v)
            return F
        return make_class

    def default_constructor(self, name: str, derived: bool, class_src: str, cenv, node):
        realm = self.realm
        interp = self
        code = _DefaultCtorCode(name, derived, class_src, interp, node)
        f = ScriptFunction(realm, code, cenv, realm.function_prototype)
        f.props = {"length": 0.0, "name": name}
        self.hooks.closure(f, None)
        return f

    def run_initializer(self, ev, fscope, cenv, this, func, statement=False, at=None):
        """Evaluate a field initialiser or static block with ``this`` bound (like a method body), in
        V8's frame `<instance_members_initializer>` (or `<static_initializer>`) called at ``at``."""
        vals = [UNINITIALIZED if k in ("let", "const", "class") else UNDEFINED for k in fscope.decl_kinds]
        env = Environment(vals, cenv, fscope)
        ctx = ExecutionContext(func, env, this, None, at, [], 0)
        ctx.label = "<static_initializer>" if this is func else "<instance_members_initializer>"
        ctx.phase = Phase.EXECUTION
        env.ctx = ctx
        r = self._in_frame(ctx, lambda: ev(env))
        if statement:
            return UNDEFINED
        return r

    def define_field(self, obj, key, v) -> None:
        if type(key) is PrivateName:
            if obj.privates is None:
                obj.privates = {}
            if key in obj.privates:
                raise type_error(f"Cannot initialize {key!r} twice on the same object")
            obj.privates[key] = v
            self.hooks.prop_write(obj, repr(key), v)
            return
        obj.define_own(key, v)
        self.hooks.prop_write(obj, key, v)

    def in_constructor_frame(self, fn, new_target, run):
        """``run()`` under a frame `new F` called at the current call site, as V8 shows a constructor
        that has no body of ours to run (a class without one; fields set before the body runs)."""
        ctx = ExecutionContext(fn, None, UNDEFINED, new_target, self.call_site, [], 0)
        self.call_site = None
        return self._in_frame(ctx, run)

    def _in_frame(self, ctx, run):
        """``run()`` with ``ctx`` on the stack (a frame V8 shows that runs no function body of ours)."""
        self.stack.append(ctx)
        try:
            return run()
        except JSError as e:
            if e.value is None:
                e.js_value(self.realm)  # make the error object while its stack trace is still here
            raise
        finally:
            if self.stack and self.stack[-1] is ctx:
                self.stack.pop()

    def initialize_fields(self, obj, F, at=None) -> None:
        """``at``: where V8 places the constructor's frame while they run (a ``super()`` call, else the
        constructor or, without one, the class)."""
        fields = getattr(F, "fields", None)
        if not fields:
            return
        entries, cenv, ctor_at = fields
        # private methods first, then fields in order
        for key, payload in entries:
            if type(payload) is tuple and payload and payload[0] == "private-method":
                _, kind, f = payload
                if obj.privates is None:
                    obj.privates = {}
                if kind == "method":
                    obj.privates[key] = f
                else:
                    cur = obj.privates.get(key)
                    if type(cur) is not Accessor:
                        cur = obj.privates[key] = Accessor()
                    setattr(cur, kind, f)
        for key, payload in entries:
            if type(payload) is tuple and payload and payload[0] == "private-method":
                continue
            v = UNDEFINED
            if payload is not None:
                ev, fscope = payload
                v = self.run_initializer(ev, fscope, cenv, obj, F, at=at or ctor_at)
            self.define_field(obj, key, v)

    # ---------------------------------------------------------------- generators
    def make_generator(self, fn, ctx, env, body):
        proto = fn.get("prototype")
        if not isinstance(proto, JSObject):
            proto = self.realm.intrinsics.get("%GeneratorPrototype%") or self.realm.object_prototype
        gen = JSObject(proto, "Generator")
        gen.internal = GeneratorState(self, ctx, env, body)
        return gen

    def yield_value(self, v):
        co = greenlet.getcurrent()
        if not isinstance(co, Coroutine):
            raise JSError("SyntaxError", "yield outside a generator")
        if co.kind == "asyncgenerator":
            v = self.await_value(v)
        mode, val = co.parent.switch(("yield", v))
        if mode == "next":
            return val
        if mode == "throw":
            raise JSThrow(val)
        if co.kind == "asyncgenerator":
            val = self.await_value(val)
        raise GeneratorReturn(val)

    def call_next(self, nxt, it, site, *args):
        """``it.next(...args)`` asked by the engine (a for-of, an array pattern, a ``yield*``): ``site`` is
        where V8 places the caller of a generator it resumes (see GeneratorState.resume)."""
        self.resume_site = site
        try:
            r = self.realm.call(nxt, it, list(args))
        finally:
            self.resume_site = None
        if not isinstance(r, JSObject):
            raise self.not_an_iterator_result(r)
        return r

    def not_an_iterator_result(self, r) -> JSError:
        """V8's TypeError for a ``next()`` that returned a primitive."""
        return type_error(f"Iterator result {no_side_effects_to_string(self.realm, r)} is not an object")

    def yield_delegate(self, iterable, node=None):
        """``yield* iterable`` at ``node`` (where V8 places the caller of a generator it resumes)."""
        realm = self.realm
        co = greenlet.getcurrent()
        is_async = isinstance(co, Coroutine) and co.kind == "asyncgenerator"
        it, nxt = realm.get_iterator(iterable, async_=is_async)
        hooks = self.hooks
        hooks.hold(it)          # the delegating generator keeps its inner iterator, paused or not
        hooks.hold(nxt)
        try:
            return self._delegate(co, is_async, it, nxt, node)
        finally:
            hooks.release(nxt)
            hooks.release(it)

    def _delegate(self, co, is_async, it, nxt, node):
        realm = self.realm
        mode, received = "next", UNDEFINED
        while True:
            if mode == "next":
                res = self.call_next(nxt, it, node, received)
            elif mode == "throw":
                m = realm.get_method(it, "throw")
                if m is None:
                    realm.close_iterator(it)
                    raise type_error("The iterator does not provide a 'throw' method")
                res = m.call(it, [received])
            else:
                m = realm.get_method(it, "return")
                if m is None:
                    raise GeneratorReturn(received)
                res = m.call(it, [received])
            if is_async:
                res = self.await_value(res)
            if not isinstance(res, JSObject):
                raise self.not_an_iterator_result(res)
            if to_boolean(res.get("done")):
                if mode == "return":
                    raise GeneratorReturn(res.get("value"))
                return res.get("value")
            if is_async:
                mode, received = co.parent.switch(("yield", res.get("value")))
            else:
                mode, received = co.parent.switch(("yield-raw", res))

    # ---------------------------------------------------------------- async
    def start_async(self, ctx, env, body, promise) -> None:
        co = Coroutine(lambda mode, value: _run_coroutine_body(self, ctx, env, body))
        co.kind = "async"
        ctx.async_promise = promise
        self._async_step(co, ctx, promise, "next", UNDEFINED, first=True)

    def _async_step(self, co, ctx, promise, mode, value, first=False) -> None:
        from .builtins.promise import perform_then, promise_resolve, reject_promise, resolve_promise

        realm = self.realm
        if not first:
            self.stack.append(ctx)
            self.hooks.context_resume(ctx)
        co.parent = greenlet.getcurrent()
        try:
            res = co.switch(mode, value)
        except JSThrow as e:
            v = e.js_value(realm)   # an error made here gets its stack trace while the frame is there
            if self.stack and self.stack[-1] is ctx:
                self.stack.pop()
            reject_promise(realm, promise, v)
            return
        if res[0] == "await":
            self.stack.pop()
            self.hooks.context_suspend(ctx)
            p = promise_resolve(realm, res[1])
            awaiters = self.awaiters
            awaiters[id(p)] = ctx

            def resume(mode, v):
                awaiters.pop(id(p), None)
                self._async_step(co, ctx, promise, mode, v)
            perform_then(realm, p, lambda v: resume("next", v), lambda r: resume("throw", r),
                         label=f"resume {ctx.name}()", shows=ctx)
            return
        self.stack.pop()
        self.hooks.context_exit(ctx, res[1], False)
        resolve_promise(realm, promise, res[1])

    def await_value(self, v, node=None):
        co = greenlet.getcurrent()
        if not isinstance(co, Coroutine) or co.kind not in ("async", "asyncgenerator"):
            raise JSError("SyntaxError", "await is only valid in async functions and the top level bodies of modules")
        if node is not None and self.stack:
            self.stack[-1].await_node = node
        mode, val = co.parent.switch(("await", v))
        if mode == "throw":
            raise JSThrow(val)
        return val

    def make_async_generator(self, fn, ctx, env, body):
        proto = fn.get("prototype")
        if not isinstance(proto, JSObject):
            proto = self.realm.intrinsics.get("%AsyncGeneratorPrototype%") or self.realm.object_prototype
        gen = JSObject(proto, "AsyncGenerator")
        gen.internal = AsyncGeneratorState(self, ctx, env, body)
        return gen

    def async_from_sync_iterator(self, it):
        """CreateAsyncFromSyncIterator: an async iterator over a sync one (for await over arrays)."""
        from .builtins.promise import new_promise, promise_resolve, perform_then, resolve_promise, reject_promise

        realm = self.realm
        nxt = it.get("next")
        wrapper = JSObject(realm.object_prototype)

        def step(method_name):
            def m(this, args):
                p = new_promise(realm)
                try:
                    f = nxt if method_name == "next" else it.get(method_name)
                    if not isinstance(f, JSFunction):
                        resolve_promise(realm, p, realm.iter_result(args[0] if args else UNDEFINED, True))
                        return p
                    r = f.call(it, list(args[:1]))
                    if not isinstance(r, JSObject):
                        raise self.not_an_iterator_result(r)
                    done = to_boolean(r.get("done"))
                    vp = promise_resolve(realm, r.get("value"))
                    perform_then(realm, vp, lambda v: resolve_promise(realm, p, realm.iter_result(v, done)),
                                 lambda e: reject_promise(realm, p, e), label="async-from-sync")
                except JSThrow as e:
                    reject_promise(realm, p, e.js_value(realm))
                return p
            return m
        for name in ("next", "return", "throw"):
            realm.method(wrapper, name, step(name), 1)
        return wrapper, wrapper.get("next")

    # ---------------------------------------------------------------- host services
    def describe(self, v) -> str:
        try:
            from .inspect import describe
        except ImportError:
            describe = None
        if describe is not None:
            return describe(v)
        if isinstance(v, JSFunction):
            return f"function {v.props.get('name', '')}"
        if isinstance(v, JSObject):
            return "#<Object>"
        if type(v) is str:
            return f'"{v}"'
        from .values import to_string

        return to_string(v) if not isinstance(v, JSSymbol) else repr(v)

    def super_not_constructor(self, parent, cls) -> JSError:
        """V8's TypeError when a derived class's parent cannot construct: a function shows by its
        name (``null`` when it has none, as after ``extends null``), another value as described."""
        from .values import function_name

        shown = (function_name(parent) or "null") if isinstance(parent, JSFunction) else self.describe(parent)
        return type_error(f"Super constructor {shown} of {function_name(cls) or 'anonymous class'} "
                          "is not a constructor")

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

    def create_dynamic_function(self, kind: str, params: list, body: str):
        keyword = {"normal": "function", "generator": "function*", "async": "async function",
                   "asyncgenerator": "async function*"}[kind]
        head = f"({keyword} anonymous({','.join(params)}\n) "
        src = f"{head}{{\n{body}\n}})"
        piece = len(self.pieces)
        program = parse_piece(src, False, piece)
        # the parameters and the body must each stand alone (V8's CreateDynamicFunction checks)
        stmts = program.body
        fnode = stmts[0].expression if len(stmts) == 1 and stmts[0].type == "ExpressionStatement" else None
        if fnode is None or fnode.type != "FunctionExpression" or fnode.range[1] != utf16_length(src) - 1:
            raise JSError("SyntaxError", "Single function literal required")
        if fnode.body.range[0] != utf16_length(head):
            raise JSError("SyntaxError", "Unexpected end of arg string" if "/*" in head
                          else "Arg string terminates parameters early")
        resolver = self.resolver
        g = self.global_scope
        label = "Function" if kind == "normal" else {"generator": "GeneratorFunction", "async": "AsyncFunction",
                                                      "asyncgenerator": "AsyncGeneratorFunction"}[kind]
        fnode.id = None     # named "anonymous", but no binding of that name is in scope (CreateDynamicFunction)
        strict_script = g.strict
        g.strict = False       # a Function body is sloppy unless it says otherwise, whoever calls Function
        try:
            resolver._declare_walk(fnode, g, g)
            resolver.functions[id(fnode)].name = "anonymous"
            resolver._resolve_walk(fnode, g)
            compiler = Compiler(self, resolver, src)
            compiler.global_scope = g
            compiler._mark_materialized(g)
            make = compiler.function_maker(fnode, g)
        except NotSupported as e:
            raise self.not_supported_here(e, label) from None
        finally:
            g.strict = strict_script
        self.pieces.append((label, src))
        return make(self.global_env)

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
        return on_deep_stack(lambda: _in_roomy_frame(self._run))

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
            except _UnhandledRejection as u:
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
        from .repl import run_entry

        return run_entry(self, code)

    def check_rejections(self) -> None:
        while self.pending_rejections:
            p = self.pending_rejections.pop(0)
            if not p.internal.handled:
                exc = JSThrow(p.internal.result)
                exc.rejection = True
                raise _UnhandledRejection(exc)

    def error_text(self, value) -> str:
        """``Name: message`` for an error object, or how Node shows another thrown value.

        Reads data properties only: no JavaScript (a getter) runs once the program has ended.
        """
        if isinstance(value, JSObject) and value.cls == "Error":
            return _error_to_string(value)
        return "Uncaught " + self.inspect(value, custom=False)

    def inspect(self, value, custom: bool = True) -> str:
        """util.inspect(value); ``custom``: run the value's own inspect.custom (Node's report of an
        uncaught exception does not, so a throwing or endless one cannot spoil it)."""
        try:
            from .inspect import InspectOptions, inspect
        except ImportError:
            from .values import to_string

            return to_string(value) if not isinstance(value, JSObject) else "[object]"
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


def _data_property(obj, key):
    """A property's value along the prototype chain without running getters (V8's GetDataProperty)."""
    o = obj
    while isinstance(o, JSObject):
        v = o.get_own(key)
        if v is not MISSING:
            return UNDEFINED if type(v) is Accessor else v
        o = o.proto
    return UNDEFINED


def _error_to_string(err) -> str:
    from .values import to_string

    name = _data_property(err, "name")
    msg = _data_property(err, "message")
    name = "Error" if name is UNDEFINED else (name if type(name) is str else
                                              ("" if isinstance(name, (JSObject, JSSymbol)) else to_string(name)))
    msg = "" if msg is UNDEFINED else (msg if type(msg) is str else
                                       ("" if isinstance(msg, (JSObject, JSSymbol)) else to_string(msg)))
    if not name:
        return msg
    return f"{name}: {msg}" if msg else name


def no_side_effects_to_string(realm, value, symbol=None) -> str:
    """V8's Object::NoSideEffectsToString: how Node names a rejection reason (no JavaScript runs)."""
    from .values import JSBigInt, number_to_string

    t = type(value)
    if t is str:
        return value
    if t is float:
        return number_to_string(value)
    if t is bool:
        return "true" if value else "false"
    if value is UNDEFINED or value is NULL:
        return repr(value)
    if t is JSBigInt:
        return str(value.value)
    if t is JSSymbol:
        if symbol is not None:
            return symbol
        d = value.description
        return f"Symbol({'' if d is UNDEFINED else d})"
    if not isinstance(value, JSObject):
        return ""
    if isinstance(value, JSFunction):
        try:
            return value.source_text()
        except Exception:  # noqa: BLE001
            return "function () { [native code] }"
    to_str = _data_property(value, "toString")
    err_proto = realm.error_prototypes.get("Error")
    if value.cls == "Error" or (err_proto is not None and to_str is err_proto.props.get("toString")):
        return _error_to_string(value)
    if to_str is realm.intrinsics.get("%ObjProto_toString%"):
        ctor = _data_property(value, "constructor")
        if isinstance(ctor, JSFunction):
            name = ctor.props.get("name")
            if type(name) is str and name:
                return f"#<{name}>"
    tag = _data_property(value, SYM_TO_STRING_TAG)
    if type(tag) is not str:
        tag = _CLASS_NAMES.get(value.cls, "Object")
    return f"[object {tag}]"


_CLASS_NAMES = {"Array": "Array", "Arguments": "Arguments", "Function": "Function", "Error": "Error",
                "Boolean": "Boolean", "Number": "Number", "String": "String", "Symbol": "Symbol",
                "BigInt": "BigInt", "Date": "Date", "RegExp": "RegExp", "Map": "Map", "Set": "Set",
                "WeakMap": "WeakMap", "WeakSet": "WeakSet", "Promise": "Promise"}


class _UnhandledRejection(Exception):
    def __init__(self, exc):
        super().__init__()
        self.exc = exc


def _run_coroutine_body(interp, ctx, env, body):
    ctx.phase = Phase.EXECUTION
    interp.hooks.context_execute(ctx)
    try:
        r = body(env)
    except GeneratorReturn as g:
        return ("return", g.value)
    return ("return", r.value if type(r) is Ret else UNDEFINED)


class GeneratorState:
    """A suspended generator body and the protocol to resume it (GeneratorResume)."""

    def __init__(self, interp, ctx, env, body):
        self.interp = interp
        self.ctx = ctx
        self.state = "suspendedStart"
        self.co = Coroutine(lambda mode, value: _run_coroutine_body(interp, ctx, env, body))
        self.co.kind = "generator"

    def resume(self, mode: str, value, gen=None):
        interp = self.interp
        realm = interp.realm
        if self.state == "executing":
            raise type_error("Generator is already running")
        if self.state == "suspendedStart" and mode != "next":
            self.state = "completed"
            self.co = None
        if self.state == "completed":
            if mode == "throw":
                raise JSThrow(value)
            return realm.iter_result(value if mode == "return" else UNDEFINED, True)
        if len(interp.stack) >= interp.max_depth:
            raise JSError("RangeError", "Maximum call stack size exceeded")
        self.state = "executing"
        ctx = self.ctx
        caller = interp.native_call     # V8's frame `at gen.next (<anonymous>)`, then the caller at its call
        method = realm.intrinsics["%GeneratorPrototype%"].props.get(mode)
        site, interp.resume_site = interp.resume_site, None
        if caller is not None and caller[0] is method and caller[3] == len(interp.stack):
            ctx.resumed_by = (method, gen, caller[2])
        elif site is None and caller is not None and caller[3] == len(interp.stack):
            ctx.resumed_by = (method, gen, None)    # by a built-in (Array.from): its frame follows
            ctx.native_caller = caller
        else:   # by the engine: a for-of at its binding; spread: near enough, where the generator was made
            ctx.resumed_by = (method, gen, site or ctx.call_node)
        interp.stack.append(ctx)
        interp.hooks.context_resume(ctx)
        self.co.parent = greenlet.getcurrent()
        try:
            res = self.co.switch(mode, value)
        except BaseException as e:
            self.state = "completed"
            self.co = None
            if interp.stack and interp.stack[-1] is ctx:
                interp.stack.pop()
            interp.hooks.context_exit(ctx, e, True)
            raise
        interp.stack.pop()
        if res[0] == "yield":
            self.state = "suspendedYield"
            interp.hooks.context_suspend(ctx)
            return realm.iter_result(res[1], False)
        if res[0] == "yield-raw":
            self.state = "suspendedYield"
            interp.hooks.context_suspend(ctx)
            return res[1]
        self.state = "completed"
        self.co = None
        interp.hooks.context_exit(ctx, res[1], False)
        return realm.iter_result(res[1], True)


class AsyncGeneratorState:
    """An async generator: requests queue up; each settles one promise (AsyncGeneratorEnqueue)."""

    def __init__(self, interp, ctx, env, body):
        self.interp = interp
        self.ctx = ctx
        self.state = "suspendedStart"
        self.queue: deque = deque()
        self.co = Coroutine(lambda mode, value: _run_coroutine_body(interp, ctx, env, body))
        self.co.kind = "asyncgenerator"
        self.running = False

    def enqueue(self, mode: str, value):
        from .builtins.promise import new_promise

        p = new_promise(self.interp.realm)
        self.queue.append((mode, value, p))
        if not self.running:
            self._drain()
        return p

    def _drain(self) -> None:
        from .builtins.promise import reject_promise, resolve_promise

        realm = self.interp.realm
        while self.queue and not self.running:
            mode, value, p = self.queue[0]
            if self.state == "suspendedStart" and mode != "next":
                self.state = "completed"
            if self.state == "completed":
                self.queue.popleft()
                if mode == "throw":
                    reject_promise(realm, p, value)
                else:
                    resolve_promise(realm, p, realm.iter_result(value if mode == "return" else UNDEFINED, True))
                continue
            self._step(mode, value)

    def _step(self, mode, value) -> None:
        from .builtins.promise import perform_then, promise_resolve, reject_promise, resolve_promise

        interp = self.interp
        realm = interp.realm
        ctx = self.ctx
        self.running = True
        self.state = "executing"
        interp.stack.append(ctx)
        interp.hooks.context_resume(ctx)
        self.co.parent = greenlet.getcurrent()
        try:
            res = self.co.switch(mode, value)
        except JSThrow as e:
            if interp.stack and interp.stack[-1] is ctx:
                interp.stack.pop()
            interp.hooks.context_exit(ctx, e, True)
            self.state = "completed"
            self.running = False
            _, _, p = self.queue.popleft()
            reject_promise(realm, p, e.js_value(realm))
            self._drain()
            return
        interp.stack.pop()
        if res[0] == "await":
            interp.hooks.context_suspend(ctx)
            pr = promise_resolve(realm, res[1])
            perform_then(realm, pr, lambda v: self._resume("next", v), lambda r: self._resume("throw", r),
                         label=f"resume {ctx.name}()", shows=ctx)
            return
        self.running = False
        _, _, p = self.queue.popleft()
        if res[0] == "yield":
            self.state = "suspendedYield"
            interp.hooks.context_suspend(ctx)
            resolve_promise(realm, p, realm.iter_result(res[1], False))
        else:
            self.state = "completed"
            interp.hooks.context_exit(ctx, res[1], False)
            resolve_promise(realm, p, realm.iter_result(res[1], True))
        self._drain()

    def _resume(self, mode, value) -> None:
        self.running = False
        self.state = "executing"
        self._step(mode, value)
        if not self.running:
            self._drain()


class _DefaultCtorCode:
    """The implicit ``constructor(...args) { super(...args) }`` (or empty) of a class."""

    func_kind = "class"
    constructable = True
    is_arrow = False
    strict = True
    params = ()
    captured = ()
    node = None
    length = 0

    def __init__(self, name, derived, source_text, interp, node):
        self.class_node = node    # where V8 places this constructor's frame
        self.name = name
        self.display_name = name or "(anonymous class)"
        self.derived = derived
        self.source_text = source_text
        self.interp = interp
        self.scope = None

    def invoke(self, fn, this, args, new_target):
        if new_target is None:
            raise type_error(f"Class constructor {self.name} cannot be invoked without 'new'")
        return self.construct(fn, args, new_target)

    def construct(self, fn, args, new_target):
        interp = self.interp
        realm = interp.realm
        if self.derived:
            parent = fn.proto
            if not isinstance(parent, JSFunction) or not parent.is_constructor:
                raise interp.super_not_constructor(parent, fn)
            site = interp.call_site
            if not fn.fields[0] and site is not None and (site.type in ("ClassDeclaration", "ClassExpression") or (
                    site.type == "CallExpression" and site.callee.type == "Super")):
                # V8 skips a default derived constructor of a class without fields that super() calls:
                # no frame of its own, its parent is called from the same place
                return parent.construct(args, new_target)

            def make():
                interp.call_site = self.class_node if type(parent) is ScriptFunction else None
                return parent.construct(args, new_target)
        else:
            def make():
                proto = new_target.get("prototype")
                return JSObject(proto if isinstance(proto, JSObject) else realm.object_prototype)

        def run():
            this = make()
            interp.initialize_fields(this, fn, self.class_node)
            return this
        return interp.in_constructor_frame(fn, new_target, run)


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
    from dataclasses import replace

    from .repl import can_run_entries

    done = []
    for code in entries:
        if not can_run_entries(interp):
            break
        done.append(interp.run_entry(code))
    return replace(result, entries=tuple(done))


__all__ = ["Interpreter", "RunResult", "run_source", "parse", "GeneratorState", "AsyncGeneratorState",
           "GeneratorReturn", "DEFAULT_MAX_STEPS", "ENUMERABLE", "Accessor", "PrivateName"]
