"""``Math``.

Math.random is a deterministic xorshift128+ generator with a fixed seed (runs
must be reproducible); the conversion to a double is V8's.  ``js_pow`` is the
Number::exponentiate operation (``**`` and ``Math.pow``) with JavaScript's
special cases.
"""

from __future__ import annotations

import math
import struct

from ..values import to_number, to_uint32
from .object import arg

INF = math.inf
NAN = math.nan
MASK64 = (1 << 64) - 1
RANDOM_SEED = (0x2545F4914F6CDD1D, 0x9E3779B97F4A7C15)


class libm:
    """The elementary functions with JavaScript's results at the edges (NaN / ±Infinity / -0)."""

    @staticmethod
    def _log_like(f, x, lo=0.0):
        if x != x or x < lo:
            return NAN
        if x == lo:
            return -INF
        if x == INF:
            return INF
        return f(x)

    @staticmethod
    def log(x):
        return libm._log_like(math.log, x)

    @staticmethod
    def log2(x):
        return libm._log_like(math.log2, x)

    @staticmethod
    def log10(x):
        return libm._log_like(math.log10, x)

    @staticmethod
    def log1p(x):
        if x == 0:
            return x
        return libm._log_like(math.log1p, x, -1.0)

    @staticmethod
    def exp(x):
        if x != x:
            return NAN
        try:
            return math.exp(x)
        except OverflowError:
            return INF

    @staticmethod
    def expm1(x):
        if x != x:
            return NAN
        try:
            return math.expm1(x)
        except OverflowError:
            return INF

    @staticmethod
    def _trig(f, x):
        if x != x or x in (INF, -INF):
            return NAN
        return f(x)

    @staticmethod
    def sin(x):
        return libm._trig(math.sin, x)

    @staticmethod
    def cos(x):
        return libm._trig(math.cos, x)

    @staticmethod
    def tan(x):
        return libm._trig(math.tan, x)

    @staticmethod
    def asin(x):
        return math.asin(x) if -1 <= x <= 1 else NAN

    @staticmethod
    def acos(x):
        return math.acos(x) if -1 <= x <= 1 else NAN

    @staticmethod
    def atan(x):
        return math.atan(x)

    @staticmethod
    def atan2(y, x):
        return math.atan2(y, x)

    @staticmethod
    def sinh(x):
        try:
            return math.sinh(x)
        except OverflowError:
            return INF if x > 0 else -INF

    @staticmethod
    def cosh(x):
        try:
            return math.cosh(x)
        except OverflowError:
            return INF

    @staticmethod
    def tanh(x):
        return math.tanh(x)

    @staticmethod
    def asinh(x):
        return math.asinh(x)

    @staticmethod
    def acosh(x):
        if x != x or x < 1:
            return NAN
        return math.acosh(x)

    @staticmethod
    def atanh(x):
        if x != x or x < -1 or x > 1:
            return NAN
        if x in (1.0, -1.0):
            return math.copysign(INF, x)
        return math.atanh(x)

    @staticmethod
    def cbrt(x):
        return math.cbrt(x) if hasattr(math, "cbrt") else (
            x if x != x or x in (INF, -INF) or x == 0 else math.copysign(abs(x) ** (1 / 3), x))

    @staticmethod
    def pow(x, y):
        if x == 0:
            odd = y == int(y) and int(y) % 2 == 1 if abs(y) < 2**53 else False
            neg = math.copysign(1.0, x) < 0
            if y > 0:
                return -0.0 if neg and odd else 0.0
            return -INF if neg and odd else INF
        try:
            r = math.pow(x, y)
        except ValueError:
            return NAN
        except OverflowError:
            if x < 0 and y == int(y) and int(y) % 2 == 1:
                return -INF
            return INF
        except ZeroDivisionError:  # pragma: no cover - math.pow(0, -y) raises ValueError
            return INF
        return r


def js_pow(base: float, exponent: float) -> float:
    """Number::exponentiate."""
    if exponent != exponent:
        return NAN
    if exponent == 0:
        return 1.0
    if base != base:
        return NAN
    ab = abs(base)
    if exponent in (INF, -INF):
        if ab == 1:
            return NAN
        if (ab > 1) == (exponent > 0):
            return INF
        return 0.0
    return libm.pow(base, exponent)


def js_round(x: float) -> float:
    if x != x or x in (INF, -INF) or x == 0:
        return x
    if -0.5 <= x < 0:
        return -0.0
    f = math.floor(x)
    r = float(f + 1) if x - f >= 0.5 else float(f)
    return r


def js_floor(x: float) -> float:
    if x != x or x in (INF, -INF) or x == int(x):
        return x
    return float(math.floor(x))


def js_ceil(x: float) -> float:
    if x != x or x in (INF, -INF) or x == int(x):
        return x
    r = float(math.ceil(x))
    return -0.0 if r == 0 else r


def js_trunc(x: float) -> float:
    if x != x or x in (INF, -INF) or x == int(x):
        return x
    r = float(math.trunc(x))
    return math.copysign(0.0, x) if r == 0 else r


def js_sign(x: float) -> float:
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def js_max(values) -> float:
    result = -INF
    for v in values:
        if v != v:
            result = NAN
        elif result == result:
            if v > result or (v == 0 and result == 0 and math.copysign(1, result) < 0):
                result = v
    return result


def js_min(values) -> float:
    result = INF
    for v in values:
        if v != v:
            result = NAN
        elif result == result:
            if v < result or (v == 0 and result == 0 and math.copysign(1, v) < 0):
                result = v
    return result


def js_hypot(values) -> float:
    """V8's Math.hypot: scaled, Kahan-compensated sum of squares."""
    absolute = []
    max_v = 0.0
    one_nan = False
    for v in values:
        a = abs(v)
        if a != a:
            one_nan = True
        elif a > max_v:
            max_v = a
        absolute.append(a)
    if max_v == INF:
        return INF
    if one_nan:
        return NAN
    if max_v == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for a in absolute:
        n = a / max_v
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * max_v


def js_fround(x: float) -> float:
    if x != x:
        return NAN
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        # beyond float32 range: round-to-nearest gives infinity (or the max float near the edge)
        return INF if x > 0 else -INF


def js_clz32(x) -> float:
    n = to_uint32(x)
    return float(32 - n.bit_length())


def js_imul(a, b) -> float:
    r = (to_uint32(a) * to_uint32(b)) & 0xFFFFFFFF
    return float(r - 0x100000000 if r & 0x80000000 else r)


class XorShift128Plus:
    """V8's Math.random generator (xorshift128+), deterministically seeded."""

    __slots__ = ("s0", "s1")

    def __init__(self, seed=RANDOM_SEED):
        self.s0, self.s1 = seed

    def next_double(self) -> float:
        s1 = self.s0
        s0 = self.s1
        self.s0 = s0
        s1 ^= (s1 << 23) & MASK64
        s1 ^= s1 >> 17
        s1 ^= s0
        s1 ^= s0 >> 26
        self.s1 = s1
        bits = (self.s0 >> 12) | 0x3FF0000000000000
        return struct.unpack("<d", struct.pack("<Q", bits))[0] - 1.0


def install(realm) -> None:
    M = realm.new_object()
    realm.intrinsics["Math"] = M
    rng = XorShift128Plus()
    realm.intrinsics["%MathRandom%"] = rng  # type: ignore[assignment]

    def one(name, f):
        realm.method(M, name, lambda this, args: f(to_number(arg(args, 0))), 1)

    one("abs", abs)
    one("acos", libm.acos)
    one("acosh", libm.acosh)
    one("asin", libm.asin)
    one("asinh", libm.asinh)
    one("atan", libm.atan)
    one("atanh", libm.atanh)
    realm.method(M, "atan2", lambda this, args: libm.atan2(to_number(arg(args, 0)), to_number(arg(args, 1))), 2)
    one("ceil", js_ceil)
    one("cbrt", libm.cbrt)
    one("expm1", libm.expm1)
    realm.method(M, "clz32", lambda this, args: js_clz32(arg(args, 0)), 1)
    one("cos", libm.cos)
    one("cosh", libm.cosh)
    one("exp", libm.exp)
    one("floor", js_floor)
    one("fround", js_fround)
    realm.method(M, "hypot", lambda this, args: js_hypot([to_number(a) for a in args]), 2)
    realm.method(M, "imul", lambda this, args: js_imul(arg(args, 0), arg(args, 1)), 2)
    one("log", libm.log)
    one("log1p", libm.log1p)
    one("log2", libm.log2)
    one("log10", libm.log10)
    realm.method(M, "max", lambda this, args: js_max([to_number(a) for a in args]), 2)
    realm.method(M, "min", lambda this, args: js_min([to_number(a) for a in args]), 2)
    realm.method(M, "pow", lambda this, args: js_pow(to_number(arg(args, 0)), to_number(arg(args, 1))), 2)
    realm.method(M, "random", lambda this, args: rng.next_double(), 0)
    one("round", js_round)
    one("sign", js_sign)
    one("sin", libm.sin)
    one("sinh", libm.sinh)
    one("sqrt", lambda x: math.sqrt(x) if x >= 0 or x != x else (x if x == 0 else NAN))
    one("tan", libm.tan)
    one("tanh", libm.tanh)
    one("trunc", js_trunc)
    for name, v in (("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)),
                    ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634), ("PI", math.pi),
                    ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2))):
        realm.value(M, name, v, 0)
    realm.to_string_tag(M, "Math")
    realm.define_global("Math", M)
