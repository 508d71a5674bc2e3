"""Compiling the Left-Hand-Side Expressions (ES2024 13.3): property access, optional chains,
calls, ``new``, ``super`` and ``import()``."""

from __future__ import annotations

from .builtins.object import typeof_display
from .class_definition import super_not_constructor
from .conversions import key_text, to_property_key, to_string, typeof
from .errors import NotSupported
from .function_objects import initialize_fields
from .runtime import ScriptFunction
from .scope import Resolver
from .source_names import ReadSite, callee_text
from .values import (
    HOLE,
    MISSING,
    NULL,
    SYM_ITERATOR,
    UNDEFINED,
    UNINITIALIZED,
    Accessor,
    JSArray,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    type_error,
)


class ShortCircuit(Exception):
    """``a?.b`` met a nullish ``a``: the whole chain is undefined."""


def _object_kind(o) -> str:
    """How V8 introduces an object in "Cannot assign to read only property 'p' of object '...'"."""
    return "function" if isinstance(o, JSFunction) else "object"


class SuperBase:
    """What ``super`` evaluates to in ``super.x``: where the lookup starts, and the receiver."""

    __slots__ = ("proto", "this")

    def __init__(self, proto, this):
        self.proto = proto
        self.this = this


def _super_get(base: SuperBase, k):
    if type(k) is float:
        k = to_property_key(k)
    proto = base.proto
    if proto is None:
        return UNDEFINED
    return proto.get(k, base.this)


def _set_failed(realm, o, k, start=None) -> JSError:
    """V8's TypeError for an assignment [[Set]] refused in strict code; ``start``: where the lookup
    began when it is not the receiver ``o`` (``super.x = v``)."""
    if not isinstance(o, JSObject):
        shown = repr(o) if type(o) is JSSymbol else to_string(o)
        return type_error(f"Cannot create property '{key_text(k)}' on {typeof(o)} '{shown}'")
    start = o if start is None else start
    if type(o) is JSArray and o.past_fixed_length(k):
        k = "length"
    found = _find_prop(start, k)
    if type(found) is Accessor:
        return type_error(f"Cannot set property {key_text(k)} of {realm.host.describe(start)} which has only a getter")
    own = o.get_own(k)
    if found is MISSING and type(own) is Accessor:
        return type_error(f"Cannot redefine property: {key_text(k)}")
    if found is not MISSING or own is not MISSING or o.extensible:
        return type_error(f"Cannot assign to read only property '{key_text(k)}' of "
                          f"{_object_kind(o)} '{realm.host.describe(o)}'")
    return type_error(f"Cannot add property {key_text(k)}, object is not extensible")


def _find_prop(o, k):
    while o is not None:
        v = o.get_own(k)
        if v is not MISSING:
            return v
        o = o.proto
    return MISSING


class LeftHandSideExpressions:
    """Member access, optional chains, calls, ``new`` and ``super``, compiled (a part of ``Compiler``)."""

    # -- members
    def member_key(self, node, scope):
        """An evaluator for a member expression's key (a property key or a PrivateName)."""
        p = node.property
        if p.type == "PrivateIdentifier":
            return self.private_name(p, scope)
        if not node.computed:
            name = p.name
            return lambda env: name
        if p.type == "Literal" and isinstance(p.value, str):
            s = p.value
            return lambda env: s
        ev = self.expr(p, scope)

        def key(env):
            k = ev(env)
            if type(k) is float and k.is_integer() and k >= 0:
                return k  # kept numeric for the array fast path; converted on use
            return to_property_key(k)
        return key

    def private_name(self, p, scope):
        name = "#" + p.name
        d = Resolver.lookup(scope, name)
        if d is None:
            raise JSError("SyntaxError", f"Private field '{name}' must be declared in an enclosing class")
        return self.read_var(name, scope, p)

    def property_getter(self, node, site=True):
        """get(o, key) with JavaScript's errors for undefined/null bases. ``site``: a getter it runs has
        its caller at the property (V8's for a plain read), or, False, where the statement is (V8's
        for ``o.g += 1`` and ``o.g++``)."""
        if node.object.type == "Super":
            return _super_get
        realm = self.realm
        interp = self.interp
        site = node if site else None
        at = self.interp.error_at
        private = node.property.type == "PrivateIdentifier"
        if private:
            pname = "#" + node.property.name

            def get_private(o, pn):
                if isinstance(o, JSObject) and o.privates is not None and pn in o.privates:
                    v = o.privates[pn]
                    if type(v) is Accessor:
                        if v.get is UNDEFINED:
                            raise type_error(f"'{pname}' was defined without a getter")
                        return v.get.call(o, [])
                    return v
                raise at(node, type_error(pn.brand or f"Cannot read private member {pname} from an object whose "
                                                      "class did not declare it"))
            return get_private

        def get(o, k):
            if type(o) is JSArray and type(k) is float:
                elems = o.elems
                i = int(k)
                if i < len(elems):
                    v = elems[i]
                    if v is not HOLE:
                        return v
                return o.get(to_property_key(k))
            if type(k) is float:
                k = to_property_key(k)
            if isinstance(o, JSObject):
                if site is None:
                    return o.get(k)
                outer = interp.current_node
                interp.current_node = site     # the caller's position if a getter runs
                v = o.get(k)
                interp.current_node = outer
                return v
            if o is UNDEFINED or o is NULL:
                if k is SYM_ITERATOR:   # V8 words it as the failed start of an iteration
                    raise at(node, type_error(f"{typeof_display(o)} is not iterable "
                                              "(cannot read property Symbol(Symbol.iterator))"))
                raise at(node, type_error(f"Cannot read properties of {o!r} (reading "
                                          f"'{k if type(k) is str else repr(k)}')"))
            return realm.get_v(o, k)
        return get

    def property_setter(self, node, scope, where=None):
        """put(o, key, v) with JavaScript's errors; ``where``: the node they are reported at (the member)."""
        realm = self.realm
        interp = self.interp
        hooks = self.hooks
        at = self.interp.error_at
        where = where or node
        strict = scope.strict
        if node.object.type == "Super":
            def put_super(base, k, v):
                if type(k) is float:
                    k = to_property_key(k)
                o = base.this
                outer = interp.current_node
                interp.current_node = where
                proto = base.proto
                ok = (proto.put(k, v, o) if proto is not None
                      else isinstance(o, JSObject) and o._write_own(k, v))
                interp.current_node = outer
                if ok:
                    hooks.prop_write(o, k, v)
                elif strict:
                    raise at(where, _set_failed(realm, o, k, proto))
            return put_super
        if node.property.type == "PrivateIdentifier":
            pname = "#" + node.property.name

            def set_private(o, pn, v):
                if isinstance(o, JSObject) and o.privates is not None and pn in o.privates:
                    cur = o.privates[pn]
                    if type(cur) is Accessor:
                        if cur.set is UNDEFINED:
                            raise type_error(f"'{pname}' was defined without a setter")
                        cur.set.call(o, [v])
                        return
                    if pn.is_method:
                        raise at(where, type_error(f"Private method '{pname}' is not writable"))
                    o.privates[pn] = v
                    hooks.prop_write(o, pname, v)
                    return
                if pn.brand is not None:    # V8 reports a failed brand check at the member, a field's at the `=`
                    raise at(node, type_error(pn.brand))
                raise at(where, type_error(f"Cannot write private member {pname} to an object whose class did not "
                                           "declare it"))
            return set_private

        def put(o, k, v):
            if type(o) is JSArray and type(k) is float:
                i = int(k)
                if i < len(o.elems) and not o.frozen:
                    o.elems[i] = v
                    hooks.prop_write(o, k, v)
                    return
            if type(k) is float:
                k = to_property_key(k)
            if isinstance(o, JSObject):
                outer = interp.current_node
                interp.current_node = where    # the caller's position if a setter runs, and V8's for the errors
                if not o.put(k, v):
                    if strict:
                        raise _set_failed(realm, o, k)
                    interp.current_node = outer
                    return
                interp.current_node = outer
                hooks.prop_write(o, k, v)
                return
            if o is UNDEFINED or o is NULL:
                raise at(where, type_error(f"Cannot set properties of {o!r} (setting '{key_text(k)}')"))
            if strict:
                shown = repr(o) if type(o) is JSSymbol else to_string(o)
                if type(o) is str and (k == "length" or (type(k) is str and k.isdigit() and k.isascii()
                                                         and int(k) < len(o) and str(int(k)) == k)):
                    raise type_error(f"Cannot assign to read only property '{k}' of string '{o}'")
                raise type_error(f"Cannot create property '{key_text(k)}' on {typeof(o)} '{shown}'")
        return put

    def member_assigner(self, node, scope):
        obj = self.expr(node.object, scope)
        key = self.member_key(node, scope)
        setp = self.property_setter(node, scope, where=ReadSite(node, node))   # V8's: the target's start

        def bind(env, v):
            setp(obj(env), key(env), v)
        return bind

    def expr_MemberExpression(self, node, scope):
        if node.object.type == "Super":
            return self.super_member(node, scope)
        obj = self.expr(node.object, scope)
        optional = node.optional
        if not node.computed and node.property.type == "Identifier":
            name = node.property.name
            realm = self.realm
            at = self.interp.error_at

            interp = self.interp

            def get_named(env):
                o = obj(env)
                if isinstance(o, JSObject):
                    outer = interp.current_node
                    interp.current_node = node     # the caller's position if a getter runs
                    v = o.get(name)
                    interp.current_node = outer
                    return v
                if optional and (o is UNDEFINED or o is NULL):
                    raise ShortCircuit
                if o is UNDEFINED or o is NULL:
                    raise at(node, type_error(f"Cannot read properties of {o!r} (reading '{name}')"))
                return realm.get_v(o, name)
            return get_named
        key = self.member_key(node, scope)
        getp = self.property_getter(node)

        def get(env):
            o = obj(env)
            if optional and (o is UNDEFINED or o is NULL):
                raise ShortCircuit
            return getp(o, key(env))
        return get

    def super_member(self, node, scope):
        base = self.expr_Super(node.object, scope)
        key = self.member_key(node, scope)
        getp = self.property_getter(node)
        return lambda env: getp(base(env), key(env))

    def expr_ChainExpression(self, node, scope):
        inner = self.expr(node.expression, scope)

        def chain(env):
            try:
                return inner(env)
            except ShortCircuit:
                return UNDEFINED
        return chain

    # -- calls
    def callee(self, node, scope):
        """An evaluator returning (function, this) for a call's callee."""
        t = node.type
        if t == "ChainExpression":
            return self.callee(node.expression, scope)
        if t == "MemberExpression" and node.object.type == "Super":
            get = self.super_member(node, scope)
            this = self.this_reader(scope)
            return (lambda env: (get(env), this(env))), True
        if t == "MemberExpression":
            obj = self.expr(node.object, scope)
            key = self.member_key(node, scope)
            getp = self.property_getter(node)
            optional = node.optional
            realm = self.realm
            at = self.interp.error_at
            if not node.computed and node.property.type == "Identifier":
                name = node.property.name

                def member_named(env):
                    o = obj(env)
                    if isinstance(o, JSObject):
                        return o.get(name), o
                    if o is UNDEFINED or o is NULL:
                        if optional:
                            raise ShortCircuit
                        raise at(node, type_error(f"Cannot read properties of {o!r} (reading '{name}')"))
                    return realm.get_v(o, name), o
                return member_named, True

            def member(env):
                o = obj(env)
                if optional and (o is UNDEFINED or o is NULL):
                    raise ShortCircuit
                return getp(o, key(env)), o
            return member, True
        ev = self.expr(node, scope)
        return (lambda env: (ev(env), UNDEFINED)), False

    def arguments_list(self, args, scope):
        if not any(a.type == "SpreadElement" for a in args):
            evs = tuple(self.expr(a, scope) for a in args)
            n = len(evs)
            if n == 0:
                return lambda env: []
            if n == 1:
                e0 = evs[0]
                return lambda env: [e0(env)]
            if n == 2:
                e0, e1 = evs
                return lambda env: [e0(env), e1(env)]
            return lambda env: [e(env) for e in evs]
        parts = [(self.spread_source(a.argument, scope), True) if a.type == "SpreadElement"
                 else (self.expr(a, scope), False) for a in args]

        def build(env):
            out = []
            for e, spread in parts:
                if spread:
                    out.extend(e(env))
                else:
                    out.append(e(env))
            return out
        return build

    def expr_CallExpression(self, node, scope):
        if node.callee.type == "Super":
            return self.super_call(node, scope)
        args = self.arguments_list(node.arguments, scope)
        optional = node.optional
        text = callee_text(node.callee)
        interp = self.interp
        at = interp.error_at
        hooks = self.hooks

        def call_native(f, this, a):
            """A built-in (or a value that is not a function: the TypeError)."""
            if not isinstance(f, JSFunction):
                raise at(node, type_error(f"{text} is not a function"))
            hooks.call(node, f, this, a)
            outer = interp.native_call
            interp.native_call = (f, this, node, len(interp.stack))    # for the stack trace of a callback it calls
            try:
                r = f.call(this, a)
            finally:
                interp.native_call = outer
            hooks.returned(node, r)
            return r

        callee_node = node.callee
        if callee_node.type == "Identifier" and callee_node.name == "eval" and not optional:
            return self.eval_call(node, scope, args, call_native)
        if callee_node.type == "Identifier" and self.through_with(callee_node.name, scope):
            # a name found through `with` may be a method of its object: (function, this) as a member call's
            callee = self.dynamic_callee(callee_node.name, self.read_sites.get(id(callee_node), callee_node))
        elif node.callee.type not in ("MemberExpression", "ChainExpression"):
            # `f(...)`: `this` is undefined, so no (function, this) pair is built per call
            fn = self.expr(node.callee, scope)

            def call_plain(env):
                f = fn(env)
                if optional and (f is UNDEFINED or f is NULL):
                    raise ShortCircuit
                a = args(env)
                if type(f) is not ScriptFunction:
                    return call_native(f, UNDEFINED, a)
                code = f.code
                if code.fused is not None:
                    interp.call_site = node
                    return code.fused(f, UNDEFINED, a, node)
                hooks.call(node, f, UNDEFINED, a)
                interp.call_site = node
                r = code.invoke(f, UNDEFINED, a, None)
                hooks.returned(node, r)
                return r
            return call_plain
        else:
            callee, _ = self.callee(node.callee, scope)

        def call(env):
            f, this = callee(env)
            if optional and (f is UNDEFINED or f is NULL):
                raise ShortCircuit
            a = args(env)
            if type(f) is ScriptFunction:
                code = f.code
                if code.fused is not None:
                    interp.call_site = node
                    return code.fused(f, this, a, node)
                hooks.call(node, f, this, a)
                interp.call_site = node
                r = code.invoke(f, this, a, None)
                hooks.returned(node, r)
                return r
            return call_native(f, this, a)
        return call

    def eval_call(self, node, scope, args, call_native):
        """``eval(src)``: a direct eval when ``eval`` is the realm's own (PerformEval in this
        environment, with this code's strictness); any other function is called as usual."""
        name = node.callee.name
        fn = self.dynamic_callee(name, node.callee) if self.through_with(name, scope) else None
        read = self.expr(node.callee, scope)
        interp = self.interp
        hooks = self.hooks
        strict = scope.strict
        intrinsic = self.realm.intrinsics

        def call_eval(env):
            if fn is not None:
                f, this = fn(env)
            else:
                f, this = read(env), UNDEFINED
            a = args(env)
            if f is intrinsic.get("%eval%"):
                hooks.call(node, f, this, a)
                src = a[0] if a else UNDEFINED
                r = interp.eval_in_env(src, env, strict=strict, label="eval") if type(src) is str else src
                interp.current_node = node
                hooks.returned(node, r)
                return r
            if type(f) is ScriptFunction:
                hooks.call(node, f, this, a)
                interp.call_site = node
                r = f.code.invoke(f, this, a, None)
                hooks.returned(node, r)
                return r
            return call_native(f, this, a)
        return call_eval

    def expr_NewExpression(self, node, scope):
        ctor = self.expr(node.callee, scope)
        args = self.arguments_list(node.arguments, scope)
        text = callee_text(node.callee)
        interp = self.interp
        hooks = self.hooks

        def new(env):
            f = ctor(env)
            a = args(env)
            if not isinstance(f, JSFunction) or not f.is_constructor:
                raise interp.error_at(node, type_error(f"{text} is not a constructor"))
            hooks.call(node, f, UNDEFINED, a)
            if type(f) is ScriptFunction:
                interp.call_site = node
                r = f.construct(a, f)
            else:
                # a built-in (`new Error(...)`) takes its stack trace here, at the `new`
                interp.call_site = None
                outer = interp.current_node
                interp.current_node = node
                r = f.construct(a, f)
                interp.current_node = outer
            hooks.returned(node, r)
            return r
        return new

    def super_call(self, node, scope):
        ctx = self.function_ctx_reader(scope)
        args = self.arguments_list(node.arguments, scope)
        interp = self.interp
        hooks = self.hooks

        def call(env):
            c = ctx(env)
            func = c.function
            parent = func.proto
            a = args(env)
            if not isinstance(parent, JSFunction) or not parent.is_constructor:
                raise super_not_constructor(interp, parent, func)
            if c.this is not UNINITIALIZED:
                raise JSError("ReferenceError", "Super constructor may only be called once")
            hooks.call(node, parent, UNDEFINED, a)
            interp.call_site = node if type(parent) is ScriptFunction else None
            this = parent.construct(a, c.new_target)
            c.this = this
            hooks.returned(node, this)
            initialize_fields(interp, this, func, node)
            return this
        return call

    def expr_Super(self, node, scope):
        """The base of a ``super.x`` reference: the home object's prototype and ``this`` (read first)."""
        ctx = self.function_ctx_reader(scope)
        this = self.this_reader(scope)

        def base(env):
            c = ctx(env)
            home = c.function.home_object if c is not None and c.function is not None else None
            if home is None:
                raise JSError("SyntaxError", "'super' keyword unexpected here")
            return SuperBase(home.proto, this(env))
        return base

    def expr_PrivateIdentifier(self, node, scope):
        raise JSError("SyntaxError", f"Unexpected identifier '#{node.name}'")

    def expr_ImportExpression(self, node, scope):
        raise NotSupported("dynamic import()", node.loc.start.line, node.loc.start.column)
