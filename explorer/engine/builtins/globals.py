"""Global functions and values: parseInt, parseFloat, isNaN, isFinite, the URI
functions, escape/unescape, and the NaN / Infinity / undefined bindings."""

from __future__ import annotations

import math
import re

from ..conversions import to_int32, to_string
from ..values import UNDEFINED, JSError, int_to_number, to_number
from .object import arg

# StrWhiteSpaceChar: WhiteSpace and LineTerminator
_WS = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
      "\u2028\u2029\u202f\u205f\u3000\ufeff"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def parse_int(string, radix) -> float:
    s = to_string(string).lstrip(_WS)
    sign = 1.0
    if s[:1] in ("-", "+"):
        if s[0] == "-":
            sign = -1.0
        s = s[1:]
    r = to_int32(radix)
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    valid = _DIGITS[:r]
    end = 0
    n = len(s)
    while end < n and s[end].lower() in valid and s[end].isascii():
        end += 1
    if end == 0:
        return math.nan
    digits = s[:end]
    if r == 10:
        return sign * float(digits)  # correctly rounded, as V8's strtod
    if r & (r - 1) == 0:
        return sign * int_to_number(int(digits, r))  # powers of two: exact, then rounded once
    return sign * _generic_radix(digits, r)


def _generic_radix(digits: str, radix: int) -> float:
    """V8's NumberParseIntHelper::HandleGenericCase: 32-bit chunks accumulated in a double.

    (The specification allows an approximation for radices other than 2, 4, 8, 10, 16, 32,
    and V8's rounding differs from exact conversion for big values, so it is reproduced.)
    """
    max_multiplier = 0xFFFFFFFF // 36
    result = 0.0
    i = 0
    n = len(digits)
    while i < n:
        part = 0
        multiplier = 1
        while i < n:
            m = multiplier * radix
            if m > max_multiplier:
                break
            part = part * radix + int(digits[i], 36)
            multiplier = m
            i += 1
        result = result * multiplier + part
    return result


def parse_float(string) -> float:
    s = to_string(string).lstrip(_WS)
    m = _FLOAT_PREFIX.match(s)
    if not m:
        return math.nan
    text = m.group(0)
    if text.endswith("Infinity"):
        return -math.inf if text[0] == "-" else math.inf
    return float(text)


# ------------------------------------------------------------ URI

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
URI_UNRESERVED = frozenset(_ALNUM + "-_.!~*'()")
URI_RESERVED = frozenset(";/?:@&=+$,")
_ENCODE_URI_KEEP = URI_UNRESERVED | URI_RESERVED | {"#"}
_DECODE_URI_KEEP = frozenset(";/?:@&=+$,#")


def uri_error() -> JSError:
    return JSError("URIError", "URI malformed")


def encode(s: str, keep) -> str:
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in keep:
            out.append(c)
            i += 1
            continue
        cp = ord(c)
        if 0xDC00 <= cp <= 0xDFFF:
            raise uri_error()
        if 0xD800 <= cp <= 0xDBFF:
            if i + 1 >= n or not 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                raise uri_error()
            cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
            i += 1
        for b in chr(cp).encode("utf-8"):
            out.append(f"%{b:02X}")
        i += 1
    return "".join(out)


def decode(s: str, keep) -> str:
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        b = _hex_byte(s, i)
        i += 3
        if b < 0x80:
            ch = chr(b)
            out.append(s[start:i] if ch in keep else ch)
            continue
        if b & 0xE0 == 0xC0:
            count = 2
        elif b & 0xF0 == 0xE0:
            count = 3
        elif b & 0xF8 == 0xF0:
            count = 4
        else:
            raise uri_error()
        bs = [b]
        for _ in range(count - 1):
            if i >= n or s[i] != "%":
                raise uri_error()
            nb = _hex_byte(s, i)
            if nb & 0xC0 != 0x80:
                raise uri_error()
            bs.append(nb)
            i += 3
        try:
            out.append(bytes(bs).decode("utf-8"))
        except UnicodeDecodeError:
            raise uri_error() from None
    return "".join(out)


def _hex_byte(s: str, i: int) -> int:
    h = s[i + 1:i + 3]
    if len(h) != 2 or not all(c in "0123456789abcdefABCDEF" for c in h):
        raise uri_error()
    return int(h, 16)


_ESCAPE_KEEP = frozenset(_ALNUM + "@*_+-./")


def escape(s: str) -> str:
    out = []
    for c in s:
        cp = ord(c)
        if c in _ESCAPE_KEEP:
            out.append(c)
        elif cp < 256:
            out.append(f"%{cp:02X}")
        elif cp < 0x10000:
            out.append(f"%u{cp:04X}")
        else:
            cp -= 0x10000
            out.append(f"%u{0xD800 + (cp >> 10):04X}%u{0xDC00 + (cp & 0x3FF):04X}")
    return "".join(out)


_HEX = "0123456789abcdefABCDEF"


def unescape(s: str) -> str:
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "%":
            if i + 6 <= n and s[i + 1] == "u" and all(x in _HEX for x in s[i + 2:i + 6]):
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            if i + 3 <= n and all(x in _HEX for x in s[i + 1:i + 3]):
                out.append(chr(int(s[i + 1:i + 3], 16)))
                i += 3
                continue
        out.append(c)
        i += 1
    return "".join(out)


# ------------------------------------------------------------ install


def parse_functions(realm):
    """The shared ``parseInt`` / ``parseFloat`` function objects (Number.parseInt === parseInt)."""
    pi = realm.intrinsics.get("%parseInt%")
    if pi is None:
        pi = realm.intrinsics["%parseInt%"] = realm.native(
            lambda this, args: parse_int(arg(args, 0), arg(args, 1)), "parseInt", 2)
    pf = realm.intrinsics.get("%parseFloat%")
    if pf is None:
        pf = realm.intrinsics["%parseFloat%"] = realm.native(
            lambda this, args: parse_float(arg(args, 0)), "parseFloat", 1)
    return pi, pf


def install(realm) -> None:
    pi, pf = parse_functions(realm)
    realm.define_global("parseFloat", pf)
    realm.define_global("parseInt", pi)
    g = realm.global_object
    realm.value(g, "Infinity", math.inf, 0)
    realm.value(g, "NaN", math.nan, 0)
    realm.value(g, "undefined", UNDEFINED, 0)

    def is_nan(this, args):
        n = to_number(arg(args, 0))
        return n != n

    def is_finite(this, args):
        n = to_number(arg(args, 0))
        return not (n != n or n in (math.inf, -math.inf))

    def _fn(name, f):
        realm.define_global(name, realm.native(f, name, 1))

    _fn("decodeURI", lambda this, args: decode(to_string(arg(args, 0)), _DECODE_URI_KEEP))
    _fn("decodeURIComponent", lambda this, args: decode(to_string(arg(args, 0)), frozenset()))
    _fn("encodeURI", lambda this, args: encode(to_string(arg(args, 0)), _ENCODE_URI_KEEP))
    _fn("encodeURIComponent", lambda this, args: encode(to_string(arg(args, 0)), URI_UNRESERVED))
    _fn("escape", lambda this, args: escape(to_string(arg(args, 0))))
    _fn("unescape", lambda this, args: unescape(to_string(arg(args, 0))))
    _fn("isFinite", is_finite)
    _fn("isNaN", is_nan)
