"""Compiling name references and binding patterns: ResolveBinding through the resolver's
(hops, slot) answers, the dynamic lookups ``with`` and direct ``eval`` force (ES2024 9.4.2), and
BindingInitialization / destructuring assignment of patterns (8.6.2, 13.15.5)."""

from __future__ import annotations

from functools import partial

from .builtins.object import typeof_display
from .conversions import to_boolean, to_property_key
from .coroutines import call_next
from .errors import NotSupported
from .runtime import find_binding
from .scope import Resolver, Scope
from .source_names import callee_text
from .values import (
    ENUMERABLE,
    HOLE,
    MISSING,
    NULL,
    SYM_ITERATOR,
    UNDEFINED,
    UNINITIALIZED,
    Accessor,
    JSArray,
    JSError,
    JSObject,
    type_error,
)


def reference_error(name: str) -> JSError:
    return JSError("ReferenceError", f"{name} is not defined")


def tdz_error(name: str) -> JSError:
    return JSError("ReferenceError", f"Cannot access '{name}' before initialization")


class Bindings:
    """Name references and binding patterns, compiled (a part of ``Compiler``)."""

    @staticmethod
    def is_dynamic(name: str, scope: Scope, d: Scope | None) -> bool:
        """Whether ``name`` seen from ``scope`` must be looked up at run time: a scope between here and
        its declaration (``d``, or the global object's when None) is a with, eval code, or a function
        a sloppy direct eval may add vars to."""
        s = scope
        while s is not None and s is not d:
            if s.dynamic:
                return True
            s = s.parent
        return False

    @staticmethod
    def through_with(name: str, scope: Scope) -> bool:
        """Whether a ``with`` (or eval code, which may run inside one) lies between ``scope`` and the
        declaration of ``name``: a call of it may then get the with's object as ``this``."""
        d = Resolver.lookup(scope, name)
        s = scope
        while s is not None and s is not d:
            if s.kind in ("with", "eval"):
                return True
            s = s.parent
        return False

    def dynamic_reader(self, name: str, node, typeof_mode=False):
        """Read ``name`` by walking the live environments (GetIdentifierReference + GetValue)."""
        at = self.interp.error_at
        global_get = self.read_global(name, typeof_mode, node)

        def get(env):
            e, slot = find_binding(env, name)
            if e is None:
                return global_get(env)
            if slot is None:
                return e.obj.get(name)
            v = e.vals[slot]
            if v is UNINITIALIZED:
                raise at(node, tdz_error(name))
            return v
        return get

    def resolving_first(self, name: str, scope: Scope, node, put, val):
        """``name = value`` where finding ``name`` can give another answer after the value is computed:
        through a with (the value may delete the property) or as a missing global in strict code (the
        value may create it). The reference is resolved first, as the specification orders it
        (ES2024 13.15.2 step 1.a); None when the plain order gives the same result."""
        d = Resolver.lookup(scope, name)
        dynamic = self.is_dynamic(name, scope, d)
        if not dynamic and not (scope.strict and (d is None or d.kind == "global" and name not in d.slots)):
            return None
        gobj = self.realm.global_object
        at = self.interp.error_at
        hooks = self.hooks
        strict = scope.strict

        def assign_resolved(env):
            e, slot = find_binding(env, name) if dynamic else (None, None)
            known = e is not None or name in gobj.props or gobj.has(name) or name in self.interp.late_lexicals
            v = val(env)
            if e is not None and slot is None:
                if not e.obj.put(name, v) and strict:
                    raise at(node, type_error(f"Cannot assign to read only property '{name}' of object"))
                hooks.prop_write(e.obj, name, v)
            elif not known and strict:
                raise at(node, reference_error(name))
            else:
                put(env, v)
            return v
        return assign_resolved

    def dynamic_initializer(self, name: str, node):
        """Initialise a binding made at run time in an outer environment (a console entry's top-level
        let/const/class, which persist in the global lexical environment as in Node's REPL)."""
        hooks = self.hooks

        def init(env, v):
            e, slot = find_binding(env, name)
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, True)
        return init

    def dynamic_callee(self, name: str, node):
        """``(function, this)`` for a call of a name that may be a with object's property (``this`` is
        then the object, as for ``obj.f()``)."""
        read = self.dynamic_reader(name, node)

        def callee(env):
            e, slot = find_binding(env, name)
            if e is not None and slot is None:
                return e.obj.get(name), e.obj
            return read(env), UNDEFINED
        return callee

    def dynamic_assigner(self, name: str, scope: Scope, node):
        """Assign ``name`` by walking the live environments (PutValue on a resolved reference)."""
        at = self.interp.error_at
        hooks = self.hooks
        strict = scope.strict
        global_put = self._global_assigner(name, scope, node)

        def assign(env, v):
            e, slot = find_binding(env, name)
            if e is None:
                return global_put(env, v)
            if slot is None:
                o = e.obj
                if not o.put(name, v) and strict:
                    raise at(node, type_error(f"Cannot assign to read only property '{name}' of object"))
                hooks.prop_write(o, name, v)
                return
            kind = e.scope.decl_kinds[slot]
            if e.vals[slot] is UNINITIALIZED and kind in ("let", "const", "class", "param"):
                raise at(node, tdz_error(name))
            if kind == "const":
                raise at(node, type_error("Assignment to constant variable."))
            if kind == "funcname":
                if strict:
                    raise at(node, type_error("Assignment to constant variable."))
                return
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, False)
        return assign

    # ---------------------------------------------------------------- variables
    def read_var(self, name: str, scope: Scope, node, typeof_mode=False):
        node = self.read_sites.get(id(node), node)
        d = Resolver.lookup(scope, name)
        if self.is_dynamic(name, scope, d):
            return self.dynamic_reader(name, node, typeof_mode)
        if d is None or d.kind == "global" and name not in d.slots:
            return self.read_global(name, typeof_mode, node)
        hops = self.hops(scope, d)
        slot = d.slots[name]
        at = self.interp.error_at
        kind = d.decl_kinds[slot]
        # parameters with defaults or patterns are bound left to right: a later one is in its TDZ
        tdz = kind in ("let", "const", "class") or (kind == "param" and d.function is not None
                                                    and not d.function.simple_params)
        if hops == 0:
            if tdz:
                def get0(env):
                    v = env.vals[slot]
                    if v is UNINITIALIZED:
                        raise at(node, tdz_error(name))
                    return v
                return get0
            return lambda env: env.vals[slot]
        if hops == 1:
            if tdz:
                def get1(env):
                    v = env.parent.vals[slot]
                    if v is UNINITIALIZED:
                        raise at(node, tdz_error(name))
                    return v
                return get1
            return lambda env: env.parent.vals[slot]
        if hops == 2:
            def get2(env):
                v = env.parent.parent.vals[slot]
                if v is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                return v
            return get2

        def getn(env):
            for _ in range(hops):
                env = env.parent
            v = env.vals[slot]
            if v is UNINITIALIZED:
                raise at(node, tdz_error(name))
            return v
        return getn

    def read_global(self, name: str, typeof_mode=False, node=None):
        gobj = self.realm.global_object
        props = gobj.props
        interp = self.interp
        at = interp.error_at

        late = interp.late_lexicals

        def get(env):
            if late and name in late:      # a let/const a later script (a console entry) declared
                genv = interp.global_env
                v = genv.vals[genv.scope.slots[name]]
                if v is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                return v
            v = props.get(name, MISSING)
            if v is MISSING or type(v) is Accessor:
                if not gobj.has(name):
                    slot = interp.global_env.scope.slots.get(name)
                    if slot is not None:       # a let/const/class a console entry added to the global scope
                        v = interp.global_env.vals[slot]
                        if v is UNINITIALIZED:
                            raise at(node, tdz_error(name))
                        return v
                    if typeof_mode:
                        return UNDEFINED
                    raise at(node, reference_error(name))
                return gobj.get(name)
            return v
        return get

    def _slot_target(self, name, scope):
        d = Resolver.lookup(scope, name)
        if d is None or (d.kind == "global" and name not in d.slots):
            return None, None, None
        return d, self.hops(scope, d), d.slots[name]

    def init_var(self, name: str, scope: Scope, node):
        """Initialise a declaration's binding (let/const/class/function/param/catch)."""
        if self.is_dynamic(name, scope, Resolver.lookup(scope, name)):
            return self.dynamic_initializer(name, node)
        d, hops, slot = self._slot_target(name, scope)
        hooks = self.hooks
        if d is None:
            gobj = self.realm.global_object

            def initg(env, v):
                gobj.put(name, v)
                hooks.global_write(name, v)
            return initg

        def init(env, v):
            e = env
            for _ in range(hops):
                e = e.parent
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, True)
        return init

    def _global_assigner(self, name: str, scope: Scope, node):
        gobj = self.realm.global_object
        strict = scope.strict
        hooks = self.hooks
        at = self.interp.error_at
        interp = self.interp
        late = interp.late_lexicals

        def assign_global(env, v):
            if late and name in late:     # a let/const a later script (a console entry) declared
                genv = interp.global_env
                slot = genv.scope.slots[name]
                kind = genv.scope.decl_kinds[slot]
                if genv.vals[slot] is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                if kind == "const":
                    raise at(node, type_error("Assignment to constant variable."))
                genv.vals[slot] = v
                hooks.binding_write(genv, slot, v, False)
                return
            if name in gobj.props or gobj.has(name):
                if not gobj.put(name, v) and strict:
                    raise at(node, type_error(f"Cannot assign to read only property '{name}' of object '#<Object>'"))
            elif strict:
                raise at(node, reference_error(name))
            else:
                gobj.put(name, v)
            hooks.global_write(name, v)
        return assign_global

    def assign_var(self, name: str, scope: Scope, node):
        """Assignment to a name: TDZ and const checks, implicit globals in sloppy mode."""
        if self.is_dynamic(name, scope, Resolver.lookup(scope, name)):
            return self.dynamic_assigner(name, scope, node)
        d, hops, slot = self._slot_target(name, scope)
        hooks = self.hooks
        if d is None:
            return self._global_assigner(name, scope, node)
        kind = d.decl_kinds[slot]
        at = self.interp.error_at
        if kind == "const":
            def assign_const(env, v):
                e = env
                for _ in range(hops):
                    e = e.parent
                if e.vals[slot] is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                raise at(node, type_error("Assignment to constant variable."))
            return assign_const
        if kind == "funcname":
            if scope.strict:
                def assign_fname(env, v):
                    raise at(node, type_error("Assignment to constant variable."))
                return assign_fname
            return lambda env, v: None
        check = kind in ("let", "class") or (kind == "param" and d.function is not None and not d.function.simple_params)

        def assign(env, v):
            e = env
            for _ in range(hops):
                e = e.parent
            if check and e.vals[slot] is UNINITIALIZED:
                raise at(node, tdz_error(name))
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, False)
        return assign

    # ---------------------------------------------------------------- patterns
    def pattern(self, node, scope: Scope, mode: str, decl_init=None, nested=False, source=None):
        """A binder ``bind(env, value)`` for an identifier or destructuring pattern.

        mode: "init" (let/const/class/param/catch), "var" (var declaration), "assign".
        ``decl_init``: the initializer of a declaration ``let [a] = init``, which V8 names when the value
        is not iterable ("init is not iterable") or cannot be destructured; elsewhere it describes the value
        by its type. ``source``: the expression of an assignment or a default (``({a} = src)``), which V8
        names when it cannot destructure it. ``nested``: the pattern is inside another one, where V8 checks
        nothing and a nullish value fails at its first property read.
        """
        t = node.type
        if t == "Identifier":
            if mode == "init":
                return self.init_var(node.name, scope, node)
            return self.assign_var(node.name, scope, node)
        if t == "MemberExpression":
            return self.member_assigner(node, scope)
        if t == "AssignmentPattern":
            inner = self.pattern(node.left, scope, mode, source=node.right)
            default = self.expr(node.right, scope,
                                name_hint=node.left.name if node.left.type == "Identifier" else None)

            def bind_default(env, v):
                if v is UNDEFINED:
                    v = default(env)
                inner(env, v)
            return bind_default
        realm = self.realm
        if t == "ArrayPattern":
            parts = []
            for e in node.elements:
                if e is None:
                    parts.append((None, False))
                elif e.type == "RestElement":
                    parts.append((self.pattern(e.argument, scope, mode, nested=True), True))
                else:
                    parts.append((self.pattern(e, scope, mode, nested=True), False))
            sites = [e or node for e in node.elements]     # V8's caller of a generator's next(): the element
            next_at = partial(call_next, self.interp)

            if decl_init is None or decl_init.type in ("MemberExpression", "ChainExpression"):
                def not_iterable(v):
                    return type_error(f"{typeof_display(v)} is not iterable "
                                      "(cannot read property Symbol(Symbol.iterator))")
            else:
                decl_msg = (f"{callee_text(decl_init.callee)} is not a function or its return value is not iterable"
                            if decl_init.type == "CallExpression" else f"{callee_text(decl_init)} is not iterable")

                at = self.interp.error_at

                def not_iterable(v):
                    return at(decl_init, type_error(decl_msg))

            def bind_array(env, v):
                if v is UNDEFINED or v is NULL:
                    raise not_iterable(v)
                if type(v) is JSArray and realm.array_iteration_is_pristine(v):
                    elems = v.elems
                    for i, (b, rest) in enumerate(parts):
                        if rest:
                            b(env, realm.new_array([UNDEFINED if x is HOLE else x for x in elems[i:]]))
                            return
                        if b is not None:
                            x = elems[i] if i < len(elems) else UNDEFINED
                            b(env, UNDEFINED if x is HOLE else x)
                    return
                if type(v) is not str and realm.get_v(v, SYM_ITERATOR) in (UNDEFINED, NULL):
                    raise not_iterable(v)
                it, nxt = realm.get_iterator(v)
                done = False
                hooks = realm.hooks
                hooks.hold(it)          # the pattern keeps its iterator while it binds
                hooks.hold(nxt)
                try:
                    for (b, rest), site in zip(parts, sites):
                        if rest:
                            rest_vals = []
                            while not done:
                                r = next_at(nxt, it, site)
                                if to_boolean(r.get("done")):
                                    done = True
                                else:
                                    rest_vals.append(r.get("value"))
                            b(env, realm.new_array(rest_vals))
                            continue
                        x = UNDEFINED
                        if not done:
                            r = next_at(nxt, it, site)
                            if to_boolean(r.get("done")):
                                done = True
                            else:
                                x = r.get("value")
                        if b is not None:
                            b(env, x)
                finally:
                    hooks.release(nxt)
                    hooks.release(it)
                    if not done:
                        realm.close_iterator(it)
            return bind_array
        if t == "ObjectPattern":
            parts = []
            rest_bind = None
            for p in node.properties:
                if p.type == "RestElement":
                    rest_bind = self.pattern(p.argument, scope, mode)
                    continue
                if p.computed:
                    key_ev = self.expr(p.key, scope)
                    parts.append((None, key_ev, self.pattern(p.value, scope, mode, nested=True), p.key))
                else:
                    key = p.key.name if p.key.type == "Identifier" else to_property_key(
                        float(p.key.value) if isinstance(p.key.value, (int, float)) and not isinstance(p.key.value, bool) else p.key.value)
                    parts.append((key, None, self.pattern(p.value, scope, mode, nested=True), p.key))
            used_keys_static = [k for k, _, _, _ in parts if k is not None]
            interp = self.interp

            first_node = next((p.key for p in node.properties if p.type != "RestElement"), node)
            at = self.interp.error_at
            source = source if source is not None else decl_init
            subject = callee_text(source) if source is not None else None
            first = parts[0][0] if parts and parts[0][0] is not None else None
            def bind_object(env, v):
                if v is UNDEFINED or v is NULL:
                    if nested and source is None and first is not None:
                        raise at(first_node, type_error(f"Cannot read properties of {v!r} (reading '{first}')"))
                    what = subject if subject is not None else typeof_display(v)
                    if first is not None:
                        raise at(first_node, type_error(
                            f"Cannot destructure property '{first}' of '{what}' as it is {v!r}."))
                    raise at(node, type_error(f"Cannot destructure '{what}' as it is {v!r}."))
                used = list(used_keys_static) if rest_bind is not None else None
                for key, key_ev, b, key_node in parts:
                    if key is None:
                        key = to_property_key(key_ev(env))
                        if used is not None:
                            used.append(key)
                    if isinstance(v, JSObject):
                        outer = interp.current_node
                        interp.current_node = key_node     # a getter's caller is at the key, as V8's
                        x = v.get(key)
                        interp.current_node = outer
                    else:
                        x = realm.get_v(v, key)
                    b(env, x)
                if rest_bind is not None:
                    src = realm.to_object(v)
                    out = realm.new_object()
                    for k in src.own_keys():
                        if k in used:
                            continue
                        if src.flags_of(k) & ENUMERABLE:
                            out.props[k] = src.get(k)
                    rest_bind(env, out)
            return bind_object
        raise NotSupported(f"{t} as a binding target", node.loc.start.line, node.loc.start.column)
