"""``Function``, ``Function.prototype`` (call/apply/bind/toString/@@hasInstance) and bound functions."""

from __future__ import annotations

import math

from ..conversions import to_boolean, to_integer_or_infinity, to_length, to_string
from ..values import (
    CONFIGURABLE,
    HOLE,
    NATIVE_FN_FLAGS,
    NULL,
    SYM_HAS_INSTANCE,
    UNDEFINED,
    Accessor,
    JSArray,
    JSError,
    JSFunction,
    JSObject,
    function_name,
    type_error,
)
from .object import arg, display, typeof_display


class BoundFunction(JSFunction):
    """The result of ``f.bind(thisArg, ...args)``."""

    __slots__ = ("target", "bound_this", "bound_args")
    func_kind = "bound"

    def __init__(self, realm, target: JSFunction, bound_this, bound_args: list):
        JSObject.__init__(self, target.proto, "Function")
        self.realm = realm
        self.target = target
        self.bound_this = bound_this
        self.bound_args = bound_args

    def source_text(self) -> str:
        return "function () { [native code] }"

    def call(self, this, args):
        return self.target.call(self.bound_this, self.bound_args + list(args))

    def construct(self, args, new_target=None):
        target = self.target
        if not target.is_constructor:
            return JSFunction.construct(self, args, new_target)
        if new_target is None or new_target is self:
            new_target = target
        return target.construct(self.bound_args + list(args), new_target)

    @property
    def is_constructor(self) -> bool:
        return self.target.is_constructor


def bound_target(fn):
    """The innermost target function of a (chain of) bound function(s)."""
    while isinstance(fn, BoundFunction):
        fn = fn.target
    return fn


# V8's limits for an argument list: longer than a FixedArray can be, or more values than its stack holds
MAX_LIST_LENGTH = 134_217_725
MAX_ARGUMENTS = 125_000


def create_list_from_array_like(realm, v) -> list:
    if not isinstance(v, JSObject):
        raise type_error("CreateListFromArrayLike called on non-object")
    if type(v) is JSArray and v.proto is realm.array_prototype:
        n = len(v.elems)
    else:
        n = to_length(v.get("length"))
    if n > MAX_LIST_LENGTH:
        raise JSError("RangeError", "Invalid array length")
    if n > MAX_ARGUMENTS:
        raise JSError("RangeError", "Maximum call stack size exceeded")
    if type(v) is JSArray and v.proto is realm.array_prototype:
        return [UNDEFINED if x is HOLE else x for x in v.elems]
    return [v.get(str(i)) for i in range(n)]


def ordinary_has_instance(realm, c, o) -> bool:
    """OrdinaryHasInstance(C, O)."""
    if not isinstance(c, JSFunction):
        return False
    if isinstance(c, BoundFunction):
        return instance_of(realm, o, c.target)
    if not isinstance(o, JSObject):
        return False
    p = c.get("prototype")
    if not isinstance(p, JSObject):
        raise type_error(f"Function has non-object prototype '{display(p)}' in instanceof check")
    o = o.proto
    while o is not None:
        if o is p:
            return True
        o = o.proto
    return False


def instance_of(realm, v, target) -> bool:
    """InstanceofOperator(V, target)."""
    if not isinstance(target, JSObject):
        raise type_error("Right-hand side of 'instanceof' is not an object")
    h = target.get(SYM_HAS_INSTANCE)
    if h is not UNDEFINED and h is not NULL:
        if not isinstance(h, JSFunction):
            raise type_error(f"{typeof_display(h)} is not a function")
        if h is not realm.intrinsics.get("%FunctionProto_hasInstance%"):   # the default: OrdinaryHasInstance below
            return to_boolean(h.call(target, [v]))
    if not isinstance(target, JSFunction):
        raise type_error("Right-hand side of 'instanceof' is not callable")
    return ordinary_has_instance(realm, target, v)


def dynamic_function_constructor(realm, name: str, kind: str, prototype: JSObject, parent=None):
    """``Function`` or one of its kin (``GeneratorFunction``…): a constructor compiling its string
    arguments into a function of ``kind`` (CreateDynamicFunction, ECMA-262 §20.2.1.1.1)."""
    def create(args):
        params = [to_string(a) for a in args[:-1]]
        body = to_string(args[-1]) if args else ""
        return realm.host.create_dynamic_function(kind, params, body)

    def construct(args, new_target):
        fn = create(args)
        if new_target is not None and new_target is not ctor:
            fn.proto = realm.proto_from(new_target, fn.proto)
        return fn

    ctor = realm.make_constructor(name, 1, lambda this, args: create(args), construct, prototype, parent)
    return ctor


def install(realm) -> None:
    FP = realm.function_prototype
    host = realm.host

    # 'arguments' / 'caller' poison pills (%ThrowTypeError%)
    def thrower(this, args):
        code = getattr(this, "code", None)
        if (isinstance(this, JSFunction) and this.func_kind == "normal"
                and not getattr(code, "strict", True)):
            return NULL
        raise type_error("'caller', 'callee', and 'arguments' properties may not be accessed on "
                         "strict mode functions or the arguments objects for calls to them")

    throw_fn = realm.native(thrower, "", 0)
    throw_fn.extensible = False
    realm.intrinsics["%ThrowTypeError%"] = throw_fn
    FP.define_own("arguments", Accessor(throw_fn, throw_fn), CONFIGURABLE)
    FP.define_own("caller", Accessor(throw_fn, throw_fn), CONFIGURABLE)

    ctor = dynamic_function_constructor(realm, "Function", "normal", FP)

    def apply(this, args):
        if not isinstance(this, JSFunction):
            raise type_error(f"{host.describe(this)} is not a function")
        lst = arg(args, 1)
        if lst is UNDEFINED or lst is NULL:
            return this.call(arg(args, 0), [])
        return this.call(arg(args, 0), create_list_from_array_like(realm, lst))

    def bind(this, args):
        if not isinstance(this, JSFunction):
            raise type_error("Bind must be called on a function")
        bound_args = list(args[1:])
        f = BoundFunction(realm, this, arg(args, 0), bound_args)
        length = 0.0
        if this.has_own("length"):
            L = this.get("length")
            if type(L) is float:
                if L == math.inf:
                    length = math.inf
                elif L != -math.inf:
                    length = max(0.0, to_integer_or_infinity(L) - len(bound_args))
        name = this.get("name")
        if type(name) is not str:
            name = ""
        f.props = {"length": length, "name": "bound " + name}
        f.flags = NATIVE_FN_FLAGS
        return f

    def call(this, args):
        if not isinstance(this, JSFunction):
            raise type_error(f"{host.describe(this)} is not a function")
        return this.call(arg(args, 0), list(args[1:]))

    def to_string_(this, args):
        if not isinstance(this, JSFunction):
            raise type_error("Function.prototype.toString requires that 'this' be a Function")
        return this.source_text()

    def has_instance(this, args):
        return ordinary_has_instance(realm, this, arg(args, 0))

    realm.method(FP, "apply", apply, 2)
    realm.method(FP, "bind", bind, 1)
    realm.method(FP, "call", call, 1)
    realm.method(FP, "toString", to_string_, 0)
    hi = realm.method(FP, SYM_HAS_INSTANCE, has_instance, 1)
    FP.define_own(SYM_HAS_INSTANCE, hi, 0)
    realm.intrinsics["%Function.prototype.call%"] = FP.props["call"]
    realm.define_global("Function", ctor)


__all__ = ["BoundFunction", "bound_target", "create_list_from_array_like", "dynamic_function_constructor", "instance_of",
           "ordinary_has_instance", "function_name"]
