"""``Number``: constructor, constants, predicates and the formatting methods.

toFixed / toExponential / toPrecision work on the exact decimal value of the
double (``decimal.Decimal(float)``) and round half up, as V8 does;
toLocaleString follows ICU: the shortest round-trip digits, rounded half away
from zero ("halfExpand"), with en-US grouping by default.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

from ..conversions import number_to_string, to_boolean, to_integer_or_infinity, to_numeric, to_string
from ..values import NULL, UNDEFINED, JSBigInt, JSError, JSObject, int_to_number, to_number, type_error
from .globals import parse_functions
from .object import arg
from .string import check_locales, requested_locale

_CTX = Context(prec=1200, rounding=ROUND_HALF_UP)


def range_error(msg: str) -> JSError:
    return JSError("RangeError", msg)


def this_number_value(this, method: str) -> float:
    if type(this) is float:
        return this
    if isinstance(this, JSObject) and this.cls == "Number" and type(this.internal) is float:
        return this.internal
    raise type_error(f"{method} requires that 'this' be a Number")


# ------------------------------------------------------------ formatting


def to_fixed(x: float, f: int) -> str:
    if x != x:
        return "NaN"
    if abs(x) >= 1e21:
        return number_to_string(x)
    sign = "-" if x < 0 else ""
    q = Decimal(abs(x)).quantize(Decimal(1).scaleb(-f), context=_CTX)
    return sign + format(q, "f")


def _round_significant(x: float, p: int):
    """(digits, exponent): |x| rounded half-up to p significant digits; x != 0."""
    d = Decimal(abs(x))
    e = d.adjusted()
    q = d.scaleb(-e, context=_CTX).quantize(Decimal(1).scaleb(-(p - 1)), context=_CTX)
    if q >= 10:
        e += 1
        q = d.scaleb(-e, context=_CTX).quantize(Decimal(1).scaleb(-(p - 1)), context=_CTX)
    digits = format(q, "f").replace(".", "")
    return digits[:p], e


def _shortest_digits(x: float):
    """(digits, exponent) of the shortest round-trip representation of |x| (x != 0)."""
    t = Decimal(repr(abs(x))).normalize().as_tuple()
    digits = "".join(map(str, t.digits))
    return digits, len(digits) - 1 + t.exponent


def _exp_suffix(e: int) -> str:
    return f"e+{e}" if e >= 0 else f"e-{-e}"


def to_exponential(x: float, f) -> str:
    sign = "-" if x < 0 else ""
    if x == 0:
        digits, e = "0" * ((f or 0) + 1), 0
    elif f is None:
        digits, e = _shortest_digits(x)
    else:
        digits, e = _round_significant(x, f + 1)
    m = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return sign + m + _exp_suffix(e)


def to_precision(x: float, p: int) -> str:
    sign = "-" if x < 0 else ""
    if x == 0:
        return "0" if p == 1 else "0." + "0" * (p - 1)
    digits, e = _round_significant(x, p)
    if e < -6 or e >= p:
        m = digits[0] + ("." + digits[1:] if p > 1 else "")
        return sign + m + _exp_suffix(e)
    if e == p - 1:
        return sign + digits
    if e >= 0:
        return sign + digits[:e + 1] + "." + digits[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + digits


# -- toLocaleString (the common subset of Intl.NumberFormat)

_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "CN¥",
                     "CAD": "CA$", "AUD": "A$", "KRW": "₩", "BRL": "R$", "MXN": "MX$"}
_CURRENCY_DIGITS = {"JPY": 0, "KRW": 0}


def _locale_separators(locale: str):
    lang = locale.split("-")[0].lower() if locale else "en"
    if locale.lower() in ("de-ch",):
        return "’", "."
    if lang in ("de", "es", "it", "nl", "pt", "id", "tr", "da"):
        return ".", ","
    if lang in ("fr",):
        return "\u202f", ","
    if lang in ("ru", "sv", "pl", "cs", "fi", "nb", "uk"):
        return "\u00a0", ","
    return ",", "."


def _group(int_part: str, sep: str, indian: bool) -> str:
    if len(int_part) <= 3:
        return int_part
    if indian:
        head, tail = int_part[:-3], int_part[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return sep.join(groups + [tail])
    groups = []
    while len(int_part) > 3:
        groups.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    groups.insert(0, int_part)
    return sep.join(groups)


def _finite(x: float) -> bool:
    return x == x and x not in (math.inf, -math.inf)


def _min_two_grouping(locale: str) -> bool:
    """Locales whose 4-digit numbers are not grouped (ICU minimumGroupingDigits 2)."""
    return locale.split("-")[0].lower() in ("es", "pl", "pt") and locale.lower() != "pt-br"


_COMPACT = ((0, "", ""), (3, "K", " thousand"), (6, "M", " million"), (9, "B", " billion"),
            (12, "T", " trillion"))


def _compact(x: float, long_form: bool, dec_sep: str) -> str:
    """notation: "compact" (en): 2 significant digits below 100 of the unit, else whole units."""
    sign = "-" if x < 0 else ""
    d = Decimal(repr(abs(x)))
    if d == 0:
        return "0"
    group = min(max(d.adjusted() // 3, 0), 4)
    while True:
        scaled = d.scaleb(-3 * group)
        if scaled < 100:
            q = scaled.quantize(Decimal(1).scaleb(scaled.adjusted() - 1), context=_CTX)
        else:
            q = scaled.quantize(Decimal(1), context=_CTX)
        if q >= 1000 and group < 4:
            group += 1
            continue
        break
    text = format(q.normalize(), "f")
    ip, _, fp = text.partition(".")
    body = ip + (dec_sep + fp if fp else "")  # compact numbers are not grouped
    _, short, long_ = _COMPACT[group]
    return sign + body + (long_ if long_form else short)


def _opt(options, name):
    if not isinstance(options, JSObject):
        return UNDEFINED
    return options.get(name)


def _digit_opt(options, name, lo, hi, default):
    v = _opt(options, name)
    if v is UNDEFINED:
        return default
    n = to_number(v)
    if n != n or n < lo or n > hi:
        raise range_error(f"{name} value is out of range.")
    return int(math.floor(n))


def format_locale_number(x: float, locales=UNDEFINED, options=UNDEFINED) -> str:
    """Number.prototype.toLocaleString / Intl.NumberFormat#format for the common options."""
    locale = requested_locale(locales)
    style = _opt(options, "style")
    style = "decimal" if style is UNDEFINED else to_string(style)
    currency = _opt(options, "currency")
    if style == "currency" and currency is UNDEFINED:
        raise type_error("Currency code is required with currency style.")
    currency = None if currency is UNDEFINED else to_string(currency).upper()
    if style == "currency":
        min_fd_default = _CURRENCY_DIGITS.get(currency, 2)
        max_fd_default = min_fd_default
    elif style == "percent":
        min_fd_default, max_fd_default = 0, 0
    else:
        min_fd_default, max_fd_default = 0, 3
    min_id = _digit_opt(options, "minimumIntegerDigits", 1, 21, 1)
    min_fd = _digit_opt(options, "minimumFractionDigits", 0, 100, None)
    max_fd = _digit_opt(options, "maximumFractionDigits", 0, 100, None)
    min_sd = _digit_opt(options, "minimumSignificantDigits", 1, 21, None)
    max_sd = _digit_opt(options, "maximumSignificantDigits", 1, 21, None)
    if min_fd is None:
        min_fd = min(min_fd_default, max_fd) if max_fd is not None else min_fd_default
    if max_fd is None:
        max_fd = max(max_fd_default, min_fd)
    elif max_fd < min_fd:
        raise range_error("maximumFractionDigits value is out of range.")
    grouping = _opt(options, "useGrouping")
    use_grouping = True if grouping is UNDEFINED else to_boolean(grouping)
    group_sep, dec_sep = _locale_separators(locale)
    indian = locale.lower().endswith("-in")

    notation = _opt(options, "notation")
    if notation is not UNDEFINED and to_string(notation) == "compact" and style == "decimal" and _finite(x):
        long_form = to_string(_opt(options, "compactDisplay")) == "long"
        return _compact(x, long_form, dec_sep)
    negative = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
    if x != x:
        body = "NaN"
        negative = False
    elif x in (math.inf, -math.inf):
        body = "∞"
    else:
        d = Decimal(repr(abs(x)))
        if style == "percent":
            d = d * 100
        if max_sd is not None or min_sd is not None:
            max_sd = max_sd or 21
            min_sd = min_sd or 1
            if d == 0:
                q = Decimal(0)
            else:
                e = d.adjusted()
                q = d.quantize(Decimal(1).scaleb(e - max_sd + 1), context=_CTX)
            text = format(q, "f")
            ip, _, fp = text.partition(".")
            fp = fp.rstrip("0")
            sig = len((ip + fp).lstrip("0"))
            if sig < min_sd:
                fp += "0" * (min_sd - sig)
        else:
            q = d.quantize(Decimal(1).scaleb(-max_fd), context=_CTX)
            text = format(q, "f")
            ip, _, fp = text.partition(".")
            fp = fp.rstrip("0")
            if len(fp) < min_fd:
                fp += "0" * (min_fd - len(fp))
        ip = ip.lstrip("0") or "0"
        if len(ip) < min_id:
            ip = "0" * (min_id - len(ip)) + ip
        if use_grouping and not (len(ip) == 4 and _min_two_grouping(locale)):
            ip = _group(ip, group_sep, indian)
        body = ip + (dec_sep + fp if fp else "")
    sign = "-" if negative else ""
    if style == "percent":
        if dec_sep == ",":
            return sign + body + "\u00a0%"
        return sign + body + "%"
    if style == "currency":
        sym = _CURRENCY_SYMBOLS.get(currency, currency + "\u00a0")
        if dec_sep == ",":
            return sign + body + "\u00a0" + sym.strip("\u00a0")
        return sign + sym + body
    return sign + body


# ------------------------------------------------------------ install


def install(realm) -> None:
    proto = JSObject(realm.object_prototype, "Number", 0.0)

    def number_value(args) -> float:
        if not args:
            return 0.0
        n = to_numeric(args[0])
        if type(n) is JSBigInt:
            return int_to_number(n.value)
        return n

    def call(this, args):
        return number_value(args)

    def construct(args, new_target):
        return JSObject(realm.proto_from(new_target, proto), "Number", number_value(args))

    ctor = realm.make_constructor("Number", 1, call, construct, proto)

    def is_finite(this, args):
        v = arg(args, 0)
        return type(v) is float and not (v != v or v in (math.inf, -math.inf))

    def is_integer(this, args):
        v = arg(args, 0)
        return type(v) is float and v == v and v not in (math.inf, -math.inf) and v == math.trunc(v)

    def is_nan(this, args):
        v = arg(args, 0)
        return type(v) is float and v != v

    def is_safe_integer(this, args):
        return is_integer(this, args) and abs(args[0]) <= 9007199254740991.0

    m = realm.method
    m(ctor, "isFinite", is_finite, 1)
    m(ctor, "isInteger", is_integer, 1)
    m(ctor, "isNaN", is_nan, 1)
    m(ctor, "isSafeInteger", is_safe_integer, 1)
    pi, pf = parse_functions(realm)
    realm.value(ctor, "parseFloat", pf)
    realm.value(ctor, "parseInt", pi)
    for name, v in (("MAX_VALUE", 1.7976931348623157e308), ("MIN_VALUE", 5e-324), ("NaN", math.nan),
                    ("NEGATIVE_INFINITY", -math.inf), ("POSITIVE_INFINITY", math.inf),
                    ("MAX_SAFE_INTEGER", 9007199254740991.0), ("MIN_SAFE_INTEGER", -9007199254740991.0),
                    ("EPSILON", 2.220446049250313e-16)):
        realm.value(ctor, name, v, 0)

    def to_exponential_(this, args):
        x = this_number_value(this, "Number.prototype.toExponential")
        fd = arg(args, 0)
        f = to_integer_or_infinity(fd)
        if x != x or x in (math.inf, -math.inf):
            return number_to_string(x)
        if f < 0 or f > 100:
            raise range_error("toExponential() argument must be between 0 and 100")
        return to_exponential(x, None if fd is UNDEFINED else int(f))

    def to_fixed_(this, args):
        x = this_number_value(this, "Number.prototype.toFixed")
        f = to_integer_or_infinity(arg(args, 0))
        if f < 0 or f > 100:
            raise range_error("toFixed() digits argument must be between 0 and 100")
        return to_fixed(x, int(f))

    def to_precision_(this, args):
        x = this_number_value(this, "Number.prototype.toPrecision")
        pv = arg(args, 0)
        if pv is UNDEFINED:
            return number_to_string(x)
        p = to_integer_or_infinity(pv)
        if x != x or x in (math.inf, -math.inf):
            return number_to_string(x)
        if p < 1 or p > 100:
            raise range_error("toPrecision() argument must be between 1 and 100")
        return to_precision(x, int(p))

    def to_string_(this, args):
        x = this_number_value(this, "Number.prototype.toString")
        r = arg(args, 0)
        radix = 10.0 if r is UNDEFINED else to_integer_or_infinity(r)
        if radix < 2 or radix > 36:
            raise range_error("toString() radix argument must be between 2 and 36")
        return number_to_string(x, int(radix))

    def value_of(this, args):
        return this_number_value(this, "Number.prototype.valueOf")

    def to_locale_string(this, args):
        x = this_number_value(this, "Number.prototype.toLocaleString")
        check_locales(realm, arg(args, 0))   # V8's errors for a malformed locale list
        if arg(args, 1) is NULL:   # options: ToObject(null), in V8's words
            raise type_error("Number.prototype.toLocaleString called on null or undefined")
        return format_locale_number(x, arg(args, 0), arg(args, 1))

    m(proto, "toExponential", to_exponential_, 1)
    m(proto, "toFixed", to_fixed_, 1)
    m(proto, "toPrecision", to_precision_, 1)
    m(proto, "toString", to_string_, 1)
    m(proto, "valueOf", value_of, 0)
    m(proto, "toLocaleString", to_locale_string, 0)
    realm.define_global("Number", ctor)
