"""``Symbol`` and ``BigInt``: primitive wrappers that cannot be used with ``new``."""

from __future__ import annotations


from ..conversions import number_to_string, string_to_bigint, to_integer_or_infinity, to_string
from ..values import (
    CONFIGURABLE,
    MAX_BIGINT_BITS,
    SYM_TO_PRIMITIVE,
    UNDEFINED,
    WELL_KNOWN_SYMBOLS,
    JSBigInt,
    JSError,
    JSObject,
    JSSymbol,
    to_primitive,
    type_error,
)
from .object import arg, display, symbol_display

# Symbols Node 20 adds on top of V8's well-known ones (explicit resource management).
SYM_DISPOSE = JSSymbol("Symbol.dispose")
SYM_ASYNC_DISPOSE = JSSymbol("Symbol.asyncDispose")

_WELL_KNOWN_ORDER = ("asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match",
                     "matchAll", "replace", "search", "species", "split", "toPrimitive",
                     "toStringTag", "unscopables")


def this_symbol_value(this, method: str) -> JSSymbol:
    if type(this) is JSSymbol:
        return this
    if isinstance(this, JSObject) and this.cls == "Symbol" and type(this.internal) is JSSymbol:
        return this.internal
    raise type_error(f"{method} requires that 'this' be a Symbol")


# ------------------------------------------------------------------ BigInt

def number_to_bigint(n: float) -> JSBigInt:
    if n != n or n in (float("inf"), float("-inf")) or n != int(n):
        raise JSError("RangeError",
                      f"The number {number_to_string(n)} cannot be converted to a BigInt because it is not an integer")
    return JSBigInt(int(n))


def to_bigint(v) -> JSBigInt:
    """ToBigInt (after ToPrimitive for objects)."""
    prim = to_primitive(v, "number")
    t = type(prim)
    if t is JSBigInt:
        return prim
    if t is bool:
        return JSBigInt(1 if prim else 0)
    if t is str:
        n = string_to_bigint(prim)
        if n is None:
            raise JSError("SyntaxError", f"Cannot convert {prim} to a BigInt")
        return JSBigInt(n)
    if t is float:
        raise type_error(f"Cannot convert {number_to_string(prim)} to a BigInt")
    raise type_error(f"Cannot convert {display(prim)} to a BigInt")


def bigint_to_string(n: int, radix: int = 10) -> str:
    if radix == 10:
        return str(n)
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while True:
        n, d = divmod(n, radix)
        out.append(chars[d])
        if n == 0:
            break
    return sign + "".join(reversed(out))


def this_bigint_value(this, method: str) -> int:
    if type(this) is JSBigInt:
        return this.value
    if isinstance(this, JSObject) and this.cls == "BigInt" and type(this.internal) is JSBigInt:
        return this.internal.value
    raise type_error(f"{method} requires that 'this' be a BigInt")




def _to_index(v) -> int:
    if v is UNDEFINED:
        return 0
    n = to_integer_or_infinity(v)
    if n < 0 or n > 2**53 - 1:
        raise JSError("RangeError", "Invalid value: not (convertible to) a safe integer")
    return int(n)


def install(realm) -> None:
    # -------------------------------------------------------------- Symbol
    sym_proto = JSObject(realm.object_prototype)

    def symbol_call(this, args):
        d = arg(args, 0)
        return JSSymbol(UNDEFINED if d is UNDEFINED else to_string(d))

    def symbol_construct(args, new_target):
        raise type_error("Symbol is not a constructor")

    sym = realm.make_constructor("Symbol", 0, symbol_call, symbol_construct, sym_proto)

    def symbol_for(this, args):
        key = to_string(arg(args, 0))
        s = realm.symbol_registry.get(key)
        if s is None:
            s = realm.symbol_registry[key] = JSSymbol(key, registry_key=key)
        return s

    def key_for(this, args):
        s = arg(args, 0)
        if type(s) is not JSSymbol:
            raise type_error(f"{display(s)} is not a symbol")
        return UNDEFINED if s.registry_key is None else s.registry_key

    realm.method(sym, "for", symbol_for, 1)
    realm.method(sym, "keyFor", key_for, 1)
    for name in _WELL_KNOWN_ORDER:
        realm.value(sym, name, WELL_KNOWN_SYMBOLS[name], 0)
    for name, s in WELL_KNOWN_SYMBOLS.items():
        if name not in _WELL_KNOWN_ORDER:
            realm.value(sym, name, s, 0)
    realm.value(sym, "dispose", SYM_DISPOSE, 0)
    realm.value(sym, "asyncDispose", SYM_ASYNC_DISPOSE, 0)

    def sym_to_string(this, args):
        return symbol_display(this_symbol_value(this, "Symbol.prototype.toString"))

    def sym_value_of(this, args):
        return this_symbol_value(this, "Symbol.prototype.valueOf")

    def sym_description(this, args):
        return this_symbol_value(this, "Symbol.prototype.description").description

    def sym_to_primitive(this, args):
        return this_symbol_value(this, "Symbol.prototype [ @@toPrimitive ]")

    realm.method(sym_proto, "toString", sym_to_string, 0)
    realm.method(sym_proto, "valueOf", sym_value_of, 0)
    realm.getter(sym_proto, "description", sym_description)
    realm.to_string_tag(sym_proto, "Symbol")
    tp = realm.method(sym_proto, SYM_TO_PRIMITIVE, sym_to_primitive, 1)
    sym_proto.define_own(SYM_TO_PRIMITIVE, tp, CONFIGURABLE)
    realm.define_global("Symbol", sym)

    # -------------------------------------------------------------- BigInt
    big_proto = JSObject(realm.object_prototype)

    def bigint_call(this, args):
        v = arg(args, 0)
        prim = to_primitive(v, "number")
        if type(prim) is float:
            return number_to_bigint(prim)
        return to_bigint(prim)

    def bigint_construct(args, new_target):
        raise type_error("BigInt is not a constructor")

    big = realm.make_constructor("BigInt", 1, bigint_call, bigint_construct, big_proto)

    # (a value that already fits is returned as is: 1 << bits would need memory for any bits
    # up to 2**53 - 1)
    def as_uint_n(this, args):
        bits = _to_index(arg(args, 0))
        n = to_bigint(arg(args, 1)).value
        if n >= 0 and n.bit_length() <= bits:
            return JSBigInt(n)
        if bits > MAX_BIGINT_BITS:  # a negative n would need all those bits
            raise JSError("RangeError", "Maximum BigInt size exceeded")
        return JSBigInt(n % (1 << bits))

    def as_int_n(this, args):
        bits = _to_index(arg(args, 0))
        n = to_bigint(arg(args, 1)).value
        if bits == 0:
            return JSBigInt(0)
        if (n if n >= 0 else ~n).bit_length() < bits:  # -2**(bits-1) <= n < 2**(bits-1)
            return JSBigInt(n)
        m = n % (1 << bits)
        if m >= 1 << (bits - 1):
            m -= 1 << bits
        return JSBigInt(m)

    realm.method(big, "asUintN", as_uint_n, 2)
    realm.method(big, "asIntN", as_int_n, 2)

    def big_to_locale_string(this, args):
        n = this_bigint_value(this, "BigInt.prototype.toLocaleString")
        return f"{n:,}"

    def big_to_string(this, args):
        n = this_bigint_value(this, "BigInt.prototype.toString")
        r = arg(args, 0)
        radix = 10 if r is UNDEFINED else to_integer_or_infinity(r)
        if radix < 2 or radix > 36:
            raise JSError("RangeError", "toString() radix argument must be between 2 and 36")
        return bigint_to_string(n, int(radix))

    def big_value_of(this, args):
        return JSBigInt(this_bigint_value(this, "BigInt.prototype.valueOf"))

    realm.method(big_proto, "toLocaleString", big_to_locale_string, 0)
    realm.method(big_proto, "toString", big_to_string, 0)
    realm.method(big_proto, "valueOf", big_value_of, 0)
    realm.to_string_tag(big_proto, "BigInt")
    realm.define_global("BigInt", big)
