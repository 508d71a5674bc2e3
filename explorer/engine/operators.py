"""The operators' runtime semantics (ES2024 13.15.3 ApplyStringOrNumericBinaryOperator, 7.2.13
IsLessThan, string concatenation within V8's length limit): what a compiled ``+`` or ``<`` calls."""

from __future__ import annotations

import math

from .builtins.math import js_pow  # V8's pow, bit for bit
from .conversions import loose_equals, strict_equals, string_to_bigint, to_int32, to_numeric, to_string, to_uint32
from .memory import reserve
from .values import MAX_BIGINT_BITS, JSBigInt, JSError, range_error, to_primitive, type_error


# ------------------------------------------------------------------ operators


def js_add(a, b):
    ta, tb = type(a), type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str and tb is str:
        if len(a) + len(b) >= BIG_STRING:
            return concat_big(a, b)
        return a + b
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str or type(b) is str:
        a = to_string(a)
        b = to_string(b)
        if len(a) + len(b) >= BIG_STRING:
            return concat_big(a, b)
        return a + b
    a = to_numeric(a)
    b = to_numeric(b)
    return _arith("+", a, b)


BIG_STRING = 1 << 20
MAX_STRING_LENGTH = (1 << 29) - 24  # V8's String::kMaxLength


def concat_big(*parts: str) -> str:
    """Join strings whose total is a million characters or more: V8's length limit, and the memory budget."""
    n = sum(len(p) for p in parts)
    if n > MAX_STRING_LENGTH:
        raise range_error("Invalid string length")
    reserve(n * max(_char_width(p) for p in parts))
    return "".join(parts)


def _char_width(s: str) -> int:
    """Bytes a character of ``s`` takes in CPython (1, 2 or 4)."""
    m = max(s, default="\0") if len(s) < 4096 else max(max(s[:4096]), max(s[-4096:]))
    return 1 if m <= "\xff" else 2 if m <= "\uffff" else 4


def _bigint_mix():
    return type_error("Cannot mix BigInt and other types, use explicit conversions")


def js_div(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def js_mod(a: float, b: float) -> float:
    if b == 0 or a != a or b != b or a in (math.inf, -math.inf):
        return math.nan
    if b in (math.inf, -math.inf):
        return a
    r = math.fmod(a, b)
    if r == 0:
        return math.copysign(0.0, a)
    return r


def _bigint_too_big() -> JSError:
    return JSError("RangeError", "Maximum BigInt size exceeded")


def _arith(op: str, a, b):
    if type(a) is JSBigInt or type(b) is JSBigInt:
        if type(a) is not JSBigInt or type(b) is not JSBigInt:
            raise _bigint_mix()
        x, y = a.value, b.value
        if op == "+":
            return JSBigInt(x + y)
        if op == "-":
            return JSBigInt(x - y)
        if op == "*":
            if x.bit_length() + y.bit_length() > MAX_BIGINT_BITS:
                raise _bigint_too_big()
            return JSBigInt(x * y)
        if op == "/":
            if y == 0:
                raise JSError("RangeError", "Division by zero")
            q = abs(x) // abs(y)
            return JSBigInt(q if (x >= 0) == (y >= 0) else -q)
        if op == "%":
            if y == 0:
                raise JSError("RangeError", "Division by zero")
            r = abs(x) % abs(y)
            return JSBigInt(r if x >= 0 else -r)
        if op == "**":
            if y < 0:
                raise JSError("RangeError", "undefined must be positive")    # V8's wording, as Node 20 prints it
            if abs(x) > 1 and (x.bit_length() - 1) * y >= MAX_BIGINT_BITS:    # at least that many bits + 1
                raise _bigint_too_big()
            return JSBigInt(x ** y)
        if op == "&":
            return JSBigInt(x & y)
        if op == "|":
            return JSBigInt(x | y)
        if op == "^":
            return JSBigInt(x ^ y)
        if op in ("<<", ">>"):
            shift = y if op == "<<" else -y          # a left shift by a negative count shifts right
            if shift > 0 and x and x.bit_length() + shift > MAX_BIGINT_BITS:
                raise _bigint_too_big()
            return JSBigInt(x << shift if shift >= 0 else x >> -shift)
        if op == ">>>":
            raise type_error("BigInts have no unsigned right shift, use >> instead")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return js_div(a, b)
    if op == "%":
        return js_mod(a, b)
    if op == "**":
        return js_pow(a, b)
    if op == "&":
        return float(to_int32(a) & to_int32(b))
    if op == "|":
        return float(to_int32(a) | to_int32(b))
    if op == "^":
        return float(to_int32(a) ^ to_int32(b))
    if op == "<<":
        return float(to_int32(to_int32(a) << (to_uint32(b) & 31)))
    if op == ">>":
        return float(to_int32(a) >> (to_uint32(b) & 31))
    if op == ">>>":
        return float(to_uint32(a) >> (to_uint32(b) & 31))
    raise AssertionError(op)


def arith(op: str):
    """A binary numeric operator with JavaScript's coercions and a float fast path."""
    if op == "-":
        def f(a, b):
            if type(a) is float and type(b) is float:
                return a - b
            return _arith("-", to_numeric(a), to_numeric(b))
    elif op == "*":
        def f(a, b):
            if type(a) is float and type(b) is float:
                return a * b
            return _arith("*", to_numeric(a), to_numeric(b))
    else:
        def f(a, b):
            return _arith(op, to_numeric(a), to_numeric(b))
    return f


def js_less(a, b, left_first=True):
    """IsLessThan: True, False or None (undefined: a NaN was involved)."""
    if type(a) is float and type(b) is float:
        if a != a or b != b:
            return None
        return a < b
    if left_first:
        a = to_primitive(a, "number")
        b = to_primitive(b, "number")
    else:
        b = to_primitive(b, "number")
        a = to_primitive(a, "number")
    if type(a) is str and type(b) is str:
        return a < b
    if type(a) is JSBigInt and type(b) is str:   # the string is read as a BigInt literal (StringToBigInt)
        n = string_to_bigint(b)
        if n is None:
            return None
        return a.value < n
    if type(a) is str and type(b) is JSBigInt:
        n = string_to_bigint(a)
        if n is None:
            return None
        return n < b.value
    a = to_numeric(a)
    b = to_numeric(b)
    if type(a) is JSBigInt or type(b) is JSBigInt:
        x = a.value if type(a) is JSBigInt else a
        y = b.value if type(b) is JSBigInt else b
        if x != x or y != y:
            return None
        return x < y
    if a != a or b != b:
        return None
    return a < b


def js_lt(a, b):
    if type(a) is float and type(b) is float:
        return a < b
    return js_less(a, b) is True


def js_gt(a, b):
    if type(a) is float and type(b) is float:
        return a > b
    return js_less(b, a, False) is True


def js_le(a, b):
    if type(a) is float and type(b) is float:
        return a <= b
    r = js_less(b, a, False)
    return r is False


def js_ge(a, b):
    if type(a) is float and type(b) is float:
        return a >= b
    r = js_less(a, b)
    return r is False


BINARY = {
    "+": js_add,
    "-": arith("-"),
    "*": arith("*"),
    "/": arith("/"),
    "%": arith("%"),
    "**": arith("**"),
    "&": arith("&"),
    "|": arith("|"),
    "^": arith("^"),
    "<<": arith("<<"),
    ">>": arith(">>"),
    ">>>": arith(">>>"),
    "<": js_lt,
    ">": js_gt,
    "<=": js_le,
    ">=": js_ge,
    "==": loose_equals,
    "!=": lambda a, b: not loose_equals(a, b),
    "===": strict_equals,
    "!==": lambda a, b: not strict_equals(a, b),
}
