"""Conversions: type conversion and comparison (ES2024 7.1, 7.2), and the text V8 and Node give a
value without running JavaScript (V8's NoSideEffectsToString: how "X is not a function" names X).

One module for the plain conversions, below the built-ins and ``inspect`` that use them; it depends
on ``values`` only. ToPrimitive and ToNumber stay in ``values``: the object model needs them (an
array's length setter runs ToNumber, ArraySetLength).
"""

from __future__ import annotations

import math
import re

from .values import (
    MISSING,
    NULL,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    Accessor,
    JSBigInt,
    JSFunction,
    JSObject,
    JSSymbol,
    JSThrow,
    PrivateName,
    js_trim,
    string_to_number,
    to_number,
    to_primitive,
    type_error,
)


# ------------------------------------------------------------------ type conversion and comparison

def key_text(key) -> str:
    """A property key as V8's messages name it: the name, ``Symbol(description)`` or ``#name``."""
    if type(key) is JSSymbol or type(key) is PrivateName:
        return repr(key)
    return str(key)


def number_to_string(x: float, radix: int = 10) -> str:
    """Number::toString: the shortest round-trip digits, laid out as JavaScript does."""
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    if radix != 10:
        return _radix_string(x, radix)
    if x.is_integer() and abs(x) < 9007199254740992.0:  # exact below 2**53
        return str(int(x))
    sign = "-" if x < 0 else ""
    r = repr(abs(x))
    mantissa, _, exp = r.partition("e")
    int_part, _, frac = mantissa.partition(".")
    if frac == "0":
        frac = ""
    digits = (int_part + frac).lstrip("0")
    # n: position of the decimal point relative to the digit string
    n = len(int_part) + (int(exp) if exp else 0)
    if int_part == "0":
        stripped = frac.lstrip("0")
        n = -(len(frac) - len(stripped)) + (int(exp) if exp else 0)
        digits = stripped
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    es = f"e+{e}" if e >= 0 else f"e-{-e}"
    if k == 1:
        return sign + digits + es
    return sign + digits[0] + "." + digits[1:] + es


def _radix_string(x: float, radix: int) -> str:
    """Number::toString(radix) for finite non-zero x: V8's DoubleToRadixCString, digit for digit."""
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    negative = x < 0
    if negative:
        x = -x
    integer = float(math.floor(x))
    fraction = x - integer
    # only as many fraction digits as the double's precision supports
    delta = max(0.5 * (math.nextafter(x, math.inf) - x), math.nextafter(0.0, 1.0))
    frac = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # round up, propagating the carry (digits that overflow are dropped)
                    while True:
                        if not frac:
                            integer += 1
                            break
                        d = frac.pop() + 1
                        if d < radix:
                            frac.append(d)
                            break
                    break
            if not fraction >= delta:
                break
    out = []
    while math.frexp(integer / radix)[1] > 53:  # digits below the double's precision print as 0
        integer /= radix
        out.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        out.append(chars[int(remainder)])
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    s = "".join(reversed(out))
    if frac:
        s += "." + "".join(chars[d] for d in frac)
    return "-" + s if negative else s


def to_boolean(v) -> bool:
    t = type(v)
    if t is bool:
        return v
    if t is float:
        return not (v == 0 or v != v)
    if t is str:
        return v != ""
    if v is UNDEFINED or v is NULL:
        return False
    if t is JSBigInt:
        return v.value != 0
    return True


def to_numeric(v):
    """ToNumeric: a float or a JSBigInt."""
    t = type(v)
    if t is float or t is JSBigInt:
        return v
    if isinstance(v, JSObject):
        v = to_primitive(v, "number")
        if type(v) is JSBigInt:
            return v
    return to_number(v)


def to_string(v) -> str:
    t = type(v)
    if t is str:
        return v
    if t is float:
        if v.is_integer() and -9007199254740992.0 < v < 9007199254740992.0:
            return str(int(v))
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "null"
    if t is JSBigInt:
        return str(v.value)
    if t is JSSymbol:
        raise type_error("Cannot convert a Symbol value to a string")
    return to_string(to_primitive(v, "string"))


def to_property_key(v):
    t = type(v)
    if t is str:
        return v
    if t is float:
        if v.is_integer() and -9007199254740992.0 < v < 9007199254740992.0:
            return str(int(v))
        return number_to_string(v)
    if t is JSSymbol:
        return v
    if isinstance(v, JSObject):
        v = to_primitive(v, "string")
        if type(v) is JSSymbol:
            return v
    return to_string(v)


def to_integer_or_infinity(v) -> float:
    n = to_number(v)
    if n != n:
        return 0.0
    if n in (math.inf, -math.inf):
        return n
    return float(math.trunc(n))


def to_int32(v) -> int:
    n = v if type(v) is float else to_number(v)
    if n != n or n in (math.inf, -math.inf):
        return 0
    i = int(n) & 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


def to_uint32(v) -> int:
    n = v if type(v) is float else to_number(v)
    if n != n or n in (math.inf, -math.inf):
        return 0
    return int(n) & 0xFFFFFFFF


def to_length(v) -> int:
    n = to_integer_or_infinity(v)
    if n <= 0:
        return 0
    return int(min(n, 2**53 - 1))


def relative_index(v, length: int, default: int = 0) -> int:
    """Resolve a relative index argument (negative counts from the end), clamped to 0..length."""
    if v is UNDEFINED:
        return default
    n = to_integer_or_infinity(v)
    if n < 0:
        return int(max(length + n, 0))
    return int(min(n, length))


def typeof(v) -> str:
    t = type(v)
    if t is float:
        return "number"
    if t is str:
        return "string"
    if t is bool:
        return "boolean"
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "object"
    if t is JSSymbol:
        return "symbol"
    if t is JSBigInt:
        return "bigint"
    if isinstance(v, JSFunction):
        return "function"
    return "object"


def is_callable(v) -> bool:
    return isinstance(v, JSFunction)


def strict_equals(a, b) -> bool:
    ta = type(a)
    if ta is float:
        return type(b) is float and a == b
    if ta is str or ta is bool:
        return type(b) is ta and a == b
    if ta is JSBigInt:
        return type(b) is JSBigInt and a.value == b.value
    return a is b


def same_value_zero(a, b) -> bool:
    if type(a) is float and type(b) is float and a != a and b != b:
        return True
    return strict_equals(a, b)


def same_value(a, b) -> bool:
    if type(a) is float and type(b) is float:
        if a != a and b != b:
            return True
        if a == 0 and b == 0:
            return math.copysign(1, a) == math.copysign(1, b)
    return strict_equals(a, b)


def loose_equals(a, b) -> bool:
    ta, tb = type(a), type(b)
    if ta is tb and not isinstance(a, JSObject):
        return strict_equals(a, b)
    a_nullish = a is UNDEFINED or a is NULL
    b_nullish = b is UNDEFINED or b is NULL
    if a_nullish or b_nullish:
        return a_nullish and b_nullish
    a_obj = isinstance(a, JSObject)
    b_obj = isinstance(b, JSObject)
    if a_obj and b_obj:
        return a is b
    if ta is float and tb is str:
        return a == string_to_number(b)
    if ta is str and tb is float:
        return string_to_number(a) == b
    if ta is JSBigInt and tb is str:   # the string is read as a BigInt literal (StringToBigInt)
        return string_to_bigint(b) == a.value
    if ta is str and tb is JSBigInt:
        return loose_equals(b, a)
    if ta is bool:
        return loose_equals(1.0 if a else 0.0, b)
    if tb is bool:
        return loose_equals(a, 1.0 if b else 0.0)
    if a_obj and tb in (float, str, JSBigInt, JSSymbol):
        return loose_equals(to_primitive(a), b)
    if b_obj and ta in (float, str, JSBigInt, JSSymbol):
        return loose_equals(a, to_primitive(b))
    if ta is JSBigInt and tb is float:
        return b == b and b not in (math.inf, -math.inf) and a.value == b
    if ta is float and tb is JSBigInt:
        return a == a and a not in (math.inf, -math.inf) and b.value == a
    return False


# ------------------------------------------------------------------ BigInt literals in strings

_DEC_BIGINT = re.compile(r"[+-]?[0-9]+\Z")


_PREFIXED = {"x": (16, re.compile(r"[0-9a-fA-F]+\Z")), "o": (8, re.compile(r"[0-7]+\Z")),
             "b": (2, re.compile(r"[01]+\Z"))}


def string_to_bigint(s: str):
    """StringToBigInt: a Python int, or None when the string is not a BigInt literal."""
    s = js_trim(s)
    if not s:
        return 0
    if len(s) > 2 and s[0] == "0" and s[1] in "xXoObB":
        base, pat = _PREFIXED[s[1].lower()]
        if pat.match(s, 2):
            return int(s[2:], base)
        return None
    if _DEC_BIGINT.match(s):
        return int(s)
    return None


# ------------------------------------------------------------------ naming a value without running code

def format_number(v: float) -> str:
    """Number formatting as inspect does it (``-0`` shows as ``-0``)."""
    if v == 0:
        return "-0" if math.copysign(1.0, v) < 0 else "0"
    if v.is_integer() and -9007199254740992.0 <= v <= 9007199254740992.0:
        return str(int(v))
    return number_to_string(v)


def symbol_string(sym: JSSymbol) -> str:
    d = sym.description
    if d is UNDEFINED:
        return "Symbol()"
    return f"Symbol({d})"


def data_lookup(obj, key):
    """A data property found along the prototype chain, without running getters (MISSING if none)."""
    o = obj
    n = 0
    while o is not None and n < 10000:
        v = o.get_own(key) if o.exotic else o.props.get(key, MISSING)
        if v is not MISSING:
            if type(v) is Accessor:
                return MISSING
            return v
        o = o.proto
        n += 1
    return MISSING


def get_quietly(obj, key):
    """[[Get]] that swallows exceptions (for the few properties Node reads with a getter)."""
    try:
        return obj.get(key)
    except JSThrow:
        return UNDEFINED
    except RecursionError:
        return UNDEFINED


def name_of(fn) -> str:
    v = data_lookup(fn, "name")
    return v if type(v) is str else ""


CLASS_NAMES = {
    "Object": "Object", "Array": "Array", "Arguments": "Object", "Function": "Function",
    "Error": "Error", "Boolean": "Boolean", "Number": "Number", "String": "String",
    "Symbol": "Symbol", "BigInt": "BigInt", "Date": "Date", "RegExp": "RegExp", "Map": "Map",
    "Set": "Set", "WeakMap": "WeakMap", "WeakSet": "WeakSet", "Promise": "Promise",
    "Generator": "Object", "global": "Object",
}


def builtin_tag(obj) -> str:
    """The tag Object.prototype.toString gives an object without Symbol.toStringTag."""
    return "Arguments" if obj.cls == "Arguments" else CLASS_NAMES.get(obj.cls, "Object")


def internal_constructor_name(obj) -> str:
    """An approximation of V8's GetConstructorName for objects whose chain names no constructor."""
    return CLASS_NAMES.get(obj.cls, "Object")


def primitive_string(v) -> str | None:
    """String(v) for a primitive (a symbol as Symbol(description)); None for anything else."""
    t = type(v)
    if t is str:
        return v
    if isinstance(v, str):
        return str(v)
    if t is float:
        return "0" if v == 0 else format_number(v)
    if t is bool:
        return "true" if v else "false"
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "null"
    if t is JSBigInt:
        return str(v.value)
    if t is JSSymbol:
        return symbol_string(v)
    return None


def display_string(v) -> str:
    """String(v) for display, never raising for plain data."""
    s = primitive_string(v)
    if s is not None:
        return s
    return to_string(v)


def error_to_string(err, *, run_js: bool = True) -> str:
    """``Name: message`` as Error.prototype.toString joins them (no name: "Error").

    ``run_js=False`` runs no JavaScript (V8's NoSideEffectsToString, for reports made after the
    program ended): data properties only, and a name or message that is an object or a symbol
    counts as empty.
    """
    if run_js:
        name, msg, text = get_quietly(err, "name"), get_quietly(err, "message"), safe_string
    else:
        name, msg, text = data_property(err, "name"), data_property(err, "message"), _inert_str
    name = "Error" if name is UNDEFINED else text(name)
    msg = "" if msg is UNDEFINED else text(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def _inert_str(v) -> str:
    if type(v) is str:
        return v
    return "" if isinstance(v, (JSObject, JSSymbol)) else to_string(v)


def data_property(obj, key):
    """A property's value along the prototype chain without running getters (V8's GetDataProperty)."""
    v = data_lookup(obj, key)
    return UNDEFINED if v is MISSING else v


def no_side_effects_to_string(realm, value, symbol=None) -> str:
    """V8's Object::NoSideEffectsToString: how Node names a rejection reason (no JavaScript runs)."""
    t = type(value)
    if t is str:
        return value
    if t is float:
        return number_to_string(value)
    if t is bool:
        return "true" if value else "false"
    if value is UNDEFINED or value is NULL:
        return repr(value)
    if t is JSBigInt:
        return str(value.value)
    if t is JSSymbol:
        if symbol is not None:
            return symbol
        d = value.description
        return f"Symbol({'' if d is UNDEFINED else d})"
    if not isinstance(value, JSObject):
        return ""
    if isinstance(value, JSFunction):
        try:
            return value.source_text()
        except Exception:  # noqa: BLE001
            return "function () { [native code] }"
    to_str = data_property(value, "toString")
    err_proto = realm.error_prototypes.get("Error")
    if value.cls == "Error" or (err_proto is not None and to_str is err_proto.props.get("toString")):
        return error_to_string(value, run_js=False)
    if to_str is realm.intrinsics.get("%ObjProto_toString%"):
        ctor = data_property(value, "constructor")
        if isinstance(ctor, JSFunction):
            name = ctor.props.get("name")
            if type(name) is str and name:
                return f"#<{name}>"
    tag = data_property(value, SYM_TO_STRING_TAG)
    if type(tag) is not str:
        tag = builtin_tag(value)
    return f"[object {tag}]"


def safe_string(v) -> str:
    try:
        return display_string(v)
    except JSThrow:
        return ""


def describe(value, realm=None) -> str:
    """How V8 names a value in messages like "X is not a function" (NoSideEffectsToString)."""
    s = primitive_string(value)
    if s is not None:
        return s
    if not isinstance(value, JSObject):
        return str(value)
    if isinstance(value, JSFunction):
        if value.func_kind == "bound":
            return "function () { [native code] }"
        try:
            s = value.source_text()
        except Exception:  # noqa: BLE001
            s = f"function {name_of(value)}() {{ [native code] }}"
        if len(s) > 128:
            s = s[:111] + "...<omitted>..." + s[-2:]
        return s
    realm = realm or find_realm(value)
    to_string = data_lookup(value, "toString")
    err_ts = None
    obj_ts = None
    if realm is not None:
        ep = getattr(realm, "error_prototypes", {}).get("Error")
        if ep is not None:
            err_ts = ep.props.get("toString")
        op = getattr(realm, "object_prototype", None)
        if op is not None:
            obj_ts = op.props.get("toString")
    if value.cls == "Error" or (err_ts is not None and to_string is err_ts):
        name = data_lookup(value, "name")
        name = name if type(name) is str else "Error"
        msg = data_lookup(value, "message")
        msg = msg if type(msg) is str else ""
        if not name:
            return msg
        if not msg:
            return name
        return f"{name}: {msg}"
    if to_string is not MISSING and (to_string is obj_ts or (obj_ts is None and realm is None)):
        ctor = data_lookup(value, "constructor")
        if isinstance(ctor, JSFunction):
            name = name_of(ctor)
            if name:
                return f"#<{name}>"
    tag = data_lookup(value, SYM_TO_STRING_TAG)
    if type(tag) is not str:
        tag = builtin_tag(value)
    return f"[object {tag}]"


def find_realm(value):
    o = value
    n = 0
    while o is not None and n < 100:
        r = getattr(o, "realm", None) if isinstance(o, JSFunction) else None
        if r is not None:
            return r
        c = o.props.get("constructor") if not o.exotic else o.get_own("constructor")
        if isinstance(c, JSFunction):
            r = getattr(c, "realm", None)
            if r is not None:
                return r
        o = o.proto
        n += 1
    return None
