"""The realm: the intrinsic objects, the global object, and helpers that built-ins share.

Built-in modules live in ``explorer.engine.builtins``; each has ``install(realm)``
and uses the helpers here (``method``, ``getter``, ``make_constructor``…) so
every built-in is made the same way.
"""

from __future__ import annotations

import importlib

from .builtins.string import StringObject
from .conversions import to_boolean
from .coroutines import async_from_sync_iterator, not_an_iterator_result
from .hooks import Hooks
from .values import (
    CONFIGURABLE,
    HIDDEN,
    HOLE,
    NULL,
    SYM_ASYNC_ITERATOR,
    SYM_ITERATOR,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    Accessor,
    JSArray,
    JSBigInt,
    JSFunction,
    JSObject,
    JSSymbol,
    NativeFunction,
    type_error,
)

# In dependency order: later modules may use what earlier ones made.
BUILTIN_MODULES = (
    "object",
    "function",
    "error",
    "symbol",
    "iterators",
    "array",
    "string",
    "number",
    "boolean",
    "math",
    "json",
    "regexp",
    "mapset",
    "date",
    "promise",
    "generator",
    "globals",
    "reflect",
    "console",
    "timers",
    "web",
)

_NO_HOOKS = Hooks()


class Realm:
    """Intrinsics and the global object for one run."""

    def __init__(self, host):
        # ``host`` is the interpreter: the event loop, output and recording live there.
        self.host = host
        self.object_prototype = JSObject(None)
        self.function_prototype = NativeFunction.__new__(NativeFunction)
        JSObject.__init__(self.function_prototype, self.object_prototype, "Function")
        self.function_prototype.realm = self
        self.function_prototype.fn = lambda this, args: UNDEFINED
        self.function_prototype.ctor = None
        self.function_prototype.props = {"length": 0.0, "name": ""}
        self.function_prototype.flags = {"length": CONFIGURABLE, "name": CONFIGURABLE}
        self.array_prototype = JSArray(self.object_prototype)
        self.global_object = JSObject(self.object_prototype, "global")
        self.error_prototypes: dict[str, JSObject] = {}
        self.intrinsics: dict[str, JSObject] = {}
        self.symbol_registry: dict[str, JSSymbol] = {}
        for name in BUILTIN_MODULES:
            importlib.import_module(f"explorer.engine.builtins.{name}").install(self)
        self.define_global("globalThis", self.global_object)

    # ------------------------------------------------------------ making things
    def new_object(self, proto=None) -> JSObject:
        return JSObject(self.object_prototype if proto is None else proto)

    def new_array(self, elems=None) -> JSArray:
        return JSArray(self.array_prototype, [] if elems is None else elems)

    def native(self, fn, name: str, length: int = 0) -> NativeFunction:
        return NativeFunction(self, fn, name, length)

    def method(self, obj: JSObject, name, fn, length: int = 0) -> NativeFunction:
        """Define a built-in method (not enumerable), like the specification's function properties."""
        if type(name) is JSSymbol:
            fname = f"[{name.description}]"
        else:
            fname = name
        f = NativeFunction(self, fn, fname, length)
        obj.define_own(name, f, HIDDEN)
        return f

    def getter(self, obj: JSObject, name, fn, setter=None) -> None:
        label = name if type(name) is str else f"[{name.description}]"
        g = NativeFunction(self, fn, f"get {label}", 0)
        s = UNDEFINED if setter is None else NativeFunction(self, setter, f"set {label}", 1)
        obj.define_own(name, Accessor(g, s), CONFIGURABLE)

    def value(self, obj: JSObject, name, v, flags: int = HIDDEN) -> None:
        obj.define_own(name, v, flags)

    def make_constructor(self, name: str, length: int, call, construct, prototype: JSObject | None,
                         parent: JSObject | None = None) -> NativeFunction:
        """A built-in constructor with its prototype object wired both ways.

        ``call(this, args)`` runs for a plain call; ``construct(args, new_target)`` for ``new``.
        """
        f = NativeFunction(self, call, name, length, ctor=construct,
                           proto=parent if parent is not None else self.function_prototype)
        if prototype is not None:
            f.define_own("prototype", prototype, 0)
            prototype.define_own("constructor", f, HIDDEN)
        self.intrinsics[name] = f
        return f

    def define_global(self, name: str, v) -> None:
        self.global_object.define_own(name, v, HIDDEN)

    def to_string_tag(self, obj: JSObject, tag: str) -> None:
        obj.define_own(SYM_TO_STRING_TAG, tag, CONFIGURABLE)

    def proto_from(self, new_target, fallback: JSObject) -> JSObject:
        """The prototype for ``new`` with this new.target (subclassing built-ins)."""
        if new_target is not None and isinstance(new_target, JSObject):
            p = new_target.get("prototype")
            if isinstance(p, JSObject):
                return p
        return fallback

    # ------------------------------------------------------------ errors
    def make_error(self, kind: str, message: str) -> JSObject:
        proto = self.error_prototypes.get(kind) or self.error_prototypes.get("Error") or self.object_prototype
        err = JSObject(proto, "Error")
        err.define_own("message", message, HIDDEN)
        err.define_own("stack", self.host.stack_string(kind, message), HIDDEN)
        return err

    # ------------------------------------------------------------ operations
    def call(self, f, this, args: list):
        if not isinstance(f, JSFunction):
            raise type_error(f"{self.host.describe(f)} is not a function")
        return f.call(this, args)

    def to_object(self, v) -> JSObject:
        if isinstance(v, JSObject):
            return v
        if v is UNDEFINED or v is NULL:
            raise type_error("Cannot convert undefined or null to object")
        t = type(v)
        kind = {float: "Number", str: "String", bool: "Boolean", JSSymbol: "Symbol", JSBigInt: "BigInt"}[t]
        proto = self.intrinsics[kind].get("prototype")
        if t is str:
            return StringObject(proto, v)
        return JSObject(proto, kind, v)

    def prototype_of_primitive(self, v) -> JSObject:
        t = type(v)
        if t is str:
            return self.intrinsics["String"].props["prototype"]
        if t is float:
            return self.intrinsics["Number"].props["prototype"]
        if t is bool:
            return self.intrinsics["Boolean"].props["prototype"]
        if t is JSSymbol:
            return self.intrinsics["Symbol"].props["prototype"]
        if t is JSBigInt:
            return self.intrinsics["BigInt"].props["prototype"]
        raise type_error("Cannot convert undefined or null to object")

    def get_v(self, base, key):
        """GetV: a property of any value, primitives through their prototype."""
        if isinstance(base, JSObject):
            return base.get(key)
        if type(base) is str:
            if key == "length":
                return float(len(base))
            if type(key) is str and key.isdigit():
                i = int(key)
                if i < len(base) and str(i) == key:
                    return base[i]
        if base is UNDEFINED or base is NULL:
            k = key.description if type(key) is JSSymbol else key
            raise type_error(f"Cannot read properties of {base!r} (reading '{k}')")
        return self.prototype_of_primitive(base).get(key, base)

    def get_method(self, base, key):
        f = self.get_v(base, key)
        if f is UNDEFINED or f is NULL:
            return None
        if not isinstance(f, JSFunction):
            raise type_error(f"{self.host.describe(f)} is not a function")
        return f

    def invoke(self, base, key, args: list):
        f = self.get_v(base, key)
        if not isinstance(f, JSFunction):
            raise type_error(f"{self.host.describe(f)} is not a function")
        return f.call(base, args)

    # ------------------------------------------------------------ iteration
    def get_iterator(self, v, async_: bool = False):
        """GetIterator: (iterator object, its next method)."""
        method = None
        if async_:
            method = self.get_method(v, SYM_ASYNC_ITERATOR)
        if method is None:
            method = self.get_method(v, SYM_ITERATOR)
            if method is None:
                raise type_error(f"{self.host.describe(v)} is not iterable")
            if async_:
                it = method.call(v, [])
                return async_from_sync_iterator(self.host, it)
        it = method.call(v, [])
        if not isinstance(it, JSObject):
            raise type_error("Result of the Symbol.iterator method is not an object")
        nxt = it.get("next")
        return it, nxt

    def iterate(self, v):
        """Yield the values of an iterable (the iteration protocol, with a fast path for plain arrays)."""
        if type(v) is JSArray and self.array_iteration_is_pristine(v):
            elems = v.elems
            i = 0
            while i < len(elems):
                x = elems[i]
                if x is HOLE or type(x) is Accessor:
                    x = v.get(str(i))
                yield x
                i += 1
            return
        it, nxt = self.get_iterator(v)
        done = False
        hooks = self.hooks
        hooks.hold(it)          # a spread, Array.from...: the iterator is kept while it is read
        hooks.hold(nxt)
        try:
            while True:
                r = self.call(nxt, it, [])
                if not isinstance(r, JSObject):
                    raise not_an_iterator_result(self.host, r)
                if to_boolean(r.get("done")):
                    done = True
                    return
                yield r.get("value")
        finally:
            hooks.release(nxt)
            hooks.release(it)
            if not done:
                self.close_iterator(it)

    @property
    def hooks(self) -> Hooks:
        """The interpreter's hooks (a host without any: ones that do nothing)."""
        h = getattr(self.host, "hooks", None)
        return h if h is not None else _NO_HOOKS

    def close_iterator(self, it) -> None:
        ret = it.get("return") if isinstance(it, JSObject) else UNDEFINED
        if isinstance(ret, JSFunction):
            ret.call(it, [])

    def array_iteration_is_pristine(self, arr: JSArray) -> bool:
        values = self.intrinsics.get("%ArrayProto_values%")
        return (arr.proto is self.array_prototype
                and SYM_ITERATOR not in arr.props
                and self.array_prototype.props.get(SYM_ITERATOR) is values
                and values is not None
                and self.intrinsics.get("%ArrayIteratorPrototype%") is not None
                and self.intrinsics["%ArrayIteratorPrototype%"].props.get("next") is self.intrinsics.get("%ArrayIterator_next%"))

    def iter_result(self, value, done: bool) -> JSObject:
        r = JSObject(self.object_prototype)
        r.props["value"] = value
        r.props["done"] = done
        return r


__all__ = ["Realm"]
