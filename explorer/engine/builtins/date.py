"""``Date``.

Deterministic: local time IS UTC (time zone offset 0, "GMT+0000 (Coordinated
Universal Time)"), and "now" is the host's virtual clock ``realm.host.now()``.
``Date.parse`` follows V8's parser: the ISO format first, then V8's legacy
heuristics ("Jan 2, 2024 10:00 PM", "1/2/2024", toString()/toUTCString() output…).
The time value is ``obj.internal`` (float ms since the epoch, NaN when invalid).
"""

from __future__ import annotations

import math

from ..conversions import to_boolean, to_integer_or_infinity, to_string
from ..values import (
    CONFIGURABLE,
    NULL,
    SYM_TO_PRIMITIVE,
    UNDEFINED,
    JSFunction,
    JSObject,
    to_number,
    to_primitive,
    type_error,
)
from ..values import JSError
from .object import arg, display
from .string import requested_locale

NAN = math.nan
MS_PER_DAY = 86400000
MAX_TIME = 8.64e15
DAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
LONG_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")


# ------------------------------------------------------------ time arithmetic


def _finite(x: float) -> bool:
    return x == x and x not in (math.inf, -math.inf)


def days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of the proleptic Gregorian date (m: 1..12)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z: int):
    """(year, month 1..12, day) of a day number."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def make_time(h: float, m: float, s: float, ms: float) -> float:
    if not (_finite(h) and _finite(m) and _finite(s) and _finite(ms)):
        return NAN
    return ((float(math.trunc(h)) * 3600000.0 + float(math.trunc(m)) * 60000.0)
            + float(math.trunc(s)) * 1000.0) + float(math.trunc(ms))


def make_day(year: float, month: float, date: float) -> float:
    if not (_finite(year) and _finite(month) and _finite(date)):
        return NAN
    y, m, dt = math.trunc(year), math.trunc(month), math.trunc(date)
    ym = y + m // 12
    mn = m % 12
    if abs(ym) > 100_000_000:
        return NAN
    try:
        return float(days_from_civil(ym, mn + 1, 1)) + float(dt) - 1.0
    except OverflowError:
        return NAN


def make_date(day: float, time: float) -> float:
    if not (_finite(day) and _finite(time)):
        return NAN
    tv = day * MS_PER_DAY + time
    return tv if _finite(tv) else NAN


def time_clip(t: float) -> float:
    if not _finite(t) or abs(t) > MAX_TIME:
        return NAN
    return float(math.trunc(t)) + 0.0


class Fields:
    """The broken-down UTC fields of a (valid) time value."""

    __slots__ = ("year", "month", "day", "hour", "minute", "second", "ms", "weekday", "days", "in_day")

    def __init__(self, t: float):
        ti = int(t)
        days, in_day = divmod(ti, MS_PER_DAY)
        self.days = days
        self.in_day = in_day
        self.year, m, self.day = civil_from_days(days)
        self.month = m - 1
        self.hour, rest = divmod(in_day, 3600000)
        self.minute, rest = divmod(rest, 60000)
        self.second, self.ms = divmod(rest, 1000)
        self.weekday = (days + 4) % 7


# ------------------------------------------------------------ formatting


def _year4(y: int) -> str:
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def date_string(t: float) -> str:
    f = Fields(t)
    return f"{DAY_NAMES[f.weekday]} {MONTH_NAMES[f.month]} {f.day:02d} {_year4(f.year)}"


def time_string(t: float) -> str:
    f = Fields(t)
    return f"{f.hour:02d}:{f.minute:02d}:{f.second:02d} GMT+0000 (Coordinated Universal Time)"


def to_date_string(t: float) -> str:
    """Date.prototype.toString: "Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal Time)"."""
    if t != t:
        return "Invalid Date"
    return date_string(t) + " " + time_string(t)


def utc_string(t: float) -> str:
    if t != t:
        return "Invalid Date"
    f = Fields(t)
    return (f"{DAY_NAMES[f.weekday]}, {f.day:02d} {MONTH_NAMES[f.month]} {_year4(f.year)} "
            f"{f.hour:02d}:{f.minute:02d}:{f.second:02d} GMT")


def iso_string(t: float) -> str:
    f = Fields(t)
    if 0 <= f.year <= 9999:
        y = f"{f.year:04d}"
    else:
        y = ("-" if f.year < 0 else "+") + f"{abs(f.year):06d}"
    return (f"{y}-{f.month + 1:02d}-{f.day:02d}T{f.hour:02d}:{f.minute:02d}:{f.second:02d}."
            f"{f.ms:03d}Z")


# -- toLocale*String: the en-US patterns of Intl.DateTimeFormat for the common options

_DATE_FIELDS = ("weekday", "year", "month", "day")
_TIME_FIELDS = ("hour", "minute", "second")


def _opt(options, name):
    if not isinstance(options, JSObject):
        return None
    v = options.get(name)
    return None if v is UNDEFINED else v


_UTC_NAMES = frozenset(("utc", "gmt", "etc/utc", "etc/gmt", "etc/universal", "universal", "etc/zulu", "zulu",
                        "etc/uct", "uct", "etc/greenwich", "greenwich", "etc/gmt0", "gmt0", "etc/gmt+0",
                        "etc/gmt-0", "gmt+0", "gmt-0"))


def _zone_offset(name: str, t: float) -> float:
    """The offset (ms) of the IANA time zone ``name`` at time ``t``; a RangeError for an unknown one."""
    if name.lower() in _UTC_NAMES:
        return 0.0
    try:
        from datetime import datetime, timezone
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(name)
        return datetime.fromtimestamp(t / 1000, timezone.utc).astimezone(zone).utcoffset().total_seconds() * 1000
    except (ValueError, OSError, KeyError, ImportError, OverflowError):
        raise JSError("RangeError", f"Invalid time zone specified: {name}") from None


def locale_format(t: float, locales, options, required: str, defaults: str) -> str:
    """ToDateTimeOptions + FormatDateTime for en-US (and the numeric defaults of a few locales)."""
    if t != t:
        return "Invalid Date"
    locale = requested_locale(locales)
    opts = {}
    for name in _DATE_FIELDS + _TIME_FIELDS + ("hour12", "hourCycle", "timeZoneName", "dateStyle", "timeStyle"):
        v = _opt(options, name)
        if v is not None:
            opts[name] = v if name == "hour12" else to_string(v)
    date_style, time_style = opts.get("dateStyle"), opts.get("timeStyle")
    if required == "date" and time_style is not None:
        raise type_error("Invalid option : timeStyle")
    if required == "time" and date_style is not None:
        raise type_error("Invalid option : dateStyle")
    zone = _opt(options, "timeZone")
    f = Fields(t + _zone_offset(to_string(zone), t) if zone is not None else t)
    lang = locale.split("-")[0].lower()
    region = locale.lower()
    default_h12 = lang == "en" and region not in ("en-gb", "en-ie", "en-nz")
    hour12 = _opt(options, "hour12")
    if hour12 is not None:
        # Node 20's ICU turns hour12:false into h24 where the locale prefers 12-hour clocks
        cycle = "h12" if to_boolean(hour12) else ("h24" if default_h12 else "h23")
    elif "hourCycle" in opts:
        cycle = {"h11": "h12", "h12": "h12", "h23": "h23", "h24": "h24"}.get(opts["hourCycle"], "h12")
    else:
        cycle = "h12" if default_h12 else "h23"

    if date_style is not None or time_style is not None:
        date_part = _styled_date(f, date_style, locale) if date_style else ""
        time_part = _styled_time(f, time_style, cycle) if time_style else ""
        if date_part and time_part:
            return date_part + (" at " if date_style in ("full", "long") else ", ") + time_part
        return date_part or time_part

    has_date = any(k in opts for k in _DATE_FIELDS)
    has_time = any(k in opts for k in _TIME_FIELDS)
    need_defaults = True
    if required in ("date", "any") and has_date:
        need_defaults = False
    if required in ("time", "any") and has_time:
        need_defaults = False
    if need_defaults and defaults in ("date", "all"):
        for k in ("year", "month", "day"):
            opts[k] = "numeric"
    if need_defaults and defaults in ("time", "all"):
        for k in _TIME_FIELDS:
            opts[k] = "numeric"

    date_part = _pattern_date(f, opts, locale)
    time_part = _pattern_time(f, opts, cycle)
    if opts.get("timeZoneName"):
        tzn = "Coordinated Universal Time" if opts["timeZoneName"] == "long" else "UTC"
        if time_part:
            time_part += " " + tzn
        else:
            date_part = (date_part + ", " if date_part else "") + tzn
    if date_part and time_part:
        if opts.get("month") == "long":
            sep = " at "
        elif set(k for k in _DATE_FIELDS if k in opts) == {"weekday"}:
            sep = " "
        else:
            sep = ", "
        return date_part + sep + time_part
    return date_part or time_part


def _styled_date(f: Fields, style: str, locale: str) -> str:
    if style == "full":
        return f"{LONG_DAY_NAMES[f.weekday]}, {LONG_MONTH_NAMES[f.month]} {f.day}, {f.year}"
    if style == "long":
        return f"{LONG_MONTH_NAMES[f.month]} {f.day}, {f.year}"
    if style == "medium":
        return f"{MONTH_NAMES[f.month]} {f.day}, {f.year}"
    return f"{f.month + 1}/{f.day}/{f.year % 100:02d}"


def _styled_time(f: Fields, style: str, cycle: str) -> str:
    opts = {"hour": "numeric", "minute": "2-digit"}
    if style != "short":
        opts["second"] = "2-digit"
    s = _pattern_time(f, opts, cycle)
    if style == "full":
        return s + " Coordinated Universal Time"
    if style == "long":
        return s + " UTC"
    return s


def _pattern_date(f: Fields, o: dict, locale: str) -> str:
    wd, yr, mo, dy = o.get("weekday"), o.get("year"), o.get("month"), o.get("day")
    if not (wd or yr or mo or dy):
        return ""
    year = None
    if yr:
        year = f"{f.year % 100:02d}" if yr == "2-digit" else str(f.year)
    weekday = None
    if wd:
        weekday = {"long": LONG_DAY_NAMES, "narrow": None}.get(wd, DAY_NAMES)
        weekday = LONG_DAY_NAMES[f.weekday][0] if wd == "narrow" else weekday[f.weekday]
    day = None
    if dy:
        day = f"{f.day:02d}" if dy == "2-digit" else str(f.day)
    textual = mo in ("long", "short", "narrow")
    if mo and not textual:
        month = f"{f.month + 1:02d}" if mo == "2-digit" else str(f.month + 1)
        lang = locale.split("-")[0].lower()
        region = locale.lower()
        if region in ("en-gb", "en-ie", "en-nz", "en-au", "en-in") or lang in ("fr", "es", "it", "pt"):
            if dy and mo == "numeric" and yr == "numeric":
                day, month = f"{f.day:02d}", f"{f.month + 1:02d}"
            parts = [p for p in (day, month, year) if p]
            core = "/".join(parts)
        elif lang == "de":
            parts = [p for p in (day, month, year) if p]
            core = ".".join(parts)
        else:
            parts = [p for p in (month, day, year) if p]
            core = "/".join(parts)
        return f"{weekday}, {core}" if weekday else core
    if textual:
        month = {"long": LONG_MONTH_NAMES[f.month], "short": MONTH_NAMES[f.month],
                 "narrow": LONG_MONTH_NAMES[f.month][0]}[mo]
        if day and year:
            core = f"{month} {day}, {year}"
        elif day:
            core = f"{month} {day}"
        elif year:
            core = f"{month} {year}"
        else:
            core = month
        return f"{weekday}, {core}" if weekday else core
    # no month
    parts = [p for p in (day, year) if p]
    core = " ".join(parts)
    if weekday:
        return f"{weekday}, {core}" if core else weekday
    return core


def _pattern_time(f: Fields, o: dict, cycle: str) -> str:
    hr, mi, se = o.get("hour"), o.get("minute"), o.get("second")
    if not (hr or mi or se):
        return ""
    parts = []
    suffix = ""
    if hr:
        if cycle == "h12":
            h = f.hour % 12 or 12
            suffix = " AM" if f.hour < 12 else " PM"
            parts.append(f"{h:02d}" if hr == "2-digit" else str(h))
        else:
            h = 24 if cycle == "h24" and f.hour == 0 else f.hour
            parts.append(f"{h:02d}")
    if mi:
        parts.append(f"{f.minute:02d}")
    if se:
        parts.append(f"{f.second:02d}")
    return ":".join(parts) + suffix


# ------------------------------------------------------------ parsing (V8's DateParser)

_KEYWORDS = {
    "jan": ("month", 1), "feb": ("month", 2), "mar": ("month", 3), "apr": ("month", 4),
    "may": ("month", 5), "jun": ("month", 6), "jul": ("month", 7), "aug": ("month", 8),
    "sep": ("month", 9), "oct": ("month", 10), "nov": ("month", 11), "dec": ("month", 12),
    "am": ("ampm", 0), "pm": ("ampm", 12),
    "ut": ("tz", 0), "utc": ("tz", 0), "z": ("tz", 0), "gmt": ("tz", 0),
    "cdt": ("tz", -5), "cst": ("tz", -6), "edt": ("tz", -4), "est": ("tz", -5),
    "mdt": ("tz", -6), "mst": ("tz", -7), "pdt": ("tz", -7), "pst": ("tz", -8),
    "t": ("tsep", 0),
}


class _Tok:
    __slots__ = ("kind", "value", "length", "text")

    def __init__(self, kind, value=0, length=0, text=""):
        self.kind = kind  # number symbol word ws end invalid unknown
        self.value = value
        self.length = length
        self.text = text

    def is_symbol(self, c):
        return self.kind == "symbol" and self.text == c

    def is_sign(self):
        return self.kind == "symbol" and self.text in "+-"

    def is_number(self, length=None):
        return self.kind == "number" and (length is None or self.length == length)

    def keyword(self):
        if self.kind != "word":
            return None
        return self.value

    def is_keyword_z(self):
        return self.kind == "word" and self.text == "z"


def _tokenize(s: str):
    toks = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if "0" <= c <= "9":
            j = i
            while j < n and s[j] == "0":
                j += 1
            v = 0
            digits = 0
            while j < n and "0" <= s[j] <= "9":
                if digits < 9:  # V8 keeps the first 9 significant digits
                    v = v * 10 + ord(s[j]) - 48
                digits += 1
                j += 1
            toks.append(_Tok("number", v, j - i))
            i = j
        elif c.isalpha() or ord(c) >= 128 and not c.isspace():
            j = i
            while j < n and (s[j].isalpha() or (ord(s[j]) >= 128 and not s[j].isspace())):
                j += 1
            word = s[i:j].lower()
            pre = word[:3]
            kw = _KEYWORDS.get(pre)
            if kw is not None and len(word) > 3 and kw[0] != "month":
                kw = None
            t = _Tok("word", kw, j - i, pre)
            toks.append(t)
            i = j
        elif c in " \t\n\v\f\r\u00a0\u2028\u2029\ufeff" or c.isspace():
            j = i
            while j < n and (s[j] in " \t\n\v\f\r\u00a0\u2028\u2029\ufeff" or s[j].isspace()):
                j += 1
            toks.append(_Tok("ws", 0, j - i))
            i = j
        elif c == "(":
            depth = 0
            j = i
            while j < n:
                if s[j] == "(":
                    depth += 1
                elif s[j] == ")":
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                j += 1
            toks.append(_Tok("unknown"))
            i = j
        else:
            toks.append(_Tok("symbol", 0, 1, c))
            i += 1
    return toks


class _Scanner:
    def __init__(self, s: str):
        self.toks = _tokenize(s)
        self.pos = 0

    def next(self) -> _Tok:
        if self.pos < len(self.toks):
            t = self.toks[self.pos]
            self.pos += 1
            return t
        return _Tok("end")

    def peek(self) -> _Tok:
        if self.pos < len(self.toks):
            return self.toks[self.pos]
        return _Tok("end")

    def skip_symbol(self, c) -> bool:
        if self.peek().is_symbol(c):
            self.pos += 1
            return True
        return False


def _read_ms(tok: _Tok) -> int:
    number, length = tok.value, tok.length
    if length == 1:
        return number * 100
    if length == 2:
        return number * 10
    if length > 3:
        length = min(length, 9)
        factor = 1
        while length > 3:
            factor *= 10
            length -= 1
        return number // factor
    return number


class _Day:
    def __init__(self):
        self.comp = []
        self.named_month = None
        self.iso = False

    def add(self, n) -> bool:
        if len(self.comp) < 3:
            self.comp.append(n)
            return True
        return False

    def write(self):
        if not self.comp:
            return None
        comp = self.comp + [1] * (3 - len(self.comp))
        year = 0
        if self.named_month is None:
            if self.iso or not 1 <= comp[0] <= 31:
                year, month, day = comp
            else:
                month, day, year = comp
        else:
            month = self.named_month
            if not 1 <= comp[0] <= 31:
                year, day = comp[0], comp[1]
            else:
                day, year = comp[0], comp[1]
        if not self.iso:
            if 0 <= year <= 49:
                year += 2000
            elif 50 <= year <= 99:
                year += 1900
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return year, month - 1, day


class _Time:
    def __init__(self):
        self.comp = []
        self.hour_offset = None

    def empty(self):
        return not self.comp

    def add(self, n) -> bool:
        if len(self.comp) < 4:
            self.comp.append(n)
            return True
        return False

    def add_final(self, n) -> bool:
        if not self.add(n):
            return False
        while len(self.comp) < 4:
            self.comp.append(0)
        return True

    def expecting(self, n) -> bool:
        i = len(self.comp)
        return (i == 1 and 0 <= n <= 59) or (i == 2 and 0 <= n <= 59) or (i == 3 and 0 <= n <= 999)

    def write(self):
        comp = self.comp + [0] * (4 - len(self.comp))
        hour, minute, second, ms = comp
        if self.hour_offset is not None:
            if not 0 <= hour <= 12:
                return None
            hour = hour % 12 + self.hour_offset
        if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= ms <= 999):
            if hour != 24 or minute or second or ms:
                return None
        return hour, minute, second, ms


class _TZ:
    def __init__(self):
        self.sign = None
        self.hour = None
        self.minute = None

    def set(self, offset_hours):
        self.sign = -1 if offset_hours < 0 else 1
        self.hour = abs(offset_hours)
        self.minute = 0

    def empty(self):
        return self.sign is None

    def is_utc(self):
        return self.hour == 0 and self.minute == 0

    def expecting(self, n):
        return self.hour is not None and self.minute is None and 0 <= n <= 59

    def write(self):
        if self.sign is None:
            return 0  # local time is UTC
        h = self.hour or 0
        m = self.minute or 0
        return self.sign * (h * 3600 + m * 60)


def _parse_iso(sc: _Scanner, day: _Day, time: _Time, tz: _TZ):
    """ParseES5DateTime: returns the first token the legacy parser must handle, "end", or None (invalid)."""
    p = sc.peek()
    if p.is_sign():
        sign_tok = sc.next()
        if not sc.peek().is_number(6):
            return sign_tok
        sign = -1 if sign_tok.text == "-" else 1
        year = sc.next().value
        if sign < 0 and year == 0:
            return sign_tok
        day.add(sign * year)
    elif p.is_number(4):
        day.add(sc.next().value)
    else:
        return sc.next()
    if sc.skip_symbol("-"):
        p = sc.peek()
        if not p.is_number(2) or not 1 <= p.value <= 12:
            return sc.next()
        day.add(sc.next().value)
        if sc.skip_symbol("-"):
            p = sc.peek()
            if not p.is_number(2) or not 1 <= p.value <= 31:
                return sc.next()
            day.add(sc.next().value)
    p = sc.peek()
    if not (p.kind == "word" and p.value is not None and p.value[0] == "tsep"):
        if p.kind != "end":
            return sc.next()
    else:
        sc.next()
        p = sc.peek()
        if not p.is_number(2) or not 0 <= p.value <= 24:
            return None
        hour_is_24 = p.value == 24
        time.add(sc.next().value)
        if not sc.skip_symbol(":"):
            return None
        p = sc.peek()
        if not p.is_number(2) or not 0 <= p.value <= 59 or (hour_is_24 and p.value > 0):
            return None
        time.add(sc.next().value)
        if sc.skip_symbol(":"):
            p = sc.peek()
            if not p.is_number(2) or not 0 <= p.value <= 59 or (hour_is_24 and p.value > 0):
                return None
            time.add(sc.next().value)
            if sc.skip_symbol("."):
                p = sc.peek()
                if not p.is_number() or (hour_is_24 and p.value > 0):
                    return None
                time.add(_read_ms(sc.next()))
        p = sc.peek()
        if p.is_keyword_z():
            sc.next()
            tz.set(0)
        elif p.is_sign():
            tz.sign = -1 if sc.next().text == "-" else 1
            p = sc.peek()
            if p.is_number(4):
                hm = sc.next().value
                hours, minutes = hm // 100, hm % 100
                if not (0 <= hours <= 23 and 0 <= minutes <= 59):
                    return None
                tz.hour, tz.minute = hours, minutes
            else:
                if not p.is_number(2) or not 0 <= p.value <= 23:
                    return None
                tz.hour = sc.next().value
                if not sc.skip_symbol(":"):
                    return None
                p = sc.peek()
                if not p.is_number(2) or not 0 <= p.value <= 59:
                    return None
                tz.minute = sc.next().value
        if sc.peek().kind != "end":
            return None
    if tz.empty() and time.empty():
        tz.set(0)
    day.iso = True
    return _Tok("end")


def parse_date(s: str) -> float:
    """Date.parse: a time value or NaN."""
    sc = _Scanner(s)
    day, time, tz = _Day(), _Time(), _TZ()
    tok = _parse_iso(sc, day, time, tz)
    if tok is None:
        return NAN
    has_read_number = bool(day.comp)
    while tok.kind != "end":
        if tok.kind == "number":
            has_read_number = True
            n = tok.value
            if sc.skip_symbol(":"):
                if sc.skip_symbol(":"):
                    if not time.empty():
                        return NAN
                    time.add(n)
                    time.add(0)
                else:
                    if not time.add(n):
                        return NAN
                    if sc.peek().is_symbol("."):
                        sc.next()
            elif sc.peek().is_symbol(".") and time.expecting(n):
                sc.next()
                time.add(n)
                if not sc.peek().is_number():
                    return NAN
                ms = _read_ms(sc.next())
                time.add_final(ms)
            elif tz.expecting(n):
                tz.minute = n
            elif time.expecting(n):
                time.add_final(n)
                p = sc.peek()
                if not (p.kind in ("end", "ws") or p.is_keyword_z() or p.is_sign()):
                    return NAN
            else:
                if not day.add(n):
                    return NAN
                sc.skip_symbol("-")
        elif tok.kind == "word":
            kw = tok.value
            if kw is not None and kw[0] == "ampm" and not time.empty():
                time.hour_offset = kw[1]
            elif kw is not None and kw[0] == "month":
                day.named_month = kw[1]
                sc.skip_symbol("-")
            elif kw is not None and kw[0] == "tz" and has_read_number:
                tz.set(kw[1])
            else:
                if has_read_number:
                    return NAN
                if sc.peek().is_number():
                    return NAN
        elif tok.is_sign() and (tz.is_utc() or not time.empty()):
            tz.sign = -1 if tok.text == "-" else 1
            n = 0
            length = 0
            if sc.peek().is_number():
                t2 = sc.next()
                length, n = t2.length, t2.value
            has_read_number = True
            if sc.peek().is_symbol(":"):
                tz.hour = n
                tz.minute = None
            elif length in (1, 2):
                tz.hour, tz.minute = n, 0
            elif length in (3, 4):
                tz.hour, tz.minute = n // 100, n % 100
            else:
                return NAN
        elif (tok.is_sign() or tok.is_symbol(")")) and has_read_number:
            return NAN
        tok = sc.next()
    d = day.write()
    t = time.write()
    if d is None or t is None:
        return NAN
    offset = tz.write()
    year, month, dd = d
    dv = make_day(float(year), float(month), float(dd))
    tv = make_date(dv, make_time(*map(float, t)))
    if tv != tv:
        return NAN
    return time_clip(tv - offset * 1000.0)


# ------------------------------------------------------------ install


def install(realm) -> None:
    proto = realm.new_object()
    host = realm.host

    def now() -> float:
        return time_clip(float(host.now()))

    def this_time(this) -> float:
        if isinstance(this, JSObject) and this.cls == "Date" and type(this.internal) is float:
            return this.internal
        raise type_error("this is not a Date object.")

    def date_call(this, args):
        return to_date_string(now())

    def date_construct(args, new_target):
        n = len(args)
        if n == 0:
            tv = now()
        elif n == 1:
            v = args[0]
            if isinstance(v, JSObject) and v.cls == "Date" and type(v.internal) is float:
                tv = v.internal
            else:
                v = to_primitive(v)
                tv = parse_date(v) if type(v) is str else time_clip(to_number(v))
        else:
            tv = time_clip(_from_components(args))
        return JSObject(realm.proto_from(new_target, proto), "Date", tv)

    def _from_components(args) -> float:
        nums = [to_number(a) for a in args[:7]]
        y = nums[0]
        m = nums[1]
        dt = nums[2] if len(nums) > 2 else 1.0
        h = nums[3] if len(nums) > 3 else 0.0
        mi = nums[4] if len(nums) > 4 else 0.0
        s = nums[5] if len(nums) > 5 else 0.0
        ms = nums[6] if len(nums) > 6 else 0.0
        if y == y:
            yi = to_integer_or_infinity(y)
            if 0 <= yi <= 99:
                y = 1900.0 + yi
        return make_date(make_day(y, m, dt), make_time(h, mi, s, ms))

    ctor = realm.make_constructor("Date", 7, date_call, date_construct, proto)

    def date_now(this, args):
        return now()

    def date_parse(this, args):
        return parse_date(to_string(arg(args, 0)))

    def date_utc(this, args):
        y = to_number(arg(args, 0))
        rest = [to_number(a) for a in args[1:7]]
        m = rest[0] if len(rest) > 0 else 0.0
        parts = [y, m] + rest[1:]
        if y == y:
            yi = to_integer_or_infinity(y)
            if 0 <= yi <= 99:
                parts[0] = 1900.0 + yi
        return time_clip(_from_components(parts))

    realm.method(ctor, "now", date_now, 0)
    realm.method(ctor, "parse", date_parse, 1)
    realm.method(ctor, "UTC", date_utc, 7)

    m = realm.method

    def set_tv(this, tv: float) -> float:
        this.internal = tv
        host.touched(this)
        return tv

    # -- string forms
    def d_to_string(this, args):
        return to_date_string(this_time(this))

    def d_to_date_string(this, args):
        t = this_time(this)
        return "Invalid Date" if t != t else date_string(t)

    def d_to_time_string(this, args):
        t = this_time(this)
        return "Invalid Date" if t != t else time_string(t)

    def d_to_iso_string(this, args):
        t = this_time(this)
        if t != t:
            raise JSError("RangeError", "Invalid time value")
        return iso_string(t)

    def d_to_utc_string(this, args):
        return utc_string(this_time(this))

    m(proto, "toString", d_to_string, 0)
    m(proto, "toDateString", d_to_date_string, 0)
    m(proto, "toTimeString", d_to_time_string, 0)
    m(proto, "toISOString", d_to_iso_string, 0)
    utc_fn = m(proto, "toUTCString", d_to_utc_string, 0)
    realm.value(proto, "toGMTString", utc_fn)

    # -- getters / setters, in V8's property order
    def getter(field):
        def g(this, args):
            t = this_time(this)
            if t != t:
                return NAN
            return float(getattr(Fields(t), field))
        return g

    def set_date(this, args):
        t = this_time(this)
        dt = to_number(arg(args, 0))
        if t != t:
            return NAN
        f = Fields(t)
        return set_tv(this, time_clip(make_date(make_day(float(f.year), float(f.month), dt), float(f.in_day))))

    def set_full_year(this, args):
        t = this_time(this)
        y = to_number(arg(args, 0))
        f = Fields(0.0 if t != t else t)
        mo = to_number(args[1]) if len(args) > 1 else float(f.month)
        dt = to_number(args[2]) if len(args) > 2 else float(f.day)
        return set_tv(this, time_clip(make_date(make_day(y, mo, dt), float(f.in_day))))

    def set_hours(this, args):
        t = this_time(this)
        h = to_number(arg(args, 0))
        mi = to_number(args[1]) if len(args) > 1 else None
        s = to_number(args[2]) if len(args) > 2 else None
        ms = to_number(args[3]) if len(args) > 3 else None
        if t != t:
            return NAN
        f = Fields(t)
        tm = make_time(h, float(f.minute) if mi is None else mi, float(f.second) if s is None else s,
                       float(f.ms) if ms is None else ms)
        return set_tv(this, time_clip(make_date(float(f.days), tm)))

    def set_milliseconds(this, args):
        t = this_time(this)
        ms = to_number(arg(args, 0))
        if t != t:
            return NAN
        f = Fields(t)
        tm = make_time(float(f.hour), float(f.minute), float(f.second), ms)
        return set_tv(this, time_clip(make_date(float(f.days), tm)))

    def set_minutes(this, args):
        t = this_time(this)
        mi = to_number(arg(args, 0))
        s = to_number(args[1]) if len(args) > 1 else None
        ms = to_number(args[2]) if len(args) > 2 else None
        if t != t:
            return NAN
        f = Fields(t)
        tm = make_time(float(f.hour), mi, float(f.second) if s is None else s, float(f.ms) if ms is None else ms)
        return set_tv(this, time_clip(make_date(float(f.days), tm)))

    def set_month(this, args):
        t = this_time(this)
        mo = to_number(arg(args, 0))
        dt = to_number(args[1]) if len(args) > 1 else None
        if t != t:
            return NAN
        f = Fields(t)
        d = make_day(float(f.year), mo, float(f.day) if dt is None else dt)
        return set_tv(this, time_clip(make_date(d, float(f.in_day))))

    def set_seconds(this, args):
        t = this_time(this)
        s = to_number(arg(args, 0))
        ms = to_number(args[1]) if len(args) > 1 else None
        if t != t:
            return NAN
        f = Fields(t)
        tm = make_time(float(f.hour), float(f.minute), s, float(f.ms) if ms is None else ms)
        return set_tv(this, time_clip(make_date(float(f.days), tm)))

    def get_time(this, args):
        return this_time(this)

    def set_time(this, args):
        this_time(this)
        return set_tv(this, time_clip(to_number(arg(args, 0))))

    def get_timezone_offset(this, args):
        t = this_time(this)
        return NAN if t != t else 0.0

    for utc in ("", "UTC"):
        m(proto, f"get{utc}Date", getter("day"), 0)
        m(proto, f"set{utc}Date", set_date, 1)
        m(proto, f"get{utc}Day", getter("weekday"), 0)
        m(proto, f"get{utc}FullYear", getter("year"), 0)
        m(proto, f"set{utc}FullYear", set_full_year, 3)
        m(proto, f"get{utc}Hours", getter("hour"), 0)
        m(proto, f"set{utc}Hours", set_hours, 4)
        m(proto, f"get{utc}Milliseconds", getter("ms"), 0)
        m(proto, f"set{utc}Milliseconds", set_milliseconds, 1)
        m(proto, f"get{utc}Minutes", getter("minute"), 0)
        m(proto, f"set{utc}Minutes", set_minutes, 3)
        m(proto, f"get{utc}Month", getter("month"), 0)
        m(proto, f"set{utc}Month", set_month, 2)
        m(proto, f"get{utc}Seconds", getter("second"), 0)
        m(proto, f"set{utc}Seconds", set_seconds, 2)
        if not utc:
            m(proto, "getTime", get_time, 0)
            m(proto, "setTime", set_time, 1)
            m(proto, "getTimezoneOffset", get_timezone_offset, 0)

    def value_of(this, args):
        return this_time(this)

    def get_year(this, args):
        t = this_time(this)
        return NAN if t != t else float(Fields(t).year - 1900)

    def set_year(this, args):
        t = this_time(this)
        y = to_number(arg(args, 0))
        if y != y:
            return set_tv(this, NAN)
        yi = to_integer_or_infinity(y)
        if 0 <= yi <= 99:
            y = 1900.0 + yi
        f = Fields(0.0 if t != t else t)
        d = make_day(y, float(f.month), float(f.day))
        return set_tv(this, time_clip(make_date(d, float(f.in_day))))

    def to_json(this, args):
        o = realm.to_object(this)
        tv = to_primitive(o, "number")
        if type(tv) is float and not _finite(tv):
            return NULL
        return realm.invoke(o, "toISOString", [])

    def to_locale_string(this, args):
        return locale_format(this_time(this), arg(args, 0), arg(args, 1), "any", "all")

    def to_locale_date_string(this, args):
        return locale_format(this_time(this), arg(args, 0), arg(args, 1), "date", "date")

    def to_locale_time_string(this, args):
        return locale_format(this_time(this), arg(args, 0), arg(args, 1), "time", "time")

    m(proto, "valueOf", value_of, 0)
    m(proto, "getYear", get_year, 0)
    m(proto, "setYear", set_year, 1)
    m(proto, "toJSON", to_json, 1)
    m(proto, "toLocaleString", to_locale_string, 0)
    m(proto, "toLocaleDateString", to_locale_date_string, 0)
    m(proto, "toLocaleTimeString", to_locale_time_string, 0)

    def to_primitive_(this, args):
        if not isinstance(this, JSObject):
            raise type_error(
                f"Method Date.prototype [ @@toPrimitive ] called on incompatible receiver {display(this)}")
        hint = arg(args, 0)
        if hint in ("string", "default"):
            order = ("toString", "valueOf")
        elif hint == "number":
            order = ("valueOf", "toString")
        else:
            raise type_error(f"Invalid hint: {display(hint)}")
        for name in order:
            f = this.get(name)
            if isinstance(f, JSFunction):
                r = f.call(this, [])
                if not isinstance(r, JSObject):
                    return r
        raise type_error("Cannot convert object to primitive value")

    tp = m(proto, SYM_TO_PRIMITIVE, to_primitive_, 1)
    proto.define_own(SYM_TO_PRIMITIVE, tp, CONFIGURABLE)
    realm.define_global("Date", ctor)
