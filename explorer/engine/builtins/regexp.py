"""RegExp: a translator from JavaScript regular expressions to Python ``re``, the
RegExp constructor, RegExp.prototype and the Symbol.match/matchAll/replace/
search/split protocol that String.prototype delegates to.

A RegExp object is ``JSObject(proto, "RegExp", RegExpData)`` with an own
``lastIndex`` data property (writable, not enumerable, not configurable).
The compiler makes literals through ``realm.intrinsics["%RegExpCreate%"]``
(``create(source, flags)``; compiled patterns are cached per source+flags).

Known differences from V8: Python's ``re`` needs fixed-width lookbehind
(JavaScript allows any), captures inside a repeated group are not reset on
each iteration, and case-insensitive matching uses Python's case folding.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from ..conversions import same_value, to_boolean, to_integer_or_infinity, to_length, to_string, to_uint32
from ..values import (
    NULL,
    SYM_MATCH,
    SYM_MATCH_ALL,
    SYM_REPLACE,
    SYM_SEARCH,
    SYM_SPECIES,
    SYM_SPLIT,
    UNDEFINED,
    WRITABLE,
    JSArray,
    JSError,
    JSFunction,
    JSObject,
    type_error,
)
from .string import get_substitution, is_regexp

FLAG_ORDER = "dgimsuvy"
LINE_TERMINATORS = "\n\r\u2028\u2029"
_WS_CLASS = (r"\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
_DIGIT_CLASS = "0-9"
_WORD_CLASS = "a-zA-Z0-9_"
_SYNTAX_CHARS = set("^$\\.*+?()[]{}|/")


class RegExpData:
    """The internal slots of a RegExp object."""

    __slots__ = ("source", "flags", "pattern", "group_names", "ngroups", "global_", "sticky",
                 "has_indices", "unicode", "py_index", "resets")

    def __init__(self, source: str, flags: str, compiled):
        self.source = source
        self.flags = flags
        self.pattern, self.ngroups, self.group_names, self.py_index, self.resets = compiled
        self.global_ = "g" in flags
        self.sticky = "y" in flags
        self.has_indices = "d" in flags
        self.unicode = "u" in flags or "v" in flags


    def captures(self, m) -> list:
        """The values (str or None) of capture groups 1..n of a match, as JavaScript sees them."""
        if self.py_index is None:
            return list(m.groups())
        vals = [m.group(p) for p in self.py_index]
        for js, hidden in self.resets:
            v = vals[js - 1]
            if v is not None and (v == "" if hidden is None else _stale(m, self.py_index[js - 1], hidden)):
                vals[js - 1] = None
        return vals

    def spans(self, m) -> list:
        """(start, end) or None for groups 0..n (for the d flag)."""
        idx = [0] + (list(range(1, self.ngroups + 1)) if self.py_index is None else self.py_index)
        out = [None if m.start(p) < 0 else (m.start(p), m.end(p)) for p in idx]
        if self.py_index is not None:
            for js, hidden in self.resets:
                sp = out[js]
                if sp is not None and (sp[0] == sp[1] if hidden is None
                                       else _stale(m, self.py_index[js - 1], hidden)):
                    out[js] = None
        return out


def _stale(m, py: int, hidden: list) -> bool:
    """True when a capture comes from an earlier iteration of an enclosing repeated group.

    JavaScript clears the captures inside a repeated group at each iteration;
    Python keeps the last value. Each such group starts with an empty marker
    group, whose position is the start of its last iteration.
    """
    start = m.start(py)
    for h in hidden:
        hs = m.start(h)
        if hs < 0 or start < hs:
            return True
    return False


class RegexSyntaxError(Exception):
    pass


# ------------------------------------------------------------ translation

def _lit(cp: int) -> str:
    """A Python-pattern literal for one code point, inside a character class or outside."""
    c = chr(cp)
    if c.isalnum() and cp < 128:
        return c
    if cp < 128 and c.isprintable() and c != " ":
        return "\\" + c
    if cp <= 0xFF:
        return "\\x%02x" % cp
    if cp <= 0xFFFF:
        return "\\u%04x" % cp
    return "\\U%08x" % cp


def _class_pattern(sign: str, body: str) -> str:
    """A Python class for ("+", body), the characters in body, or ("-", body), those not in it."""
    return ("[" if sign == "+" else "[^") + body + "]"


def _ranges_to_class(ranges) -> str:
    out = []
    for lo, hi in ranges:
        if lo == hi:
            out.append(_lit(lo))
        else:
            out.append(_lit(lo) + "-" + _lit(hi))
    return "".join(out)


# -- Unicode properties (\p{...}), built lazily from unicodedata
_GC_ALIASES = {
    "L": "L", "Letter": "L", "Lu": "Lu", "Uppercase_Letter": "Lu", "Ll": "Ll", "Lowercase_Letter": "Ll",
    "Lt": "Lt", "Titlecase_Letter": "Lt", "LC": "LC", "Cased_Letter": "LC", "Lm": "Lm", "Modifier_Letter": "Lm",
    "Lo": "Lo", "Other_Letter": "Lo", "M": "M", "Mark": "M", "Combining_Mark": "M", "Mn": "Mn",
    "Nonspacing_Mark": "Mn", "Mc": "Mc", "Spacing_Mark": "Mc", "Me": "Me", "Enclosing_Mark": "Me",
    "N": "N", "Number": "N", "Nd": "Nd", "Decimal_Number": "Nd", "digit": "Nd", "Nl": "Nl",
    "Letter_Number": "Nl", "No": "No", "Other_Number": "No", "P": "P", "Punctuation": "P", "punct": "P",
    "Pc": "Pc", "Connector_Punctuation": "Pc", "Pd": "Pd", "Dash_Punctuation": "Pd", "Ps": "Ps",
    "Open_Punctuation": "Ps", "Pe": "Pe", "Close_Punctuation": "Pe", "Pi": "Pi", "Initial_Punctuation": "Pi",
    "Pf": "Pf", "Final_Punctuation": "Pf", "Po": "Po", "Other_Punctuation": "Po", "S": "S", "Symbol": "S",
    "Sm": "Sm", "Math_Symbol": "Sm", "Sc": "Sc", "Currency_Symbol": "Sc", "Sk": "Sk", "Modifier_Symbol": "Sk",
    "So": "So", "Other_Symbol": "So", "Z": "Z", "Separator": "Z", "Zs": "Zs", "Space_Separator": "Zs",
    "Zl": "Zl", "Line_Separator": "Zl", "Zp": "Zp", "Paragraph_Separator": "Zp", "C": "C", "Other": "C",
    "Cc": "Cc", "Control": "Cc", "cntrl": "Cc", "Cf": "Cf", "Format": "Cf", "Cs": "Cs", "Surrogate": "Cs",
    "Co": "Co", "Private_Use": "Co", "Cn": "Cn", "Unassigned": "Cn",
}
_SCRIPTS = {
    "Latin": ("LATIN",), "Latn": ("LATIN",), "Greek": ("GREEK",), "Grek": ("GREEK",),
    "Cyrillic": ("CYRILLIC",), "Cyrl": ("CYRILLIC",), "Han": ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH"),
    "Hani": ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH"), "Hiragana": ("HIRAGANA",), "Hira": ("HIRAGANA",),
    "Katakana": ("KATAKANA",), "Kana": ("KATAKANA",), "Arabic": ("ARABIC",), "Arab": ("ARABIC",),
    "Hebrew": ("HEBREW",), "Hebr": ("HEBREW",), "Thai": ("THAI",), "Hangul": ("HANGUL",), "Hang": ("HANGUL",),
    "Devanagari": ("DEVANAGARI",), "Deva": ("DEVANAGARI",), "Armenian": ("ARMENIAN",), "Armn": ("ARMENIAN",),
    "Georgian": ("GEORGIAN",), "Geor": ("GEORGIAN",),
}
_property_cache: dict = {}
_categories: list | None = None


def _all_categories() -> list:
    global _categories
    if _categories is None:
        cat = unicodedata.category
        _categories = [cat(chr(i)) for i in range(sys.maxunicode + 1)]
    return _categories


def _ranges_where(pred) -> list:
    ranges = []
    start = None
    for i in range(sys.maxunicode + 1):
        if pred(i):
            if start is None:
                start = i
        elif start is not None:
            ranges.append((start, i - 1))
            start = None
    if start is not None:
        ranges.append((start, sys.maxunicode))
    return ranges


def _emoji_ranges() -> list:
    return [(0x23, 0x23), (0x2A, 0x2A), (0x30, 0x39), (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C),
            (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139), (0x2194, 0x21AA), (0x231A, 0x23FF),
            (0x24C2, 0x24C2), (0x25AA, 0x25FE), (0x2600, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B55),
            (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3299), (0x1F000, 0x1FAFF)]


def _property_ranges(body: str):
    """Ranges for a \\p{...} body, or None if the property is unknown."""
    if body in _property_cache:
        return _property_cache[body]
    name, _, value = body.partition("=")
    ranges = None
    if value:
        if name in ("General_Category", "gc") and value in _GC_ALIASES:
            ranges = _gc_ranges(_GC_ALIASES[value])
        elif name in ("Script", "sc", "Script_Extensions", "scx") and value in _SCRIPTS:
            prefixes = _SCRIPTS[value]
            cats = _all_categories()

            def in_script(i, prefixes=prefixes):
                if cats[i][0] not in "LMN":
                    return False
                return unicodedata.name(chr(i), "").startswith(prefixes)

            ranges = _ranges_where(in_script)
    elif name in _GC_ALIASES:
        ranges = _gc_ranges(_GC_ALIASES[name])
    elif name == "Any":
        ranges = [(0, sys.maxunicode)]
    elif name == "ASCII":
        ranges = [(0, 0x7F)]
    elif name in ("ASCII_Hex_Digit", "AHex"):
        ranges = [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)]
    elif name in ("Alphabetic", "Alpha"):
        cats = _all_categories()
        ranges = _ranges_where(lambda i: cats[i] in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl")
                               or (cats[i] == "Mn" and unicodedata.name(chr(i), "").find("VOWEL SIGN") >= 0))
    elif name in ("Uppercase", "Upper"):
        ranges = _gc_ranges("Lu")
    elif name in ("Lowercase", "Lower"):
        ranges = _gc_ranges("Ll")
    elif name in ("White_Space", "space"):
        ranges = [(9, 13), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
                  (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000)]
    elif name in ("Emoji", "Emoji_Presentation", "Extended_Pictographic", "ExtPict", "EPres"):
        ranges = _emoji_ranges()
        if name != "Emoji":
            ranges = [r for r in ranges if r[0] >= 0x203C]
    _property_cache[body] = ranges
    return ranges


def _gc_ranges(gc: str) -> list:
    cats = _all_categories()
    if gc == "LC":
        return _ranges_where(lambda i: cats[i] in ("Lu", "Ll", "Lt"))
    if len(gc) == 1:
        return _ranges_where(lambda i: cats[i][0] == gc)
    return _ranges_where(lambda i: cats[i] == gc)


def _parens(src: str, start: int):
    """The positions of ( and ) from start on that are not escaped or in a character class."""
    i = start
    n = len(src)
    in_class = False
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(" or c == ")":
            yield i
        i += 1


def _opens_capture(src: str, i: int) -> bool:
    """Whether the ( at i opens a capturing group: (x) or (?<name>x), not (?:x) or a lookaround."""
    if not src.startswith("(?", i):
        return True
    return src.startswith("(?<", i) and not src.startswith("(?<=", i) and not src.startswith("(?<!", i)


class _Translator:
    """Parse a JavaScript pattern (V8's syntax and errors) and emit an equivalent Python pattern."""

    def __init__(self, source: str, flags: str):
        self.src = source
        self.n = len(source)
        self.i = 0
        self.unicode = "u" in flags or "v" in flags
        self.sets_mode = "v" in flags
        self.multiline = "m" in flags
        self.dotall = "s" in flags
        self.ignore_case = "i" in flags
        self.group_count = 0
        self.names: list = []  # group index - 1 -> name or None
        self.open_groups: list = []
        self.py_count = 0  # Python's capture groups: the JavaScript ones and iteration markers
        self.js_to_py: dict = {}
        self.loop_markers: list = []  # markers of the repeated groups being parsed
        self.resets: list = []  # (js group, [markers of the enclosing repeated groups])
        self.optional_groups: list = []  # capturing groups quantified by ? (an empty match is no match)
        self.reduce_quantifier = False
        self.total_groups, self.all_names = self._prescan()
        self.named_mode = self.unicode or bool(self.all_names)

    # -- errors and scanning
    def error(self, msg: str):
        raise RegexSyntaxError(msg)

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.src[j] if j < self.n else ""

    def eat(self, s: str) -> bool:
        if self.src.startswith(s, self.i):
            self.i += len(s)
            return True
        return False

    def _prescan(self):
        """Count capturing groups and collect group names (for backreferences)."""
        src = self.src
        count = 0
        names = []
        for i in _parens(src, 0):
            if src[i] == "(" and _opens_capture(src, i):
                count += 1
                if src.startswith("(?<", i):
                    end = src.find(">", i)
                    names.append(src[i + 3:end] if end > 0 else "")
        return count, names

    # -- grammar
    def translate(self) -> str:
        out = self.disjunction()
        if self.i < self.n:
            if self.peek() == ")":
                self.error("Unmatched ')'")
            self.error("Unexpected character")  # pragma: no cover (disjunction consumes the rest)
        return out

    def disjunction(self) -> str:
        alts = [self.alternative()]
        while self.eat("|"):
            alts.append(self.alternative())
        return "|".join(alts)

    def alternative(self, lookbehind: bool = False) -> str:
        """A sequence of terms.

        In a lookbehind, a quantifier on the first term is reduced to its
        minimum count: whether ``Y+Z`` matches ending here is the same
        question as whether ``YZ`` does, and Python's ``re`` only accepts
        fixed-width lookbehinds.
        """
        parts = []
        first = lookbehind
        while self.i < self.n:
            c = self.peek()
            if c == "|" or c == ")":
                break
            self.reduce_quantifier = first
            parts.append(self.term())
            self.reduce_quantifier = first = False
        return "".join(parts)

    def term(self) -> str:
        c = self.peek()
        start = self.i
        # assertions
        if c == "^":
            self.i += 1
            self.no_quantifier()
            return r"(?<![^\n\r\u2028\u2029])" if self.multiline else r"(?<![\s\S])"
        if c == "$":
            self.i += 1
            self.no_quantifier()
            return r"(?![^\n\r\u2028\u2029])" if self.multiline else r"(?![\s\S])"
        if c == "\\" and self.peek(1) in ("b", "B"):
            self.i += 2
            self.no_quantifier()
            if self.src[start + 1] == "b":
                return r"(?a:\b)"
            # Python's \B never matches in an empty string; JavaScript's does
            return r"(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))"
        if c == "(" and self.peek(1) == "?" and self.peek(2) in ("=", "!"):
            self.i += 3
            body = self.disjunction()
            self.close_group()
            atom = "(?" + self.src[start + 2] + body + ")"
            if self.unicode:
                self.no_quantifier("Invalid quantifier")
                return atom
            return atom + self.quantifier(atom)
        if c == "(" and self.peek(1) == "?" and self.peek(2) == "<" and self.peek(3) in ("=", "!"):
            self.i += 4
            alts = [self.alternative(lookbehind=True)]
            while self.eat("|"):
                alts.append(self.alternative(lookbehind=True))
            self.close_group()
            self.no_quantifier("Invalid quantifier")
            kind = self.src[start + 3]
            if len(alts) == 1:
                return "(?<" + kind + alts[0] + ")"
            # Python needs each lookbehind to have one width: one lookbehind per alternative
            if kind == "=":
                return "(?:" + "|".join("(?<=" + a + ")" for a in alts) + ")"
            return "".join("(?<!" + a + ")" for a in alts)
        reduce = self.reduce_quantifier
        self.reduce_quantifier = False
        groups_before = self.group_count
        is_capture = c == "(" and (self.peek(1) != "?" or (self.peek(2) == "<" and self.peek(3) not in "=!"))
        atom = self.atom()
        q = self.quantifier(atom, reduce)
        if is_capture and q in ("?", "??", "{0,1}", "{0,1}?"):
            # JavaScript rejects an empty iteration: an optional group that matched "" did not match
            self.optional_groups.append(groups_before + 1)
        return atom + q

    def no_quantifier(self, msg: str = "Nothing to repeat") -> None:
        c = self.peek()
        if c in ("*", "+", "?") or (c == "{" and self._brace_quantifier(self.i) is not None):
            self.error(msg)

    def _brace_quantifier(self, j: int):
        """Parse {n}, {n,}, {n,m} at j: (min, max or None, end index) or None."""
        m = re.compile(r"\{(\d+)(,(\d*))?\}").match(self.src, j)
        if not m:
            return None
        lo = int(m.group(1))
        if m.group(2) is None:
            hi = lo
        elif m.group(3) == "":
            hi = None
        else:
            hi = int(m.group(3))
        return lo, hi, m.end()

    def quantifier(self, atom: str, reduce: bool = False) -> str:
        c = self.peek()
        if c in ("*", "+", "?"):
            self.i += 1
            q = c
        elif c == "{":
            b = self._brace_quantifier(self.i)
            if b is None:
                if self.unicode:
                    self.error("Incomplete quantifier")
                return ""
            lo, hi, end = b
            if hi is not None and hi < lo:
                self.error("numbers out of order in {} quantifier")
            self.i = end
            lo = min(lo, 4294967294)
            if hi is None:
                q = "{%d,}" % lo
            else:
                q = "{%d,%d}" % (lo, min(hi, 4294967294))
        else:
            return ""
        if self.eat("?"):
            q += "?"
        c = self.peek()
        if c in ("*", "+", "?") or (c == "{" and self._brace_quantifier(self.i) is not None):
            self.error("Nothing to repeat")
        if reduce:
            lo = {"*": 0, "+": 1, "?": 0}.get(q[0])
            if lo is None:
                lo = int(q[1:].split(",")[0].rstrip("}?"))
            return "{%d}" % lo
        return q

    def close_group(self) -> None:
        if not self.eat(")"):
            self.error("Unterminated group")

    def atom(self) -> str:
        c = self.peek()
        if c in ("*", "+", "?"):
            self.error("Nothing to repeat")
        if c == "{":
            if self._brace_quantifier(self.i) is not None:
                self.error("Nothing to repeat")
            if self.unicode:
                self.error("Lone quantifier brackets")
            self.i += 1
            return r"\{"
        if c in ("}", "]"):
            if self.unicode:
                self.error("Lone quantifier brackets")
            self.i += 1
            return "\\" + c
        if c == ".":
            self.i += 1
            return r"[\s\S]" if self.dotall else r"[^\n\r\u2028\u2029]"
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.atom_escape()
        self.i += 1
        cp = ord(c)
        if 0xD800 <= cp <= 0xDBFF and self.i < self.n and 0xDC00 <= ord(self.peek()) <= 0xDFFF:
            cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(self.peek()) - 0xDC00)
            self.i += 1
        return _lit(cp)

    def _repeated_with_inner_captures(self, open_pos: int) -> bool:
        """Whether the group opening at open_pos repeats (max > 1) and contains a capturing group."""
        src = self.src
        depth = 0
        inner = False
        close = None
        for i in _parens(src, open_pos):
            if src[i] == "(":
                if i > open_pos and _opens_capture(src, i):
                    inner = True
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    close = i
                    break
        if not inner or close is None:
            return False
        q = src[close + 1:close + 2]
        if q in ("*", "+"):
            return True
        if q == "{":
            b = self._brace_quantifier(close + 1)
            return b is not None and (b[1] is None or b[1] > 1)
        return False

    def group(self) -> str:
        open_pos = self.i
        marker = None
        if not self.src.startswith("(?=", open_pos) and not self.src.startswith("(?!", open_pos) \
                and self._repeated_with_inner_captures(open_pos):
            self.py_count += 1
            marker = self.py_count
        self.i += 1  # (
        if self.eat("?:"):
            body = self.group_body(marker)
            if marker is not None:
                return "(?:()(?:" + body + "))"
            return "(?:" + body + ")"
        if self.peek() == "?":
            if self.peek(1) == "<":
                self.i += 2
                name = self.group_name()
                if name in self.names:
                    self.error("Duplicate capture group name")
                return self.capture(name, marker)
            self.error("Invalid group")
        return self.capture(None, marker)

    def capture(self, name, marker=None) -> str:
        self.group_count += 1
        index = self.group_count
        self.py_count += 1
        self.js_to_py[index] = self.py_count
        if self.loop_markers:
            self.resets.append((index, list(self.loop_markers)))
        self.names.append(name)
        self.open_groups.append(index)
        body = self.group_body(marker)
        self.open_groups.pop()
        if marker is not None:
            return "(?:()(" + body + "))"
        return "(" + body + ")"

    def group_body(self, marker) -> str:
        """A group's alternatives up to its ``)``; inside a repeated group (a marker),
        the captures it holds are reset on each repetition."""
        if marker is not None:
            self.loop_markers.append(marker)
        body = self.disjunction()
        self.close_group()
        if marker is not None:
            self.loop_markers.pop()
        return body

    def group_name(self) -> str:
        """Parse `name>` of (?<name> or \\k<name>."""
        start = self.i
        end = self.src.find(">", start)
        if end < 0:
            self.error("Invalid capture group name")
        raw = self.src[start:end]
        name = self._decode_name(raw)
        if name is None:
            self.error("Invalid capture group name")
        self.i = end + 1
        return name

    @staticmethod
    def _decode_name(raw: str):
        def unesc(m):
            h = m.group(1) or m.group(2)
            return chr(int(h, 16))

        name = re.sub(r"\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})", unesc, raw)
        if not name or "\\" in name:
            return None
        first = name[0]
        if not (first == "$" or first == "_" or first.isalpha()):
            return None
        for ch in name[1:]:
            if not (ch == "$" or ch == "_" or ch.isalnum() or ch in "\u200c\u200d"
                    or unicodedata.category(ch) in ("Mn", "Mc", "Pc")):
                return None
        return name

    def backref(self, index: int) -> str:
        if index in self.open_groups or index > self.group_count:
            # a reference to a group that has not closed yet matches the empty string
            return "(?:)"
        py = self.js_to_py[index]
        return "(?(%d)(?:\\%d))" % (py, py)

    def atom_escape(self) -> str:
        self.i += 1  # backslash
        if self.i >= self.n:
            self.error("\\ at end of pattern")
        c = self.peek()
        escape = self.class_escape(c)
        if escape is not None:
            return _class_pattern(*escape)
        if "1" <= c <= "9":
            j = self.i
            while j < self.n and self.src[j].isdigit():
                j += 1
            num = int(self.src[self.i:j])
            if num <= self.total_groups:
                self.i = j
                return self.backref(num)
            if self.unicode:
                self.error("Invalid escape")
            # legacy octal escape or identity escape of 8/9
            if c in "89":
                self.i += 1
                return _lit(ord(c))
            return _lit(self.legacy_octal())
        if c == "k":
            if self.named_mode:
                self.i += 1
                if self.peek() != "<":
                    self.error("Invalid named reference")
                self.i += 1
                name = self.group_name()
                if name not in self.all_names:
                    self.error("Invalid named capture referenced")
                index = self.all_names.index(name) + 1
                return self.backref(index)
            self.i += 1
            return "k"
        cp = self.character_escape(in_class=False)
        return _lit(cp)

    def class_escape(self, c: str):
        """After a backslash: \\d \\D \\w \\W \\s \\S, and \\p{..} \\P{..} with the u or v flag,
        as ("+" or "-", class body) (see _class_pattern); None for any other escape."""
        if c in "dDwWsS":
            self.i += 1
            body = {"d": _DIGIT_CLASS, "w": _WORD_CLASS, "s": _WS_CLASS}[c.lower()]
            return ("+" if c.islower() else "-", body)
        if c in "pP" and self.unicode:
            self.i += 1
            body = _ranges_to_class(self.property_escape())
            if not body:   # an empty property: no character, or with \P every one
                return ("-", r"\s\S") if c == "p" else ("+", r"\s\S")
            return ("+" if c == "p" else "-", body)
        return None

    def legacy_octal(self) -> int:
        j = self.i
        v = 0
        while j < self.n and j - self.i < 3 and "0" <= self.src[j] <= "7":
            nv = v * 8 + int(self.src[j])
            if nv > 0o377:
                break
            v = nv
            j += 1
        self.i = j
        return v

    def property_escape(self) -> list:
        if self.peek() != "{":
            self.error("Invalid property name")
        end = self.src.find("}", self.i)
        if end < 0:
            self.error("Invalid property name")
        body = self.src[self.i + 1:end]
        ranges = _property_ranges(body)
        if ranges is None:
            self.error("Invalid property name")
        self.i = end + 1
        return ranges

    def character_escape(self, in_class: bool) -> int:
        """Parse the escape after the backslash: the code point it denotes."""
        c = self.peek()
        self.i += 1
        simple = {"t": 9, "n": 10, "v": 11, "f": 12, "r": 13}
        if c in simple:
            return simple[c]
        if c == "0" and not self.peek().isdigit():
            return 0
        if c == "0" or ("1" <= c <= "7" and in_class):
            if self.unicode:
                self.error("Invalid class escape" if in_class else "Invalid decimal escape")
            self.i -= 1
            return self.legacy_octal()
        if c == "c":
            d = self.peek()
            if d.isascii() and d.isalpha():
                self.i += 1
                return ord(d) % 32
            if in_class and not self.unicode and (d.isdigit() or d == "_"):
                self.i += 1
                return ord(d) % 32
            if self.unicode:
                self.error("Invalid unicode escape")
            self.i -= 1  # the backslash is a literal, 'c' is read next
            return ord("\\")
        if c == "x":
            h = self.src[self.i:self.i + 2]
            if len(h) == 2 and all(ch in "0123456789abcdefABCDEF" for ch in h):
                self.i += 2
                return int(h, 16)
            if self.unicode:
                self.error("Invalid escape")
            return ord("x")
        if c == "u":
            cp = self.unicode_escape()
            if cp is None:
                if self.unicode:
                    self.error("Invalid Unicode escape")
                return ord("u")
            return cp
        if self.unicode:
            if c in _SYNTAX_CHARS or (in_class and c == "-"):
                return ord(c)
            self.error("Invalid escape")
        if c == "k" and self.named_mode:
            self.error("Invalid named reference")
        cp = ord(c)
        if 0xD800 <= cp <= 0xDBFF and self.i < self.n and 0xDC00 <= ord(self.peek()) <= 0xDFFF:
            cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(self.peek()) - 0xDC00)
            self.i += 1
        return cp

    def unicode_escape(self):
        """After \\u: \\uXXXX (joining a surrogate pair) or \\u{...} with the u flag; None if malformed."""
        src = self.src
        if self.peek() == "{" and self.unicode:
            end = src.find("}", self.i)
            h = src[self.i + 1:end] if end > 0 else ""
            if not h or not all(ch in "0123456789abcdefABCDEF" for ch in h) or int(h, 16) > 0x10FFFF:
                self.error("Invalid Unicode escape")
            self.i = end + 1
            return int(h, 16)
        h = src[self.i:self.i + 4]
        if len(h) != 4 or not all(ch in "0123456789abcdefABCDEF" for ch in h):
            return None
        self.i += 4
        cp = int(h, 16)
        if 0xD800 <= cp <= 0xDBFF and src.startswith("\\u", self.i):
            h2 = src[self.i + 2:self.i + 6]
            if len(h2) == 4 and all(ch in "0123456789abcdefABCDEF" for ch in h2):
                lo = int(h2, 16)
                if 0xDC00 <= lo <= 0xDFFF:
                    self.i += 6
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
        return cp

    def class_set(self) -> str:
        """A v-mode class: nested classes, unions, `--` (difference) and `&&` (intersection).

        Each operand becomes a pattern matching one character; the set
        operations are lookaheads before the consuming operand.
        """
        self.i += 1  # [
        negated = self.eat("^")
        operands = []
        op = None
        while True:
            if self.i >= self.n:
                self.error("Unterminated character class")
            if self.peek() == "]":
                self.i += 1
                break
            if self.src.startswith("--", self.i) or self.src.startswith("&&", self.i):
                this_op = self.src[self.i:self.i + 2]
                if (op is not None and op != this_op) or not operands:
                    self.error("Invalid set operation in character class")
                op = this_op
                self.i += 2
                continue
            operands.append(self.class_set_operand())
        if not operands:
            body = "(?!)"
        elif op is None:
            body = operands[0] if len(operands) == 1 else "(?:" + "|".join(operands) + ")"
        elif op == "--":
            body = "(?:" + "".join("(?!" + o + ")" for o in operands[1:]) + operands[0] + ")"
        else:
            body = "(?:" + "".join("(?=" + o + ")" for o in operands[:-1]) + operands[-1] + ")"
        if negated:
            return r"(?:(?!" + body + r")[\s\S])"
        return body

    def class_set_operand(self) -> str:
        c = self.peek()
        if c == "[":
            return self.class_set()
        if c == "\\" and self.peek(1) == "q" and self.peek(2) == "{":
            end = self.src.find("}", self.i)
            if end < 0:
                self.error("Invalid escape")
            alts = self.src[self.i + 3:end].split("|")
            self.i = end + 1
            alts.sort(key=len, reverse=True)
            return "(?:" + "|".join("".join(_lit(ord(ch)) for ch in a) for a in alts) + ")"
        a = self.class_atom()
        if type(a) is not int:
            return _class_pattern(*a)
        if self.peek() == "-" and self.peek(1) not in ("-", "]", ""):
            self.i += 1
            b = self.class_atom()
            if type(b) is not int:
                self.error("Invalid character class")
            if a > b:
                self.error("Range out of order in character class")
            return "[" + _lit(a) + "-" + _lit(b) + "]"
        return "[" + _lit(a) + "]"

    def char_class(self) -> str:
        if self.sets_mode:
            return self.class_set()
        self.i += 1  # [
        negated = self.eat("^")
        ranges = []  # (lo, hi)
        positive_sets = []  # class bodies to include
        negative_sets = []  # class bodies whose complement is included
        while True:
            if self.i >= self.n:
                self.error("Unterminated character class")
            if self.peek() == "]":
                self.i += 1
                break
            a = self.class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                save = self.i
                self.i += 1
                b = self.class_atom()
                if type(a) is int and type(b) is int:
                    if a > b:
                        self.error("Range out of order in character class")
                    ranges.append((a, b))
                    continue
                if self.unicode:
                    self.error("Invalid character class")
                # annex B: a class escape next to '-' makes the '-' literal
                self.i = save + 1
                self._add_class_item(a, ranges, positive_sets, negative_sets)
                ranges.append((ord("-"), ord("-")))
                continue
            self._add_class_item(a, ranges, positive_sets, negative_sets)
        body = _ranges_to_class(ranges) + "".join(positive_sets)
        if not negative_sets:
            if not body:
                return r"[\s\S]" if negated else "(?!)"
            return ("[^" if negated else "[") + body + "]"
        alts = (["[" + body + "]"] if body else []) + ["[^" + s + "]" for s in negative_sets]
        union = "(?:" + "|".join(alts) + ")"
        if negated:
            return r"(?:(?!" + union + r")[\s\S])"
        return union

    @staticmethod
    def _add_class_item(a, ranges, positive_sets, negative_sets) -> None:
        if type(a) is int:
            ranges.append((a, a))
        elif a[0] == "+":
            positive_sets.append(a[1])
        else:
            negative_sets.append(a[1])

    def class_atom(self):
        """A code point (int) or ("+"/"-", class body) for \\d, \\W, \\p{..} and the like."""
        c = self.peek()
        if c != "\\":
            self.i += 1
            cp = ord(c)
            if 0xD800 <= cp <= 0xDBFF and self.i < self.n and 0xDC00 <= ord(self.peek()) <= 0xDFFF:
                cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(self.peek()) - 0xDC00)
                self.i += 1
            return cp
        self.i += 1
        if self.i >= self.n:
            self.error("\\ at end of pattern")
        c = self.peek()
        escape = self.class_escape(c)
        if escape is not None:
            return escape
        if c == "b":
            self.i += 1
            return 8
        if c == "-" and self.unicode:
            self.i += 1
            return ord("-")
        if "1" <= c <= "9" and not self.unicode:
            if c in "89":
                self.i += 1
                return ord(c)
            return self.legacy_octal()
        if c == "k" and not self.named_mode:
            self.i += 1
            return ord("k")
        return self.character_escape(in_class=True)


_compile_cache: dict = {}


def compile_pattern(source: str, flags: str):
    """(compiled Python pattern, capture count, group names) for a JavaScript pattern; cached.

    Raises RegexSyntaxError with V8's message text (without the
    "Invalid regular expression: /.../: " prefix).
    """
    key = (source, flags)
    hit = _compile_cache.get(key)
    if hit is not None:
        return hit
    tr = _Translator(source, flags)
    py = tr.translate()
    py_flags = 0
    if "i" in flags:
        py_flags |= re.IGNORECASE
    try:
        pattern = re.compile(py, py_flags)
    except re.error as e:  # e.g. variable-width lookbehind, which Python's re cannot do
        raise RegexSyntaxError(f"Unsupported by this engine ({e.msg})") from None
    except (OverflowError, RecursionError):
        raise RegexSyntaxError("Regular expression too large") from None
    if tr.py_count == tr.group_count and not tr.optional_groups:
        py_index = None  # the same numbering, nothing to adjust
    else:
        py_index = [tr.js_to_py[k] for k in range(1, tr.group_count + 1)]
    resets = tr.resets + [(k, None) for k in tr.optional_groups]
    result = (pattern, tr.group_count, tr.names, py_index, resets)
    if len(_compile_cache) > 2000:
        _compile_cache.clear()
    _compile_cache[key] = result
    return result


def regexp_literal_error(source: str, flags: str):
    """V8's early-error text for a regular expression literal, or None if it is valid.

    e.g. ``regexp_literal_error("(", "")`` gives
    ``"Invalid regular expression: /(/: Unterminated group"``; bad flags give
    ``"Invalid regular expression flags"``. (For the parser's SyntaxError.)
    """
    if not valid_flags(flags):
        return "Invalid regular expression flags"
    try:
        compile_pattern(source, flags)
    except RegexSyntaxError as e:
        return f"Invalid regular expression: /{source}/{flags}: {e}"
    except RecursionError:
        return f"Invalid regular expression: /{source}/{flags}: Regular expression too large"
    return None


def escape_source(source: str) -> str:
    """EscapeRegExpPattern as V8 does it: '/' outside classes and line terminators escaped."""
    if source == "":
        return "(?:)"
    out = []
    in_class = False
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            if i + 1 < n:
                d = source[i + 1]
                if d in LINE_TERMINATORS:
                    out.append("\\" + _LT_ESCAPE[d])
                else:
                    out.append(c + d)
                i += 2
                continue
            out.append(c)
            i += 1
            continue
        if c == "/" and not in_class:
            out.append("\\/")
        elif c in LINE_TERMINATORS:
            out.append(_LT_ESCAPE_FULL[c])
        else:
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


_LT_ESCAPE = {"\n": "n", "\r": "r", "\u2028": "u2028", "\u2029": "u2029"}
_LT_ESCAPE_FULL = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def valid_flags(flags: str) -> bool:
    if len(set(flags)) != len(flags):
        return False
    if any(c not in FLAG_ORDER for c in flags):
        return False
    return not ("u" in flags and "v" in flags)


def install(realm) -> None:
    regexp_proto = realm.new_object()

    def describe(v):
        return realm.host.describe(v)

    def syntax_error(source, flags, msg):
        return JSError("SyntaxError", f"Invalid regular expression: /{source}/{flags}: {msg}")

    def make_data(source: str, flags: str) -> RegExpData:
        try:
            compiled = compile_pattern(source, flags)
        except RegexSyntaxError as e:
            raise syntax_error(source, flags, str(e)) from None
        except RecursionError:
            raise syntax_error(source, flags, "Regular expression too large") from None
        return RegExpData(source, flags, compiled)

    def alloc(proto, data: RegExpData) -> JSObject:
        rx = JSObject(proto, "RegExp", data)
        rx.define_own("lastIndex", 0.0, WRITABLE)
        return rx

    def regexp_create_literal(source: str, flags: str = ""):
        if not valid_flags(flags):
            raise JSError("SyntaxError", "Invalid regular expression flags")
        return alloc(regexp_proto, make_data(source, flags))

    realm.intrinsics["%RegExpCreate%"] = regexp_create_literal

    # ------------------------------------------------------------ constructor
    def regexp_init(pattern, flags, proto):
        if isinstance(pattern, JSObject) and type(pattern.internal) is RegExpData:
            p = pattern.internal.source
            f = pattern.internal.flags if flags is UNDEFINED else flags
        elif is_regexp(pattern):
            p = pattern.get("source")
            f = pattern.get("flags") if flags is UNDEFINED else flags
        else:
            p = pattern
            f = flags
        p = "" if p is UNDEFINED else to_string(p)
        f = "" if f is UNDEFINED else to_string(f)
        if not valid_flags(f):
            raise JSError("SyntaxError", f"Invalid flags supplied to RegExp constructor '{f}'")
        return alloc(proto, make_data(p, f))

    def regexp_call(this, args):
        pattern = args[0] if args else UNDEFINED
        flags = args[1] if len(args) > 1 else UNDEFINED
        if flags is UNDEFINED and is_regexp(pattern):
            if pattern.get("constructor") is regexp_ctor:
                return pattern
        return regexp_init(pattern, flags, regexp_proto)

    def regexp_construct(args, new_target):
        pattern = args[0] if args else UNDEFINED
        flags = args[1] if len(args) > 1 else UNDEFINED
        return regexp_init(pattern, flags, realm.proto_from(new_target, regexp_proto))

    regexp_ctor = realm.make_constructor("RegExp", 2, regexp_call, regexp_construct, regexp_proto)
    realm.define_global("RegExp", regexp_ctor)

    # legacy static properties (RegExp.$1, RegExp.lastMatch, ...)
    legacy = {"input": "", "match": None, "caps": []}

    def legacy_getter(kind):
        def get(this, args):
            m = legacy["match"]
            s = legacy["input"]
            if kind == "input":
                return s
            if m is None:
                return ""
            if kind == "lastMatch":
                return m.group(0)
            caps = legacy["caps"]
            if kind == "lastParen":
                return (caps[-1] or "") if caps else ""
            if kind == "leftContext":
                return s[:m.start()]
            if kind == "rightContext":
                return s[m.end():]
            k = int(kind)
            if k <= len(caps):
                return caps[k - 1] or ""
            return ""
        return get

    def legacy_setter(kind):
        def set_(this, args):
            if kind == "input":
                legacy["input"] = to_string(args[0] if args else UNDEFINED)
            return UNDEFINED
        return set_

    for name, kind in (("input", "input"), ("$_", "input"), ("lastMatch", "lastMatch"), ("$&", "lastMatch"),
                       ("lastParen", "lastParen"), ("$+", "lastParen"), ("leftContext", "leftContext"),
                       ("$`", "leftContext"), ("rightContext", "rightContext"), ("$'", "rightContext"),
                       *[(f"${k}", str(k)) for k in range(1, 10)]):
        realm.getter(regexp_ctor, name, legacy_getter(kind), legacy_setter(kind))
    realm.getter(regexp_ctor, SYM_SPECIES, lambda this, args: this)

    # ------------------------------------------------------------ exec machinery
    def set_last_index(rx, v: float) -> None:
        if not rx.put("lastIndex", v):
            desc = "[object RegExp]" if type(rx.internal) is RegExpData else describe(rx)
            raise type_error(f"Cannot assign to read only property 'lastIndex' of object '{desc}'")

    def builtin_match(rx, s: str):
        """RegExpBuiltinExec up to the match: a Python match object or None (lastIndex updated)."""
        data = rx.internal
        li = rx.props.get("lastIndex")
        last_index = int(li) if type(li) is float and 0 <= li < 2**53 and li == int(li) else to_length(rx.get("lastIndex"))
        g = data.global_
        y = data.sticky
        if not g and not y:
            last_index = 0
        if last_index > len(s):
            if g or y:
                set_last_index(rx, 0.0)
            return None
        pat = data.pattern
        m = pat.match(s, last_index) if y else pat.search(s, last_index)
        if m is None:
            if g or y:
                set_last_index(rx, 0.0)
            return None
        if g or y:
            set_last_index(rx, float(m.end()))
        legacy["input"] = s
        legacy["match"] = m
        legacy["caps"] = data.captures(m) if data.ngroups else []
        return m

    def match_to_array(rx, m, s: str) -> JSArray:
        data = rx.internal
        n = data.ngroups
        vals = [m.group(0)]
        if n:
            vals.extend(UNDEFINED if v is None else v for v in data.captures(m))
        a = realm.new_array(vals)
        a.define_own("index", float(m.start()))
        a.define_own("input", s)
        names = data.group_names
        groups = UNDEFINED
        if any(nm is not None for nm in names):
            groups = JSObject(None)
            for k, nm in enumerate(names):
                if nm is not None:
                    groups.define_own(nm, vals[k + 1])
        a.define_own("groups", groups)
        if data.has_indices:
            pairs = [UNDEFINED if sp is None else realm.new_array([float(sp[0]), float(sp[1])])
                     for sp in data.spans(m)]
            indices = realm.new_array(pairs)
            igroups = UNDEFINED
            if groups is not UNDEFINED:
                igroups = JSObject(None)
                for k, nm in enumerate(names):
                    if nm is not None:
                        igroups.define_own(nm, pairs[k + 1])
            indices.define_own("groups", igroups)
            a.define_own("indices", indices)
        return a

    def this_regexp(this, name):
        if not (isinstance(this, JSObject) and type(this.internal) is RegExpData):
            raise type_error(f"Method RegExp.prototype.{name} called on incompatible receiver {describe(this)}")
        return this

    def exec_(this, args):
        rx = this_regexp(this, "exec")
        s = to_string(args[0] if args else UNDEFINED)
        m = builtin_match(rx, s)
        if m is None:
            return NULL
        return match_to_array(rx, m, s)

    def pristine(rx) -> bool:
        """True when exec/flags behave as built in, so Python can skip the observable protocol."""
        return (type(rx.internal) is RegExpData and rx.proto is regexp_proto
                and "exec" not in rx.props and "flags" not in rx.props
                and regexp_proto.props.get("exec") is exec_fn)

    def regexp_exec(rx, s: str):
        """RegExpExec(R, S): a result object or NULL."""
        ex = rx.get("exec")
        if isinstance(ex, JSFunction):
            if ex is exec_fn:
                if type(rx.internal) is not RegExpData:
                    raise type_error(f"Method RegExp.prototype.exec called on incompatible receiver {describe(rx)}")
                m = builtin_match(rx, s)
                return NULL if m is None else match_to_array(rx, m, s)
            r = ex.call(rx, [s])
            if r is not NULL and not isinstance(r, JSObject):
                raise type_error("RegExp exec method returned something other than an Object or null")
            return r
        if type(rx.internal) is not RegExpData:
            raise type_error(f"Method RegExp.prototype.exec called on incompatible receiver {describe(rx)}")
        m = builtin_match(rx, s)
        return NULL if m is None else match_to_array(rx, m, s)

    def require_object(this, what):
        if not isinstance(this, JSObject):
            raise type_error(f"Method RegExp.prototype.{what} called on incompatible receiver {describe(this)}")
        return this

    def test(this, args):
        if not isinstance(this, JSObject):  # V8 names every primitive receiver "undefined" here
            raise type_error("Method RegExp.prototype.test called on incompatible receiver undefined")
        rx = this
        s = to_string(args[0] if args else UNDEFINED)
        if pristine(rx):
            return builtin_match(rx, s) is not None
        return regexp_exec(rx, s) is not NULL

    def to_string_(this, args):
        rx = require_object(this, "toString")
        return "/" + to_string(rx.get("source")) + "/" + to_string(rx.get("flags"))

    def compile_(this, args):
        rx = this_regexp(this, "compile")
        pattern = args[0] if args else UNDEFINED
        flags = args[1] if len(args) > 1 else UNDEFINED
        if isinstance(pattern, JSObject) and type(pattern.internal) is RegExpData:
            if flags is not UNDEFINED:
                raise type_error("Cannot supply flags when constructing one RegExp from another")
            data = pattern.internal
        else:
            p = "" if pattern is UNDEFINED else to_string(pattern)
            f = "" if flags is UNDEFINED else to_string(flags)
            if not valid_flags(f):
                raise JSError("SyntaxError", f"Invalid flags supplied to RegExp constructor '{f}'")
            data = make_data(p, f)
        rx.internal = data
        set_last_index(rx, 0.0)
        return rx

    # -- accessors
    def source_get(this, args):
        if isinstance(this, JSObject) and type(this.internal) is RegExpData:
            return escape_source(this.internal.source)
        if this is regexp_proto:
            return "(?:)"
        raise type_error("RegExp.prototype.source getter called on non-RegExp object")

    def flag_getter(name, letter):
        def get(this, args):
            if isinstance(this, JSObject) and type(this.internal) is RegExpData:
                return letter in this.internal.flags
            if this is regexp_proto:
                return UNDEFINED
            raise type_error(f"RegExp.prototype.{name} getter called on non-RegExp object")
        return get

    def flags_get(this, args):
        if not isinstance(this, JSObject):
            raise type_error(f"RegExp.prototype.flags getter called on non-object {describe(this)}")
        if type(this.internal) is RegExpData and this.proto is regexp_proto and pristine_flag_getters():
            return "".join(c for c in FLAG_ORDER if c in this.internal.flags)
        out = []
        for letter, prop in (("d", "hasIndices"), ("g", "global"), ("i", "ignoreCase"), ("m", "multiline"),
                             ("s", "dotAll"), ("u", "unicode"), ("v", "unicodeSets"), ("y", "sticky")):
            if to_boolean(this.get(prop)):
                out.append(letter)
        return "".join(out)

    flag_accessors = {}

    def pristine_flag_getters() -> bool:
        props = regexp_proto.props
        for prop, acc in flag_accessors.items():
            if props.get(prop) is not acc:
                return False
        return True

    # -- Symbol methods
    def flags_of(rx) -> str:
        if pristine(rx) and pristine_flag_getters():
            return rx.internal.flags
        return to_string(rx.get("flags"))

    def advance(rx, s):
        this_index = to_length(rx.get("lastIndex"))
        set_last_index(rx, float(this_index + 1))

    def symbol_match(this, args):
        rx = require_object(this, "@@match")
        s = to_string(args[0] if args else UNDEFINED)
        flags = flags_of(rx)
        if "g" not in flags:
            return regexp_exec(rx, s)
        set_last_index(rx, 0.0)
        out = []
        if pristine(rx):
            while True:
                m = builtin_match(rx, s)
                if m is None:
                    break
                out.append(m.group(0))
                if m.end() == m.start():
                    advance(rx, s)
        else:
            while True:
                r = regexp_exec(rx, s)
                if r is NULL:
                    break
                ms = to_string(r.get("0"))
                out.append(ms)
                if ms == "":
                    advance(rx, s)
        return realm.new_array(out) if out else NULL

    def symbol_replace(this, args):
        rx = require_object(this, "@@replace")
        s = to_string(args[0] if args else UNDEFINED)
        replace_value = args[1] if len(args) > 1 else UNDEFINED
        functional = isinstance(replace_value, JSFunction)
        if not functional:
            replace_value = to_string(replace_value)
        flags = flags_of(rx)
        global_ = "g" in flags
        if global_:
            set_last_index(rx, 0.0)
        # collect (matched, position, captures, groups)
        results = []
        if pristine(rx):
            names = rx.internal.group_names
            has_names = any(nm is not None for nm in names)
            while True:
                m = builtin_match(rx, s)
                if m is None:
                    break
                caps = [UNDEFINED if v is None else v for v in rx.internal.captures(m)]
                groups = UNDEFINED
                if has_names:
                    groups = JSObject(None)
                    for k, nm in enumerate(names):
                        if nm is not None:
                            groups.define_own(nm, caps[k])
                results.append((m.group(0), m.start(), caps, groups))
                if not global_:
                    break
                if m.end() == m.start():
                    advance(rx, s)
        else:
            raw = []
            while True:
                r = regexp_exec(rx, s)
                if r is NULL:
                    break
                raw.append(r)
                if not global_:
                    break
                if to_string(r.get("0")) == "":
                    advance(rx, s)
            for r in raw:
                ncaps = max(to_length(r.get("length")) - 1, 0)
                matched = to_string(r.get("0"))
                pos = int(max(min(to_integer_or_infinity(r.get("index")), len(s)), 0))
                caps = []
                for k in range(1, ncaps + 1):
                    c = r.get(str(k))
                    caps.append(c if c is UNDEFINED else to_string(c))
                groups = r.get("groups")
                results.append((matched, pos, caps, groups))
        out = []
        next_pos = 0
        for matched, pos, caps, groups in results:
            if functional:
                call_args = [matched, *caps, float(pos), s]
                if groups is not UNDEFINED:
                    call_args.append(groups)
                rep = to_string(replace_value.call(UNDEFINED, call_args))
            else:
                if groups is not UNDEFINED:
                    groups = realm.to_object(groups)
                rep = get_substitution(matched, s, pos, caps, groups, replace_value)
            if pos >= next_pos:
                out.append(s[next_pos:pos])
                out.append(rep)
                next_pos = pos + len(matched)
        out.append(s[next_pos:])
        return "".join(out)

    def symbol_search(this, args):
        rx = require_object(this, "@@search")
        s = to_string(args[0] if args else UNDEFINED)
        previous = rx.get("lastIndex")
        if not same_value(previous, 0.0):
            set_last_index(rx, 0.0)
        r = regexp_exec(rx, s)
        current = rx.get("lastIndex")
        if not same_value(current, previous):
            set_last_index(rx, previous)
        if r is NULL:
            return -1.0
        return r.get("index")

    def species_constructor(o, default):
        c = o.get("constructor")
        if c is UNDEFINED:
            return default
        if not isinstance(c, JSObject):
            raise type_error("The .constructor property is not an object")
        sp = c.get(SYM_SPECIES)
        if sp is UNDEFINED or sp is NULL:
            return default
        if isinstance(sp, JSFunction) and sp.is_constructor:
            return sp
        raise type_error("object.constructor[Symbol.species] is not a constructor")

    def symbol_split(this, args):
        rx = require_object(this, "@@split")
        s = to_string(args[0] if args else UNDEFINED)
        limit = args[1] if len(args) > 1 else UNDEFINED
        c = species_constructor(rx, regexp_ctor)
        flags = flags_of(rx)
        fast = c is regexp_ctor and pristine(rx)
        if fast:
            splitter = None
        else:
            new_flags = flags if "y" in flags else flags + "y"
            splitter = c.construct([rx, new_flags], c)
        lim = 4294967295 if limit is UNDEFINED else to_uint32(limit)
        out = []
        if lim == 0:
            return realm.new_array()
        size = len(s)
        if fast:
            pat = rx.internal.pattern
            if size == 0:
                return realm.new_array([] if pat.match(s, 0) else [s])
            p = 0
            q = 0
            while q < size:
                m = pat.search(s, q)
                if m is None:
                    break
                q = m.start()
                if q >= size:
                    break
                e = min(m.end(), size)
                if e == p:
                    q += 1
                    continue
                out.append(s[p:q])
                if len(out) == lim:
                    return realm.new_array(out)
                p = e
                for v in rx.internal.captures(m):
                    out.append(UNDEFINED if v is None else v)
                    if len(out) == lim:
                        return realm.new_array(out)
                q = p
            out.append(s[p:])
            return realm.new_array(out)
        if size == 0:
            z = regexp_exec(splitter, s)
            return realm.new_array([] if z is not NULL else [s])
        p = 0
        q = 0
        while q < size:
            set_last_index(splitter, float(q))
            z = regexp_exec(splitter, s)
            if z is NULL:
                q += 1
                continue
            e = min(to_length(splitter.get("lastIndex")), size)
            if e == p:
                q += 1
                continue
            out.append(s[p:q])
            if len(out) == lim:
                return realm.new_array(out)
            p = e
            ncaps = max(to_length(z.get("length")) - 1, 0)
            for k in range(1, ncaps + 1):
                out.append(z.get(str(k)))
                if len(out) == lim:
                    return realm.new_array(out)
            q = p
        out.append(s[p:])
        return realm.new_array(out)

    # RegExp String Iterator
    iter_proto = realm.new_object(realm.intrinsics.get("%IteratorPrototype%") or realm.object_prototype)

    class _MatchAllState:
        __slots__ = ("rx", "s", "global_", "done")

        def __init__(self, rx, s, global_):
            self.rx = rx
            self.s = s
            self.global_ = global_
            self.done = False

    def match_all_next(this, args):
        st = this.internal if isinstance(this, JSObject) else None
        if type(st) is not _MatchAllState:
            raise type_error("Method %RegExpStringIterator%.prototype.next called on incompatible receiver "
                             + describe(this))
        if st.done:
            return realm.iter_result(UNDEFINED, True)
        r = regexp_exec(st.rx, st.s)
        if r is NULL:
            st.done = True
            return realm.iter_result(UNDEFINED, True)
        if st.global_:
            if to_string(r.get("0")) == "":
                advance(st.rx, st.s)
            return realm.iter_result(r, False)
        st.done = True
        return realm.iter_result(r, False)

    realm.method(iter_proto, "next", match_all_next, 0)
    realm.to_string_tag(iter_proto, "RegExp String Iterator")
    realm.intrinsics["%RegExpStringIteratorPrototype%"] = iter_proto

    def symbol_match_all(this, args):
        rx = require_object(this, "@@matchAll")
        s = to_string(args[0] if args else UNDEFINED)
        c = species_constructor(rx, regexp_ctor)
        flags = flags_of(rx)
        matcher = c.construct([rx, flags], c)
        last_index = to_length(rx.get("lastIndex"))
        set_last_index(matcher, float(last_index))
        return JSObject(iter_proto, "Object", _MatchAllState(matcher, s, "g" in flags))

    def tracked(fn):
        """Report a changed lastIndex to the host once per call (the recorder diffs the object)."""
        def wrapper(this, args):
            if not isinstance(this, JSObject):
                return fn(this, args)
            before = this.props.get("lastIndex")
            try:
                return fn(this, args)
            finally:
                after = this.props.get("lastIndex")
                if after is not before and not (type(after) is float and type(before) is float
                                                 and after == before):
                    realm.host.touched(this)
        return wrapper

    exec_ = tracked(exec_)
    test = tracked(test)
    compile_ = tracked(compile_)
    symbol_match = tracked(symbol_match)
    symbol_replace = tracked(symbol_replace)
    symbol_search = tracked(symbol_search)

    m = realm.method
    p = regexp_proto
    exec_fn = m(p, "exec", exec_, 1)
    realm.getter(p, "dotAll", flag_getter("dotAll", "s"))
    realm.getter(p, "flags", flags_get)
    realm.getter(p, "global", flag_getter("global", "g"))
    realm.getter(p, "hasIndices", flag_getter("hasIndices", "d"))
    realm.getter(p, "ignoreCase", flag_getter("ignoreCase", "i"))
    realm.getter(p, "multiline", flag_getter("multiline", "m"))
    realm.getter(p, "source", source_get)
    realm.getter(p, "sticky", flag_getter("sticky", "y"))
    realm.getter(p, "unicode", flag_getter("unicode", "u"))
    m(p, "compile", compile_, 2)
    m(p, "toString", to_string_, 0)
    m(p, "test", test, 1)
    realm.getter(p, "unicodeSets", flag_getter("unicodeSets", "v"))
    for prop in ("dotAll", "global", "hasIndices", "ignoreCase", "multiline", "sticky", "unicode", "unicodeSets"):
        flag_accessors[prop] = p.props[prop]
    m(p, SYM_MATCH, symbol_match, 1)
    m(p, SYM_MATCH_ALL, symbol_match_all, 1)
    m(p, SYM_REPLACE, symbol_replace, 2)
    m(p, SYM_SEARCH, symbol_search, 1)
    m(p, SYM_SPLIT, symbol_split, 2)
    realm.intrinsics["%RegExpPrototype%"] = regexp_proto
    realm.intrinsics["%RegExp_exec%"] = exec_fn


__all__ = ["install", "compile_pattern", "escape_source", "regexp_literal_error", "RegExpData",
           "RegexSyntaxError"]
