"""Reflect (ECMA-262 §28.1): the object operations as functions."""

from __future__ import annotations

from ..conversions import to_property_key
from ..values import NULL, UNDEFINED, JSFunction, JSObject, type_error
from .function import create_list_from_array_like
from .object import define_property as define, to_property_descriptor


def install(realm) -> None:
    R = JSObject(realm.object_prototype)
    realm.to_string_tag(R, "Reflect")
    obj_ctor = realm.intrinsics.get("Object")

    def target(args, name):
        t = args[0] if args else UNDEFINED
        if not isinstance(t, JSObject):
            raise type_error(f"Reflect.{name} called on non-object")
        return t

    def arg(args, i):
        return args[i] if i < len(args) else UNDEFINED

    def apply(this, args):
        f = arg(args, 0)
        if not isinstance(f, JSFunction):
            raise type_error(f"Function.prototype.apply was called on {realm.host.describe(f)}, which is "
                             f"{'an object' if isinstance(f, JSObject) else 'a ' + type(f).__name__} and not a function")
        return f.call(arg(args, 1), create_list_from_array_like(realm, arg(args, 2)))

    def construct(this, args):
        f = arg(args, 0)
        if not isinstance(f, JSFunction) or not f.is_constructor:
            raise type_error(f"{realm.host.describe(f)} is not a constructor")
        nt = arg(args, 2) if len(args) > 2 else f
        if not isinstance(nt, JSFunction) or not nt.is_constructor:
            raise type_error(f"{realm.host.describe(nt)} is not a constructor")
        return f.construct(create_list_from_array_like(realm, arg(args, 1)), nt)

    def get(this, args):
        t = target(args, "get")
        return t.get(to_property_key(arg(args, 1)), arg(args, 2) if len(args) > 2 else t)

    def set_(this, args):
        t = target(args, "set")
        ok = t.put(to_property_key(arg(args, 1)), arg(args, 2), arg(args, 3) if len(args) > 3 else t)
        if ok:
            realm.host.touched(t)
        return ok

    def has(this, args):
        return target(args, "has").has(to_property_key(arg(args, 1)))

    def own_keys(this, args):
        return realm.new_array(list(target(args, "ownKeys").own_keys()))

    def delete(this, args):
        t = target(args, "deleteProperty")
        ok = t.delete_own(to_property_key(arg(args, 1)))
        realm.host.touched(t)
        return ok

    def get_proto(this, args):
        p = target(args, "getPrototypeOf").proto
        return NULL if p is None else p

    def set_proto(this, args):
        t = target(args, "setPrototypeOf")
        p = arg(args, 1)
        if p is not NULL and not isinstance(p, JSObject):
            raise type_error("Object prototype may only be an Object or null: " + realm.host.describe(p))
        if not t.extensible:
            return False
        t.proto = None if p is NULL else p
        return True

    def is_extensible(this, args):
        return target(args, "isExtensible").extensible

    def prevent_extensions(this, args):
        target(args, "preventExtensions").extensible = False
        return True

    def define_property(this, args):
        t = target(args, "defineProperty")
        ok = define(t, to_property_key(arg(args, 1)), to_property_descriptor(arg(args, 2)))
        if ok:
            realm.host.touched(t)
        return ok

    def via_object(name):
        f = obj_ctor.get(name) if obj_ctor is not None else UNDEFINED

        def m(this, args):
            target(args, name)
            return f.call(UNDEFINED, list(args))
        return m

    for name, fn, n in (("apply", apply, 3), ("construct", construct, 2), ("get", get, 2), ("set", set_, 3),
                        ("has", has, 2), ("ownKeys", own_keys, 1), ("deleteProperty", delete, 2),
                        ("getPrototypeOf", get_proto, 1), ("setPrototypeOf", set_proto, 2),
                        ("isExtensible", is_extensible, 1), ("preventExtensions", prevent_extensions, 1),
                        ("defineProperty", define_property, 3),
                        ("getOwnPropertyDescriptor", via_object("getOwnPropertyDescriptor"), 2)):
        realm.method(R, name, fn, n)
    realm.define_global("Reflect", R)
