"""ECMAScript function objects (ES2024 10.2): making a closure and what happens when it is called.

``closure_factory`` is OrdinaryFunctionCreate (with MakeConstructor / MakeMethod): it returns
``make(env, name)``, which makes a new function closing over ``env``. ``compile_function_body``
gives a ``FunctionCode`` its ``invoke`` ([[Call]]) and ``construct`` ([[Construct]]): ``prepare`` is
PrepareForOrdinaryCall, OrdinaryCallBindThis and FunctionDeclarationInstantiation (the context's
creation phase), ``run_body`` is OrdinaryCallEvaluateBody (its execution phase). A class's fields are
set by ``initialize_fields`` (InitializeInstanceElements, DefineField) in a frame of their own.
"""

from __future__ import annotations

from .builtins.promise import new_promise, reject_promise
from .completion import Ret
from .coroutines import make_async_generator, make_generator, start_async
from .errors import NotSupported
from .runtime import Environment, ExecutionContext, JSArguments, MappedArguments, Phase, ScriptFunction
from .scope import FunctionInfo
from .values import (
    CONFIGURABLE,
    HIDDEN,
    NULL,
    SYM_ITERATOR,
    UNDEFINED,
    UNINITIALIZED,
    WRITABLE,
    Accessor,
    JSError,
    JSObject,
    JSThrow,
    PrivateName,
    SharedFlags,
    type_error,
)


class FunctionCode:
    """A compiled function body shared by every closure made from one function node."""

    def __init__(self, compiler, info: FunctionInfo):
        self.info = info
        self.node = info.node
        self.name = info.name
        self.display_name = info.display_name
        self.func_kind = info.func_kind
        self.params = tuple(info.params)
        self.captured = tuple(info.captured)
        self.scope = info.scope
        self.strict = info.strict
        self.is_arrow = info.is_arrow
        self.constructable = info.func_kind in ("normal", "class")
        self.source_text = compiler.cut(self.node.range[0], self.node.range[1])
        self.length = 0
        for p in self.node.params if hasattr(self.node, "params") else ():
            if p.type in ("AssignmentPattern", "RestElement"):
                break
            self.length += 1
        self.inferred_name = ""   # an anonymous function's name in stack traces: `obj.f` for `obj.f = function () {}`
        self.invoke = None      # set by the compiler: invoke(fn, this, args, new_target)
        self.fused = None       # a plain call with fused hooks (Hooks.fused_calls): fused(fn, this, args, call node)
        self.construct = None   # set by the compiler for constructors

    def __repr__(self) -> str:
        return f"<code {self.display_name}>"


def compile_function_body(interp, compiler, code: FunctionCode) -> None:
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
        # MakeArgGetter/Setter map each name once, to the last parameter of that name (f(a, a))
        arg_map = tuple((i, s) for i, s in enumerate(param_slots) if s not in param_slots[i + 1:])
        binders = None
    else:
        param_slots = None
        arg_map = ()
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
            count = interp.count

            def body(env):
                count()
                return empty_body(env)
    else:
        hoist = None
        compiler.note_expression_site(node.body)
        ev = compiler.expr(node.body, fs)
        tick = interp.tick
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
    realm = interp.realm
    hooks = interp.hooks
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
    stack = interp.stack
    gobj = realm.global_object
    max_depth = interp.max_depth
    numbers = interp.call_numbers
    thrower = realm.intrinsics.get("%ThrowTypeError%")

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
                    mapped = {i: slot for i, slot in arg_map if i < len(args)}
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
        ctx.env = None      # the context is over: without this cycle (env.ctx) both are freed now, not by the GC
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
            return make_generator(interp, fn, ctx, env, body)
    elif kind in ("async", "asyncarrow"):
        def invoke(fn, this, args, new_target):
            promise = new_promise(realm)
            try:
                ctx, env = prepare(fn, this, args, new_target)
            except JSThrow as e:
                reject_promise(realm, promise, e.js_value(realm))
                return promise
            start_async(interp, ctx, env, body, promise)
            return promise
    elif kind == "asyncgenerator":
        def invoke(fn, this, args, new_target):
            ctx, env = prepare(fn, this, args, new_target)
            stack.pop()
            hooks.context_suspend(ctx)
            return make_async_generator(interp, fn, ctx, env, body)
    else:
        raise NotSupported(f"{kind} functions", node.loc.start.line, node.loc.start.column)
    code.invoke = invoke
    # a plain call has nothing between its set-up and its body that the hooks must see, and no
    # arguments object (the recorder ties its mapped elements to the parameters as the context enters)
    plain = simple and hoist is None and bs is None and args_slot is None and kind in ("normal", "arrow", "method")
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
                in_constructor_frame(interp, fn, new_target, lambda: initialize_fields(interp, obj, fn))
                interp.call_site = site     # for the constructor's own frame
            r, ctx = invoke(fn, obj, args, new_target)
            return r if isinstance(r, JSObject) else obj
        code.construct = construct_class


def closure_factory(interp, code: FunctionCode, method_kind=None):
    """make(env, name) -> a new ScriptFunction closing over env (OrdinaryFunctionCreate)."""
    realm = interp.realm
    hooks = interp.hooks
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
        compile_function_body(interp, interp.compiler, code)

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


def run_initializer(interp, ev, fscope, cenv, this, func, statement=False, at=None):
    """Evaluate a field initialiser or static block with ``this`` bound (like a method body), in
    V8's frame `<instance_members_initializer>` (or `<static_initializer>`) called at ``at``."""
    vals = [UNINITIALIZED if k in ("let", "const", "class") else UNDEFINED for k in fscope.decl_kinds]
    env = Environment(vals, cenv, fscope)
    ctx = ExecutionContext(func, env, this, None, at, [], 0)
    ctx.label = "<static_initializer>" if this is func else "<instance_members_initializer>"
    ctx.phase = Phase.EXECUTION
    env.ctx = ctx
    r = in_frame(interp, ctx, lambda: ev(env))
    if statement:
        return UNDEFINED
    return r


def define_field(interp, obj, key, v) -> None:
    if type(key) is PrivateName:
        if obj.privates is None:
            obj.privates = {}
        if key in obj.privates:
            raise type_error(f"Cannot initialize {key!r} twice on the same object")
        obj.privates[key] = v
        interp.hooks.prop_write(obj, repr(key), v)
        return
    obj.define_own(key, v)
    interp.hooks.prop_write(obj, key, v)


def in_constructor_frame(interp, fn, new_target, run):
    """``run()`` under a frame `new F` called at the current call site, as V8 shows a constructor
    that has no body of ours to run (a class without one; fields set before the body runs)."""
    ctx = ExecutionContext(fn, None, UNDEFINED, new_target, interp.call_site, [], 0)
    interp.call_site = None
    return in_frame(interp, ctx, run)


def in_frame(interp, ctx, run):
    """``run()`` with ``ctx`` on the stack (a frame V8 shows that runs no function body of ours)."""
    interp.stack.append(ctx)
    try:
        return run()
    except JSError as e:
        if e.value is None:
            e.js_value(interp.realm)  # make the error object while its stack trace is still here
        raise
    finally:
        if interp.stack and interp.stack[-1] is ctx:
            interp.stack.pop()


def initialize_fields(interp, obj, F, at=None) -> None:
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
            v = run_initializer(interp, ev, fscope, cenv, obj, F, at=at or ctor_at)
        define_field(interp, obj, key, v)
