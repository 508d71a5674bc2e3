"""JSON.parse and JSON.stringify with V8's output and error messages."""

from __future__ import annotations

import re

from ..conversions import number_to_string, to_integer_or_infinity, to_length, to_string
from ..values import (
    ENUMERABLE,
    HOLE,
    MISSING,
    NULL,
    UNDEFINED,
    Accessor,
    JSArray,
    JSBigInt,
    JSError,
    JSFunction,
    JSObject,
    to_number,
    type_error,
)

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\ud800-\udfff]')


def _escape_char(m) -> str:
    c = m.group(0)
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    return "\\u%04x" % ord(c)


def quote_json_string(s: str) -> str:
    """QuoteJSONString, as V8 writes it (lowercase \\u escapes, lone surrogates escaped)."""
    if _NEEDS_ESCAPE.search(s) is None:
        return '"' + s + '"'
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, s) + '"'


def _constructor_name(o) -> str:
    """The constructor name V8 shows in the circular-structure message (no getters run)."""
    p = o
    while p is not None:
        v = p.props.get("constructor", MISSING) if not p.exotic else p.get_own("constructor")
        if v is not MISSING:
            if isinstance(v, JSFunction):
                name = v.props.get("name")
                if type(name) is str and name:
                    return name
            break
        p = p.proto
    return "Object"


def _enumerable_string_keys(o) -> list:
    out = []
    for k in o.own_keys():
        if type(k) is str and o.flags_of(k) & ENUMERABLE and o.get_own(k) is not MISSING:
            out.append(k)
    return out


# ------------------------------------------------------------------ parse

_JSON_WS = " \t\n\r"
_SPECIAL_STRINGS = ("[object Object]", "undefined", "Infinity", "NaN")
_HEX = "0123456789abcdefABCDEF"


class _Parser:
    def __init__(self, realm, text: str):
        self.realm = realm
        self.s = text
        self.n = len(text)
        self.i = 0

    # -- errors (V8's messages)
    def fail(self, message: str):
        raise JSError("SyntaxError", message)

    def unexpected(self, pos: int, message: str | None = None):
        if message is not None:
            self.fail(f"{message} in JSON at position {pos}")
        s = self.s
        n = self.n
        if pos >= n:
            self.fail("Unexpected end of JSON input")
        c = s[pos]
        if c == "-" or "0" <= c <= "9":
            self.fail(f"Unexpected number in JSON at position {pos}")
        if c == '"':
            self.fail(f"Unexpected string in JSON at position {pos}")
        if s in _SPECIAL_STRINGS:
            self.fail(f'"{s}" is not valid JSON')
        if n <= 20:
            self.fail(f"Unexpected token '{c}', \"{s}\" is not valid JSON")
        if pos < 10:
            self.fail(f"Unexpected token '{c}', \"{s[:pos + 10]}\"... is not valid JSON")
        if pos >= n - 10:
            self.fail(f"Unexpected token '{c}', ...\"{s[pos - 10:]}\" is not valid JSON")
        self.fail(f"Unexpected token '{c}', ...\"{s[pos - 10:pos + 10]}\"... is not valid JSON")

    def skip_ws(self) -> None:
        s = self.s
        i = self.i
        n = self.n
        while i < n and s[i] in _JSON_WS:
            i += 1
        self.i = i

    def parse(self):
        self.skip_ws()
        v = self.value()
        self.skip_ws()
        if self.i < self.n:
            self.fail(f"Unexpected non-whitespace character after JSON at position {self.i}")
        return v

    def value(self):
        self.skip_ws()
        i = self.i
        if i >= self.n:
            self.unexpected(i)
        c = self.s[i]
        if c == '"':
            return self.string()
        if c == "{":
            return self.object()
        if c == "[":
            return self.array()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        if c == "t":
            return self.literal("true", True)
        if c == "f":
            return self.literal("false", False)
        if c == "n":
            return self.literal("null", NULL)
        self.unexpected(i)

    def literal(self, word: str, value):
        s = self.s
        i = self.i
        for k, ch in enumerate(word):
            if i + k >= self.n or s[i + k] != ch:
                self.unexpected(i + k)
        self.i = i + len(word)
        return value

    def number(self) -> float:
        s = self.s
        i = self.i
        start = i
        n = self.n
        if s[i] == "-":
            i += 1
            if i >= n or not ("0" <= s[i] <= "9"):
                self.unexpected(i, "No number after minus sign")
        if s[i] == "0":
            i += 1
            if i < n and "0" <= s[i] <= "9":
                self.unexpected(i)
        else:
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] == ".":
            i += 1
            if i >= n or not ("0" <= s[i] <= "9"):
                self.unexpected(i, "Unterminated fractional number")
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] in "eE":
            i += 1
            if i < n and s[i] in "+-":
                i += 1
            if i >= n or not ("0" <= s[i] <= "9"):
                self.unexpected(i, "Exponent part is missing a number")
            while i < n and "0" <= s[i] <= "9":
                i += 1
        self.i = i
        return float(s[start:i])

    def string(self) -> str:
        s = self.s
        n = self.n
        i = self.i + 1
        # fast path: no escapes, no control characters
        j = s.find('"', i)
        if j >= 0:
            chunk = s[i:j]
            if "\\" not in chunk and not any(c < " " for c in chunk):
                self.i = j + 1
                return chunk
        out = []
        start = i
        while True:
            if i >= n:
                self.fail(f"Unterminated string in JSON at position {i}")
            c = s[i]
            if c == '"':
                out.append(s[start:i])
                self.i = i + 1
                return _join_surrogates("".join(out))
            if c < " ":
                self.fail(f"Bad control character in string literal in JSON at position {i}")
            if c == "\\":
                out.append(s[start:i])
                i += 1
                if i >= n:
                    self.fail("Unexpected end of JSON input")
                e = s[i]
                if e == "u":
                    h = i + 1
                    for k in range(4):
                        if h + k >= n or s[h + k] not in _HEX:
                            self.fail(f"Bad Unicode escape in JSON at position {h + k}")
                    out.append(chr(int(s[h:h + 4], 16)))
                    i = h + 4
                elif e in _SIMPLE_ESCAPES:
                    out.append(_SIMPLE_ESCAPES[e])
                    i += 1
                else:
                    self.fail(f"Bad escaped character in JSON at position {i}")
                start = i
                continue
            i += 1

    def object(self):
        realm = self.realm
        obj = JSObject(realm.object_prototype)
        props = obj.props
        self.i += 1
        self.skip_ws()
        if self.i < self.n and self.s[self.i] == "}":
            self.i += 1
            return obj
        if self.i >= self.n or self.s[self.i] != '"':
            self.unexpected(self.i, "Expected property name or '}'")
        first = True
        while True:
            key = self.string()
            self.skip_ws()
            if self.i >= self.n or self.s[self.i] != ":":
                # V8 names the missing colon only after an object's first key
                self.unexpected(self.i, "Expected ':' after property name" if first else None)
            first = False
            self.i += 1
            v = self.value()
            props[key] = v
            self.skip_ws()
            if self.i < self.n and self.s[self.i] == ",":
                self.i += 1
                self.skip_ws()
                if self.i >= self.n or self.s[self.i] != '"':
                    self.unexpected(self.i, "Expected double-quoted property name")
                continue
            if self.i < self.n and self.s[self.i] == "}":
                self.i += 1
                return obj
            self.unexpected(self.i, "Expected ',' or '}' after property value")

    def array(self):
        items = []
        self.i += 1
        self.skip_ws()
        if self.i < self.n and self.s[self.i] == "]":
            self.i += 1
            return self.realm.new_array(items)
        while True:
            items.append(self.value())
            self.skip_ws()
            if self.i < self.n and self.s[self.i] == ",":
                self.i += 1
                continue
            if self.i < self.n and self.s[self.i] == "]":
                self.i += 1
                return self.realm.new_array(items)
            self.unexpected(self.i, "Expected ',' or ']' after array element")


_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_PAIR_RE = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _join_surrogates(s: str) -> str:
    if _PAIR_RE.search(s) is None:
        return s
    return _PAIR_RE.sub(lambda m: chr(0x10000 + ((ord(m.group(0)[0]) - 0xD800) << 10)
                                     + (ord(m.group(0)[1]) - 0xDC00)), s)


def install(realm) -> None:
    json = realm.new_object()
    # ------------------------------------------------------------ parse
    def internalize(holder, name, reviver):
        val = holder.get(name)
        if isinstance(val, JSObject):
            if type(val) is JSArray:
                for i in range(len(val.elems) if type(val) is JSArray else to_length(val.get("length"))):
                    k = str(i)
                    nv = internalize(val, k, reviver)
                    if nv is UNDEFINED:
                        val.delete_own(k)
                    else:
                        val.define_own(k, nv)
            else:
                for k in _enumerable_string_keys(val):
                    nv = internalize(val, k, reviver)
                    if nv is UNDEFINED:
                        val.delete_own(k)
                    else:
                        val.define_own(k, nv)
        return reviver.call(holder, [name, val])

    def parse(this, args):
        text = to_string(args[0] if args else UNDEFINED)
        result = _Parser(realm, text).parse()
        reviver = args[1] if len(args) > 1 else UNDEFINED
        if isinstance(reviver, JSFunction):
            root = realm.new_object()
            root.define_own("", result)
            return internalize(root, "", reviver)
        return result

    # ------------------------------------------------------------ stringify
    def stringify(this, args):
        value = args[0] if args else UNDEFINED
        replacer = args[1] if len(args) > 1 else UNDEFINED
        space = args[2] if len(args) > 2 else UNDEFINED
        replacer_fn = None
        property_list = None
        if isinstance(replacer, JSFunction):
            replacer_fn = replacer
        elif type(replacer) is JSArray:
            property_list = []
            seen = set()
            n = len(replacer.elems)
            for i in range(n):
                v = replacer.get(str(i))
                item = None
                if type(v) is str:
                    item = v
                elif type(v) is float:
                    item = to_string(v)
                elif isinstance(v, JSObject) and v.cls in ("String", "Number"):
                    item = to_string(v)
                if item is not None and item not in seen:
                    seen.add(item)
                    property_list.append(item)
        if isinstance(space, JSObject):
            if space.cls == "Number":
                space = to_number(space)
            elif space.cls == "String":
                space = to_string(space)
        if type(space) is float:
            k = min(10.0, to_integer_or_infinity(space))
            gap = " " * int(k) if k >= 1 else ""
        elif type(space) is str:
            gap = space[:10]
        else:
            gap = ""

        stack = []  # (object, key that led to it)
        on_stack: set = set()   # ids of the objects in stack

        def circular_error(value, key):
            idx = next(i for i, (o, _) in enumerate(stack) if o is value)
            lines = ["Converting circular structure to JSON",
                     f"    --> starting at object with constructor '{_constructor_name(stack[idx][0])}'"]
            middle = []
            for o, k in stack[idx + 1:]:
                middle.append(f"    |     {key_text(k)} -> object with constructor '{_constructor_name(o)}'")
            if len(middle) > 3:
                middle = middle[:2] + ["    |     ..."] + middle[-1:]
            lines.extend(middle)
            lines.append(f"    --- {key_text(key)} closes the circle")
            return type_error("\n".join(lines))

        def key_text(k):
            if type(k) is int:
                return f"index {k}"
            return f"property '{k}'"

        def serialize_property(key, holder, indent, value, key_for_stack):
            """SerializeJSONProperty with the value already read; None for undefined."""
            if isinstance(value, JSObject) or type(value) is JSBigInt:
                to_json = realm.get_v(value, "toJSON")
                if isinstance(to_json, JSFunction):
                    value = to_json.call(value, [key])
            if replacer_fn is not None:
                value = replacer_fn.call(holder, [key, value])
            t = type(value)
            if t is str:
                return quote_json_string(value)
            if t is float:
                if value != value or value in (float("inf"), float("-inf")):
                    return "null"
                return number_to_string(value) if value != 0 else "0"
            if t is bool:
                return "true" if value else "false"
            if value is NULL:
                return "null"
            if value is UNDEFINED:
                return None
            if t is JSBigInt:
                raise type_error("Do not know how to serialize a BigInt")
            if isinstance(value, JSObject):
                cls = value.cls
                if cls == "Number" and type(value.internal) is float:
                    return serialize_property_primitive(to_number(value))
                if cls == "String" and type(value.internal) is str:
                    return quote_json_string(to_string(value))
                if cls == "Boolean" and type(value.internal) is bool:
                    return "true" if value.internal else "false"
                if cls == "BigInt" and type(value.internal) is JSBigInt:
                    raise type_error("Do not know how to serialize a BigInt")
                if isinstance(value, JSFunction):
                    return None
                if id(value) in on_stack:   # a set beside the list: deep nesting stays linear
                    raise circular_error(value, key_for_stack)
                stack.append((value, key_for_stack))
                on_stack.add(id(value))
                try:
                    if type(value) is JSArray:
                        return serialize_array(value, indent)
                    return serialize_object(value, indent)
                finally:
                    stack.pop()
                    on_stack.discard(id(value))
            return None  # symbols

        def serialize_property_primitive(v):
            if v != v or v in (float("inf"), float("-inf")):
                return "null"
            return number_to_string(v) if v != 0 else "0"

        def serialize_object(value, indent):
            stepback = indent
            indent = indent + gap
            keys = property_list if property_list is not None else _enumerable_string_keys(value)
            partial = []
            colon = ": " if gap else ":"
            for k in keys:
                v = value.get(k)
                s = serialize_property(k, value, indent, v, k)
                if s is not None:
                    partial.append(quote_json_string(k) + colon + s)
            if not partial:
                return "{}"
            if not gap:
                return "{" + ",".join(partial) + "}"
            sep = ",\n" + indent
            return "{\n" + indent + sep.join(partial) + "\n" + stepback + "}"

        def serialize_array(value, indent):
            stepback = indent
            indent = indent + gap
            partial = []
            n = len(value.elems)
            for i in range(n):
                elems = value.elems
                v = elems[i] if i < len(elems) else UNDEFINED
                if v is HOLE or type(v) is Accessor:
                    v = value.get(str(i))
                s = serialize_property(str(i), value, indent, v, i)
                partial.append("null" if s is None else s)
            if not partial:
                return "[]"
            if not gap:
                return "[" + ",".join(partial) + "]"
            sep = ",\n" + indent
            return "[\n" + indent + sep.join(partial) + "\n" + stepback + "]"

        wrapper = realm.new_object()
        wrapper.define_own("", value)
        out = serialize_property("", wrapper, "", value, "")
        return UNDEFINED if out is None else out

    realm.method(json, "parse", parse, 2)
    realm.method(json, "stringify", stringify, 3)
    realm.to_string_tag(json, "JSON")
    realm.define_global("JSON", json)
    realm.intrinsics["JSON"] = json


__all__ = ["install", "quote_json_string"]
