"""The JavaScript value model and the abstract operations on it.

Representation (chosen for speed in a closure-compiled interpreter):

=============  ====================================================
JavaScript     Python
=============  ====================================================
undefined      ``UNDEFINED`` (singleton)
null           ``NULL`` (singleton)
boolean        ``bool``
number         ``float`` (always; ``-0.0``, ``nan`` and ``inf`` included)
string         ``str``
bigint         ``JSBigInt``
symbol         ``JSSymbol``
object         ``JSObject`` and its subclasses
=============  ====================================================

Errors raised by abstract operations are ``JSError(kind, message)``; the
interpreter turns them into real JavaScript error objects where a program
can see them (``catch``), so this module needs no realm.
"""

from __future__ import annotations

import itertools
import math
import re

from .memory import reserve

# ---------------------------------------------------------------- primitives


class Undefined:
    __slots__ = ()

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False


class Null:
    __slots__ = ()

    def __repr__(self) -> str:
        return "null"

    def __bool__(self) -> bool:
        return False


UNDEFINED = Undefined()
NULL = Null()


class Missing:
    """Internal marker: "no such property" (never visible to JavaScript)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"


MISSING = Missing()


class Hole:
    """An empty slot of a sparse array (``[1, , 3]``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<hole>"


HOLE = Hole()


class Uninitialized:
    """A ``let``/``const``/``class`` binding in its temporal dead zone."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<uninitialized>"


UNINITIALIZED = Uninitialized()


MAX_BIGINT_BITS = 1 << 30      # V8's BigInt::kMaxLengthBits: a longer result throws "Maximum BigInt size exceeded"


class JSBigInt:
    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def __eq__(self, other):
        return type(other) is JSBigInt and other.value == self.value

    def __hash__(self):
        return hash(("bigint", self.value))

    def __repr__(self) -> str:
        return f"{self.value}n"


_symbol_ids = itertools.count(1)


class JSSymbol:
    __slots__ = ("description", "id", "registry_key")

    def __init__(self, description=UNDEFINED, registry_key=None):
        self.description = description
        self.id = next(_symbol_ids)
        self.registry_key = registry_key

    def __repr__(self) -> str:
        d = "" if self.description is UNDEFINED else self.description
        return f"Symbol({d})"


SYM_ITERATOR = JSSymbol("Symbol.iterator")
SYM_ASYNC_ITERATOR = JSSymbol("Symbol.asyncIterator")
SYM_HAS_INSTANCE = JSSymbol("Symbol.hasInstance")
SYM_TO_PRIMITIVE = JSSymbol("Symbol.toPrimitive")
SYM_TO_STRING_TAG = JSSymbol("Symbol.toStringTag")
SYM_SPECIES = JSSymbol("Symbol.species")
SYM_IS_CONCAT_SPREADABLE = JSSymbol("Symbol.isConcatSpreadable")
SYM_UNSCOPABLES = JSSymbol("Symbol.unscopables")
SYM_MATCH = JSSymbol("Symbol.match")
SYM_MATCH_ALL = JSSymbol("Symbol.matchAll")
SYM_REPLACE = JSSymbol("Symbol.replace")
SYM_SEARCH = JSSymbol("Symbol.search")
SYM_SPLIT = JSSymbol("Symbol.split")
WELL_KNOWN_SYMBOLS = {
    "iterator": SYM_ITERATOR,
    "asyncIterator": SYM_ASYNC_ITERATOR,
    "hasInstance": SYM_HAS_INSTANCE,
    "toPrimitive": SYM_TO_PRIMITIVE,
    "toStringTag": SYM_TO_STRING_TAG,
    "species": SYM_SPECIES,
    "isConcatSpreadable": SYM_IS_CONCAT_SPREADABLE,
    "unscopables": SYM_UNSCOPABLES,
    "match": SYM_MATCH,
    "matchAll": SYM_MATCH_ALL,
    "replace": SYM_REPLACE,
    "search": SYM_SEARCH,
    "split": SYM_SPLIT,
}


# ------------------------------------------------------------------- errors


class JSThrow(Exception):
    """A JavaScript exception travelling through Python code."""

    def __init__(self, value):
        super().__init__(value)
        self.value = value

    def js_value(self, realm):
        return self.value


class JSError(JSThrow):
    """An error raised by the engine itself, e.g. ``JSError("TypeError", "x is not a function")``.

    The JavaScript error object is made only when a program can see it.
    """

    def __init__(self, kind: str, message: str):
        Exception.__init__(self, f"{kind}: {message}")
        self.kind = kind
        self.message = message
        self.value = None

    def js_value(self, realm):
        if self.value is None:
            self.value = realm.make_error(self.kind, self.message)
        return self.value


def type_error(message: str) -> JSError:
    return JSError("TypeError", message)


def range_error(message: str) -> JSError:
    return JSError("RangeError", message)


# --------------------------------------------------------------- properties

WRITABLE = 1
ENUMERABLE = 2
CONFIGURABLE = 4
DEFAULT_FLAGS = WRITABLE | ENUMERABLE | CONFIGURABLE
HIDDEN = WRITABLE | CONFIGURABLE  # built-in methods: not enumerable


class Accessor:
    """A getter/setter pair stored as a property value."""

    __slots__ = ("get", "set")

    def __init__(self, get=UNDEFINED, set=UNDEFINED):
        self.get = get
        self.set = set


class SharedFlags(dict):
    """A flags table shared by many objects; copied before the first change."""


class PrivateName:
    """The key of a ``#private`` member: one per class evaluation."""

    __slots__ = ("name", "brand", "is_method")

    def __init__(self, name: str):
        self.name = name
        self.brand = None       # a method's or accessor's: V8's message for a receiver without it
        self.is_method = False

    def __repr__(self) -> str:
        return f"#{self.name}"


_object_ids = itertools.count(1)


def array_index(key) -> int:
    """The array index a property key names, or -1."""
    if type(key) is str and key and key[0] in "0123456789":
        if key == "0":
            return 0
        if key[0] != "0" and key.isdigit() and key.isascii():
            i = int(key)
            if i < 4294967295:
                return i
    return -1


class JSObject:
    """An ordinary JavaScript object.

    ``props`` maps keys (``str`` or ``JSSymbol``) to values or ``Accessor``;
    ``flags`` maps keys whose attributes are not the default (all true).
    ``cls`` names the kind of object for inspection (``"Object"``, ``"Error"``…);
    ``internal`` carries the payload of built-in kinds (a Map's table, a Date's time).
    """

    __slots__ = ("proto", "props", "flags", "extensible", "cls", "internal", "privates", "oid", "__weakref__")
    exotic = False

    def __init__(self, proto=None, cls: str = "Object", internal=None):
        self.proto = proto
        self.props = {}
        self.flags = None
        self.extensible = True
        self.cls = cls
        self.internal = internal
        self.privates = None
        self.oid = next(_object_ids)

    def __repr__(self) -> str:
        return f"<JS {self.cls} #{self.oid}>"

    # -- attributes
    def flags_of(self, key) -> int:
        f = self.flags
        if f is None:
            return DEFAULT_FLAGS
        return f.get(key, DEFAULT_FLAGS)

    def _set_flags(self, key, flags: int) -> None:
        f = self.flags
        if f is None:
            if flags == DEFAULT_FLAGS:
                return
            f = self.flags = {}
        elif type(f) is SharedFlags:
            f = self.flags = dict(f)
        if flags == DEFAULT_FLAGS:
            f.pop(key, None)
        else:
            f[key] = flags

    # -- own properties (overridden by exotic objects)
    def get_own(self, key):
        """The own property's value or Accessor, or MISSING."""
        return self.props.get(key, MISSING)

    def own_keys(self) -> list:
        """Own keys in the specification's order: indices, strings, symbols."""
        keys = list(self.props)
        ints = [k for k in keys if type(k) is str and array_index(k) >= 0]
        if ints:
            ints.sort(key=int)
            rest = [k for k in keys if not (type(k) is str and array_index(k) >= 0)]
            keys = ints + rest
        strs = [k for k in keys if type(k) is str]
        if len(strs) != len(keys):
            keys = strs + [k for k in keys if type(k) is JSSymbol]
        return keys

    def define_own(self, key, value, flags: int = DEFAULT_FLAGS) -> None:
        """Create or replace an own property (no checks: for the engine's own use)."""
        self.props[key] = value
        if self.flags is not None or flags != DEFAULT_FLAGS:
            self._set_flags(key, flags)

    def delete_own(self, key) -> bool:
        if key not in self.props:
            return True
        if not self.flags_of(key) & CONFIGURABLE:
            return False
        del self.props[key]
        if self.flags:
            self._set_flags(key, DEFAULT_FLAGS)
        return True

    def _write_own(self, key, value) -> bool:
        """Set an existing own data property, or add one; False if not allowed."""
        props = self.props
        if key in props:
            if self.flags is not None and not self.flags_of(key) & WRITABLE:
                return False
            props[key] = value
            return True
        if not self.extensible:
            return False
        props[key] = value
        return True

    # -- [[Get]] / [[Set]] / [[HasProperty]]
    def get(self, key, receiver=None):
        o = self
        while o is not None:
            v = o.get_own(key) if o.exotic else o.props.get(key, MISSING)
            if v is not MISSING:
                if type(v) is Accessor:
                    g = v.get
                    if g is UNDEFINED:
                        return UNDEFINED
                    return g.call(self if receiver is None else receiver, [])
                return v
            o = o.proto
        return UNDEFINED

    def put(self, key, value, receiver=None) -> bool:
        """[[Set]]: False when the assignment is not allowed (strict mode throws)."""
        if receiver is None:
            receiver = self
        o = self
        while o is not None:
            v = o.get_own(key) if o.exotic else o.props.get(key, MISSING)
            if v is not MISSING:
                if type(v) is Accessor:
                    s = v.set
                    if s is UNDEFINED:
                        return False
                    s.call(receiver, [value])
                    return True
                if o.flags is not None and not o.flags_of(key) & WRITABLE:
                    return False
                break
            o = o.proto
        if receiver is self:
            return self._write_own(key, value)
        if isinstance(receiver, JSObject):
            if type(receiver.get_own(key)) is Accessor:
                return False
            return receiver._write_own(key, value)
        return False

    def has(self, key) -> bool:
        o = self
        while o is not None:
            if (o.get_own(key) if o.exotic else o.props.get(key, MISSING)) is not MISSING:
                return True
            o = o.proto
        return False

    def has_own(self, key) -> bool:
        return self.get_own(key) is not MISSING


# Arrays keep every index in a Python list (8 bytes a slot), so lengths that V8 accepts
# (up to 2**32 - 1, stored sparsely) are refused above this size with a RangeError.
MAX_DENSE_LENGTH = 50_000_000


def array_too_long(n) -> JSError:
    """The RangeError for a valid length this engine cannot hold (V8 would store it sparsely)."""
    return JSError("RangeError", f"Array length {int(n):,} is more than Closure Explorer can hold "
                                 f"(at most {MAX_DENSE_LENGTH:,} elements)")


def grow_elements(elems: list, k: int) -> None:
    """Add ``k`` holes at the end of an array's elements, within the engine's limits."""
    if len(elems) + k > MAX_DENSE_LENGTH:
        raise array_too_long(len(elems) + k)
    if k >= 131072:
        reserve(8 * k)
    elems.extend([HOLE] * k)


class JSArray(JSObject):
    """An Array: indices live in the Python list ``elems`` (``HOLE`` for gaps)."""

    __slots__ = ("elems", "frozen")
    exotic = True

    def __init__(self, proto, elems=None):
        JSObject.__init__(self, proto, "Array")
        self.elems = [] if elems is None else elems
        self.frozen = 0  # 1: sealed (no new/deleted indices), 2: frozen (read-only)

    def get_own(self, key):
        if type(key) is str:
            i = array_index(key)
            if i >= 0:
                elems = self.elems
                if i < len(elems):
                    v = elems[i]
                    return MISSING if v is HOLE else v
                return MISSING
            if key == "length":
                return float(len(self.elems))
        return self.props.get(key, MISSING)

    def flags_of(self, key) -> int:
        if type(key) is str:
            if array_index(key) >= 0:
                return (ENUMERABLE | CONFIGURABLE | WRITABLE) if not self.frozen else (
                    ENUMERABLE | (WRITABLE if self.frozen == 1 else 0))
            if key == "length":   # a non-writable length is kept in ``flags`` as 0
                return 0 if self.frozen == 2 else JSObject.flags_of(self, key) & WRITABLE
        return JSObject.flags_of(self, key)

    def resizable(self) -> bool:
        """Whether indices may be added at the end and the length changed (neither frozen nor a
        non-writable length)."""
        return not self.frozen and (self.flags is None or "length" not in self.flags)

    def own_keys(self) -> list:
        keys = [str(i) for i, v in enumerate(self.elems) if v is not HOLE]
        keys.append("length")
        return keys + JSObject.own_keys(self)

    def set_length(self, n: int) -> None:
        elems = self.elems
        if n < len(elems):
            del elems[n:]
        elif n > len(elems):
            grow_elements(elems, n - len(elems))

    def past_fixed_length(self, key) -> bool:
        """Whether writing ``key`` failed because it is an index at or past a non-writable length
        (V8 then names ``length`` in its TypeError)."""
        return (self.extensible and type(key) is str and array_index(key) >= len(self.elems)
                and not self.flags_of("length"))

    def set_index(self, i: int, value) -> bool:
        if self.frozen == 2:
            return False
        elems = self.elems
        n = len(elems)
        if i < n:
            if self.frozen and elems[i] is HOLE:
                return False
            elems[i] = value
            return True
        if not self.extensible or not self.resizable():
            return False
        if i == n:
            elems.append(value)
            return True
        if i >= MAX_DENSE_LENGTH:
            raise array_too_long(i + 1)
        grow_elements(elems, i - n)
        elems.append(value)
        return True

    def _write_own(self, key, value) -> bool:
        if type(key) is str:
            i = array_index(key)
            if i >= 0:
                return self.set_index(i, value)
            if key == "length":
                if not self.flags_of(key):
                    return False
                n = to_number(value)
                if n != n or n < 0 or n >= 4294967296 or n != int(n):
                    raise JSError("RangeError", "Invalid array length")
                self.set_length(int(n))
                return True
        return JSObject._write_own(self, key, value)

    def define_own(self, key, value, flags: int = DEFAULT_FLAGS) -> None:
        if type(key) is str:
            i = array_index(key)
            if i >= 0:
                n = len(self.elems)
                if i >= n:
                    grow_elements(self.elems, i - n + 1)
                self.elems[i] = value
                return
            if key == "length":
                self.set_length(int(to_number(value)))
                return
        JSObject.define_own(self, key, value, flags)

    def delete_own(self, key) -> bool:
        if type(key) is str:
            i = array_index(key)
            if i >= 0:
                if i < len(self.elems):
                    if self.frozen:
                        return self.elems[i] is HOLE
                    self.elems[i] = HOLE
                return True
            if key == "length":
                return False
        return JSObject.delete_own(self, key)


class JSFunction(JSObject):
    """Base of every callable object.

    ``func_kind`` is one of: native, normal, arrow, method, class, generator,
    async, asyncarrow, asyncgenerator, bound.
    """

    __slots__ = ("realm",)
    func_kind = "native"

    def source_text(self) -> str:
        return f"function {function_name(self)}() {{ [native code] }}"

    def call(self, this, args: list):
        raise type_error(f"{describe_callee(self)} is not a function")

    def construct(self, args: list, new_target=None):
        raise type_error(f"{function_name(self) or 'anonymous'} is not a constructor")

    @property
    def is_constructor(self) -> bool:
        return False


class NativeFunction(JSFunction):
    """A built-in function implemented in Python as ``fn(this, args)``."""

    __slots__ = ("fn", "ctor")

    def __init__(self, realm, fn, name: str, length: int, ctor=None, proto=None):
        JSObject.__init__(self, proto if proto is not None else realm.function_prototype, "Function")
        self.realm = realm
        self.fn = fn
        self.ctor = ctor  # ctor(args, new_target) -> object, for constructors
        self.props = {"length": float(length), "name": name}
        self.flags = NATIVE_FN_FLAGS

    def call(self, this, args):
        try:
            return self.fn(this, args)
        except RecursionError:   # a built-in recursing on deep data (join, JSON): catchable, as in V8
            raise JSError("RangeError", "Maximum call stack size exceeded") from None

    def construct(self, args, new_target=None):
        if self.ctor is None:
            return JSFunction.construct(self, args, new_target)
        try:
            return self.ctor(args, self if new_target is None else new_target)
        except RecursionError:
            raise JSError("RangeError", "Maximum call stack size exceeded") from None

    @property
    def is_constructor(self) -> bool:
        return self.ctor is not None


NATIVE_FN_FLAGS = SharedFlags({"length": CONFIGURABLE, "name": CONFIGURABLE})


def function_name(fn) -> str:
    v = fn.props.get("name", "")
    return v if type(v) is str else ""


def describe_callee(fn) -> str:
    return function_name(fn) or "anonymous"


# --------------------------------------------------------------- conversion

_JS_SPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_DECIMAL = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\Z", re.ASCII)   # \d: 0-9 only


def js_trim(s: str) -> str:
    return s.strip(_JS_SPACE)


def int_to_number(n: int) -> float:
    """A Python int as a Number: rounded to nearest (ties to even), +-Infinity past the double range.

    (``float(n)`` raises OverflowError instead of giving Infinity.)
    """
    try:
        return float(n)
    except OverflowError:
        return math.inf if n > 0 else -math.inf


def string_to_number(s: str) -> float:
    s = s.strip(_JS_SPACE)
    if not s:
        return 0.0
    if _DECIMAL.match(s):
        return float(s)
    if len(s) > 2 and s[0] == "0" and s[1] in "xXoObB" and s.isascii():
        base = {"x": 16, "o": 8, "b": 2}[s[1].lower()]
        try:
            return int_to_number(int(s[2:], base)) if "_" not in s else math.nan
        except ValueError:
            return math.nan
    if s in ("Infinity", "+Infinity"):
        return math.inf
    if s == "-Infinity":
        return -math.inf
    return math.nan


def to_primitive(v, hint: str = "default"):
    if not isinstance(v, JSObject):
        return v
    ex = v.get(SYM_TO_PRIMITIVE)
    if ex is not UNDEFINED and ex is not NULL:
        if not isinstance(ex, JSFunction):
            raise type_error("Symbol.toPrimitive is not a function")
        r = ex.call(v, [hint])
        if isinstance(r, JSObject):
            raise type_error("Cannot convert object to primitive value")
        return r
    order = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in order:
        m = v.get(name)
        if isinstance(m, JSFunction):
            r = m.call(v, [])
            if not isinstance(r, JSObject):
                return r
    raise type_error("Cannot convert object to primitive value")


def to_number(v) -> float:
    t = type(v)
    if t is float:
        return v
    if t is int:
        return float(v)
    if t is bool:
        return 1.0 if v else 0.0
    if t is str:
        return string_to_number(v)
    if v is UNDEFINED:
        return math.nan
    if v is NULL:
        return 0.0
    if t is JSSymbol:
        raise type_error("Cannot convert a Symbol value to a number")
    if t is JSBigInt:
        raise type_error("Cannot convert a BigInt value to a number")
    return to_number(to_primitive(v, "number"))


