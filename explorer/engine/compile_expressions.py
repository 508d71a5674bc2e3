"""Compiling the expressions other than the left-hand side ones (ES2024 13): literals,
templates, ``this``, object and array initializers, the unary, binary, logical, conditional,
update and assignment operators, ``yield`` and ``await``."""

from __future__ import annotations

from functools import partial

from .builtins.function import instance_of
from .compile_left_hand_side import ShortCircuit
from .conversions import strict_equals, to_boolean, to_int32, to_numeric, to_property_key, to_string, typeof
from .coroutines import await_value, yield_delegate, yield_value
from .errors import NotSupported
from .operators import BIG_STRING, BINARY, concat_big, js_add, js_lt
from .runtime import find_binding
from .scope import Resolver
from .source_names import callee_text, inferred_name, is_anonymous_fn
from .values import (
    CONFIGURABLE,
    ENUMERABLE,
    HOLE,
    NULL,
    SYM_ITERATOR,
    UNDEFINED,
    UNINITIALIZED,
    Accessor,
    JSBigInt,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    to_number,
    type_error,
)


class Expressions:
    """Literals, templates and the operators, compiled (a part of ``Compiler``)."""

    def expr_Literal(self, node, scope):
        regex = getattr(node, "regex", None)
        if regex is not None:
            create = self.realm.intrinsics.get("%RegExpCreate%")
            pattern, flags = regex.pattern, regex.flags
            if create is None:
                raise NotSupported("regular expressions", node.loc.start.line, node.loc.start.column)
            return lambda env: create(pattern, flags)
        bigint = getattr(node, "bigint", None)
        if bigint is not None:
            v = JSBigInt(int(bigint.replace("_", ""), 0) if bigint[:2].lower() in ("0x", "0o", "0b") else int(bigint.replace("_", "")))
            return lambda env: v
        v = node.value
        if v is None:
            v = NULL
        elif isinstance(v, bool):
            pass
        elif isinstance(v, (int, float)):
            v = float(v)
        return lambda env: v

    def expr_Identifier(self, node, scope):
        if node.name == "undefined" and Resolver.lookup(scope, "undefined") is None:
            return lambda env: UNDEFINED
        return self.read_var(node.name, scope, node)

    def expr_TemplateLiteral(self, node, scope):
        quasis = [q.value.cooked for q in node.quasis]
        exprs = [self.expr(e, scope) for e in node.expressions]
        if not exprs:
            s = quasis[0]
            return lambda env: s

        def ev(env):
            out = [quasis[0]]
            for i, e in enumerate(exprs):
                v = e(env)
                out.append(v if type(v) is str else to_string(v))
                out.append(quasis[i + 1])
            if sum(map(len, out)) >= BIG_STRING:
                return concat_big(*out)
            return "".join(out)
        return ev

    def expr_TaggedTemplateExpression(self, node, scope):
        quasi = node.quasi
        cooked = [q.value.cooked if q.value.cooked is not None else UNDEFINED for q in quasi.quasis]
        raws = [q.value.raw for q in quasi.quasis]
        exprs = [self.expr(e, scope) for e in quasi.expressions]
        callee, this_of = self.callee(node.tag, scope)
        realm = self.realm
        cache = []
        text = callee_text(node.tag)

        def ev(env):
            f, this = callee(env)
            if not cache:
                strings = realm.new_array(list(cooked))
                raw = realm.new_array(list(raws))
                raw.frozen = 2
                raw.extensible = False
                strings.define_own("raw", raw, 0)
                strings.frozen = 2
                strings.extensible = False
                cache.append(strings)
            args = [cache[0]] + [e(env) for e in exprs]
            if not isinstance(f, JSFunction):
                raise type_error(f"{text} is not a function")
            return f.call(this, args)
        return ev

    def expr_ThisExpression(self, node, scope):
        return self.this_reader(scope)

    @staticmethod
    def _hops_to_function(scope) -> int:
        """How many environments up the nearest non-arrow function's (or the global) one is."""
        s = scope
        hops = 0
        while s is not None:
            if s.kind == "function" and s.function is not None and not s.function.is_arrow:
                break
            if s.kind == "global":
                break
            if s.materialized:
                hops += 1
            s = s.parent
        return hops

    def this_reader(self, scope):
        hops = self._hops_to_function(scope)
        msg = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"

        def this(env):
            for _ in range(hops):
                env = env.parent
            v = env.ctx.this
            if v is UNINITIALIZED:
                raise JSError("ReferenceError", msg)
            return v
        return this

    def function_ctx_reader(self, scope):
        """The ExecutionContext of the nearest non-arrow function (for super, new.target, arguments)."""
        hops = self._hops_to_function(scope)

        def ctx(env):
            for _ in range(hops):
                env = env.parent
            return env.ctx
        return ctx

    def expr_MetaProperty(self, node, scope):
        if node.meta.name == "new" and node.property.name == "target":
            ctx = self.function_ctx_reader(scope)

            def ev(env):
                c = ctx(env)
                nt = c.new_target if c is not None else None
                return UNDEFINED if nt is None else nt
            return ev
        raise NotSupported(f"{node.meta.name}.{node.property.name}", node.loc.start.line, node.loc.start.column)

    def expr_ArrayExpression(self, node, scope):
        realm = self.realm
        items = []
        has_spread = False
        for e in node.elements:
            if e is None:
                items.append((None, False))
            elif e.type == "SpreadElement":
                has_spread = True
                items.append((self.spread_source(e.argument, scope), True))
            else:
                items.append((self.expr(e, scope), False))
        if not has_spread and all(ev is not None for ev, _ in items):
            evs = tuple(ev for ev, _ in items)
            return lambda env: realm.new_array([e(env) for e in evs])

        def ev(env):
            out = []
            for e, spread in items:
                if e is None:
                    out.append(HOLE)
                elif spread:
                    out.extend(e(env))
                else:
                    out.append(e(env))
            return realm.new_array(out)
        return ev

    def spread_source(self, node, scope):
        """An evaluator returning a Python list of the iterable's values."""
        ev = self.expr(node, scope)
        realm = self.realm
        text = callee_text(node)

        at = self.interp.error_at

        def spread(env):
            v = ev(env)
            if v is UNDEFINED or v is NULL or (not isinstance(v, JSObject) and type(v) is not str
                                                and realm.get_v(v, SYM_ITERATOR) is UNDEFINED):
                shown = text if text != "(intermediate value)" else realm.host.describe(v)
                if v is UNDEFINED or v is NULL:
                    raise at(node, type_error(f"Spread syntax requires ...iterable[Symbol.iterator] to be a function"
                                              if text == "(intermediate value)" else f"{shown} is not iterable"))
                raise at(node, type_error(f"{shown} is not iterable"))
            if isinstance(v, JSObject) and v.get(SYM_ITERATOR) is UNDEFINED:
                raise at(node, type_error(
                    f"{text if text != '(intermediate value)' else realm.host.describe(v)} is not iterable"))
            return list(realm.iterate(v))
        return spread

    def expr_ObjectExpression(self, node, scope):
        realm = self.realm
        hooks = self.hooks
        ops = []
        for p in node.properties:
            if p.type == "SpreadElement":
                src = self.expr(p.argument, scope)

                def spread(env, obj, src=src):
                    v = src(env)
                    if v is UNDEFINED or v is NULL:
                        return
                    o = realm.to_object(v)
                    for k in o.own_keys():
                        if o.flags_of(k) & ENUMERABLE:
                            val = o.get(k)
                            obj.define_own(k, val)
                            hooks.prop_write(obj, k, val)
                ops.append(spread)
                continue
            key_static = None
            key_ev = None
            if p.computed:
                key_ev = self.expr(p.key, scope)
            elif p.key.type == "Identifier":
                key_static = p.key.name
            else:
                v = p.key.value
                key_static = to_property_key(float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
            hint = key_static if type(key_static) is str else None
            if p.kind in ("get", "set"):
                fmaker = self.function_maker(p.value, scope, None, method_kind=p.kind, name_key=key_static,
                                             name_ev=key_ev, source_node=p)

                def accessor(env, obj, fmaker=fmaker, key_static=key_static, key_ev=key_ev, kind=p.kind):
                    key = key_static if key_ev is None else to_property_key(key_ev(env))
                    f = fmaker(env, key)
                    f.home_object = obj
                    cur = obj.props.get(key)
                    acc = cur if type(cur) is Accessor else Accessor()
                    if kind == "get":
                        acc.get = f
                    else:
                        acc.set = f
                    obj.define_own(key, acc, ENUMERABLE | CONFIGURABLE)
                ops.append(accessor)
                continue
            if p.method:
                fmaker = self.function_maker(p.value, scope, None, method_kind="method", name_key=key_static,
                                             name_ev=key_ev, source_node=p)

                def method(env, obj, fmaker=fmaker, key_static=key_static, key_ev=key_ev):
                    key = key_static if key_ev is None else to_property_key(key_ev(env))
                    f = fmaker(env, key)
                    f.home_object = obj
                    obj.define_own(key, f)
                    hooks.prop_write(obj, key, f)
                ops.append(method)
                continue
            if key_ev is not None and is_anonymous_fn(p.value):
                fmaker = self.function_maker(p.value, scope, None, name_ev=key_ev) \
                    if p.value.type != "ClassExpression" else None
                if fmaker is not None:
                    def named_value(env, obj, fmaker=fmaker, key_ev=key_ev):
                        key = to_property_key(key_ev(env))
                        f = fmaker(env, key)
                        obj.define_own(key, f)
                        hooks.prop_write(obj, key, f)
                    ops.append(named_value)
                    continue
            val = self.expr(p.value, scope, name_hint=hint)
            if key_ev is None and key_static == "__proto__" and not p.shorthand:
                def set_proto(env, obj, val=val):
                    v = val(env)
                    if isinstance(v, JSObject) or v is NULL:
                        obj.proto = None if v is NULL else v
                ops.append(set_proto)
                continue

            def data(env, obj, val=val, key_static=key_static, key_ev=key_ev):
                key = key_static if key_ev is None else to_property_key(key_ev(env))
                v = val(env)
                obj.define_own(key, v)
                hooks.prop_write(obj, key, v)
            ops.append(data)
        ops = tuple(ops)

        def ev(env):
            obj = JSObject(realm.object_prototype)
            for op in ops:
                op(env, obj)
            return obj
        return ev

    def expr_FunctionExpression(self, node, scope):
        return self.function_maker(node, scope)

    def expr_ArrowFunctionExpression(self, node, scope):
        return self.function_maker(node, scope)

    def expr_ClassExpression(self, node, scope):
        return self.class_maker(node, scope)

    def expr_SequenceExpression(self, node, scope):
        evs = [self.expr(e, scope) for e in node.expressions]

        def ev(env):
            v = UNDEFINED
            for e in evs:
                v = e(env)
            return v
        return ev

    def expr_ConditionalExpression(self, node, scope):
        test = self.cond(node.test, scope)
        a = self.expr(node.consequent, scope)
        b = self.expr(node.alternate, scope)
        return lambda env: a(env) if test(env) else b(env)

    def expr_LogicalExpression(self, node, scope):
        a = self.expr(node.left, scope)
        b = self.expr(node.right, scope)
        op = node.operator
        if op == "&&":
            def land(env):
                v = a(env)
                return b(env) if to_boolean(v) else v
            return land
        if op == "||":
            def lor(env):
                v = a(env)
                return v if to_boolean(v) else b(env)
            return lor

        def coalesce(env):
            v = a(env)
            return b(env) if v is UNDEFINED or v is NULL else v
        return coalesce

    def expr_BinaryExpression(self, node, scope):
        op = node.operator
        if op == "in" and node.left.type == "PrivateIdentifier":
            pn = self.private_name(node.left, scope)
            right = self.expr(node.right, scope)

            def private_in(env):
                o = right(env)
                if not isinstance(o, JSObject):
                    raise type_error("Cannot use 'in' operator to search for '#" + node.left.name + "' in " + to_string(o))
                return o.privates is not None and pn(env) in o.privates
            return private_in
        a = self.expr(node.left, scope)
        b = self.expr(node.right, scope)
        interp = self.interp
        at = interp.error_at

        def at_operator(f):
            """``f`` run with the operator as the current position: V8's for its errors and for the
            caller's frame of a ``valueOf`` or ``Symbol.hasInstance`` it calls."""
            def operate(x, y):
                outer = interp.current_node
                interp.current_node = node
                r = f(x, y)
                interp.current_node = outer
                return r
            return operate
        if op == "in":
            realm = self.realm

            def js_in(env):
                k = a(env)
                o = b(env)
                if not isinstance(o, JSObject):
                    raise at(node, type_error(f"Cannot use 'in' operator to search for '{to_string(k) if type(k) is not JSSymbol else repr(k)}' in {realm.host.describe(o) if type(o) is not str else o}"))
                return o.has(to_property_key(k))
            return js_in
        if op == "instanceof":
            instance_of_here = at_operator(partial(instance_of, self.realm))

            def js_instanceof(env):
                return instance_of_here(a(env), b(env))
            return js_instanceof
        f = BINARY.get(op)
        if f is None:
            raise NotSupported(f"the {op} operator", node.loc.start.line, node.loc.start.column)
        slow = at_operator(js_add if op == "+" else js_lt if op == "<" else f)
        if op == "+":
            def add(env):
                x = a(env)
                y = b(env)
                if type(x) is float and type(y) is float:
                    return x + y
                return slow(x, y)
            return add
        if op == "<":
            def lt(env):
                x = a(env)
                y = b(env)
                if type(x) is float and type(y) is float:
                    return x < y
                return slow(x, y)
            return lt
        if op == "===":
            def seq(env):
                x = a(env)
                y = b(env)
                tx = type(x)
                if tx is type(y) and (tx is float or tx is str or tx is bool):
                    return x == y
                return strict_equals(x, y)
            return seq

        def binary(env):
            x = a(env)
            y = b(env)
            if type(x) is float and type(y) is float:
                return f(x, y)
            return slow(x, y)
        return binary

    def expr_UnaryExpression(self, node, scope):
        op = node.operator
        arg = node.argument
        if op == "typeof":
            if arg.type == "Identifier":
                d = Resolver.lookup(scope, arg.name)
                if self.is_dynamic(arg.name, scope, d):
                    get = self.dynamic_reader(arg.name, arg, typeof_mode=True)
                    return lambda env: typeof(get(env))
                if d is None or (d.kind == "global" and arg.name not in d.slots):
                    get = self.read_global(arg.name, typeof_mode=True)
                    return lambda env: typeof(get(env))
            a = self.expr(arg, scope)
            return lambda env: typeof(a(env))
        if op == "delete":
            return self.delete_expr(node, scope)
        a = self.expr(arg, scope)
        if op == "!":
            return lambda env: not to_boolean(a(env))
        if op == "-":
            def neg(env):
                v = a(env)
                if type(v) is float:
                    return -v
                v = to_numeric(v)
                return JSBigInt(-v.value) if type(v) is JSBigInt else -v
            return neg
        if op == "+":
            return lambda env: to_number(a(env))
        if op == "~":
            def bnot(env):
                v = to_numeric(a(env))
                if type(v) is JSBigInt:
                    return JSBigInt(~v.value)
                return float(~to_int32(v))
            return bnot
        if op == "void":
            def void(env):
                a(env)
                return UNDEFINED
            return void
        raise NotSupported(f"the {op} operator", node.loc.start.line, node.loc.start.column)

    def delete_expr(self, node, scope):
        return self.delete_target(node.argument, scope)

    def delete_target(self, arg, scope):
        if arg.type == "ChainExpression":
            # `delete a?.b`: a short-circuited chain deletes nothing and is true
            inner = self.delete_target(arg.expression, scope)

            def delete_chain(env):
                try:
                    return inner(env)
                except ShortCircuit:
                    return True
            return delete_chain
        if arg.type != "MemberExpression":
            if arg.type == "Identifier":
                gobj = self.realm.global_object
                name = arg.name
                d = Resolver.lookup(scope, name)
                if self.is_dynamic(name, scope, d):
                    def delete_dynamic(env):
                        e, slot = find_binding(env, name)
                        if e is None:
                            return gobj.delete_own(name) if gobj.has_own(name) else True
                        if slot is None:
                            ok = e.obj.delete_own(name)
                            if ok:
                                self.hooks.prop_delete(e.obj, name)
                            return ok
                        return False
                    return delete_dynamic
                if d is None or d.kind == "global" and name not in d.slots:
                    return lambda env: gobj.delete_own(name) if gobj.has_own(name) else True
                return lambda env: False
            a = self.expr(arg, scope)

            def del_value(env):
                a(env)
                return True
            return del_value
        obj = self.expr(arg.object, scope)
        key = self.member_key(arg, scope)
        strict = scope.strict
        realm = self.realm
        hooks = self.hooks
        if arg.object.type == "Super":
            def delete_super(env):
                obj(env)
                key(env)
                raise JSError("ReferenceError", "Unsupported reference to 'super'")
            return delete_super

        optional = arg.optional

        def delete(env):
            o = obj(env)
            if optional and (o is UNDEFINED or o is NULL):
                raise ShortCircuit
            k = key(env)
            if o is UNDEFINED or o is NULL:
                raise type_error("Cannot convert undefined or null to object")
            if not isinstance(o, JSObject):
                return True
            if type(k) is float:
                k = to_property_key(k)
            ok = o.delete_own(k)
            if not ok and strict:
                raise type_error(f"Cannot delete property '{k if type(k) is str else repr(k)}' of {realm.host.describe(o)}")
            if ok:
                hooks.prop_delete(o, k)
            return ok
        return delete

    def expr_UpdateExpression(self, node, scope):
        delta = 1.0 if node.operator == "++" else -1.0
        prefix = node.prefix
        arg = node.argument
        if arg.type == "Identifier":
            get = self.read_var(arg.name, scope, arg)
            put = self.assign_var(arg.name, scope, arg)

            def upd(env):
                old = get(env)
                if type(old) is not float:
                    old = to_numeric(old)
                    if type(old) is JSBigInt:
                        new = JSBigInt(old.value + int(delta))
                        put(env, new)
                        return new if prefix else old
                new = old + delta
                put(env, new)
                return new if prefix else old
            return upd
        if arg.type == "MemberExpression":
            obj = self.expr(arg.object, scope)
            key = self.member_key(arg, scope)
            getp = self.property_getter(arg, site=False)
            setp = self.property_setter(arg, scope, where=node)

            def upd_member(env):
                o = obj(env)
                k = key(env)
                old = to_numeric(getp(o, k))
                if type(old) is JSBigInt:
                    new = JSBigInt(old.value + int(delta))
                else:
                    new = old + delta
                setp(o, k, new)
                return new if prefix else old
            return upd_member
        raise JSError("SyntaxError", "Invalid left-hand side expression in postfix operation")

    def expr_AssignmentExpression(self, node, scope):
        op = node.operator
        left = node.left
        if op == "=":
            if left.type in ("ObjectPattern", "ArrayPattern"):
                bind = self.pattern(left, scope, "assign", source=node.right)
                val = self.expr(node.right, scope)

                def destructure(env):
                    v = val(env)
                    bind(env, v)
                    return v
                return destructure
            if left.type == "Identifier":
                put = self.assign_var(left.name, scope, node)
                val = self.expr(node.right, scope, name_hint=left.name)
                first = self.resolving_first(left.name, scope, node, put, val)
                if first is not None:
                    return first

                def assign(env):
                    v = val(env)
                    put(env, v)
                    return v
                return assign
            if left.type == "MemberExpression":
                obj = self.expr(left.object, scope)
                key = self.member_key(left, scope)
                setp = self.property_setter(left, scope, where=node)
                val = self.expr(node.right, scope)
                if node.right.type in ("FunctionExpression", "ArrowFunctionExpression") and node.right.id is None:
                    self.code_for(node.right).inferred_name = inferred_name(left)

                def assign_member(env):
                    o = obj(env)
                    k = key(env)
                    v = val(env)
                    setp(o, k, v)
                    return v
                return assign_member
            raise JSError("SyntaxError", "Invalid left-hand side in assignment")
        # compound and logical assignment
        binop = op[:-1]
        if left.type == "Identifier":
            get = self.read_var(left.name, scope, left)
            put = self.assign_var(left.name, scope, node)
            val = self.expr(node.right, scope, name_hint=left.name)
            if binop in ("&&", "||", "??"):
                def logical(env):
                    cur = get(env)
                    if binop == "&&" and not to_boolean(cur):
                        return cur
                    if binop == "||" and to_boolean(cur):
                        return cur
                    if binop == "??" and cur is not UNDEFINED and cur is not NULL:
                        return cur
                    v = val(env)
                    put(env, v)
                    return v
                return logical
            f = BINARY[binop]

            def compound(env):
                v = f(get(env), val(env))
                put(env, v)
                return v
            return compound
        if left.type == "MemberExpression":
            obj = self.expr(left.object, scope)
            key = self.member_key(left, scope)
            getp = self.property_getter(left, site=False)
            setp = self.property_setter(left, scope, where=node)
            val = self.expr(node.right, scope)
            if binop in ("&&", "||", "??"):
                def logical_member(env):
                    o = obj(env)
                    k = key(env)
                    cur = getp(o, k)
                    if binop == "&&" and not to_boolean(cur):
                        return cur
                    if binop == "||" and to_boolean(cur):
                        return cur
                    if binop == "??" and cur is not UNDEFINED and cur is not NULL:
                        return cur
                    v = val(env)
                    setp(o, k, v)
                    return v
                return logical_member
            f = BINARY[binop]

            def compound_member(env):
                o = obj(env)
                k = key(env)
                v = f(getp(o, k), val(env))
                setp(o, k, v)
                return v
            return compound_member
        raise JSError("SyntaxError", "Invalid left-hand side in assignment")

    def expr_YieldExpression(self, node, scope):
        arg = self.expr(node.argument, scope) if node.argument is not None else (lambda env: UNDEFINED)
        interp = self.interp
        if node.delegate:
            # V8's caller position for the generator it resumes: the last expression with a position
            site = node.argument if node.argument.type in ("CallExpression", "MemberExpression", "NewExpression") else node
            return lambda env: yield_delegate(interp, arg(env), site)
        return lambda env: yield_value(interp, arg(env))

    def expr_AwaitExpression(self, node, scope):
        arg = self.expr(node.argument, scope)
        interp = self.interp
        return lambda env: await_value(interp, arg(env), node)
