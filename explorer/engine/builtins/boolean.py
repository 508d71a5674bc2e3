"""``Boolean``."""

from __future__ import annotations

from ..conversions import to_boolean
from ..values import JSObject, type_error
from .object import arg


def this_boolean_value(this, method: str) -> bool:
    if type(this) is bool:
        return this
    if isinstance(this, JSObject) and this.cls == "Boolean" and type(this.internal) is bool:
        return this.internal
    raise type_error(f"{method} requires that 'this' be a Boolean")


def install(realm) -> None:
    # Boolean.prototype is itself a Boolean object whose value is false.
    proto = JSObject(realm.object_prototype, "Boolean", False)

    def call(this, args):
        return to_boolean(arg(args, 0))

    def construct(args, new_target):
        return JSObject(realm.proto_from(new_target, proto), "Boolean", to_boolean(arg(args, 0)))

    ctor = realm.make_constructor("Boolean", 1, call, construct, proto)

    def to_string(this, args):
        return "true" if this_boolean_value(this, "Boolean.prototype.toString") else "false"

    def value_of(this, args):
        return this_boolean_value(this, "Boolean.prototype.valueOf")

    realm.method(proto, "toString", to_string, 0)
    realm.method(proto, "valueOf", value_of, 0)
    realm.define_global("Boolean", ctor)
