"""``Error`` and the native error constructors.

Error objects made by the constructors are ``ErrorObject``s: like V8, the
header line of their ``stack`` ("Name: message") is formatted lazily, on the
first read of ``stack``, so ``class MyError extends Error { constructor(m) {
super(m); this.name = "MyError" } }`` shows "MyError: ..." in its stack.  Until
then ``props["stack"]`` holds a ``LazyStack`` (a ``str`` with the header known
at construction, so code reading ``props`` directly still gets a string).
"""

from __future__ import annotations

from contextlib import closing

from ..conversions import to_string
from ..values import DEFAULT_FLAGS, HIDDEN, MISSING, UNDEFINED, JSObject, type_error
from .object import arg, display, iterate_values

ERROR_KINDS = ("Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError",
               "EvalError", "URIError", "AggregateError")


class LazyStack(str):
    """The ``stack`` string whose header line is re-made on first access."""

    suffix: str | None = None

    def materialize(self, err) -> str:
        if self.suffix is None:
            return str(self)
        return error_header(err) + self.suffix


class ErrorObject(JSObject):
    __slots__ = ("site",)   # the node it was made at: where Node reports it when a promise rejects with it
    exotic = True

    def get_own(self, key):
        v = self.props.get(key, MISSING)
        if type(v) is LazyStack:
            props = self.props
            # the header may read name/message: store a plain string first (no recursion)
            props[key] = str(v)
            v = v.materialize(self)
            if type(props.get(key, MISSING)) is str:
                props[key] = v
        return v


def error_header(obj) -> str:
    """ErrorUtils::ToString: what Error.prototype.toString would return (getters may run)."""
    name = obj.get("name")
    name = "Error" if name is UNDEFINED else to_string(name)
    msg = obj.get("message")
    msg = "" if msg is UNDEFINED else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def make_stack(realm, name: str, message: str) -> LazyStack:
    full = realm.host.stack_string(name, message)
    header = f"{name}: {message}" if message else name
    s = LazyStack(full)
    if full.startswith(header):
        s.suffix = full[len(header):]
    return s


def install_error_cause(obj: JSObject, options) -> None:
    if isinstance(options, JSObject) and options.has("cause"):
        obj.define_own("cause", options.get("cause"), HIDDEN)


def install(realm) -> None:
    OP = realm.object_prototype

    def make_kind(kind: str, length: int, base_ctor, base_proto):
        proto = JSObject(base_proto)
        realm.error_prototypes[kind] = proto

        def construct(args, new_target):
            obj = ErrorObject(realm.proto_from(new_target, proto), "Error")
            obj.site = realm.host.current_node
            if kind == "AggregateError":
                errors, message, options = arg(args, 0), arg(args, 1), arg(args, 2)
            else:
                message, options = arg(args, 0), arg(args, 1)
            msg = None if message is UNDEFINED else to_string(message)
            # Own-key order as V8's: stack, message, cause/errors
            try:
                header_name = obj.get("name")
                header_name = kind if header_name is UNDEFINED else to_string(header_name)
            except Exception:  # a throwing name getter: keep the kind
                header_name = kind
            obj.props["stack"] = make_stack(realm, header_name, msg or "")
            obj.flags = {"stack": HIDDEN}
            if msg is not None:
                obj.define_own("message", msg, HIDDEN)
            install_error_cause(obj, options)
            if kind == "AggregateError":
                with closing(iterate_values(realm, errors)) as gen:
                    lst = list(gen)
                obj.define_own("errors", realm.new_array(lst), HIDDEN)
            return obj

        def call(this, args):
            return construct(args, ctor)

        ctor = realm.make_constructor(kind, length, call, construct, proto, parent=base_ctor)
        realm.value(proto, "name", kind)
        realm.value(proto, "message", "")
        realm.define_global(kind, ctor)
        return ctor, proto

    error_ctor, error_proto = make_kind("Error", 1, None, OP)

    def error_to_string(this, args):
        if not isinstance(this, JSObject):
            raise type_error(f"Method Error.prototype.toString called on incompatible receiver {display(this)}")
        return error_header(this)

    realm.method(error_proto, "toString", error_to_string, 0)

    def capture_stack_trace(this, args):
        obj = arg(args, 0)
        if not isinstance(obj, JSObject):
            raise type_error("invalid_argument")
        name = obj.get("name")
        name = "Error" if name is UNDEFINED else to_string(name)
        msg = obj.get("message")
        msg = "" if msg is UNDEFINED else to_string(msg)
        full = realm.host.stack_string(name, msg)
        header = f"{name}: {msg}" if msg else name
        actual = error_header(obj)
        if full.startswith(header) and actual != header:
            full = actual + full[len(header):]
        if not obj.extensible and obj.get_own("stack") is MISSING:
            raise type_error("Cannot define property stack, object is not extensible")
        obj.define_own("stack", full, HIDDEN)
        realm.host.touched(obj)
        return UNDEFINED

    realm.method(error_ctor, "captureStackTrace", capture_stack_trace, 2)
    realm.value(error_ctor, "stackTraceLimit", 10.0, DEFAULT_FLAGS)

    for kind in ERROR_KINDS:
        if kind == "Error":
            continue
        make_kind(kind, 2 if kind == "AggregateError" else 1, error_ctor, error_proto)
