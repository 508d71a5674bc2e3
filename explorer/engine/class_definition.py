"""Classes (ES2024 15.7): ClassDefinitionEvaluation, and the default constructor a class without
one of its own gets.

``class_factory`` compiles a class once and returns ``make_class(env)``, which evaluates the class
each time its definition runs: the heritage, the constructor F and its prototype, the methods and
accessors, the private names (fresh each time), the static fields and blocks. Instance fields are
kept on F (``F.fields``) for ``function_objects.initialize_fields``.
"""

from __future__ import annotations

from .conversions import to_property_key
from .function_objects import (closure_factory, compile_function_body, define_field, in_constructor_frame,
                               initialize_fields, run_initializer)
from .runtime import ScriptFunction
from .scope import Scope
from .values import (
    CONFIGURABLE,
    HIDDEN,
    NULL,
    UNDEFINED,
    Accessor,
    JSError,
    JSFunction,
    JSObject,
    PrivateName,
    SharedFlags,
    function_name,
    type_error,
)


def class_factory(interp, compiler, node, scope: Scope, name_hint=None):
    realm = interp.realm
    hooks = interp.hooks
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
        compile_function_body(interp, compiler, code)
        ctor_make = closure_factory(interp, code)
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
            F = default_constructor(interp, name, heritage is not None, class_src, cenv, node)
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
                run_initializer(interp, body, bscope, cenv, F, F, statement=True, at=node)
            else:
                key, init = payload
                v = UNDEFINED
                if init is not None:
                    ev, fscope = init
                    v = run_initializer(interp, ev, fscope, cenv, F, F, at=node)
                define_field(interp, F, key, v)
        return F
    return make_class


def default_constructor(interp, name: str, derived: bool, class_src: str, cenv, node):
    realm = interp.realm
    code = _DefaultCtorCode(name, derived, class_src, interp, node)
    f = ScriptFunction(realm, code, cenv, realm.function_prototype)
    f.props = {"length": 0.0, "name": name}
    interp.hooks.closure(f, None)
    return f


def super_not_constructor(interp, parent, cls) -> JSError:
    """V8's TypeError when a derived class's parent cannot construct: a function shows by its
    name (``null`` when it has none, as after ``extends null``), another value as described."""
    shown = (function_name(parent) or "null") if isinstance(parent, JSFunction) else interp.describe(parent)
    return type_error(f"Super constructor {shown} of {function_name(cls) or 'anonymous class'} "
                      "is not a constructor")


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
                raise super_not_constructor(interp, parent, fn)
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
            initialize_fields(interp, this, fn, self.class_node)
            return this
        return in_constructor_frame(interp, fn, new_target, run)
