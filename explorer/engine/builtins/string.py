"""The String constructor, String objects and String.prototype.

Strings are Python ``str``: lengths and indices count code points, not UTF-16
code units (a deliberate simplification; ``charCodeAt`` of an astral
character gives its high surrogate, as JavaScript does at that index).
"""

from __future__ import annotations

import re
import unicodedata

from ..conversions import (
    number_to_string,
    relative_index,
    to_boolean,
    to_integer_or_infinity,
    to_length,
    to_string,
    to_uint32,
)
from ..values import (
    DEFAULT_FLAGS,
    ENUMERABLE,
    MISSING,
    NULL,
    SYM_ITERATOR,
    SYM_MATCH,
    SYM_MATCH_ALL,
    SYM_REPLACE,
    SYM_SEARCH,
    SYM_SPLIT,
    UNDEFINED,
    JSFunction,
    JSObject,
    JSSymbol,
    array_index,
    range_error,
    to_number,
    type_error,
)
from ..memory import reserve
from .iterators import make_string_iterator

JS_WHITESPACE = (" \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                 "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
# V8's String::kMaxLength on 64-bit platforms.
MAX_STRING_LENGTH = (1 << 29) - 24


def _arg(args, i):
    return args[i] if len(args) > i else UNDEFINED


class StringObject(JSObject):
    """A String exotic object (``new String("ab")``): indices and length are own, read-only properties."""

    __slots__ = ()
    exotic = True

    def __init__(self, proto, value: str):
        JSObject.__init__(self, proto, "String", value)

    def _string_key(self, key) -> bool:
        if type(key) is not str:
            return False
        if key == "length":
            return True
        i = array_index(key)
        return 0 <= i < len(self.internal)

    def get_own(self, key):
        if type(key) is str:
            if key == "length":
                return float(len(self.internal))
            i = array_index(key)
            if 0 <= i < len(self.internal):
                return self.internal[i]
        return self.props.get(key, MISSING)

    def flags_of(self, key) -> int:
        if type(key) is str:
            if key == "length":
                return 0
            i = array_index(key)
            if 0 <= i < len(self.internal):
                return ENUMERABLE
        return JSObject.flags_of(self, key)

    def own_keys(self) -> list:
        rest = JSObject.own_keys(self)
        ints = [k for k in rest if type(k) is str and array_index(k) >= 0]
        others = [k for k in rest if not (type(k) is str and array_index(k) >= 0)]
        return [str(i) for i in range(len(self.internal))] + ints + ["length"] + others

    def _write_own(self, key, value) -> bool:
        if self._string_key(key):
            return False
        return JSObject._write_own(self, key, value)

    def define_own(self, key, value, flags: int = DEFAULT_FLAGS) -> None:
        if self._string_key(key):
            return
        JSObject.define_own(self, key, value, flags)

    def delete_own(self, key) -> bool:
        if self._string_key(key):
            return False
        return JSObject.delete_own(self, key)


_LANGUAGE_TAG = re.compile(
    r"(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?\Z", re.IGNORECASE | re.ASCII)


def _tag_error(tag: str):
    """V8's message for a malformed language tag, or None if it is well formed."""
    if _LANGUAGE_TAG.match(tag):
        return None
    if tag.endswith("-"):
        base = tag[:-1]
    elif re.search(r"-[0-9a-z]\Z", tag, re.IGNORECASE):
        base = tag[:-2]  # a singleton with nothing after it
    else:
        return "Incorrect locale information provided"
    if base and "--" not in tag and _LANGUAGE_TAG.match(base):
        return f"Invalid language tag: {tag.lower()}"
    return "Incorrect locale information provided"


def requested_locale(locales) -> str:
    """The locale a formatting call asks for: a tag, or the first tag of a list; en-US when none."""
    if type(locales) is str:
        return locales
    if isinstance(locales, JSObject):
        first = locales.get("0")
        if type(first) is str:
            return first
    return "en-US"


def check_locales(realm, locales) -> list:
    """CanonicalizeLocaleList's checks (V8's messages); the tags, though only the root collation is used."""
    if locales is UNDEFINED:
        return []
    if type(locales) is str:
        items = [locales]
    else:
        o = realm.to_object(locales)
        items = []
        for k in range(to_length(o.get("length"))):
            key = str(k)
            if o.has(key):
                v = o.get(key)
                if type(v) is not str and not isinstance(v, JSObject):
                    raise type_error("Language ID should be string or object.")
                items.append(v if type(v) is str else to_string(v))
    for tag in items:
        message = _tag_error(tag)
        if message is not None:
            raise range_error(message)
    return items


def symbol_descriptive_string(sym: JSSymbol) -> str:
    d = "" if sym.description is UNDEFINED else sym.description
    return f"Symbol({d})"


def is_regexp(v) -> bool:
    """IsRegExp: Symbol.match decides, else whether it is a RegExp object."""
    if not isinstance(v, JSObject):
        return False
    m = v.get(SYM_MATCH)
    if m is not UNDEFINED:
        return to_boolean(m)
    return v.cls == "RegExp"


def get_substitution(matched: str, s: str, position: int, captures: list, named, replacement: str) -> str:
    """GetSubstitution: expand $$, $&, $`, $', $n, $nn and $<name> in a replacement template.

    ``captures`` holds the capture values (str or UNDEFINED) for groups 1..m;
    ``named`` is the groups object or UNDEFINED.
    """
    if "$" not in replacement:
        return replacement
    out = []
    i = 0
    n = len(replacement)
    m = len(captures)
    tail = position + len(matched)
    while i < n:
        c = replacement[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = replacement[i + 1]
        if d == "$":
            out.append("$")
            i += 2
        elif d == "&":
            out.append(matched)
            i += 2
        elif d == "`":
            out.append(s[:position])
            i += 2
        elif d == "'":
            if tail < len(s):
                out.append(s[tail:])
            i += 2
        elif "0" <= d <= "9":
            if i + 2 < n and "0" <= replacement[i + 2] <= "9":
                k = int(replacement[i + 1:i + 3])
                if 1 <= k <= m:
                    v = captures[k - 1]
                    if v is not UNDEFINED:
                        out.append(v)
                    i += 3
                    continue
            k = int(d)
            if 1 <= k <= m:
                v = captures[k - 1]
                if v is not UNDEFINED:
                    out.append(v)
                i += 2
            else:
                out.append("$")
                i += 1
        elif d == "<":
            gt = replacement.find(">", i + 2) if named is not UNDEFINED else -1
            if gt < 0:
                out.append("$<")
                i += 2
            else:
                v = named.get(replacement[i + 2:gt])
                if v is not UNDEFINED:
                    out.append(to_string(v))
                i = gt + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


# ----------------------------------------------------------- localeCompare
# Punctuation and symbols in ICU root collation order (sorted by Node 20's localeCompare).
_PUNCT_ORDER = (" \u3000\u00a0_-\u2010\u2013\u2014,;:!\u00a1?\u00bf.\u2026\u00b7'\u2018\u2019\"\u201c\u201d"
                "\u00ab\u00bb()[]{}\u00a7\u00b6@*/\\&#%\u2030\u2020\u2021\u2022\u2032\u2033`\u00b4^\u00af"
                "\u00a8\u00b8\u00b0\u00a9\u00ae\u2190\u2192+\u00b1\u00f7\u00d7<=\u2260>\u00ac|\u00a6~"
                "\u221e\u2264\u2265\u00a2$\u00a3\u00a5\u20ac")
_PUNCT_RANK = {c: i for i, c in enumerate(_PUNCT_ORDER)}
_SPACE_RANK = {"\t": 0, "\n": 1, "\v": 2, "\f": 3, "\r": 4}
# Secondary (accent) weights of combining marks, in ICU order; others sort after these.
_ACCENT_RANK = {0x301: 1, 0x300: 2, 0x306: 3, 0x302: 4, 0x30C: 5, 0x30A: 6, 0x308: 7, 0x30B: 8,
                0x303: 9, 0x307: 10, 0x327: 11, 0x328: 12, 0x304: 13}
_STROKE = 40
_EXPANSION = 50
# Letters that are not decomposable but sort as a base letter (+ a secondary weight) or a sequence.
_SPECIAL_LETTERS = {
    "\u00f8": ("o", _STROKE), "\u00d8": ("O", _STROKE), "\u0111": ("d", _STROKE), "\u0110": ("D", _STROKE),
    "\u00f0": ("d", _STROKE + 1), "\u00d0": ("D", _STROKE + 1), "\u0142": ("l", _STROKE), "\u0141": ("L", _STROKE),
    "\u0127": ("h", _STROKE), "\u0126": ("H", _STROKE),
    "\u00e6": ("ae", _EXPANSION), "\u00c6": ("AE", _EXPANSION), "\u0153": ("oe", _EXPANSION),
    "\u0152": ("OE", _EXPANSION), "\u00df": ("ss", _EXPANSION), "\u1e9e": ("SS", _EXPANSION),
}
_SCRIPT_RANK = (("GREEK", 1), ("COPTIC", 1), ("CYRILLIC", 2), ("ARMENIAN", 3), ("HEBREW", 4), ("ARABIC", 5),
                ("DEVANAGARI", 6), ("THAI", 7), ("HANGUL", 8), ("HIRAGANA", 9), ("KATAKANA", 9), ("CJK", 10))


def _letter_weight(ch: str):
    low = ch.lower()[0]
    if "a" <= low <= "z":
        return (3, 0, ord(low))
    if low in ("\u00fe",):  # thorn sorts after z
        return (3, 0, ord("z") + 1)
    name = unicodedata.name(ch, "")
    for prefix, rank in _SCRIPT_RANK:
        if name.startswith(prefix):
            return (3, rank, ord(low))
    return (3, 20, ord(low))


def _collation_key(s: str, numeric: bool = False, ignore_punctuation: bool = False,
                   upper_first: bool = False):
    """An approximation of ICU's root collation: (primary, secondary, tertiary) weight lists.

    Whitespace, punctuation and symbols sort before digits, digits before
    letters (Latin, then Greek, Cyrillic, ...); letters compare without case
    or accents first (primary), then by accents (secondary), then by case,
    lowercase first (tertiary). Compatibility characters (½, ², ™) sort as
    their decompositions, just after them.
    """
    primary = []
    secondary = []
    tertiary = []
    digits = []  # a pending run of digits (numeric collation)

    def flush_digits():
        if digits:
            primary.append((2, 0, int("".join(digits))))
            secondary.append(())
            tertiary.append(0)
            digits.clear()

    def emit(c, compat, extra_secondary=None):
        o = ord(c)
        if numeric and "0" <= c <= "9":
            digits.append(c)
            return
        flush_digits()
        if c in _SPACE_RANK:
            if ignore_punctuation:
                return
            w = (0, _SPACE_RANK[c], 0)
        elif c in _PUNCT_RANK:
            if ignore_punctuation:
                return
            w = (1, 0, _PUNCT_RANK[c])
        elif "0" <= c <= "9":
            w = (2, 0, o - 48)
        elif c.isalpha():
            w = _letter_weight(c)
        elif c.isdigit():
            w = (2, 0, unicodedata.digit(c, 0))
        elif unicodedata.category(c)[0] == "C":
            return  # ignorable
        elif unicodedata.category(c) == "Sc":
            w = (1, 2, o)
        else:
            if ignore_punctuation:
                return
            w = (1, 1, o)
        primary.append(w)
        secondary.append(() if extra_secondary is None else (extra_secondary,))
        upper = c.isupper()
        if upper_first and (upper or c.islower()):
            upper = not upper
        tertiary.append((2 if compat else 0) + (1 if upper else 0))

    for ch in s:
        if ch in _PUNCT_RANK or ch in _SPACE_RANK:
            emit(ch, False)
            continue
        special = _SPECIAL_LETTERS.get(ch)
        if special is not None:
            base, mark = special
            for k, c in enumerate(base):
                emit(c, False, mark if k == 0 else None)
            continue
        d = unicodedata.normalize("NFD", ch)
        k = unicodedata.normalize("NFKD", ch)
        compat = k != d
        for c in (k if compat else d):
            if unicodedata.combining(c):
                if secondary:
                    secondary[-1] = secondary[-1] + (_ACCENT_RANK.get(ord(c), 20 + ord(c) % 1000),)
                continue
            emit(c, compat)
    flush_digits()
    return primary, secondary, tertiary


def locale_compare(a: str, b: str, numeric: bool = False, sensitivity: str = "variant",
                   case_first: str = "false", ignore_punctuation: bool = False) -> float:
    """Compare as Node's ICU root collation does (options as Intl.Collator's)."""
    if a == b:
        return 0.0
    upper_first = case_first == "upper"
    ka = _collation_key(a, numeric, ignore_punctuation, upper_first)
    kb = _collation_key(b, numeric, ignore_punctuation, upper_first)
    if sensitivity == "base":
        ka, kb = ka[:1], kb[:1]
    elif sensitivity == "accent":
        ka, kb = ka[:2], kb[:2]
    elif sensitivity == "case":
        ka = (ka[0], [t & 1 for t in ka[2]])
        kb = (kb[0], [t & 1 for t in kb[2]])
    if ka < kb:
        return -1.0
    if ka > kb:
        return 1.0
    return 0.0


def install(realm) -> None:
    string_proto = StringObject(realm.object_prototype, "")

    def this_str(this, name):
        if type(this) is str:
            return this
        if this is UNDEFINED or this is NULL:
            raise type_error(f"String.prototype.{name} called on null or undefined")
        return to_string(this)

    def require_coercible(this, name):
        if this is UNDEFINED or this is NULL:
            raise type_error(f"String.prototype.{name} called on null or undefined")
        return this

    def regexp_create(pattern, flags):
        create = realm.intrinsics["%RegExpCreate%"]
        return create("" if pattern is UNDEFINED else to_string(pattern), flags)

    # ------------------------------------------------------------ constructor
    def string_call(this, args):
        if not args:
            return ""
        v = args[0]
        if type(v) is JSSymbol:
            return symbol_descriptive_string(v)
        return to_string(v)

    def string_construct(args, new_target):
        s = to_string(args[0]) if args else ""
        return StringObject(realm.proto_from(new_target, string_proto), s)

    string_ctor = realm.make_constructor("String", 1, string_call, string_construct, string_proto)
    realm.define_global("String", string_ctor)

    def from_char_code(this, args):
        if len(args) == 1 and type(args[0]) is float and 0 <= args[0] < 0xD800 and args[0] == int(args[0]):
            return chr(int(args[0]))
        units = [to_uint32(a) & 0xFFFF for a in args]
        return _combine_surrogates(units)

    def from_code_point(this, args):
        out = []
        for a in args:
            n = to_number(a)
            if n != n or n < 0 or n > 0x10FFFF or n != int(n):
                raise range_error(f"Invalid code point {number_to_string(n)}")
            out.append(int(n))
        return _combine_surrogates(out)

    def raw(this, args):
        cooked = realm.to_object(_arg(args, 0))
        literals = realm.to_object(cooked.get("raw"))
        n = to_length(literals.get("length"))
        if n <= 0:
            return ""
        out = []
        count = realm.host.count     # `raw` can claim 2**53 - 1 pieces: each is a step
        for i in range(n):
            count()
            out.append(to_string(literals.get(str(i))))
            if i + 1 < n and i + 1 < len(args):
                out.append(to_string(args[i + 1]))
        return "".join(out)

    realm.method(string_ctor, "fromCharCode", from_char_code, 1)
    realm.method(string_ctor, "fromCodePoint", from_code_point, 1)
    realm.method(string_ctor, "raw", raw, 1)

    # ------------------------------------------------------------ prototype
    def html(name, tag, attr=None):
        def method(this, args):
            s = this_str(this, name)
            if attr is None:
                return f"<{tag}>{s}</{tag}>"
            v = to_string(_arg(args, 0)).replace('"', "&quot;")
            return f'<{tag} {attr}="{v}">{s}</{tag}>'
        return method

    def at(this, args):
        s = this_str(this, "at")
        k = to_integer_or_infinity(_arg(args, 0))
        if k < 0:
            k += len(s)
        if k < 0 or k >= len(s):
            return UNDEFINED
        return s[int(k)]

    def char_at(this, args):
        s = this_str(this, "charAt")
        k = to_integer_or_infinity(_arg(args, 0))
        if k < 0 or k >= len(s):
            return ""
        return s[int(k)]

    def char_code_at(this, args):
        s = this_str(this, "charCodeAt")
        k = to_integer_or_infinity(_arg(args, 0))
        if k < 0 or k >= len(s):
            return float("nan")
        c = ord(s[int(k)])
        if c > 0xFFFF:
            c = 0xD800 + ((c - 0x10000) >> 10)
        return float(c)

    def code_point_at(this, args):
        s = this_str(this, "codePointAt")
        k = to_integer_or_infinity(_arg(args, 0))
        if k < 0 or k >= len(s):
            return UNDEFINED
        return float(ord(s[int(k)]))

    def concat(this, args):
        s = this_str(this, "concat")
        if not args:
            return s
        return s + "".join(a if type(a) is str else to_string(a) for a in args)

    def search_string(name, args):
        v = _arg(args, 0)
        if is_regexp(v):
            raise type_error(f"First argument to String.prototype.{name} must not be a regular expression")
        return to_string(v)

    def ends_with(this, args):
        s = this_str(this, "endsWith")
        search = search_string("endsWith", args)
        e = _arg(args, 1)
        end = len(s) if e is UNDEFINED else int(min(max(to_integer_or_infinity(e), 0), len(s)))
        start = end - len(search)
        return start >= 0 and s[start:end] == search

    def includes(this, args):
        s = this_str(this, "includes")
        search = search_string("includes", args)
        pos = int(min(max(to_integer_or_infinity(_arg(args, 1)), 0), len(s)))
        return s.find(search, pos) >= 0

    def index_of(this, args):
        s = this_str(this, "indexOf")
        search = to_string(_arg(args, 0))
        pos = int(min(max(to_integer_or_infinity(_arg(args, 1)), 0), len(s)))
        return float(s.find(search, pos))

    def is_well_formed(this, args):
        s = this_str(this, "isWellFormed")
        return not any("\ud800" <= c <= "\udfff" for c in s)

    def last_index_of(this, args):
        s = this_str(this, "lastIndexOf")
        search = to_string(_arg(args, 0))
        n = to_number(_arg(args, 1))
        pos = float("inf") if n != n else to_integer_or_infinity(n)
        start = int(min(max(pos, 0), len(s)))
        return float(s.rfind(search, 0, start + len(search)))

    collator_cache: dict = {}

    def locale_compare_(this, args):
        s = this_str(this, "localeCompare")
        that = to_string(_arg(args, 0))
        locales = _arg(args, 1)
        if locales is UNDEFINED:
            collator_cache[""] = True
        elif not (locales == "" and collator_cache.get("")):
            # (V8 caches the default collator under "", so "" then passes unchecked)
            check_locales(realm, locales)
        options = _arg(args, 2)
        if options is UNDEFINED:
            return locale_compare(s, that)
        if options is NULL:   # ToObject(null), in V8's words
            raise type_error("String.prototype.localeCompare called on null or undefined")
        opts = realm.to_object(options)

        def option(name, allowed, default):
            v = opts.get(name)
            if v is UNDEFINED:
                return default
            if allowed is bool:
                return to_boolean(v)
            v = to_string(v)
            if v not in allowed:
                raise range_error(f"Value {v} out of range for Intl.Collator options property {name}")
            return v

        option("usage", ("sort", "search"), "sort")
        option("localeMatcher", ("lookup", "best fit"), "best fit")
        numeric = option("numeric", bool, False)
        case_first = option("caseFirst", ("upper", "lower", "false"), "false")
        sensitivity = option("sensitivity", ("base", "accent", "case", "variant"), "variant")
        ignore_punctuation = option("ignorePunctuation", bool, False)
        return locale_compare(s, that, numeric, sensitivity, case_first, ignore_punctuation)

    def require_global(regexp, name):
        """matchAll and replaceAll refuse a RegExp without the g flag."""
        if is_regexp(regexp):
            flags = regexp.get("flags")
            if flags is UNDEFINED or flags is NULL:
                # V8 words the two differently (replaceAll checks flags as if they were `this`)
                if name == "matchAll":
                    raise type_error("The .flags property of the argument to String.prototype.matchAll "
                                     "cannot be null or undefined")
                raise type_error(f"String.prototype.{name} called on null or undefined")
            if "g" not in to_string(flags):
                raise type_error(f"String.prototype.{name} called with a non-global RegExp argument")

    def regexp_method(name, symbol, global_only=False):
        """match, matchAll, search: the argument's own [symbol] method, else a new RegExp's."""
        def method(this, args):
            o = require_coercible(this, name)
            regexp = _arg(args, 0)
            if isinstance(regexp, JSObject):
                if global_only:
                    require_global(regexp, name)
                f = realm.get_method(regexp, symbol)
                if f is not None:
                    return f.call(regexp, [o])
            s = to_string(o)
            rx = regexp_create(regexp, "g" if global_only else "")
            return realm.invoke(rx, symbol, [s])
        return method

    def normalize(this, args):
        s = this_str(this, "normalize")
        f = _arg(args, 0)
        form = "NFC" if f is UNDEFINED else to_string(f)
        if form not in ("NFC", "NFD", "NFKC", "NFKD"):
            raise range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
        return unicodedata.normalize(form, s)

    def pad(name, at_start):
        def method(this, args):
            s = this_str(this, name)
            max_len = to_length(_arg(args, 0))
            if max_len <= len(s):
                return s
            f = _arg(args, 1)
            filler = " " if f is UNDEFINED else to_string(f)
            if filler == "":
                return s
            if max_len > MAX_STRING_LENGTH:
                raise range_error("Invalid string length")
            reserve(2 * max_len)   # the memory budget, before a big allocation
            fill_len = max_len - len(s)
            padding = (filler * (fill_len // len(filler) + 1))[:fill_len]
            return padding + s if at_start else s + padding
        return method

    def repeat(this, args):
        s = this_str(this, "repeat")
        n = to_integer_or_infinity(_arg(args, 0))
        if n < 0 or n == float("inf"):
            raise range_error(f"Invalid count value: {number_to_string(n)}")
        if not s or n == 0:
            return ""
        if len(s) * n > MAX_STRING_LENGTH:
            raise range_error("Invalid string length")
        reserve(int(len(s) * n))   # the memory budget, before a big allocation
        return s * int(n)

    def replace_method(name, every):
        """replace (the first occurrence) and replaceAll (every one, without overlaps)."""
        def method(this, args):
            o = require_coercible(this, name)
            search_value = _arg(args, 0)
            replace_value = _arg(args, 1)
            if isinstance(search_value, JSObject):
                if every:
                    require_global(search_value, name)
                replacer = realm.get_method(search_value, SYM_REPLACE)
                if replacer is not None:
                    return replacer.call(search_value, [o, replace_value])
            s = to_string(o)
            search = to_string(search_value)
            functional = isinstance(replace_value, JSFunction)
            if not functional:
                replace_value = to_string(replace_value)
            slen = len(search)
            p = s.find(search)
            if p < 0:
                return s
            positions = [p]
            if every:
                advance = max(1, slen)
                while p + advance <= len(s):
                    p = s.find(search, p + advance)
                    if p < 0:
                        break
                    positions.append(p)
            out = []
            end = 0
            for p in positions:
                out.append(s[end:p])
                if functional:
                    out.append(to_string(replace_value.call(UNDEFINED, [search, float(p), s])))
                else:
                    out.append(get_substitution(search, s, p, [], UNDEFINED, replace_value))
                end = p + slen
            out.append(s[end:])
            return "".join(out)
        return method

    def slice_(this, args):
        s = this_str(this, "slice")
        n = len(s)
        start = relative_index(_arg(args, 0), n, 0)
        end = relative_index(_arg(args, 1), n, n)
        return s[start:end] if start < end else ""

    def split(this, args):
        o = require_coercible(this, "split")
        separator = _arg(args, 0)
        limit = _arg(args, 1)
        if isinstance(separator, JSObject):
            splitter = realm.get_method(separator, SYM_SPLIT)
            if splitter is not None:
                return splitter.call(separator, [o, limit])
        s = to_string(o)
        lim = 4294967295 if limit is UNDEFINED else to_uint32(limit)
        r = to_string(separator)
        if lim == 0:
            return realm.new_array()
        if separator is UNDEFINED:
            return realm.new_array([s])
        if r == "":
            return realm.new_array(list(s[:lim]))
        if s == "":
            return realm.new_array([s])
        parts = s.split(r)
        if len(parts) > lim:
            del parts[lim:]
        return realm.new_array(parts)

    def starts_with(this, args):
        s = this_str(this, "startsWith")
        search = search_string("startsWith", args)
        start = int(min(max(to_integer_or_infinity(_arg(args, 1)), 0), len(s)))
        return s.startswith(search, start)

    def substr(this, args):
        s = this_str(this, "substr")
        n = len(s)
        start = relative_index(_arg(args, 0), n, 0)
        ln = _arg(args, 1)
        count = n if ln is UNDEFINED else to_integer_or_infinity(ln)
        end = int(min(start + max(count, 0), n))
        return s[start:end] if start < end else ""

    def substring(this, args):
        s = this_str(this, "substring")
        n = len(s)
        a = int(min(max(to_integer_or_infinity(_arg(args, 0)), 0), n))
        e = _arg(args, 1)
        b = n if e is UNDEFINED else int(min(max(to_integer_or_infinity(e), 0), n))
        if a > b:
            a, b = b, a
        return s[a:b]

    def this_string_value(this, name):
        if type(this) is str:
            return this
        if isinstance(this, JSObject) and this.cls == "String" and type(this.internal) is str:
            return this.internal
        raise type_error(f"String.prototype.{name} requires that 'this' be a String")

    def to_string_(this, args):
        return this_string_value(this, "toString")

    def value_of(this, args):
        return this_string_value(this, "valueOf")

    def to_well_formed(this, args):
        s = this_str(this, "toWellFormed")
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in s)

    def trim(this, args):
        return this_str(this, "trim").strip(JS_WHITESPACE)

    def trim_start(this, args):
        return this_str(this, "trimLeft").lstrip(JS_WHITESPACE)

    def trim_end(this, args):
        return this_str(this, "trimRight").rstrip(JS_WHITESPACE)

    def turkic(args) -> bool:
        """Whether toLocaleLowerCase/toLocaleUpperCase's locales ask for Turkish or Azeri casing."""
        tags = check_locales(realm, _arg(args, 0))
        return bool(tags) and tags[0][:2].lower() in ("tr", "az")

    def to_lower(name, locale=False):
        def method(this, args):
            s = this_str(this, name)
            if locale and turkic(args):
                s = s.replace("I\u0307", "i").replace("I", "\u0131").replace("\u0130", "i")
            return s.lower()
        return method

    def to_upper(name, locale=False):
        def method(this, args):
            s = this_str(this, name)
            if locale and turkic(args):
                s = s.replace("i", "\u0130")
            return s.upper()
        return method

    def iterator(this, args):
        if this is UNDEFINED or this is NULL:
            raise type_error("String.prototype[Symbol.iterator] called on null or undefined")
        s = this if type(this) is str else to_string(this)
        return make_string_iterator(realm, s)

    m = realm.method
    p = string_proto
    m(p, "anchor", html("anchor", "a", "name"), 1)
    m(p, "at", at, 1)
    m(p, "big", html("big", "big"), 0)
    m(p, "blink", html("blink", "blink"), 0)
    m(p, "bold", html("bold", "b"), 0)
    m(p, "charAt", char_at, 1)
    m(p, "charCodeAt", char_code_at, 1)
    m(p, "codePointAt", code_point_at, 1)
    m(p, "concat", concat, 1)
    m(p, "endsWith", ends_with, 1)
    m(p, "fontcolor", html("fontcolor", "font", "color"), 1)
    m(p, "fontsize", html("fontsize", "font", "size"), 1)
    m(p, "fixed", html("fixed", "tt"), 0)
    m(p, "includes", includes, 1)
    m(p, "indexOf", index_of, 1)
    m(p, "isWellFormed", is_well_formed, 0)
    m(p, "italics", html("italics", "i"), 0)
    m(p, "lastIndexOf", last_index_of, 1)
    m(p, "link", html("link", "a", "href"), 1)
    m(p, "localeCompare", locale_compare_, 1)
    m(p, "match", regexp_method("match", SYM_MATCH), 1)
    m(p, "matchAll", regexp_method("matchAll", SYM_MATCH_ALL, global_only=True), 1)
    m(p, "normalize", normalize, 0)
    m(p, "padEnd", pad("padEnd", False), 1)
    m(p, "padStart", pad("padStart", True), 1)
    m(p, "repeat", repeat, 1)
    m(p, "replace", replace_method("replace", False), 2)
    m(p, "replaceAll", replace_method("replaceAll", True), 2)
    m(p, "search", regexp_method("search", SYM_SEARCH), 1)
    m(p, "slice", slice_, 2)
    m(p, "small", html("small", "small"), 0)
    m(p, "split", split, 2)
    m(p, "strike", html("strike", "strike"), 0)
    m(p, "sub", html("sub", "sub"), 0)
    m(p, "substr", substr, 2)
    m(p, "substring", substring, 2)
    m(p, "sup", html("sup", "sup"), 0)
    m(p, "startsWith", starts_with, 1)
    m(p, "toString", to_string_, 0)
    m(p, "toWellFormed", to_well_formed, 0)
    m(p, "trim", trim, 0)
    ts = m(p, "trimStart", trim_start, 0)
    realm.value(p, "trimLeft", ts)
    te = m(p, "trimEnd", trim_end, 0)
    realm.value(p, "trimRight", te)
    m(p, "toLocaleLowerCase", to_lower("toLocaleLowerCase", True), 0)
    m(p, "toLocaleUpperCase", to_upper("toLocaleUpperCase", True), 0)
    m(p, "toLowerCase", to_lower("toLowerCase"), 0)
    m(p, "toUpperCase", to_upper("toUpperCase"), 0)
    m(p, "valueOf", value_of, 0)
    it = m(p, SYM_ITERATOR, iterator, 0)
    realm.intrinsics["%StringProto_iterator%"] = it


def _combine_surrogates(units: list) -> str:
    """Code units/points to a str, joining a high+low surrogate pair into one code point."""
    out = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if 0xD800 <= u <= 0xDBFF and i + 1 < n and 0xDC00 <= units[i + 1] <= 0xDFFF:
            out.append(chr(0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00)))
            i += 2
            continue
        out.append(chr(u))
        i += 1
    return "".join(out)


__all__ = ["StringObject", "install", "get_substitution", "is_regexp", "locale_compare", "check_locales",
           "symbol_descriptive_string", "JS_WHITESPACE", "MAX_STRING_LENGTH"]
