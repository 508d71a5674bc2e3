"""Node 20's ``util.inspect`` and ``util.format``, as ``console.log`` uses them.

``inspect(value)`` renders a value the way ``console.log`` shows it inside a
container (strings quoted); ``format_args(args)`` renders a whole
``console.log`` argument list (format specifiers, top-level strings raw);
``describe(value)`` names a value the way V8 does in messages such as
"X is not a function" when no source text is available.

The layout follows Node's algorithm: ``formatValue`` / ``formatRaw`` build a
list of entries per object, ``reduceToSingleString`` decides between one line
and one entry per line (breakLength 80, compact 3), ``groupArrayElements``
aligns long arrays in columns.  Own properties are read through
``get_own`` / ``own_keys`` / ``flags_of`` so getters are never triggered
(except ``Symbol.toStringTag``, which Node reads with a plain [[Get]]).
"""

from __future__ import annotations

import math
import re
import unicodedata

from .conversions import (
    data_lookup,
    display_string,
    error_to_string,
    format_number,
    get_quietly,
    internal_constructor_name,
    name_of,
    safe_string,
    symbol_string,
)
from .values import (
    ENUMERABLE,
    HOLE,
    MISSING,
    NULL,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    Accessor,
    JSArray,
    JSBigInt,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    JSThrow,
    to_number,
)
from .builtins.date import iso_string
from .builtins.globals import parse_float, parse_int
from .builtins.regexp import escape_source

__all__ = ["inspect", "format_args", "InspectOptions", "str_escape", "string_width", "iter_state", "iterator_preview",
           "mapdata_entries", "js_inspect_function"]

# ----------------------------------------------------------------- constants

# Names of the global constructors/namespaces in Node 20 (its ``builtInObjects``):
# objects whose toString comes from one of these count as "built-in" for %s.
BUILTIN_OBJECT_NAMES = frozenset((
    "Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol",
    "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError",
    "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl",
    "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
    "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array",
    "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy",
    "Reflect", "FinalizationRegistry", "WeakRef", "Buffer", "URL", "URLSearchParams",
    "DOMException", "AbortController", "AbortSignal", "Event", "EventTarget", "TextEncoder",
    "TextDecoder", "TransformStream", "TransformStreamDefaultController", "WritableStream",
    "WritableStreamDefaultController", "WritableStreamDefaultWriter", "ReadableStream",
    "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
    "ReadableByteStreamController", "ReadableStreamDefaultController",
    "ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream",
    "TextDecoderStream", "CompressionStream", "DecompressionStream", "BroadcastChannel",
    "MessageChannel", "MessagePort", "MessageEvent", "Blob", "File", "Performance",
    "PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceObserver",
    "PerformanceObserverEntryList", "PerformanceResourceTiming", "FormData", "Headers",
    "Request", "Response", "SharedArrayBuffer", "Atomics", "WebAssembly", "Crypto",
    "CryptoKey", "SubtleCrypto", "CustomEvent",
))

_OBJECT, _ARRAY, _ARRAY_EXTRAS = 0, 1, 2
_MIN_LINE_LENGTH = 16

_KEY_RE = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")
_INDEX_RE = re.compile(r"(?:0|[1-9][0-9]*)\Z")
_LONE_SURROGATE = r"[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
_ESC_RE = re.compile(r"[\x00-\x1f\x27\x5c\x7f-\x9f]|" + _LONE_SURROGATE)
_ESC_RE_SINGLE = re.compile(r"[\x00-\x1f\x5c\x7f-\x9f]|" + _LONE_SURROGATE)
_ANSI_RE = re.compile(
    r"[\u001B\u009B][\[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*"
    r"|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)"
    r"|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~]))")

_META = {}
for _c in range(0x20):
    _META[chr(_c)] = "\\x%02X" % _c
_META.update({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
              "'": "\\'", "\\": "\\\\"})
for _c in range(0x7F, 0xA0):
    _META[chr(_c)] = "\\x%02X" % _c


def _escape_char(m) -> str:
    ch = m.group(0)
    r = _META.get(ch)
    if r is None:
        return "\\u%x" % ord(ch)
    return r


_STYLES = {
    "special": (36, 39), "number": (33, 39), "bigint": (33, 39), "boolean": (33, 39),
    "undefined": (90, 39), "null": (1, 22), "string": (32, 39), "symbol": (32, 39),
    "date": (35, 39), "regexp": (31, 39), "module": (4, 24),
}


def _stylize_color(s: str, style: str) -> str:
    c = _STYLES.get(style)
    if c is None:
        return s
    return f"\x1b[{c[0]}m{s}\x1b[{c[1]}m"


def _stylize_plain(s: str, style: str) -> str:
    return s


# ----------------------------------------------------------------- helpers


def _jslen(s: str) -> int:
    """Length in UTF-16 code units, as JavaScript's ``.length``."""
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def _remove_colors(s: str) -> str:
    if "\x1b" not in s and "\x9b" not in s:
        return s
    return _ANSI_RE.sub("", s)


def string_width(s: str, remove_control: bool = True) -> int:
    """Columns needed to show ``s`` (Node's getStringWidth)."""
    if s.isascii():
        if s.isprintable():
            return len(s)
        if remove_control:
            s = _remove_colors(s)
        return sum(1 for ch in s if " " <= ch < "\x7f")
    if remove_control:
        s = _remove_colors(s)
    width = 0
    for ch in unicodedata.normalize("NFC", s):
        code = ord(ch)
        if code < 0x7F:
            if code >= 32:
                width += 1
            continue
        if code <= 0x9F or unicodedata.combining(ch) or 0x200B <= code <= 0x200F \
                or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Cc"):
            continue
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            width += 2
        else:
            width += 1
    return width


def _js_round(x: float) -> int:
    return math.floor(x + 0.5)


# The numeric options (depth, maxArrayLength, maxStringLength, breakLength, compact) are used
# as given, as Node does: they may be NaN, infinite, negative or fractional, so the arithmetic
# on them follows JavaScript's (Math.max and Math.min propagate NaN; loops run while i < n).

def _js_max0(x):
    """Math.max(x, 0)."""
    return x if (x != x or x > 0) else 0


def _js_min(x, n):
    """Math.min(x, n)."""
    return x if (x != x or x < n) else n


def _count_below(x) -> int:
    """How many of 0, 1, 2, ... are below x (the turns of ``for (i = 0; i < x; i++)``); x < 2**53."""
    return math.ceil(x) if x > 0 else 0


def _num_text(n) -> str:
    return str(n) if type(n) is int else format_number(float(n))


def str_escape(s: str) -> str:
    """Quote a string the way inspect does (single quotes preferred)."""
    quote = "'"
    regex = _ESC_RE
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
        if quote != "'":
            regex = _ESC_RE_SINGLE
    if regex.search(s) is None:
        return quote + s + quote
    return quote + regex.sub(_escape_char, s) + quote


def _is_enumerable(obj, key) -> bool:
    return bool(obj.flags_of(key) & ENUMERABLE)


def _ordinary_has_instance(ctor, obj) -> bool:
    if not isinstance(ctor, JSFunction):
        return False
    if ctor.func_kind == "bound":
        target = getattr(ctor, "target", None) or getattr(ctor, "bound_target", None)
        if target is not None:
            return _ordinary_has_instance(target, obj)
        return False
    proto = data_lookup(ctor, "prototype")
    if not isinstance(proto, JSObject):
        return False
    o = obj.proto
    n = 0
    while o is not None and n < 10000:
        if o is proto:
            return True
        o = o.proto
        n += 1
    return False


# ----------------------------------------------------------------- options / context


class InspectOptions:
    __slots__ = ("depth", "colors", "show_hidden", "max_array_length", "max_string_length",
                 "break_length", "compact", "sorted", "custom_inspect", "getters")

    def __init__(self, depth=2, colors=False, show_hidden=False, max_array_length=100,
                 max_string_length=10000, break_length=80, compact=3, sorted=False,
                 custom_inspect=True, getters=False):
        self.depth = depth
        self.colors = colors
        self.show_hidden = show_hidden
        self.max_array_length = max_array_length
        self.max_string_length = max_string_length
        self.break_length = break_length
        self.compact = compact
        self.sorted = sorted
        self.custom_inspect = custom_inspect
        self.getters = getters


class _Ctx:
    __slots__ = ("seen", "circular", "indentation_lvl", "current_depth", "depth", "depth_null", "colors",
                 "stylize", "show_hidden", "max_array_length", "max_string_length",
                 "break_length", "compact", "sorted", "custom_inspect", "realm", "getters")

    def __init__(self, opts: InspectOptions, realm):
        self.seen = []
        self.circular = None
        self.indentation_lvl = 0
        self.current_depth = 0
        d = opts.depth
        self.depth = math.inf if d is None else d
        self.depth_null = d is None  # depth: null (a custom inspector is given null, not Infinity)
        self.colors = bool(opts.colors)
        self.stylize = _stylize_color if opts.colors else _stylize_plain
        self.show_hidden = bool(opts.show_hidden)
        m = opts.max_array_length
        self.max_array_length = math.inf if m is None else m
        m = opts.max_string_length
        self.max_string_length = math.inf if m is None else m
        self.break_length = opts.break_length
        self.compact = opts.compact
        self.sorted = opts.sorted
        self.custom_inspect = opts.custom_inspect
        self.getters = opts.getters
        self.realm = realm


# ----------------------------------------------------------------- public API


def inspect(value, *, depth=2, colors=False, realm=None, options: InspectOptions | None = None) -> str:
    """``util.inspect(value)`` with Node 20's defaults (depth 2, breakLength 80, compact 3)."""
    t = type(value)
    if options is None:
        # fast paths for the common primitives
        if t is float:
            return format_number(value) if not colors else _stylize_color(format_number(value), "number")
        if t is str and not colors and len(value) <= 16:
            return str_escape(value)
        options = InspectOptions(depth=depth, colors=colors)
    if realm is None and isinstance(value, JSFunction):
        realm = getattr(value, "realm", None)
    ctx = _Ctx(options, realm)
    return _format_value(ctx, value, 0)


# ----------------------------------------------------------------- primitives


def _format_primitive(ctx: _Ctx, v) -> str:
    t = type(v)
    fn = ctx.stylize
    if t is str:
        trailer = ""
        if len(v) > ctx.max_string_length:
            m = ctx.max_string_length
            remaining = float(len(v) - m)  # rounded as a double (m may be near -2**53)
            # value.slice(0, m): a negative m counts from the end
            end = int(m) if m >= 0 else 0 if m == -math.inf else max(len(v) + math.ceil(m), 0)
            v = v[:end]
            trailer = f"... {_num_text(remaining)} more character{'s' if remaining > 1 else ''}"
        if ctx.compact is not True and len(v) > _MIN_LINE_LENGTH \
                and _jslen(v) > ctx.break_length - ctx.indentation_lvl - 4 and "\n" in v[:-1]:
            parts = v.split("\n")
            lines = [p + "\n" for p in parts[:-1]]
            if parts[-1]:
                lines.append(parts[-1])
            sep = " +\n" + " " * (ctx.indentation_lvl + 2)
            return sep.join(fn(str_escape(line), "string") for line in lines) + trailer
        return fn(str_escape(v), "string") + trailer
    if t is float:
        return fn(format_number(v), "number")
    if t is bool:
        return fn("true" if v else "false", "boolean")
    if t is JSBigInt:
        return fn(f"{v.value}n", "bigint")
    if v is UNDEFINED:
        return fn("undefined", "undefined")
    if t is JSSymbol:
        return fn(symbol_string(v), "symbol")
    if t is int:  # defensive: numbers should be floats
        return fn(str(v), "number")
    return fn(str(v), "special")


# ----------------------------------------------------------------- values


def _format_value(ctx: _Ctx, value, recurse_times: int, typed_array=False) -> str:
    if not isinstance(value, JSObject):
        if value is NULL:
            return ctx.stylize("null", "null")
        if isinstance(value, str) and type(value) is not str:
            value = str(value)  # a str subclass (e.g. a lazily made stack string)
        return _format_primitive(ctx, value)

    if ctx.custom_inspect and ctx.realm is not None:
        r = _maybe_custom_inspect(ctx, value, recurse_times)
        if r is not None:
            return r

    if value in ctx.seen:
        if ctx.circular is None:
            ctx.circular = {}
        index = ctx.circular.get(id(value))
        if index is None:
            index = len(ctx.circular) + 1
            ctx.circular[id(value)] = index
        return ctx.stylize(f"[Circular *{index}]", "special")

    return _format_raw(ctx, value, recurse_times, typed_array)


def _maybe_custom_inspect(ctx: _Ctx, value, recurse_times):
    realm = ctx.realm
    registry = getattr(realm, "symbol_registry", None)
    if not registry:
        return None
    sym = registry.get("nodejs.util.inspect.custom")
    if sym is None:
        return None
    try:
        fn = value.get(sym)
    except JSThrow:
        raise
    if not isinstance(fn, JSFunction):
        return None
    ctor = value.get_own("constructor")
    if isinstance(ctor, JSObject) and type(ctor) is not Accessor and data_lookup(ctor, "prototype") is value:
        return None
    depth = NULL if ctx.depth_null else float(ctx.depth - recurse_times)
    opts = realm.new_object()
    for k, v in (("showHidden", ctx.show_hidden),
                 ("depth", NULL if ctx.depth_null else float(ctx.depth)), ("colors", ctx.colors),
                 ("customInspect", ctx.custom_inspect), ("showProxy", False),
                 ("maxArrayLength", float(ctx.max_array_length)),
                 ("maxStringLength", float(ctx.max_string_length)),
                 ("breakLength", float(ctx.break_length)),
                 ("compact", float(ctx.compact) if type(ctx.compact) is int else ctx.compact),
                 ("sorted", bool(ctx.sorted)), ("getters", bool(ctx.getters)),
                 ("numericSeparator", False)):
        opts.define_own(k, v)
    stylize = realm.native(lambda this, args: _stylize_js(ctx, args), "stylize", 2)
    opts.define_own("stylize", stylize)
    inspect_fn = js_inspect_function(realm)
    ret = fn.call(value, [depth, opts, inspect_fn])
    if ret is value:
        return None
    if type(ret) is not str:
        return _format_value(ctx, ret, recurse_times)
    return ret.replace("\n", "\n" + " " * ctx.indentation_lvl)


def _stylize_js(ctx, args):
    s = args[0] if args else UNDEFINED
    style = args[1] if len(args) > 1 else UNDEFINED
    s = s if type(s) is str else display_string(s)
    return ctx.stylize(s, style if type(style) is str else "")


def js_inspect_function(realm):
    f = getattr(realm, "_inspect_native", None)
    if f is None:
        def native(this, args):
            v = args[0] if args else UNDEFINED
            opts = args[1] if len(args) > 1 else UNDEFINED
            return inspect(v, realm=realm, options=options_from_js(opts))
        f = realm.native(native, "inspect", 2)
        try:
            realm._inspect_native = f
        except AttributeError:
            pass
    return f


def _int_if_safe(v: float):
    """A safe integer as an int; any other number (NaN, infinite, fractional, huge) as it is."""
    return int(v) if v.is_integer() and -9007199254740992.0 <= v <= 9007199254740992.0 else v


def options_from_js(opts, base: InspectOptions | None = None) -> InspectOptions:
    """InspectOptions from a JavaScript options object (``console.dir(x, {depth: 0})``)."""
    o = base or InspectOptions()
    if not isinstance(opts, JSObject):
        if type(opts) is bool:
            o.show_hidden = opts
        return o

    # Node stores every option given (``undefined`` too) and uses the numeric ones in
    # comparisons and Math.max/min, which read a string, a boolean or undefined as a number;
    # null means no limit for depth, maxArrayLength and maxStringLength. (An object or a
    # symbol is left out: the default stays.)
    def num(v, default, null=None):
        if v is NULL:
            return null
        t = type(v)
        if t is str or t is bool or v is UNDEFINED:
            v = to_number(v)
        elif t is not float:
            return default
        return _int_if_safe(v)

    v = data_lookup(opts, "depth")
    if v is not MISSING:
        o.depth = num(v, o.depth)
    v = data_lookup(opts, "showHidden")
    if v is not MISSING and v is not UNDEFINED:
        o.show_hidden = bool(v) if type(v) is bool else o.show_hidden
    v = data_lookup(opts, "colors")
    if type(v) is bool:
        o.colors = v
    v = data_lookup(opts, "maxArrayLength")
    if v is not MISSING:
        o.max_array_length = num(v, o.max_array_length)
    v = data_lookup(opts, "maxStringLength")
    if v is not MISSING:
        o.max_string_length = num(v, o.max_string_length)
    v = data_lookup(opts, "breakLength")
    if v is not MISSING:
        o.break_length = num(v, o.break_length, 0)
    v = data_lookup(opts, "compact")
    if type(v) is float:
        o.compact = _int_if_safe(v)
    elif v is not MISSING:
        o.compact = v  # true, or anything else that is not a number: one entry per line
    v = data_lookup(opts, "sorted")
    if type(v) is bool:
        o.sorted = v
    v = data_lookup(opts, "customInspect")
    if type(v) is bool:
        o.custom_inspect = v
    v = data_lookup(opts, "getters")
    if type(v) is bool or type(v) is str:
        o.getters = v
    return o


def _get_constructor_name(ctx: _Ctx, obj, recurse_times: int, proto_props=None):
    first_proto = MISSING
    tmp = obj
    o = obj
    n = 0
    while o is not None and n < 10000:
        d = o.get_own("constructor") if o.exotic else o.props.get("constructor", MISSING)
        if isinstance(d, JSFunction):
            name = name_of(d)
            if name != "" and _ordinary_has_instance(d, tmp):
                if proto_props is not None and (first_proto is not o or name not in BUILTIN_OBJECT_NAMES):
                    _add_prototype_properties(ctx, tmp, tmp if first_proto is MISSING else first_proto,
                                              recurse_times, proto_props)
                return name
        o = o.proto
        n += 1
        if first_proto is MISSING:
            first_proto = o
    if first_proto is None:
        return None
    res = internal_constructor_name(tmp)
    if recurse_times > ctx.depth:
        return f"{res} <Complex prototype>"
    proto_constr = _get_constructor_name(ctx, first_proto, recurse_times + 1, proto_props)
    if proto_constr is None:
        sub = _Ctx(InspectOptions(depth=-1, custom_inspect=False), ctx.realm)
        sub.show_hidden = ctx.show_hidden
        sub.break_length = ctx.break_length
        sub.compact = ctx.compact
        return f"{res} <{_format_value(sub, first_proto, 0)}>"
    return f"{res} <{proto_constr}>"


def _add_prototype_properties(ctx: _Ctx, main, obj, recurse_times: int, output: list) -> None:
    """showHidden: list the non-function properties of user-defined prototypes (up to 3 layers)."""
    depth = 0
    keys: list = []
    key_set: set = set()
    while True:
        if depth != 0 or main is obj:
            obj = obj.proto
            if obj is None:
                return
            d = obj.get_own("constructor")
            if isinstance(d, JSFunction) and name_of(d) in BUILTIN_OBJECT_NAMES:
                return
        if depth == 0:
            key_set = set()
        else:
            key_set.update(keys)
        keys = obj.own_keys()
        ctx.seen.append(main)
        for key in keys:
            if key == "constructor" or main.get_own(key) is not MISSING or (depth != 0 and key in key_set):
                continue
            v = obj.get_own(key)
            if isinstance(v, JSFunction):
                continue
            s = _format_property(ctx, obj, recurse_times, key, _OBJECT)
            output.append(f"\x1b[2m{s}\x1b[22m" if ctx.colors else s)
        ctx.seen.pop()
        depth += 1
        if depth == 3:
            return


def _get_prefix(constructor, tag: str, fallback: str, size: str = "") -> str:
    if constructor is None:
        if tag != "" and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag != "" and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


def _get_ctx_style(value, constructor, tag: str) -> str:
    fallback = ""
    if constructor is None:
        fallback = internal_constructor_name(value)
        if fallback == tag:
            fallback = "Object"
    return _get_prefix(constructor, tag, fallback)


def _get_tag(ctx: _Ctx, value) -> str:
    if value.cls == "global":
        t = get_quietly(value, SYM_TO_STRING_TAG)
        return t if type(t) is str and t else "global"
    o = value
    tag = MISSING
    while o is not None:
        v = o.get_own(SYM_TO_STRING_TAG) if o.exotic else o.props.get(SYM_TO_STRING_TAG, MISSING)
        if v is not MISSING:
            if type(v) is Accessor:
                g = v.get
                if g is UNDEFINED:
                    return ""
                try:
                    tag = g.call(value, [])
                except JSThrow:
                    return ""
            else:
                tag = v
            break
        o = o.proto
    if type(tag) is not str or tag == "":
        return ""
    if value.get_own(SYM_TO_STRING_TAG) is not MISSING:
        if ctx.show_hidden or _is_enumerable(value, SYM_TO_STRING_TAG):
            return ""
    return tag


def _get_keys(ctx: _Ctx, value) -> list:
    """Object.keys plus enumerable symbols (all own keys with showHidden)."""
    keys = value.own_keys()
    if ctx.show_hidden:
        return keys
    flags = value.flags
    if not value.exotic and flags is None:
        return keys
    return [k for k in keys if value.flags_of(k) & ENUMERABLE]


def _non_index_keys(ctx: _Ctx, value) -> list:
    keys = JSObject.own_keys(value)
    out = []
    for k in keys:
        if type(k) is str and _INDEX_RE.match(k) and int(k) < 4294967295:
            continue
        if ctx.show_hidden or value.flags_of(k) & ENUMERABLE:
            out.append(k)
    if ctx.show_hidden and isinstance(value, JSArray):
        out.insert(0, "length")
    return out


def _format_raw(ctx: _Ctx, value, recurse_times: int, typed_array=False) -> str:
    proto_props = [] if (ctx.show_hidden and recurse_times <= ctx.depth) else None
    constructor = _get_constructor_name(ctx, value, recurse_times, proto_props)
    tag = _get_tag(ctx, value)
    base = ""
    formatter = None
    braces = None
    extras_type = _OBJECT
    cls = value.cls
    keys = None
    st = ctx.stylize

    if cls == "Array" and isinstance(value, JSArray):
        length = len(value.elems)
        prefix = _get_prefix(constructor, tag, "Array", f"({length})") \
            if (constructor != "Array" or tag != "") else ""
        keys = _non_index_keys(ctx, value)
        braces = [f"{prefix}[", "]"]
        if length == 0 and not keys and not proto_props:
            return f"{braces[0]}]"
        extras_type = _ARRAY_EXTRAS
        formatter = _format_array
    elif (cls == "Set" or cls == "Map") and value.internal is not None:
        entries = mapdata_entries(value.internal)
        size = len(entries)
        prefix = _get_prefix(constructor, tag, cls, f"({size})")
        keys = _get_keys(ctx, value)
        formatter = _collection_formatter(entries, cls == "Map")
        if size == 0 and not keys and not proto_props:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
    elif iter_state(value) is not None:
        kind = "Set" if iter_state(value).is_set else "Map"
        keys = _get_keys(ctx, value)
        braces = _get_iterator_braces(kind, tag)
        formatter = _iterator_formatter(braces, value)
    else:
        keys = _get_keys(ctx, value)
        braces = ["{", "}"]
        if cls == "global":
            keys = [k for k in keys if k not in _NODE_GLOBAL_NAMES]
            braces[0] = f"{_get_prefix(constructor, tag, 'Object')}{{"
            formatter = _format_node_globals
        elif isinstance(value, JSFunction):
            base = _get_function_base(ctx, value, constructor, tag)
            if ctx.show_hidden and _is_sloppy_function(value) and "arguments" not in keys:
                # V8's sloppy functions own `arguments` and `caller` (null), after `name`
                at = keys.index("name") + 1 if "name" in keys else 0
                keys[at:at] = [_PSEUDO_ARGUMENTS, _PSEUDO_CALLER]
            if not keys and not proto_props:
                return st(base, "special")
        elif constructor == "Object":
            if cls == "Arguments":
                braces[0] = "[Arguments] {"
            elif tag != "":
                braces[0] = f"{_get_prefix(constructor, tag, 'Object')}{{"
            if not keys and not proto_props:
                return f"{braces[0]}}}"
        elif cls == "RegExp" and value.internal is not None:
            base = _regexp_string(value)
            prefix = _get_prefix(constructor, tag, "RegExp")
            if prefix != "RegExp ":
                base = f"{prefix}{base}"
            base = st(base, "regexp")
            if (not keys and not proto_props) or recurse_times > ctx.depth:
                return base
        elif cls == "Date":
            t = value.internal
            base = iso_string(t) if type(t) is float and t == t else "Invalid Date"
            prefix = _get_prefix(constructor, tag, "Date")
            if prefix != "Date ":
                base = f"{prefix}{base}"
            if not keys and not proto_props:
                return st(base, "date")
        elif cls == "Error" or _is_error(ctx, value):
            base = _format_error(ctx, value, constructor, tag, keys)
            if not keys and not proto_props:
                return base
        elif cls == "Promise":
            braces[0] = f"{_get_prefix(constructor, tag, 'Promise')}{{"
            formatter = _format_promise
        elif cls == "WeakSet":
            braces[0] = f"{_get_prefix(constructor, tag, 'WeakSet')}{{"
            formatter = _format_weak
        elif cls == "WeakMap":
            braces[0] = f"{_get_prefix(constructor, tag, 'WeakMap')}{{"
            formatter = _format_weak
        elif cls in _BOXED:
            base = _get_boxed_base(ctx, value, keys, constructor, tag)
            if not keys and not proto_props:
                return base
        else:
            if not keys and not proto_props:
                return f"{_get_ctx_style(value, constructor, tag)}{{}}"
            braces[0] = f"{_get_ctx_style(value, constructor, tag)}{{"

    if recurse_times > ctx.depth:
        name = _get_ctx_style(value, constructor, tag)[:-1]
        if constructor is not None:
            name = f"[{name}]"
        return st(name, "special")
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    if formatter is None:
        output = []
    else:
        output = formatter(ctx, value, recurse_times)
    for k in keys:
        if type(k) is tuple:
            output.append(f"[{k[1]}]: {st('null', 'null')}")
            continue
        output.append(_format_property(ctx, value, recurse_times, k, extras_type))
    if proto_props:
        output.extend(proto_props)
    if ctx.circular is not None:
        index = ctx.circular.get(id(value))
        if index is not None:
            reference = st(f"<ref *{index}>", "special")
            if ctx.compact is not True:
                base = reference if base == "" else f"{reference} {base}"
            else:
                braces[0] = f"{reference} {braces[0]}"
    ctx.seen.pop()

    if ctx.sorted:
        if extras_type == _OBJECT:
            output.sort()
        elif len(keys) > 1:
            n = len(keys)
            output[-n:] = sorted(output[-n:])

    return _reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value)


_PSEUDO_ARGUMENTS = ("pseudo", "arguments")
_PSEUDO_CALLER = ("pseudo", "caller")


def _is_sloppy_function(fn) -> bool:
    if getattr(fn, "func_kind", "") != "normal":
        return False
    code = getattr(fn, "code", None)
    return code is not None and not getattr(code, "strict", True)


_BOXED = frozenset(("Number", "String", "Boolean", "Symbol", "BigInt"))


def _is_error(ctx: _Ctx, value) -> bool:
    realm = ctx.realm
    if realm is None:
        return False
    ep = getattr(realm, "error_prototypes", None)
    if not ep:
        return False
    proto = ep.get("Error")
    if proto is None:
        return False
    o = value.proto
    while o is not None:
        if o is proto:
            return True
        o = o.proto
    return False


def _get_iterator_braces(kind: str, tag: str) -> list:
    if tag != f"{kind} Iterator":
        if tag != "":
            tag += "] ["
        tag += f"{kind} Iterator"
    return [f"[{tag}] {{", "}"]


# ----------------------------------------------------------------- functions, errors, boxes


def _get_class_base(ctx, value, constructor, tag) -> str:
    own = value.get_own("name")
    name = own if (own is not MISSING and type(own) is str and own) else "(anonymous)"
    base = f"class {name}"
    if constructor != "Function" and constructor is not None:
        base += f" [{constructor}]"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    if constructor is not None:
        sup = value.proto
        if sup is not None:
            super_name = name_of(sup) if isinstance(sup, JSObject) else ""
            if super_name:
                base += f" extends {super_name}"
    else:
        base += " extends [null prototype]"
    return f"[{base}]"


_FUNCTION_TYPES = {
    "generator": "GeneratorFunction",
    "async": "AsyncFunction",
    "asyncarrow": "AsyncFunction",
    "asyncgenerator": "AsyncGeneratorFunction",
}


_CLASS_HEAD = re.compile(r"(\s+[^(]*?)\s*{")
_COMMENTS = re.compile(r"(//.*?\n)|(/\*(.|\n)*?\*/)")


def _reads_as_class(text: str) -> bool:
    """Node's test of a class's source text: a `(` before the body's `{` (as in
    `class A extends (class {}) {}`) makes it show the class as a plain function."""
    if not (text.startswith("class") and text.endswith("}")):
        return False
    inner = text[5:-1]
    i = inner.find("{")
    return i >= 0 and ("(" not in inner[:i] or _CLASS_HEAD.match(_COMMENTS.sub("", inner)) is not None)


def _get_function_base(ctx, value, constructor, tag) -> str:
    kind = getattr(value, "func_kind", "native")
    if kind == "class" and _reads_as_class(value.source_text()):
        return _get_class_base(ctx, value, constructor, tag)
    typ = _FUNCTION_TYPES.get(kind, "Function")
    base = f"[{typ}"
    if constructor is None:
        base += " (null prototype)"
    name = name_of(value)
    if name == "":
        base += " (anonymous)"
    else:
        base += f": {name}"
    base += "]"
    if constructor != typ and constructor is not None:
        base += f" {constructor}"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    return base


def _format_error(ctx: _Ctx, err, constructor, tag, keys: list) -> str:
    name_v = get_quietly(err, "name")
    name = "Error" if (name_v is UNDEFINED or name_v is NULL) else safe_string(name_v)
    stack_v = get_quietly(err, "stack")
    if stack_v is UNDEFINED or stack_v is NULL or stack_v is False or stack_v == "" or \
            (type(stack_v) is float and (stack_v == 0 or stack_v != stack_v)):
        stack = error_to_string(err)
    else:
        stack = safe_string(stack_v)

    # remove name/message/stack keys already visible in the stack
    if not ctx.show_hidden and keys:
        for key in ("name", "message", "stack"):
            if key in keys:
                v = get_quietly(err, key)
                if safe_string(v) in stack:
                    keys.remove(key)

    if err.has("cause") and "cause" not in keys and err.get_own("cause") is not MISSING:
        keys.append("cause")
    errors = err.get_own("errors")
    if isinstance(errors, JSArray) and errors.cls == "Array" and "errors" not in keys:
        keys.append("errors")

    stack = _improve_stack(stack, constructor, name, tag)

    message = get_quietly(err, "message")
    pos = -1
    if type(message) is str and message:
        p = stack.find(message)
        if p > 0:
            pos = p + len(message)
    stack_start = stack.find("\n    at", max(pos, 0))
    if stack_start == -1:
        stack = f"[{stack}]"
    else:
        new_stack = stack[:stack_start]
        lines = _get_stack_frames(ctx, err, stack[stack_start + 1:])
        if ctx.colors:
            for line in lines:
                new_stack += "\n" + line
        else:
            new_stack += "\n" + "\n".join(lines)
        stack = new_stack
    if ctx.indentation_lvl != 0:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return stack


def _get_stack_frames(ctx, err, stack: str) -> list:
    frames = stack.split("\n")
    cause = err.get_own("cause")
    if type(cause) is Accessor:
        cause = MISSING
    if isinstance(cause, JSObject) and (cause.cls == "Error" or _is_error(ctx, cause)):
        sv = get_quietly(cause, "stack")
        cause_stack = sv if type(sv) is str and sv else error_to_string(cause)
        start = cause_stack.find("\n    at")
        if start != -1:
            cause_frames = cause_stack[start + 1:].split("\n")
            length, offset = _identical_sequence_range(frames, cause_frames)
            if length > 0:
                skipped = length - 2
                msg = f"    ... {skipped} lines matching cause stack trace ..."
                frames[offset + 1:offset + 1 + skipped] = [ctx.stylize(msg, "undefined")]
    return frames


def _identical_sequence_range(a: list, b: list):
    for i in range(len(a) - 3):
        try:
            pos = b.index(a[i])
        except ValueError:
            continue
        rest = len(b) - pos
        if rest > 3:
            length = 1
            max_len = min(len(a) - i, rest)
            while max_len > length and a[i + length] == b[pos + length]:
                length += 1
            if length > 3:
                return length, i
    return 0, 0


_STACK_NULL_RE1 = re.compile(r"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)")
_STACK_NULL_RE2 = re.compile(r"^([a-z_A-Z0-9-]*Error)$")


def _improve_stack(stack: str, constructor, name: str, tag: str) -> str:
    length = len(name)
    if constructor is None or (
            name.endswith("Error") and stack.startswith(name)
            and (len(stack) == length or stack[length] == ":" or stack[length] == "\n")):
        fallback = "Error"
        if constructor is None:
            m = _STACK_NULL_RE1.match(stack) or _STACK_NULL_RE2.match(stack)
            fallback = (m.group(1) if m else "") or ""
            length = len(fallback)
            fallback = fallback or "Error"
        prefix = _get_prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                if length == 0:
                    stack = f"{prefix}: {stack}"
                else:
                    stack = f"{prefix}{stack[length:]}"
            else:
                stack = f"{prefix} [{name}]{stack[length:]}"
    return stack


def _get_boxed_base(ctx, value, keys: list, constructor, tag) -> str:
    typ = value.cls
    prim = value.internal
    if typ == "String" and type(prim) is str:
        # the index keys of a String object are noise
        n = len(prim)
        drop = {str(i) for i in range(n)} if n < 100000 else None
        if drop:
            keys[:] = [k for k in keys if k not in drop]
    base = f"[{typ}"
    if typ != constructor:
        if constructor is None:
            base += " (null prototype)"
        else:
            base += f" ({constructor})"
    sub = _Ctx(InspectOptions(), ctx.realm)
    sub.compact = ctx.compact
    sub.indentation_lvl = ctx.indentation_lvl
    sub.break_length = ctx.break_length
    base += f": {_format_primitive(sub, prim)}]"
    if tag != "" and tag != constructor:
        base += f" [{tag}]"
    if keys or not ctx.colors:
        return base
    return ctx.stylize(base, typ.lower())


def _regexp_string(value) -> str:
    r = value.internal
    source = getattr(r, "source", "")
    flags = getattr(r, "flags", "")
    return f"/{escape_source(source)}/{flags}"


# ----------------------------------------------------------------- collections


def mapdata_entries(data) -> list:
    entries = getattr(data, "entries", None)
    if entries is None:
        return []
    try:
        r = entries() if callable(entries) else entries
        return list(r)
    except Exception:  # noqa: BLE001 - a foreign payload: show it as empty
        return []


def _collection_formatter(entries, is_map: bool):
    """Node's formatSet and formatMap: the values, or ``key => value``, up to maxArrayLength."""
    def fmt(ctx, value, recurse_times):
        length = len(entries)
        max_length = _js_min(_js_max0(ctx.max_array_length), length)
        remaining = length - max_length
        output = []
        ctx.indentation_lvl += 2
        for i, (k, v) in enumerate(entries):
            if i >= max_length:
                break
            if is_map:
                output.append(f"{_format_value(ctx, k, recurse_times)} => {_format_value(ctx, v, recurse_times)}")
            else:
                output.append(_format_value(ctx, k, recurse_times))
        if remaining > 0:
            output.append(_remaining_text(remaining))
        ctx.indentation_lvl -= 2
        return output
    return fmt


def iter_state(value):
    """The internal state of a Map/Set iterator (builtins/mapset.py's MapIterState), or None."""
    st = value.internal
    if st is None or not hasattr(st, "remaining") or not hasattr(st, "is_set"):
        return None
    return st


def iterator_preview(value):
    """(entries, is_key_value) of a Map/Set iterator without advancing it (V8's previewEntries)."""
    st = iter_state(value)
    if st is None:
        return None
    rest = list(st.remaining())
    if getattr(st, "kind", "values") == "entries":
        return rest, True
    return rest, False


def _iterator_formatter(braces, value):
    def fmt(ctx, _value, recurse_times):
        entries, is_key_value = iterator_preview(value)
        if is_key_value:
            braces[0] = re.sub(r" Iterator\] \{$", " Entries] {", braces[0])
        return _format_iter_inner(ctx, recurse_times, entries, is_key_value)
    return fmt


def _format_iter_inner(ctx, recurse_times, entries, is_key_value: bool) -> list:
    """Node's formatSetIterInner and formatMapIterInner: the values, or (key, value) pairs
    shown as ``[ key, value ]``, up to maxArrayLength."""
    max_length = _js_min(_js_max0(ctx.max_array_length), len(entries))
    if max_length != max_length or max_length != int(max_length):
        raise JSError("RangeError", "Invalid array length")  # Node's new Array(maxLength)
    remaining = len(entries) - max_length
    output = []
    ctx.indentation_lvl += 2
    for i in range(int(max_length)):
        if is_key_value:
            k, v = entries[i]
            res = [_format_value(ctx, k, recurse_times), _format_value(ctx, v, recurse_times)]
            output.append(_reduce_to_single_string(ctx, res, "", ["[", "]"], _ARRAY_EXTRAS, recurse_times))
        else:
            output.append(_format_value(ctx, entries[i], recurse_times))
    ctx.indentation_lvl -= 2
    if remaining > 0:
        output.append(_remaining_text(remaining))
    return output


def _format_weak(ctx, value, recurse_times) -> list:
    return [ctx.stylize("<items unknown>", "special")]


def _format_promise(ctx, value, recurse_times) -> list:
    internal = value.internal
    state = getattr(internal, "state", "pending")
    if state == "pending":
        return [ctx.stylize("<pending>", "special")]
    ctx.indentation_lvl += 2
    s = _format_value(ctx, getattr(internal, "result", UNDEFINED), recurse_times)
    ctx.indentation_lvl -= 2
    if state == "rejected":
        return [f"{ctx.stylize('<rejected>', 'special')} {s}"]
    return [s]


def _remaining_text(remaining) -> str:
    return f"... {_num_text(remaining)} more item{'s' if remaining > 1 else ''}"


# ----------------------------------------------------------------- the global object

_NODE_GLOBALS = (
    ("clearImmediate", "[Function: clearImmediate]"),
    ("setImmediate", "[Function: setImmediate] {%PROMISIFY%}"),
    ("clearInterval", "[Function: clearInterval]"),
    ("clearTimeout", "[Function: clearTimeout]"),
    ("setInterval", "[Function: setInterval]"),
    ("setTimeout", "[Function: setTimeout]"),  # the oracle (node_script.js) replaces it
    ("queueMicrotask", "[Function: queueMicrotask]"),
    ("structuredClone", "[Function: structuredClone]"),
    ("atob", "[Getter/Setter]"),
    ("btoa", "[Getter/Setter]"),
    ("performance", "[Getter/Setter]"),
    ("fetch", "[Function: fetch]"),
    ("crypto", "[Getter]"),
)
_NODE_GLOBAL_NAMES = frozenset(["global"] + [n for n, _ in _NODE_GLOBALS])


def _format_node_globals(ctx: _Ctx, value, recurse_times) -> list:
    """The properties Node's globalThis shows before the program's own globals."""
    ctx.indentation_lvl += 2
    out = ["global: " + _format_value(ctx, value, recurse_times)]
    ctx.indentation_lvl -= 2
    for name, text in _NODE_GLOBALS:
        if "%PROMISIFY%" in text:
            entry = "[Symbol(nodejs.util.promisify.custom)]: " + ctx.stylize("[Getter]", "special")
            inner = _reduce_to_single_string_lvl(ctx, [entry], text.split(" {")[0], ["{", "}"],
                                                 ctx.indentation_lvl + 2)
            out.append(f"{name}: {inner}")
        else:
            out.append(f"{name}: " + ctx.stylize(text, "special"))
    return out


def _reduce_to_single_string_lvl(ctx, output, base, braces, lvl) -> str:
    saved = ctx.indentation_lvl
    ctx.indentation_lvl = lvl
    try:
        return _reduce_to_single_string(ctx, output, ctx.stylize(base, "special"), braces, _OBJECT,
                                        ctx.current_depth)
    finally:
        ctx.indentation_lvl = saved


# ----------------------------------------------------------------- arrays


def _format_array(ctx: _Ctx, value, recurse_times) -> list:
    elems = value.elems
    val_len = len(elems)
    length = _js_min(_js_max0(ctx.max_array_length), val_len)
    remaining = val_len - length
    output = []
    ctx.indentation_lvl += 2
    try:
        plain = not ctx.colors
        for i in range(_count_below(length)):
            v = elems[i]
            if plain and type(v) is float:
                output.append(format_number(v))
                continue
            if v is HOLE:
                ctx.indentation_lvl -= 2
                try:
                    return _format_special_array(ctx, value, recurse_times, length, output, i)
                finally:
                    ctx.indentation_lvl += 2
            if type(v) is Accessor:
                output.append(_format_accessor(ctx, v))
            else:
                output.append(_format_value(ctx, v, recurse_times))
    finally:
        ctx.indentation_lvl -= 2
    if remaining > 0:
        output.append(_remaining_text(remaining))
    return output


def _format_special_array(ctx, value, recurse_times, max_length, output, i) -> list:
    elems = value.elems
    index = i
    n = len(elems)
    j = i
    while j < n and len(output) < max_length:
        v = elems[j]
        if v is HOLE:
            j += 1
            continue
        if index != j:
            empty = j - index
            output.append(ctx.stylize(f"<{empty} empty item{'s' if empty > 1 else ''}>", "undefined"))
            index = j
            if len(output) == max_length:
                break
        ctx.indentation_lvl += 2
        if type(v) is Accessor:
            output.append(_format_accessor(ctx, v))
        else:
            output.append(_format_value(ctx, v, recurse_times))
        ctx.indentation_lvl -= 2
        index += 1
        j += 1
    remaining = n - index
    if len(output) != max_length:
        if remaining > 0:
            output.append(ctx.stylize(f"<{remaining} empty item{'s' if remaining > 1 else ''}>", "undefined"))
    elif remaining > 0:
        output.append(_remaining_text(remaining))
    return output


# ----------------------------------------------------------------- properties


def _format_accessor(ctx: _Ctx, desc: Accessor, owner=None, recurse_times: int = 0) -> str:
    if desc.get is not UNDEFINED:
        label = "Getter/Setter" if desc.set is not UNDEFINED else "Getter"
        g = ctx.getters
        if owner is not None and g and (g is True or (g == "get" and desc.set is UNDEFINED)
                                         or (g == "set" and desc.set is not UNDEFINED)):
            return _called_getter(ctx, desc, owner, recurse_times, label)
        return ctx.stylize(f"[{label}]", "special")
    if desc.set is not UNDEFINED:
        return ctx.stylize("[Setter]", "special")
    return ctx.stylize("undefined", "undefined")


def _called_getter(ctx: _Ctx, desc: Accessor, owner, recurse_times: int, label: str) -> str:
    """The `getters` option: the getter's value beside its label (Node's formatProperty)."""
    sp = "special"
    try:
        v = desc.get.call(owner, [])
    except JSThrow as e:
        err = e.js_value(ctx.realm) if ctx.realm is not None else UNDEFINED
        msg = err.get("message") if isinstance(err, JSObject) else UNDEFINED
        shown = msg if type(msg) is str else "undefined"
        return f"{ctx.stylize(f'[{label}:', sp)} <Inspection threw ({shown})>{ctx.stylize(']', sp)}"
    ctx.indentation_lvl += 2
    try:
        if v is NULL:
            return f"{ctx.stylize(f'[{label}:', sp)} {ctx.stylize('null', 'null')}{ctx.stylize(']', sp)}"
        if isinstance(v, JSObject):
            return f"{ctx.stylize(f'[{label}]', sp)} {_format_value(ctx, v, recurse_times)}"
        return f"{ctx.stylize(f'[{label}:', sp)} {_format_primitive(ctx, v)}{ctx.stylize(']', sp)}"
    finally:
        ctx.indentation_lvl -= 2


def _format_property(ctx: _Ctx, value, recurse_times, key, typ) -> str:
    desc = value.get_own(key)
    extra = " "
    if desc is MISSING:
        desc = UNDEFINED
    if type(desc) is Accessor:
        s = _format_accessor(ctx, desc, value, recurse_times)
    elif desc is UNDEFINED:
        s = ctx.stylize("undefined", "undefined")
    else:
        diff = 2 if (ctx.compact is not True or typ != _OBJECT) else 3
        ctx.indentation_lvl += diff
        s = _format_value(ctx, desc, recurse_times)
        if diff == 3 and ctx.break_length < string_width(s, ctx.colors):
            extra = "\n" + " " * ctx.indentation_lvl
        ctx.indentation_lvl -= diff
    if typ == _ARRAY:
        return s
    if type(key) is JSSymbol:
        name = "[" + ctx.stylize(_ESC_RE.sub(_escape_char, symbol_string(key)), "symbol") + "]"
    elif key == "__proto__":
        name = "['__proto__']"
    elif not (value.flags_of(key) & ENUMERABLE):
        name = "[" + _ESC_RE.sub(_escape_char, key) + "]"
    elif _KEY_RE.match(key):
        name = ctx.stylize(key, "name")
    else:
        name = ctx.stylize(str_escape(key), "string")
    return f"{name}:{extra}{s}"


# ----------------------------------------------------------------- layout


def _is_below_break_length(ctx, output, start, base) -> bool:
    total = len(output) + start
    if total + len(output) > ctx.break_length:
        return False
    colors = ctx.colors
    for entry in output:
        total += _jslen(_remove_colors(entry) if colors else entry)
        if total > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def _reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value=None) -> str:
    if ctx.compact is not True:
        if type(ctx.compact) in (int, float) and ctx.compact >= 1:
            entries = len(output)
            if extras_type == _ARRAY_EXTRAS and entries > 6:
                output = _group_array_elements(ctx, output, value)
            if ctx.current_depth - recurse_times < ctx.compact and entries == len(output):
                start = len(output) + ctx.indentation_lvl + _jslen(braces[0]) + _jslen(base) + 10
                if _is_below_break_length(ctx, output, start, base):
                    joined = ", ".join(output)
                    if "\n" not in joined:
                        return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
        indentation = "\n" + " " * ctx.indentation_lvl
        return (f"{base + ' ' if base else ''}{braces[0]}{indentation}  "
                f"{(',' + indentation + '  ').join(output)}{indentation}{braces[1]}")
    if _is_below_break_length(ctx, output, 0, base):
        return f"{braces[0]}{' ' + base if base else ''} {', '.join(output)} {braces[1]}"
    indentation = " " * ctx.indentation_lvl
    ln = " " if (base == "" and len(braces[0]) == 1) else f"{' ' + base if base else ''}\n{indentation}  "
    return f"{braces[0]}{ln}{(',' + chr(10) + indentation + '  ').join(output)} {braces[1]}"


def _js_floor(x):
    """Math.floor(x): an int, or x itself when infinite or NaN."""
    return math.floor(x) if x - x == 0 else x


def _pad_start(output, value) -> bool:
    """Whether grouped entries are right-aligned: the array's first len(output) values are all
    numbers or bigints."""
    if value is None:
        return True
    elems = value.elems if isinstance(value, JSArray) else []
    for i in range(len(output)):
        v = elems[i] if i < len(elems) else UNDEFINED
        if type(v) is not float and type(v) is not JSBigInt:
            return False
    return True


def _fractional_rows(output, output_length, data_len, columns: float, pad_start: bool) -> list:
    """groupArrayElements' rows when ``columns`` is fractional (``compact`` 1.3 gives 5.2).

    Node's loops then run ``i += columns``, so a row may start at a fractional index, where
    ``output[i]`` is undefined: reading its length throws a TypeError, and a padEnd row
    prints "undefined". This follows those loops step by step.
    """
    def whole(j) -> bool:
        return j == int(j)

    max_line_length = []
    c = 0
    while c < columns:
        line_max = 0
        j = c
        while j < len(output):
            if whole(j) and j < output_length and data_len[int(j)] > line_max:
                line_max = data_len[int(j)]
            j += columns
        max_line_length.append(line_max + 2)
        c += 1
    tmp = []
    i = 0
    while i < output_length:
        max_i = min(i + columns, output_length)
        if not whole(i):
            if i < max_i - 1 or pad_start:
                raise JSError("TypeError", "Cannot read properties of undefined (reading 'length')")
            tmp.append("undefined")
        else:
            parts = []
            j = int(i)
            while j < max_i - 1:
                fill = " " * (max_line_length[j - int(i)] - data_len[j] - 2)
                parts.append(fill + output[j] + ", " if pad_start else output[j] + ", " + fill)
                j += 1
            if pad_start:
                parts.append(" " * (max_line_length[j - int(i)] - data_len[j] - 2) + output[j])
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        i += columns
    return tmp


def _group_array_elements(ctx, output, value):
    total_length = 0
    max_length = 0
    output_length = len(output)
    if ctx.max_array_length < len(output):
        # the "... n more items" entry does not take part
        output_length -= 1
    separator_space = 2
    data_len = []
    for i in range(output_length):
        ln = string_width(output[i], ctx.colors)
        data_len.append(ln)
        total_length += ln + separator_space
        if max_length < ln:
            max_length = ln
    actual_max = max_length + separator_space
    if actual_max * 3 + ctx.indentation_lvl < ctx.break_length and \
            (total_length / actual_max > 5 or max_length <= 6):
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            _js_floor((ctx.break_length - ctx.indentation_lvl) / actual_max),
            ctx.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        pad_start = _pad_start(output, value)
        if columns != int(columns):  # a fractional compact: Node's loops step by a fraction
            tmp = _fractional_rows(output, output_length, data_len, columns, pad_start)
            if ctx.max_array_length < len(output):
                tmp.append(output[output_length])
            return tmp
        columns = int(columns)
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_max = 0
            for j in range(i, output_length, columns):
                if data_len[j] > line_max:
                    line_max = data_len[j]
            max_line_length.append(line_max + separator_space)
        # padStart/padEnd to ``maxLineLength + length - width``: the fill is ``maxLineLength - width``
        for i in range(0, output_length, columns):
            max_i = min(i + columns, output_length)
            parts = []
            j = i
            while j < max_i - 1:
                fill = " " * (max_line_length[j - i] - data_len[j] - 2)
                parts.append(fill + output[j] + ", " if pad_start else output[j] + ", " + fill)
                j += 1
            if pad_start:
                parts.append(" " * (max_line_length[j - i] - data_len[j] - separator_space) + output[j])
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if ctx.max_array_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


# ----------------------------------------------------------------- util.format


def _has_builtin_to_string(value) -> bool:
    ts = _lookup_any(value, "toString")
    if not isinstance(ts, JSFunction):
        return True
    if value.get_own("toString") is not MISSING:
        return False
    pointer = value
    while True:
        pointer = pointer.proto
        if pointer is None:
            return True
        if pointer.get_own("toString") is not MISSING:
            break
    d = pointer.get_own("constructor")
    return isinstance(d, JSFunction) and name_of(d) in BUILTIN_OBJECT_NAMES


def _lookup_any(obj, key):
    """[[Get]] result, running getters (Node's ``value.toString``)."""
    try:
        return obj.get(key)
    except JSThrow:
        raise


def _to_string_js(v, realm) -> str:
    """String(v): symbols allowed, objects through their toString."""
    if type(v) is JSSymbol:
        return symbol_string(v)
    if isinstance(v, JSFunction):
        try:
            return display_string(v)
        except JSThrow:
            if isinstance(v, JSFunction) and data_lookup(v, "toString") is MISSING:
                return v.source_text()
            raise
    return display_string(v)


def _to_number_js(v) -> float:
    return to_number(v)


def _json_stringify(v, realm) -> str:
    stringify = None
    if realm is not None:
        json = realm.intrinsics.get("JSON")
        if json is None:
            g = getattr(realm, "global_object", None)
            if g is not None:
                j = g.props.get("JSON")
                if isinstance(j, JSObject):
                    json = j
        if json is not None:
            s = data_lookup(json, "stringify")
            if isinstance(s, JSFunction):
                stringify = s
    if stringify is not None:
        try:
            r = stringify.call(json, [v])
        except JSThrow as e:
            if _is_circular_error(e, realm):
                return "[Circular]"
            raise
        return display_string(r)
    try:
        return _fallback_json(v, [])
    except _CircularJSON:
        return "[Circular]"


class _CircularJSON(Exception):
    pass


def _is_circular_error(e, realm) -> bool:
    msg = getattr(e, "message", None)
    if type(msg) is not str:
        val = e.value
        if isinstance(val, JSObject):
            m = data_lookup(val, "message")
            msg = m if type(m) is str else ""
        else:
            msg = ""
    return msg.startswith("Converting circular structure to JSON")


def _fallback_json(v, stack) -> str:
    t = type(v)
    if v is NULL:
        return "null"
    if t is bool:
        return "true" if v else "false"
    if t is float:
        return format_number(v) if v == v and v not in (math.inf, -math.inf) and v != 0 else (
            "0" if v == 0 else "null")
    if t is str:
        import json as _json
        return _json.dumps(v, ensure_ascii=False)
    if isinstance(v, JSFunction) or v is UNDEFINED or t is JSSymbol:
        return "undefined"
    if isinstance(v, JSObject):
        if v in stack:
            raise _CircularJSON()
        stack.append(v)
        try:
            if isinstance(v, JSArray):
                parts = []
                for x in v.elems:
                    s = "null" if x is HOLE else _fallback_json(x, stack)
                    parts.append("null" if s == "undefined" else s)
                return "[" + ",".join(parts) + "]"
            parts = []
            for k in v.own_keys():
                if type(k) is str and v.flags_of(k) & ENUMERABLE:
                    x = v.get_own(k)
                    if type(x) is Accessor:
                        continue
                    s = _fallback_json(x, stack)
                    if s != "undefined":
                        parts.append(_fallback_json(k, stack) + ":" + s)
            return "{" + ",".join(parts) + "}"
        finally:
            stack.pop()
    return "undefined"


def format_args(args, realm=None, options: InspectOptions | None = None) -> str:
    """``util.format(...args)`` as ``console.log`` uses it."""
    n = len(args)
    if n == 0:
        return ""
    first = args[0]
    if n == 1:
        t = type(first)
        if t is str:
            return first
        if t is float:
            return format_number(first)
        return _inspect_arg(first, realm, options)
    a = 0
    out = []
    join = ""
    if type(first) is str and "%" in first:
        last_pos = 0
        i = 0
        length = len(first)
        pieces = []
        while i < length - 1:
            if first[i] == "%":
                i += 1
                c = first[i]
                if a + 1 != n:
                    if c == "s":
                        a += 1
                        arg = args[a]
                        ta = type(arg)
                        if ta is float:
                            temp = format_number(arg)
                        elif ta is JSBigInt:
                            temp = f"{arg.value}n"
                        elif not isinstance(arg, JSObject) or isinstance(arg, JSFunction) \
                                or not _has_builtin_to_string(arg):
                            temp = _to_string_js(arg, realm)
                        else:
                            o = _copy_options(options)
                            o.depth = 0
                            o.colors = False
                            o.compact = 3
                            temp = inspect(arg, realm=realm, options=o)
                    elif c == "j":
                        a += 1
                        temp = _json_stringify(args[a], realm)
                    elif c == "d" or c == "i":
                        a += 1
                        arg = args[a]
                        if type(arg) is JSBigInt:
                            temp = f"{arg.value}n"
                        elif type(arg) is JSSymbol:
                            temp = "NaN"
                        elif c == "d":
                            temp = format_number(_to_number_js(arg))
                        else:
                            temp = format_number(parse_int(_to_string_js(arg, realm), UNDEFINED))
                    elif c == "O":
                        a += 1
                        temp = inspect(args[a], realm=realm, options=_copy_options(options))
                    elif c == "o":
                        a += 1
                        o = _copy_options(options)
                        o.show_hidden = True
                        o.depth = 4
                        temp = inspect(args[a], realm=realm, options=o)
                    elif c == "f":
                        a += 1
                        arg = args[a]
                        if type(arg) is JSSymbol:
                            temp = "NaN"
                        else:
                            temp = format_number(parse_float(_to_string_js(arg, realm)))
                    elif c == "c":
                        a += 1
                        temp = ""
                    elif c == "%":
                        pieces.append(first[last_pos:i])
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        pieces.append(first[last_pos:i - 1])
                    pieces.append(temp)
                    last_pos = i + 1
                elif c == "%":
                    pieces.append(first[last_pos:i])
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < length:
                pieces.append(first[last_pos:])
            out.append("".join(pieces))
    while a < n:
        v = args[a]
        if join:
            out.append(join)
        t = type(v)
        if t is str:
            out.append(v)
        elif t is float:
            out.append(format_number(v))
        else:
            out.append(_inspect_arg(v, realm, options))
        join = " "
        a += 1
    return "".join(out)


def _copy_options(options) -> InspectOptions:
    if options is None:
        return InspectOptions()
    o = InspectOptions()
    for k in InspectOptions.__slots__:
        setattr(o, k, getattr(options, k))
    return o


def _inspect_arg(v, realm, options) -> str:
    if options is None:
        return inspect(v, realm=realm)
    return inspect(v, realm=realm, options=_copy_options(options))


# ----------------------------------------------------------------- describe


