"""``Object``: the constructor, its statics, and ``Object.prototype``.

Also the property-descriptor machinery other built-ins share:
``to_property_descriptor``, ``define_property`` (ValidateAndApplyPropertyDescriptor),
``from_property_descriptor``, ``set_prototype``, ``put_or_throw`` and
``display`` (how V8 shows a value inside an error message).
"""

from __future__ import annotations

from contextlib import closing

from ..conversions import describe, number_to_string, same_value, same_value_zero, to_boolean, to_property_key
from ..values import (
    CONFIGURABLE,
    DEFAULT_FLAGS,
    ENUMERABLE,
    MISSING,
    NULL,
    SYM_ITERATOR,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    WRITABLE,
    Accessor,
    JSArray,
    JSBigInt,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    array_index,
    to_number,
    type_error,
)
from ..runtime import JSArguments, MappedArguments

# Object.groupBy is not in Node 20 (it arrived in Node 21); keep the engine
# faithful to the oracle but have the code ready.
INSTALL_GROUP_BY = False


def arg(args, i):
    return args[i] if i < len(args) else UNDEFINED


# ------------------------------------------------------------ display helpers


def key_display(key) -> str:
    """A property key as V8 prints it in messages (``Symbol(x)`` for symbols)."""
    if type(key) is JSSymbol:
        return symbol_display(key)
    return key


def symbol_display(sym: JSSymbol) -> str:
    d = sym.description
    return f"Symbol({'' if d is UNDEFINED else d})"


def constructor_name(obj: JSObject):
    """The name V8 uses in ``#<Name>``: the ``constructor`` found on the chain (no getters run)."""
    o = obj
    while o is not None:
        v = o.get_own("constructor") if o.exotic else o.props.get("constructor", MISSING)
        if v is not MISSING:
            if isinstance(v, JSFunction):
                n = v.props.get("name", "")
                if type(n) is str and n:
                    return n
            return None
        o = o.proto
    return None


def display(v) -> str:
    """How V8 renders a value inside messages such as "Property description must be an object: X"."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "null"
    if t is JSSymbol:
        return symbol_display(v)
    if t is JSBigInt:
        return str(v.value)
    if isinstance(v, JSFunction):
        try:
            return v.source_text()
        except Exception:  # pragma: no cover - defensive
            return "function"
    if isinstance(v, JSArray) and v.cls == "Array":
        return "[object Array]"
    if isinstance(v, JSObject):
        name = constructor_name(v)
        if name is None:
            return "[object Object]"
        return f"#<{name}>"
    return str(v)


def typeof_display(v) -> str:
    """V8's rendering in "X is not a function" / "X is not iterable" from builtins such as
    Map.prototype.forEach: ``number 1``, ``string "a"``, ``object null``, ``object``."""
    t = type(v)
    if t is float:
        return f"number {number_to_string(v)}"
    if t is str:
        return f'string "{v}"'
    if t is bool:
        return f"boolean {'true' if v else 'false'}"
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "object null"
    if t is JSSymbol:
        return "symbol"
    if t is JSBigInt:
        return "bigint"
    if isinstance(v, JSFunction):
        return "function"
    return "object"


def iterate_values(realm, iterable):
    """realm.iterate for built-ins (Map/Set constructors, Object.fromEntries...), with V8's
    message for a non-iterable argument. Use with contextlib.closing."""
    if realm.get_method(iterable, SYM_ITERATOR) is None:
        raise type_error(f"{typeof_display(iterable)} is not iterable "
                         "(cannot read property Symbol(Symbol.iterator))")
    return realm.iterate(iterable)


def object_kind_display(obj) -> str:
    """``object '#<Object>'`` / ``function 'function f(){}'`` as in read-only assignment errors.

    The object is named as V8's NoSideEffectsToString names it ('[object String]' for a String
    wrapper, '#<Foo>' for an instance), which is what conversions.describe computes.
    """
    if isinstance(obj, JSFunction):
        return f"function '{describe(obj)}'"
    return f"object '{describe(obj)}'"


# ------------------------------------------------------------ property helpers


def _find_property(obj: JSObject, key):
    """(holder, value-or-Accessor) of the property found on the chain, or (None, MISSING)."""
    o = obj
    while o is not None:
        v = o.get_own(key)
        if v is not MISSING:
            return o, v
        o = o.proto
    return None, MISSING


def put_error(obj: JSObject, key) -> JSError:
    """The TypeError V8 raises when a strict-mode assignment ``obj[key] = v`` fails."""
    holder, v = _find_property(obj, key)
    k = key_display(key)
    if type(v) is Accessor:
        return type_error(f"Cannot set property {k} of {display(obj)} which has only a getter")
    if holder is not None and not holder.flags_of(key) & WRITABLE:
        return type_error(f"Cannot assign to read only property '{k}' of {object_kind_display(obj)}")
    return type_error(f"Cannot add property {k}, object is not extensible")


def put_or_throw(obj: JSObject, key, value) -> None:
    """[[Set]] with strict-mode failure (Object.assign and friends)."""
    if not obj.put(key, value):
        raise put_error(obj, key)


class PropertyDescriptor:
    """A property descriptor; absent fields are MISSING."""

    __slots__ = ("value", "writable", "get", "set", "enumerable", "configurable")

    def __init__(self, value=MISSING, writable=MISSING, get=MISSING, set=MISSING,
                 enumerable=MISSING, configurable=MISSING):
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable

    @property
    def is_accessor(self) -> bool:
        return self.get is not MISSING or self.set is not MISSING

    @property
    def is_data(self) -> bool:
        return self.value is not MISSING or self.writable is not MISSING


def to_property_descriptor(v) -> PropertyDescriptor:
    if not isinstance(v, JSObject):
        raise type_error(f"Property description must be an object: {display(v)}")
    d = PropertyDescriptor()
    if v.has("enumerable"):
        d.enumerable = to_boolean(v.get("enumerable"))
    if v.has("configurable"):
        d.configurable = to_boolean(v.get("configurable"))
    if v.has("value"):
        d.value = v.get("value")
    if v.has("writable"):
        d.writable = to_boolean(v.get("writable"))
    if v.has("get"):
        g = v.get("get")
        if g is not UNDEFINED and not isinstance(g, JSFunction):
            raise type_error(f"Getter must be a function: {display(g)}")
        d.get = g
    if v.has("set"):
        s = v.get("set")
        if s is not UNDEFINED and not isinstance(s, JSFunction):
            raise type_error(f"Setter must be a function: {display(s)}")
        d.set = s
    if d.is_accessor and d.is_data:
        raise type_error("Invalid property descriptor. Cannot both specify accessors and a value "
                         f"or writable attribute, {display(v)}")
    return d


def get_own_property(obj: JSObject, key):
    """PropertyDescriptor of an own property, or None."""
    v = obj.get_own(key)
    if v is MISSING:
        return None
    f = obj.flags_of(key)
    if type(v) is Accessor:
        return PropertyDescriptor(get=v.get, set=v.set, enumerable=bool(f & ENUMERABLE),
                                  configurable=bool(f & CONFIGURABLE))
    return PropertyDescriptor(value=v, writable=bool(f & WRITABLE), enumerable=bool(f & ENUMERABLE),
                              configurable=bool(f & CONFIGURABLE))


def from_property_descriptor(realm, d: PropertyDescriptor | None):
    if d is None:
        return UNDEFINED
    o = realm.new_object()
    p = o.props
    if d.value is not MISSING:
        p["value"] = d.value
    if d.writable is not MISSING:
        p["writable"] = d.writable
    if d.get is not MISSING:
        p["get"] = d.get
    if d.set is not MISSING:
        p["set"] = d.set
    if d.enumerable is not MISSING:
        p["enumerable"] = d.enumerable
    if d.configurable is not MISSING:
        p["configurable"] = d.configurable
    return o


def _store(obj: JSObject, key, value, flags: int) -> None:
    if isinstance(obj, JSArray) and type(key) is str:
        if key == "length" and not isinstance(obj, JSArguments):     # (an arguments object's is ordinary)
            if type(value) is not Accessor:
                n = to_number(value)
                if n != n or n < 0 or n >= 4294967296 or n != int(n):
                    raise JSError("RangeError", "Invalid array length")
                obj.set_length(int(n))
            return
        i = array_index(key)
        if i >= 0:
            # Index attributes are not stored per element: the value is kept, the
            # attributes follow the array's frozen/sealed state (an arguments object's are its own).
            JSArray.define_own(obj, key, value, flags)
            if isinstance(obj, JSArguments) and (flags != DEFAULT_FLAGS or obj.flags and key in obj.flags):
                obj._set_flags(key, flags)
            return
    obj.define_own(key, value, flags)


def define_property(obj: JSObject, key, d: PropertyDescriptor) -> bool:
    """[[DefineOwnProperty]]: a sloppy function's arguments object has its own (aliased indices)."""
    if type(obj) is MappedArguments and obj.mapped:
        return obj.define_mapped(key, d, ordinary_define_property)
    return ordinary_define_property(obj, key, d)


def ordinary_define_property(obj: JSObject, key, d: PropertyDescriptor) -> bool:
    """[[DefineOwnProperty]] for ordinary objects (ValidateAndApplyPropertyDescriptor)."""
    current = obj.get_own(key)
    if current is MISSING:
        if not obj.extensible:
            return False
        flags = (ENUMERABLE if d.enumerable is True else 0) | (CONFIGURABLE if d.configurable is True else 0)
        if d.is_accessor:
            g = UNDEFINED if d.get is MISSING else d.get
            s = UNDEFINED if d.set is MISSING else d.set
            _store(obj, key, Accessor(g, s), flags)
        else:
            if d.writable is True:
                flags |= WRITABLE
            _store(obj, key, UNDEFINED if d.value is MISSING else d.value, flags)
        return True
    cur_flags = obj.flags_of(key)
    cur_accessor = type(current) is Accessor
    if not cur_flags & CONFIGURABLE:
        if d.configurable is True:
            return False
        if d.enumerable is not MISSING and d.enumerable != bool(cur_flags & ENUMERABLE):
            return False
        if (d.is_accessor or d.is_data) and d.is_accessor != cur_accessor:
            return False
        if cur_accessor:
            if d.get is not MISSING and d.get is not current.get:
                return False
            if d.set is not MISSING and d.set is not current.set:
                return False
        elif not cur_flags & WRITABLE:
            if d.writable is True:
                return False
            if d.value is not MISSING and not same_value(d.value, current):
                return False
    enumerable = bool(cur_flags & ENUMERABLE) if d.enumerable is MISSING else d.enumerable
    configurable = bool(cur_flags & CONFIGURABLE) if d.configurable is MISSING else d.configurable
    flags = (ENUMERABLE if enumerable else 0) | (CONFIGURABLE if configurable else 0)
    if d.is_accessor:
        if cur_accessor:
            g = current.get if d.get is MISSING else d.get
            s = current.set if d.set is MISSING else d.set
        else:
            g = UNDEFINED if d.get is MISSING else d.get
            s = UNDEFINED if d.set is MISSING else d.set
        value = Accessor(g, s)
    elif cur_accessor and not d.is_data:
        value = current  # generic descriptor on an accessor: attributes only
    else:
        if cur_accessor:
            writable = d.writable is True
            value = UNDEFINED if d.value is MISSING else d.value
        else:
            writable = bool(cur_flags & WRITABLE) if d.writable is MISSING else d.writable
            value = current if d.value is MISSING else d.value
        if writable:
            flags |= WRITABLE
    if isinstance(obj, JSArray) and type(key) is str and key == "length" and not isinstance(obj, JSArguments):
        if d.value is not MISSING:
            _store(obj, key, value, flags)
        if not flags & WRITABLE:
            obj._set_flags(key, 0)
        return True
    _store(obj, key, value, flags)
    return True


def define_property_or_throw(realm, obj: JSObject, key, d: PropertyDescriptor) -> None:
    if not define_property(obj, key, d):
        if obj.get_own(key) is MISSING:
            raise type_error(f"Cannot define property {key_display(key)}, object is not extensible")
        raise type_error(f"Cannot redefine property: {key_display(key)}")


def create_data_property(obj: JSObject, key, value) -> None:
    """CreateDataPropertyOrThrow for objects the caller made (no checks needed)."""
    if isinstance(obj, JSArray):
        _store(obj, key, value, DEFAULT_FLAGS)
    else:
        obj.define_own(key, value, DEFAULT_FLAGS)


def set_prototype(realm, obj: JSObject, proto) -> bool:
    """[[SetPrototypeOf]]: proto is a JSObject or None; False when not allowed."""
    if obj.proto is proto:
        return True
    if obj is realm.object_prototype:
        raise type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set")
    if not obj.extensible:
        return False
    p = proto
    while p is not None:
        if p is obj:
            raise type_error("Cyclic __proto__ value")
        p = p.proto
    obj.proto = proto
    return True


def set_prototype_or_throw(realm, obj: JSObject, proto) -> None:
    if not set_prototype(realm, obj, proto):
        raise type_error(f"{display(obj)} is not extensible")
    realm.host.touched(obj)


def _proto_arg(v):
    if v is NULL:
        return None
    if isinstance(v, JSObject):
        return v
    raise type_error(f"Object prototype may only be an Object or null: {display(v)}")


def object_define_properties(realm, obj: JSObject, props) -> None:
    props = realm.to_object(props)
    descs = []
    for key in props.own_keys():
        cur = props.get_own(key)
        if cur is not MISSING and props.flags_of(key) & ENUMERABLE:
            descs.append((key, to_property_descriptor(props.get(key))))
    for key, d in descs:
        define_property_or_throw(realm, obj, key, d)


def set_integrity(realm, obj: JSObject, level: str) -> None:
    """SetIntegrityLevel: "sealed" or "frozen"."""
    obj.extensible = False
    if isinstance(obj, JSArray):
        obj.frozen = max(obj.frozen, 2 if level == "frozen" else 1)
    for key in obj.own_keys():
        if isinstance(obj, JSArray) and type(key) is str and (
                key == "length" and not isinstance(obj, JSArguments) or array_index(key) >= 0):
            continue
        v = obj.get_own(key)
        if v is MISSING:
            continue
        f = obj.flags_of(key) & ~CONFIGURABLE
        if level == "frozen" and type(v) is not Accessor:
            f &= ~WRITABLE
        if type(obj).define_own is JSObject.define_own:
            obj._set_flags(key, f)
        else:
            obj.define_own(key, v, f)


def test_integrity(obj: JSObject, level: str) -> bool:
    if obj.extensible:
        return False
    for key in obj.own_keys():
        v = obj.get_own(key)
        if v is MISSING:
            continue
        f = obj.flags_of(key)
        if f & CONFIGURABLE:
            return False
        if level == "frozen" and type(v) is not Accessor and f & WRITABLE:
            return False
    return True


def builtin_tag(obj: JSObject) -> str:
    cls = obj.cls
    if cls == "Array" and isinstance(obj, JSArray):
        return "Array"
    if cls == "Arguments":
        return "Arguments"
    if isinstance(obj, JSFunction):
        return "Function"
    if cls in ("Error", "Boolean", "Number", "String", "Date", "RegExp"):
        return cls
    if cls == "global":
        return "global"  # V8's class name of the global object
    return "Object"


# ------------------------------------------------------------ install


def install(realm) -> None:
    OP = realm.object_prototype
    host = realm.host

    def object_call(this, args):
        v = arg(args, 0)
        if v is UNDEFINED or v is NULL:
            return realm.new_object()
        return realm.to_object(v)

    def object_construct(args, new_target):
        if new_target is not None and new_target is not ctor:
            return JSObject(realm.proto_from(new_target, OP))
        return object_call(UNDEFINED, args)

    ctor = realm.make_constructor("Object", 1, object_call, object_construct, OP)

    # ---------------------------------------------------------- statics
    def assign(this, args):
        to = realm.to_object(arg(args, 0))
        for src in args[1:]:
            if src is UNDEFINED or src is NULL:
                continue
            frm = realm.to_object(src)
            for key in frm.own_keys():
                if frm.get_own(key) is MISSING or not frm.flags_of(key) & ENUMERABLE:
                    continue
                put_or_throw(to, key, frm.get(key))
        host.touched(to)
        return to

    def get_own_property_descriptor(this, args):
        obj = realm.to_object(arg(args, 0))
        key = to_property_key(arg(args, 1))
        return from_property_descriptor(realm, get_own_property(obj, key))

    def get_own_property_descriptors(this, args):
        obj = realm.to_object(arg(args, 0))
        out = realm.new_object()
        for key in obj.own_keys():
            d = get_own_property(obj, key)
            if d is not None:
                out.props[key] = from_property_descriptor(realm, d)
        return out

    def get_own_property_names(this, args):
        obj = realm.to_object(arg(args, 0))
        return realm.new_array([k for k in obj.own_keys() if type(k) is str])

    def get_own_property_symbols(this, args):
        obj = realm.to_object(arg(args, 0))
        return realm.new_array([k for k in obj.own_keys() if type(k) is JSSymbol])

    def has_own(this, args):
        obj = realm.to_object(arg(args, 0))
        return obj.get_own(to_property_key(arg(args, 1))) is not MISSING

    def object_is(this, args):
        return same_value(arg(args, 0), arg(args, 1))

    def prevent_extensions(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject) and o.extensible:
            o.extensible = False
            host.touched(o)
        return o

    def seal(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject):
            set_integrity(realm, o, "sealed")
            host.touched(o)
        return o

    def freeze(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject):
            set_integrity(realm, o, "frozen")
            host.touched(o)
        return o

    def create(this, args):
        proto = _proto_arg(arg(args, 0))
        obj = JSObject(proto)
        props = arg(args, 1)
        if props is not UNDEFINED:
            object_define_properties(realm, obj, props)
        return obj

    def define_properties(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            raise type_error("Object.defineProperties called on non-object")
        object_define_properties(realm, o, arg(args, 1))
        host.touched(o)
        return o

    def define_property_(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            raise type_error("Object.defineProperty called on non-object")
        key = to_property_key(arg(args, 1))
        d = to_property_descriptor(arg(args, 2))
        define_property_or_throw(realm, o, key, d)
        host.touched(o)
        return o

    def get_prototype_of(this, args):
        obj = realm.to_object(arg(args, 0))
        return NULL if obj.proto is None else obj.proto

    def set_prototype_of(this, args):
        o = arg(args, 0)
        if o is UNDEFINED or o is NULL:
            raise type_error("Object.setPrototypeOf called on null or undefined")
        proto = _proto_arg(arg(args, 1))
        if not isinstance(o, JSObject):
            return o
        set_prototype_or_throw(realm, o, proto)
        return o

    def is_extensible(this, args):
        o = arg(args, 0)
        return isinstance(o, JSObject) and o.extensible

    def is_frozen(this, args):
        o = arg(args, 0)
        return not isinstance(o, JSObject) or test_integrity(o, "frozen")

    def is_sealed(this, args):
        o = arg(args, 0)
        return not isinstance(o, JSObject) or test_integrity(o, "sealed")

    def _enumerable_own(obj, kind):
        out = []
        for key in obj.own_keys():
            if type(key) is not str:
                continue
            if kind == "keys":
                if obj.get_own(key) is not MISSING and obj.flags_of(key) & ENUMERABLE:
                    out.append(key)
                continue
            if obj.get_own(key) is MISSING or not obj.flags_of(key) & ENUMERABLE:
                continue
            v = obj.get(key)
            out.append(v if kind == "values" else realm.new_array([key, v]))
        return realm.new_array(out)

    def keys(this, args):
        return _enumerable_own(realm.to_object(arg(args, 0)), "keys")

    def values(this, args):
        return _enumerable_own(realm.to_object(arg(args, 0)), "values")

    def entries(this, args):
        return _enumerable_own(realm.to_object(arg(args, 0)), "entries")

    def from_entries(this, args):
        it = arg(args, 0)
        if it is UNDEFINED or it is NULL:
            raise type_error("undefined is not iterable")
        obj = realm.new_object()
        with closing(iterate_values(realm, it)) as gen:
            for entry in gen:
                if not isinstance(entry, JSObject):
                    raise type_error(f"Iterator value {display(entry)} is not an entry object")
                k = entry.get("0")
                v = entry.get("1")
                create_data_property(obj, to_property_key(k), v)
        return obj

    def group_by(this, args):
        items, cb = arg(args, 0), arg(args, 1)
        groups = group_by_entries(realm, items, cb, property_key=True)
        obj = JSObject(None)
        for k, vs in groups:
            obj.props[k] = realm.new_array(vs)
        return obj

    m = realm.method
    m(ctor, "assign", assign, 2)
    m(ctor, "getOwnPropertyDescriptor", get_own_property_descriptor, 2)
    m(ctor, "getOwnPropertyDescriptors", get_own_property_descriptors, 1)
    m(ctor, "getOwnPropertyNames", get_own_property_names, 1)
    m(ctor, "getOwnPropertySymbols", get_own_property_symbols, 1)
    m(ctor, "hasOwn", has_own, 2)
    m(ctor, "is", object_is, 2)
    m(ctor, "preventExtensions", prevent_extensions, 1)
    m(ctor, "seal", seal, 1)
    m(ctor, "create", create, 2)
    m(ctor, "defineProperties", define_properties, 2)
    m(ctor, "defineProperty", define_property_, 3)
    m(ctor, "freeze", freeze, 1)
    m(ctor, "getPrototypeOf", get_prototype_of, 1)
    m(ctor, "setPrototypeOf", set_prototype_of, 2)
    m(ctor, "isExtensible", is_extensible, 1)
    m(ctor, "isFrozen", is_frozen, 1)
    m(ctor, "isSealed", is_sealed, 1)
    m(ctor, "keys", keys, 1)
    m(ctor, "entries", entries, 1)
    m(ctor, "fromEntries", from_entries, 1)
    m(ctor, "values", values, 1)
    if INSTALL_GROUP_BY:
        m(ctor, "groupBy", group_by, 2)
    realm.intrinsics["%Object_groupBy%"] = realm.native(group_by, "groupBy", 2)

    # ---------------------------------------------------------- prototype
    def has_own_property(this, args):
        key = to_property_key(arg(args, 0))
        return realm.to_object(this).get_own(key) is not MISSING

    def is_prototype_of(this, args):
        v = arg(args, 0)
        if not isinstance(v, JSObject):
            return False
        o = realm.to_object(this)
        p = v.proto
        while p is not None:
            if p is o:
                return True
            p = p.proto
        return False

    def property_is_enumerable(this, args):
        key = to_property_key(arg(args, 0))
        o = realm.to_object(this)
        return o.get_own(key) is not MISSING and bool(o.flags_of(key) & ENUMERABLE)

    def to_string(this, args):
        if this is UNDEFINED:
            return "[object Undefined]"
        if this is NULL:
            return "[object Null]"
        o = realm.to_object(this)
        tag = o.get(SYM_TO_STRING_TAG)
        if type(tag) is str:
            return f"[object {tag}]"
        return f"[object {builtin_tag(o)}]"

    def to_locale_string(this, args):
        if this is UNDEFINED or this is NULL:
            raise type_error("Object.prototype.toLocaleString called on null or undefined")
        return realm.invoke(this, "toString", [])

    def value_of(this, args):
        return realm.to_object(this)

    def proto_get(this, args):
        o = realm.to_object(this)
        return NULL if o.proto is None else o.proto

    def proto_set(this, args):
        if this is UNDEFINED or this is NULL:
            raise type_error("set Object.prototype.__proto__ called on null or undefined")
        proto = arg(args, 0)
        if not (proto is NULL or isinstance(proto, JSObject)) or not isinstance(this, JSObject):
            return UNDEFINED
        set_prototype_or_throw(realm, this, None if proto is NULL else proto)
        return UNDEFINED

    def define_getter(this, args):
        o = realm.to_object(this)
        g = arg(args, 1)
        if not isinstance(g, JSFunction):
            raise type_error("Object.prototype.__defineGetter__: Expecting function")
        define_property_or_throw(realm, o, to_property_key(arg(args, 0)),
                                 PropertyDescriptor(get=g, enumerable=True, configurable=True))
        host.touched(o)
        return UNDEFINED

    def define_setter(this, args):
        o = realm.to_object(this)
        s = arg(args, 1)
        if not isinstance(s, JSFunction):
            raise type_error("Object.prototype.__defineSetter__: Expecting function")
        define_property_or_throw(realm, o, to_property_key(arg(args, 0)),
                                 PropertyDescriptor(set=s, enumerable=True, configurable=True))
        host.touched(o)
        return UNDEFINED

    def _lookup(which):
        def lookup(this, args):
            o = realm.to_object(this)
            key = to_property_key(arg(args, 0))
            while o is not None:
                v = o.get_own(key)
                if v is not MISSING:
                    if type(v) is Accessor:
                        return getattr(v, which)
                    return UNDEFINED
                o = o.proto
            return UNDEFINED
        return lookup

    m(OP, "__defineGetter__", define_getter, 2)
    m(OP, "__defineSetter__", define_setter, 2)
    m(OP, "hasOwnProperty", has_own_property, 1)
    m(OP, "__lookupGetter__", _lookup("get"), 1)
    m(OP, "__lookupSetter__", _lookup("set"), 1)
    m(OP, "isPrototypeOf", is_prototype_of, 1)
    m(OP, "propertyIsEnumerable", property_is_enumerable, 1)
    realm.intrinsics["%ObjProto_toString%"] = m(OP, "toString", to_string, 0)
    m(OP, "valueOf", value_of, 0)
    realm.getter(OP, "__proto__", proto_get, proto_set)
    m(OP, "toLocaleString", to_locale_string, 0)

    realm.define_global("Object", ctor)


def group_by_entries(realm, items, cb, property_key: bool):
    """GroupBy: list of (key, [values]) in first-seen order."""
    if items is UNDEFINED or items is NULL:
        raise type_error("undefined is not iterable")
    if not isinstance(cb, JSFunction):
        raise type_error(f"{realm.host.describe(cb)} is not a function")
    groups: list = []
    index: dict = {}
    k = 0
    with closing(iterate_values(realm, items)) as gen:
        for v in gen:
            key = cb.call(UNDEFINED, [v, float(k)])
            if property_key:
                key = to_property_key(key)
                slot = index.get(key)
                if slot is None:
                    slot = index[key] = []
                    groups.append((key, slot))
            else:
                if type(key) is float and key == 0:
                    key = 0.0
                slot = None
                for gk, gv in groups:
                    if same_value_zero(gk, key):
                        slot = gv
                        break
                if slot is None:
                    slot = []
                    groups.append((key, slot))
            slot.append(v)
            k += 1
    return groups
