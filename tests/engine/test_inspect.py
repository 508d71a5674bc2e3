"""Tests of explorer.engine.inspect against Node 20's util.inspect / console.log.

Values are described with a small DSL (below) that turns into both an engine
value (built by hand in a minimal realm, so these tests do not depend on the
interpreter) and a JavaScript expression.  Every case stores the exact text
Node 20 prints; when ``node`` is on PATH the stored texts are also checked
against a live Node run, and a random-structure fuzz test compares the
layout algorithm (line breaking, array grouping) with Node directly.

Regenerate the stored expectations with::

    .venv/bin/python tests/engine/test_inspect.py --regen
"""
from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import explorer.engine.realm as realm_mod  # noqa: E402
from explorer.engine import conversions  # noqa: E402
from explorer.engine import inspect as insp  # noqa: E402
from explorer.engine.values import (  # noqa: E402
    CONFIGURABLE,
    DEFAULT_FLAGS,
    HIDDEN,
    HOLE,
    NULL,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    Accessor,
    JSArray,
    JSBigInt,
    JSObject,
    JSSymbol,
    NativeFunction,
)

NODE = shutil.which("node")

# ------------------------------------------------------------------ a minimal realm


class StubHost:
    def __init__(self):
        self.written = []
        self.clock = 0.0
        self.current_node = None   # the node running (an error made now remembers it)

    def count(self):
        """A step of a built-in's own loop (the interpreter's step limit)."""

    def describe(self, v):
        return conversions.describe(v)

    def stack_string(self, kind, message):
        head = f"{kind}: {message}" if message else kind
        return head + "\n    at <anonymous>"

    def console_write(self, stream, text):
        self.written.append((stream, text))

    def enqueue_microtask(self, job):
        pass

    def touched(self, obj):
        pass

    def now(self):
        return self.clock


class FakeFn(NativeFunction):
    """A function of any kind, for building values by hand."""

    def __init__(self, realm, name, kind="normal", proto=None):
        NativeFunction.__init__(self, realm, lambda this, args: UNDEFINED, name, 0, proto=proto)
        self.func_kind = kind

    def source_text(self):
        keyword = "class" if self.func_kind == "class" else "function"
        return getattr(self, "_src", f"{keyword} {self.props.get('name', '')}{'' if keyword == 'class' else '()'} {{}}")


class FakeMapData:
    def __init__(self, pairs):
        self._pairs = list(pairs)

    def entries(self):
        return list(self._pairs)


class FakePromise:
    def __init__(self, state, result=UNDEFINED):
        self.state = state
        self.result = result


class FakeRegExp:
    def __init__(self, source, flags):
        self.source = source
        self.flags = flags


def make_realm():
    saved = realm_mod.BUILTIN_MODULES
    realm_mod.BUILTIN_MODULES = ()
    try:
        r = realm_mod.Realm(StubHost())
    finally:
        realm_mod.BUILTIN_MODULES = saved
    OP = r.object_prototype
    nop = lambda this, args: UNDEFINED  # noqa: E731

    def ctor(name, proto, parent=None):
        return r.make_constructor(name, 1, nop, lambda a, nt: UNDEFINED, proto, parent=parent)

    ctor("Object", OP)
    fctor = ctor("Function", r.function_prototype)
    # generator and async functions inherit from their kind's prototype, as in the engine
    for name in ("GeneratorFunction", "AsyncFunction", "AsyncGeneratorFunction"):
        p = JSObject(r.function_prototype)
        ctor(name, p, parent=fctor)
        p.define_own(SYM_TO_STRING_TAG, name, CONFIGURABLE)
        r.intrinsics[f"%{name}.prototype%"] = p
    ctor("Array", r.array_prototype)
    r.method(OP, "toString", lambda this, args: "[object Object]", 0)
    r.method(r.array_prototype, "toString", lambda this, args: "", 0)
    err = JSObject(OP)
    r.error_prototypes["Error"] = err
    ector = ctor("Error", err)
    err.define_own("name", "Error", HIDDEN)
    err.define_own("message", "", HIDDEN)
    r.method(err, "toString", lambda this, args: "", 0)
    for kind in ("TypeError", "RangeError", "AggregateError"):
        p = JSObject(err)
        r.error_prototypes[kind] = p
        ctor(kind, p, parent=ector)
        p.define_own("name", kind, HIDDEN)
        p.define_own("message", "", HIDDEN)
    for name, tagged in (("Map", True), ("Set", True), ("WeakMap", True), ("WeakSet", True),
                         ("Promise", True), ("Date", False), ("RegExp", False), ("Number", False),
                         ("String", False), ("Boolean", False), ("Symbol", True), ("BigInt", True)):
        p = JSObject(OP)
        ctor(name, p)
        if tagged:
            p.define_own(SYM_TO_STRING_TAG, name, CONFIGURABLE)
        if name in ("Date", "RegExp", "Number", "String", "Boolean"):
            r.method(p, "toString", lambda this, args: "", 0)
    for name in ("Math", "JSON"):
        o = JSObject(OP)
        o.define_own(SYM_TO_STRING_TAG, name, CONFIGURABLE)
        r.intrinsics[name] = o
    # generator objects: %GeneratorPrototype% has a tag, its constructor is not a function
    gp = JSObject(JSObject(OP))
    gp.define_own(SYM_TO_STRING_TAG, "Generator", CONFIGURABLE)
    r.intrinsics["%GeneratorPrototype%"] = gp
    return r


# ------------------------------------------------------------------ the DSL


class U:  # undefined
    pass


class Num:
    def __init__(self, v):
        self.v = v


class Big:
    def __init__(self, v):
        self.v = v


class Sym:
    def __init__(self, desc=None):
        self.desc = desc


class Hole:
    pass


class Arr:
    def __init__(self, items, props=None):
        self.items = items
        self.props = props or {}


class Obj:
    def __init__(self, props=None, null_proto=False, cls=None, tag=None):
        self.props = props or {}
        self.null_proto = null_proto
        self.cls = cls
        self.tag = tag


class Get:
    def __init__(self, get=True, set=False):
        self.get = get
        self.set = set


class Fn:
    def __init__(self, name="", kind="normal", props=None, extends=None):
        self.name = name
        self.kind = kind
        self.props = props or {}
        self.extends = extends


class MapV:
    def __init__(self, pairs):
        self.pairs = pairs


class SetV:
    def __init__(self, items):
        self.items = items


class Weak:
    def __init__(self, kind):
        self.kind = kind


class DateV:
    def __init__(self, ms):
        self.ms = ms


class Re:
    def __init__(self, source, flags=""):
        self.source = source
        self.flags = flags


class Box:
    def __init__(self, v):
        self.v = v


class Prom:
    def __init__(self, state, v=None):
        self.state = state
        self.v = v


class Err:
    def __init__(self, kind="Error", message="", stack=None, props=None, cls=None, cause=None):
        self.kind = kind
        self.message = message
        self.stack = stack
        self.props = props or {}
        self.cls = cls
        self.cause = cause


class Args:
    def __init__(self, items):
        self.items = items


class GenObj:
    pass


def num_js(v: float) -> str:
    if v != v:
        return "NaN"
    if v == math.inf:
        return "Infinity"
    if v == -math.inf:
        return "-Infinity"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0"
    if v.is_integer() and abs(v) < 1e21:
        return str(int(v))
    return repr(v)


def js_str(s: str) -> str:
    return json.dumps(s)


class Builder:
    """Turns DSL values into engine values and into JavaScript source."""

    def __init__(self, realm):
        self.realm = realm
        self.classes = {}  # name -> FakeFn
        self.prelude = []

    # -- engine values
    def value(self, d):
        r = self.realm
        if d is None:
            return NULL
        if d is U:
            return UNDEFINED
        if isinstance(d, bool):
            return d
        if isinstance(d, (int, float)) and not isinstance(d, bool):
            return float(d)
        if isinstance(d, Num):
            return float(d.v)
        if isinstance(d, str):
            return d
        if isinstance(d, Big):
            return JSBigInt(d.v)
        if isinstance(d, Sym):
            return JSSymbol(UNDEFINED if d.desc is None else d.desc)
        if isinstance(d, Arr):
            elems = [HOLE if x is Hole else self.value(x) for x in d.items]
            a = JSArray(r.array_prototype, elems)
            self._props(a, d.props)
            return a
        if isinstance(d, Args):
            a = JSArray(r.object_prototype, [self.value(x) for x in d.items])
            a.cls = "Arguments"
            return a
        if isinstance(d, Obj):
            if d.null_proto:
                proto = None
            elif d.cls:
                proto = self.cls(d.cls).props["prototype"]
            else:
                proto = r.object_prototype
            o = JSObject(proto)
            if d.tag:
                o.define_own(SYM_TO_STRING_TAG, d.tag, CONFIGURABLE)
            self._props(o, d.props)
            return o
        if isinstance(d, Fn):
            if d.kind == "class":
                f = self.cls(d.name, d.extends, anonymous=(d.name == ""))
            else:
                kind_proto = {"generator": "%GeneratorFunction.prototype%", "async": "%AsyncFunction.prototype%",
                              "asyncarrow": "%AsyncFunction.prototype%",
                              "asyncgenerator": "%AsyncGeneratorFunction.prototype%"}.get(d.kind)
                f = FakeFn(r, "" if d.kind in ("arrow", "asyncarrow") else d.name, d.kind,
                           proto=r.intrinsics[kind_proto] if kind_proto else None)
                if d.kind in ("normal",):
                    p = JSObject(r.object_prototype)
                    p.define_own("constructor", f, HIDDEN)
                    f.define_own("prototype", p, WRITABLE_ONLY)
            self._props(f, d.props)
            return f
        if isinstance(d, MapV):
            return JSObject(self._proto("Map"), "Map", FakeMapData(
                [(self.value(k), self.value(v)) for k, v in d.pairs]))
        if isinstance(d, SetV):
            vals = [self.value(x) for x in d.items]
            return JSObject(self._proto("Set"), "Set", FakeMapData([(v, v) for v in vals]))
        if isinstance(d, Weak):
            return JSObject(self._proto(d.kind), d.kind, FakeMapData([]))
        if isinstance(d, DateV):
            return JSObject(self._proto("Date"), "Date", float(d.ms))
        if isinstance(d, Re):
            o = JSObject(self._proto("RegExp"), "RegExp", FakeRegExp(d.source, d.flags))
            o.define_own("lastIndex", 0.0, 1)
            return o
        if isinstance(d, Box):
            v = self.value(d.v)
            kind = {float: "Number", str: "String", bool: "Boolean", JSSymbol: "Symbol",
                    JSBigInt: "BigInt"}[type(v)]
            o = JSObject(self._proto(kind), kind, v)
            if kind == "String":
                for i, ch in enumerate(v):
                    o.define_own(str(i), ch, 2)  # enumerable, read-only
                o.define_own("length", float(len(v)), 0)
            return o
        if isinstance(d, Prom):
            return JSObject(self._proto("Promise"), "Promise",
                            FakePromise(d.state, self.value(d.v) if d.state != "pending" else UNDEFINED))
        if isinstance(d, Err):
            proto = self.cls(d.cls).props["prototype"] if d.cls else r.error_prototypes[d.kind]
            o = JSObject(proto, "Error")
            stack = d.stack if d.stack is not None else (f"{d.kind}: {d.message}" if d.message else d.kind)
            o.define_own("stack", stack, HIDDEN)
            if d.message:
                o.define_own("message", d.message, HIDDEN)
            if d.cause is not None:
                o.define_own("cause", self.value(d.cause), HIDDEN)
            self._props(o, d.props)
            return o
        if isinstance(d, GenObj):
            return JSObject(JSObject(r.intrinsics["%GeneratorPrototype%"]), "Generator")
        raise TypeError(d)

    def _proto(self, name):
        return self.realm.intrinsics[name].props["prototype"]

    def cls(self, name, extends=None, anonymous=False):
        if not anonymous and name in self.classes:
            return self.classes[name]
        r = self.realm
        if extends == "Error":
            parent = r.intrinsics["Error"]
        else:
            parent = self.cls(extends) if extends else None
        fproto = parent if parent is not None else r.function_prototype
        f = FakeFn(r, name, "class", proto=fproto)
        if extends == "Error":
            pproto = r.error_prototypes["Error"]
        elif parent is not None:
            pproto = parent.props["prototype"]
        else:
            pproto = r.object_prototype
        p = JSObject(pproto)
        p.define_own("constructor", f, HIDDEN)
        f.define_own("prototype", p, 0)
        if not anonymous:
            self.classes[name] = f
            ext = f" extends {extends}" if extends else ""
            self.prelude.append(f"class {name}{ext} {{}}")
        return f

    def _props(self, o, props):
        for k, v in props.items():
            key = JSSymbol(UNDEFINED if k.desc is None else k.desc) if isinstance(k, Sym) else k
            if isinstance(v, Get):
                g = FakeFn(self.realm, "get", "method") if v.get else UNDEFINED
                s = FakeFn(self.realm, "set", "method") if v.set else UNDEFINED
                o.define_own(key, Accessor(g, s), DEFAULT_FLAGS)
            else:
                o.define_own(key, self.value(v), DEFAULT_FLAGS)

    # -- JavaScript source
    def js(self, d) -> str:
        if d is None:
            return "null"
        if d is U:
            return "undefined"
        if isinstance(d, bool):
            return "true" if d else "false"
        if isinstance(d, (int, float)):
            return num_js(float(d))
        if isinstance(d, Num):
            return num_js(float(d.v))
        if isinstance(d, str):
            return js_str(d)
        if isinstance(d, Big):
            return f"{d.v}n"
        if isinstance(d, Sym):
            return "Symbol()" if d.desc is None else f"Symbol({js_str(d.desc)})"
        if isinstance(d, Arr):
            parts = ["" if x is Hole else self.js(x) for x in d.items]
            src = "[" + ", ".join(parts) + ("," if d.items and d.items[-1] is Hole else "") + "]"
            if d.props:
                src = f"Object.assign({src}, {self._obj_js(d.props)})"
            return src
        if isinstance(d, Args):
            return f"(function () {{ return arguments; }})({', '.join(self.js(x) for x in d.items)})"
        if isinstance(d, Obj):
            lit = self._obj_js(d.props)
            if d.null_proto:
                lit = f"Object.assign(Object.create(null), {lit})"
            elif d.cls:
                self.cls(d.cls)
                lit = f"Object.assign(new {d.cls}(), {lit})"
            if d.tag:
                lit = f"Object.defineProperty({lit}, Symbol.toStringTag, {{value: {js_str(d.tag)}, configurable: true}})"
            return lit
        if isinstance(d, Fn):
            if d.kind == "class":
                if d.name:
                    self.cls(d.name, d.extends)
                    src = d.name
                else:
                    src = "(0, class {})"
            else:
                head = {"normal": "function", "generator": "function*", "async": "async function",
                        "asyncgenerator": "async function*"}.get(d.kind)
                if d.kind == "arrow":
                    src = "(0, () => {})"
                elif d.kind == "asyncarrow":
                    src = "(0, async () => {})"
                elif d.kind == "method":
                    src = f"({{ {d.name}() {{}} }}).{d.name}"
                else:
                    src = f"(0, {head} {d.name}() {{}})"
            if d.props:
                src = f"Object.assign({src}, {self._obj_js(d.props)})"
            return src
        if isinstance(d, MapV):
            return "new Map([" + ", ".join(f"[{self.js(k)}, {self.js(v)}]" for k, v in d.pairs) + "])"
        if isinstance(d, SetV):
            return "new Set([" + ", ".join(self.js(x) for x in d.items) + "])"
        if isinstance(d, Weak):
            return f"new {d.kind}()"
        if isinstance(d, DateV):
            return f"new Date({num_js(float(d.ms))})"
        if isinstance(d, Re):
            return f"new RegExp({js_str(d.source)}, {js_str(d.flags)})"
        if isinstance(d, Box):
            if isinstance(d.v, (Sym, Big)):
                return f"Object({self.js(d.v)})"
            kind = {str: "String", bool: "Boolean"}.get(type(d.v), "Number")
            return f"new {kind}({self.js(d.v)})"
        if isinstance(d, Prom):
            if d.state == "pending":
                return "new Promise(() => {})"
            if d.state == "fulfilled":
                return f"Promise.resolve({self.js(d.v)})"
            return f"((p) => (p.catch(() => {{}}), p))(Promise.reject({self.js(d.v)}))"
        if isinstance(d, Err):
            ctor = d.cls or d.kind
            if d.cls:
                self.cls(d.cls, "Error")
            args = js_str(d.message) if d.message else ""
            if d.cause is not None:
                args = f"{args or 'undefined'}, {{cause: {self.js(d.cause)}}}"
            stack = d.stack if d.stack is not None else (f"{d.kind}: {d.message}" if d.message else d.kind)
            extra = dict(d.props)
            self.prelude.append("function mkErr(e, stack, props) { e.stack = stack; return Object.assign(e, props); }")
            src = f"mkErr(new {ctor}({args}), {js_str(stack)}, {self._obj_js(extra)})"
            return src
        if isinstance(d, GenObj):
            return "(function* () {})()"
        raise TypeError(d)

    def _obj_js(self, props) -> str:
        parts = []
        for k, v in props.items():
            if isinstance(k, Sym):
                key = f"[{self.js(k)}]"
            else:
                key = f"[{js_str(k)}]"
            if isinstance(v, Get):
                if v.get:
                    parts.append(f"get {key}() {{ return 1; }}")
                if v.set:
                    parts.append(f"set {key}(v) {{}}")
            else:
                parts.append(f"{key}: {self.js(v)}")
        return "({" + ", ".join(parts) + "})"


WRITABLE_ONLY = 1


def run_node_batch(snippets: list[str], prelude: list[str]) -> list[str]:
    """Run each JS expression through console.log in one node process; return the outputs."""
    marker = "\u0001--case--\u0001"
    lines = ["'use strict';"] + list(dict.fromkeys(prelude))
    for s in snippets:
        lines.append(f"try {{ {s} }} catch (e) {{ console.log('THREW', e && e.message); }}")
        lines.append(f"process.stdout.write({json.dumps(marker)} + '\\n');")
    src = "\n".join(lines)
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False, encoding="utf-8",
                                     errors="surrogatepass") as fh:
        fh.write(src)
    try:
        out = subprocess.run([NODE, fh.name], capture_output=True, text=True, timeout=60,
                             encoding="utf-8", errors="surrogatepass")
    finally:
        Path(fh.name).unlink()
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    parts = out.stdout.split(marker + "\n")
    return [p[:-1] if p.endswith("\n") else p for p in parts[:-1]]


# ------------------------------------------------------------------ the cases


def _cases():
    """(name, dsl value) pairs; the value is printed with console.log(value)."""
    c = []
    add = lambda name, v: c.append((name, v))  # noqa: E731
    # primitives inside an array (so strings are quoted)
    add("prims", Arr([1, -0.0, 1.5, Num(1e21), Num(1e-7), Num(math.nan), Num(-math.inf), True, None, U, Big(123)]))
    add("symbols", Arr([Sym("a"), Sym(), Sym("x y")]))
    add("strings_quotes", Arr(["b'c", "d\"e'f", "g`h\"'i", "j${k}\"'", "plain"]))
    add("strings_escapes", Arr(["\n\t\\", "\u00e9", "\x00\x7f\x85", "\x1b[1m", "\ud800", "x\U0001F600"]))
    add("string_long_multiline", Arr(["x" * 100 + "\n" + "y" * 10]))
    add("string_long", Arr(["x" * 100]))
    add("string_in_obj_multiline", Obj({"s": "abc\ndef ghi jkl mno pqr stu vwx yz abc def ghi jkl mno pqr stu vwx yz abc def"}))
    add("string_multi_newlines", Obj({"s": "line one is here\n\nline three is here and it goes on and on and on and on\n"}))
    # arrays
    add("empty_array", Arr([]))
    add("small_array", Arr([1, 2, 3]))
    add("nested_arrays", Arr([Arr([Arr([Arr([1])])])]))
    add("holes", Arr([Hole, 1, Hole, Hole, 2, Hole]))
    add("holes_only", Arr([Hole] * 5))
    add("array_props", Arr([1], {"x": 3, Sym("a"): 2}))
    add("array_only_props", Arr([], {"x": 1}))
    add("array_120", Arr(list(range(120))))
    add("array_27_strings", Arr([f"s{i}" for i in range(27)]))
    add("array_7", Arr([1, 2, 3, 4, 5, 6, 7]))
    add("array_mixed_7", Arr([1, "a", 2, "b", 3, "c", 4]))
    add("array_floats", Arr([0.1, 22.5, 333.25, 4, 5.5, 66, 7.75, 8, 9, 10.125]))
    add("array_negatives", Arr([-1, 2, -30, 400, -5000, 6, -7, 8, 9, -10, 11, 12]))
    add("array_bigints", Arr([Big(1), Big(22), Big(333), Big(4444), Big(5), Big(6), Big(7)]))
    add("array_of_objects", Arr([Obj({"a": 1}), Obj({"b": 2}), Obj({"c": 3}), Obj({"d": 4}),
                                 Obj({"e": 5}), Obj({"f": 6}), Obj({"g": 7})]))
    add("array_with_undefined", Arr([U, None, U, None, U, None, U, None]))
    add("array_long_strings", Arr(["alpha beta gamma delta", "epsilon zeta eta", "theta iota kappa lambda mu",
                                   "nu xi omicron", "pi rho sigma", "tau upsilon phi chi psi", "omega"]))
    add("array_101_holes", Arr([1] * 50 + [Hole] * 60 + [2]))
    add("array_26_numbers", Arr(list(range(1000, 1026))))
    add("matrix", Arr([Arr([1, 2, 3]), Arr([4, 5, 6]), Arr([7, 8, 9])]))
    # objects
    add("empty_obj", Obj())
    add("obj_keys", Obj({"a": 1, "a-b": 2, "a_b": 3, "$a": 4, "1": 5, "01": 6, "\u00e9": 7, "": 8,
                         Sym(): 9, Sym("x y"): 10, "__proto__": 11, "it's": 12}))
    add("obj_nested_depth", Obj({"a": Obj({"b": Obj({"c": Obj({"d": 1})})})}))
    add("obj_nested_array_depth", Obj({"a": Obj({"b": Obj({"c": Arr([1])})})}))
    add("obj_nested_empty_deep", Obj({"a": Obj({"b": Obj({"c": Obj()})})}))
    add("obj_long", Obj({f"key{i}": f"value number {i}" for i in range(8)}))
    add("obj_compact3", Obj({"a": Obj({"b": Obj({"c": Obj()})}), "x": Arr([1, 2])}))
    add("obj_mixed", Obj({"name": "Alice", "age": 30, "tags": Arr(["a", "b"]), "address": Obj({"city": "Paris", "zip": "75001"})}))
    add("obj_getters", Obj({"a": Get(), "b": Get(False, True), "c": Get(True, True)}))
    add("null_proto_empty", Obj(null_proto=True))
    add("null_proto", Obj({"a": 1}, null_proto=True))
    add("tagged", Obj({"x": 1}, tag="T"))
    add("tagged_empty", Obj(tag="T"))
    add("null_proto_tagged", Obj({}, null_proto=True, tag="T"))
    add("class_instance", Obj({"x": 1}, cls="Foo"))
    add("class_instance_empty", Obj(cls="Foo"))
    add("class_instance_deep", Obj({"a": Obj({"b": Obj({"c": Obj({"x": 1}, cls="Foo")})})}))
    add("class_instance_deep_empty", Obj({"a": Obj({"b": Obj({"c": Obj(cls="Foo")})})}))
    # functions
    add("functions", Arr([Fn("f"), Fn(""), Fn("", "arrow"), Fn("", "asyncarrow"), Fn("g", "generator"),
                          Fn("ag", "asyncgenerator"), Fn("af", "async"), Fn("m", "method")]))
    add("classes", Arr([Fn("A", "class"), Fn("", "class"), Fn("B", "class", extends="A")]))
    add("fn_props", Fn("f", props={"a": 1, "b": Obj({"c": 2})}))
    add("class_static", Fn("S", "class", props={"x": 1}))
    add("obj_with_fns", Obj({"f": Fn("f"), "g": Fn("", "arrow"), "C": Fn("C", "class")}))
    # built-in kinds
    add("boxed", Arr([Box(3), Box("ab"), Box(True), Box(Sym("a")), Box(Big(1)), Box(-0.0)]))
    add("dates", Arr([DateV(0), DateV(math.nan), DateV(1700000000123), DateV(-62198755200000),
                      DateV(253402300800000), DateV(-1)]))
    add("regexps", Arr([Re("a", "g"), Re("a+b", "gimsuy"), Re("x")]))
    add("map", MapV([("a", 1), ("b", Obj({"c": 2}))]))
    add("map_empty", MapV([]))
    add("set", SetV([1, 2, "x"]))
    add("set_empty", SetV([]))
    add("map_nested", Obj({"m": MapV([(Obj({"k": 1}), Arr([1, 2]))]), "s": SetV([Arr([1]), Obj()])}))
    add("map_deep", Obj({"a": Obj({"b": Obj({"m": MapV([(1, 2)]), "s": SetV([1])})})}))
    add("weak", Arr([Weak("WeakMap"), Weak("WeakSet")]))
    add("promises", Arr([Prom("fulfilled", 1), Prom("pending"), Prom("rejected", 3),
                         Prom("fulfilled", Obj({"a": Arr([1])}))]))
    add("errors_no_frames", Arr([Err("Error", "x"), Err("TypeError", "bad"), Err("Error", "")]))
    add("error_frames", Obj({"e": Err("TypeError", "bad", "TypeError: bad\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)")}))
    add("error_top_frames", Err("Error", "m", "Error: m\n    at x (y:1:1)"))
    add("error_props", Err("Error", "boom", "Error: boom\n    at f (a.js:1:1)", props={"code": "X", "n": 1}))
    add("error_props_no_frames", Err("Error", "boom", props={"code": "X"}))
    add("error_cause", Err("Error", "m", "Error: m\n    at x (y:1:1)", cause="c"))
    add("error_cause_obj", Err("Error", "m", cause=Obj({"a": 1})))
    add("error_subclass", Err("Error", "m", "Error: m", cls="MyErr"))
    add("error_subclass_nomsg", Err("Error", "", "Error", cls="MyErr"))
    add("error_subclass_named", Err("Error", "m", "Error: m", cls="ValidationError"))
    add("error_custom_stack", Err("Error", "x", "custom stack text"))
    add("error_name_prop", Err("Error", "m", "Error: m", props={"name": "Custom"}))
    add("error_in_array", Arr([Err("RangeError", "r", "RangeError: r\n    at a (b:1:1)")]))
    add("string_max_length", Arr(["a" * 10005]))
    add("string_max_length_1", Obj({"s": "b" * 10001}))
    add("string_newline_short", Arr(["ab\ncd", "0123456789abcdef\n"]))
    add("string_newline_indent", Obj({"a": Obj({"b": Obj({"c": "x" * 60 + "\n" + "y" * 5})})}))
    add("symbol_keys_escaped", Obj({Sym("it's"): 1, Sym("a\nb"): 2, "key\nnl": 3, "q'": 4}))
    add("wide_chars_grouped", Arr(["\u4e2d\u6587" * (i % 3 + 1) for i in range(10)]))
    add("emoji_grouped", Arr(["\U0001F600" * (i % 2 + 1) for i in range(12)]))
    add("arguments", Args([1, 2]))
    add("arguments_empty", Args([]))
    add("generator_obj", GenObj())
    return c


CASES = _cases()

# BEGIN GENERATED EXPECTATIONS (tests/engine/test_inspect.py --regen)
EXPECTED = {
    'prims': '[\n  1,         -0,\n  1.5,       1e+21,\n  1e-7,      NaN,\n  -Infinity, true,\n  null,      undefined,\n  123n\n]',
    'symbols': '[ Symbol(a), Symbol(), Symbol(x y) ]',
    'strings_quotes': '[ "b\'c", `d"e\'f`, \'g`h"\\\'i\', \'j${k}"\\\'\', \'plain\' ]',
    'strings_escapes': "[ '\\n\\t\\\\', 'é', '\\x00\\x7F\\x85', '\\x1B[1m', '\\ud800', 'x😀' ]",
    'string_long_multiline': "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n' +\n    'yyyyyyyyyy'\n]",
    'string_long': "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]",
    'string_in_obj_multiline': "{\n  s: 'abc\\n' +\n    'def ghi jkl mno pqr stu vwx yz abc def ghi jkl mno pqr stu vwx yz abc def'\n}",
    'string_multi_newlines': "{\n  s: 'line one is here\\n\\nline three is here and it goes on and on and on and on\\n'\n}",
    'empty_array': '[]',
    'small_array': '[ 1, 2, 3 ]',
    'nested_arrays': '[ [ [ [Array] ] ] ]',
    'holes': '[ <1 empty item>, 1, <2 empty items>, 2, <1 empty item> ]',
    'holes_only': '[ <5 empty items> ]',
    'array_props': '[ 1, x: 3, [Symbol(a)]: 2 ]',
    'array_only_props': '[ x: 1 ]',
    'array_120': '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]',
    'array_27_strings': "[\n  's0',  's1',  's2',  's3',\n  's4',  's5',  's6',  's7',\n  's8',  's9',  's10', 's11',\n  's12', 's13', 's14', 's15',\n  's16', 's17', 's18', 's19',\n  's20', 's21', 's22', 's23',\n  's24', 's25', 's26'\n]",
    'array_7': '[\n  1, 2, 3, 4,\n  5, 6, 7\n]',
    'array_mixed_7': "[\n  1, 'a', 2, 'b',\n  3, 'c', 4\n]",
    'array_floats': '[\n     0.1, 22.5, 333.25,\n       4,  5.5,     66,\n    7.75,    8,      9,\n  10.125\n]',
    'array_negatives': '[\n     -1,   2, -30, 400,\n  -5000,   6,  -7,   8,\n      9, -10,  11,  12\n]',
    'array_bigints': '[\n     1n, 22n, 333n,\n  4444n,  5n,   6n,\n     7n\n]',
    'array_of_objects': '[\n  { a: 1 }, { b: 2 },\n  { c: 3 }, { d: 4 },\n  { e: 5 }, { f: 6 },\n  { g: 7 }\n]',
    'array_with_undefined': '[\n  undefined, null,\n  undefined, null,\n  undefined, null,\n  undefined, null\n]',
    'array_long_strings': "[\n  'alpha beta gamma delta',\n  'epsilon zeta eta',\n  'theta iota kappa lambda mu',\n  'nu xi omicron',\n  'pi rho sigma',\n  'tau upsilon phi chi psi',\n  'omega'\n]",
    'array_101_holes': '[\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, 1,\n  1, 1, <60 empty items>,\n  2\n]',
    'array_26_numbers': '[\n  1000, 1001, 1002, 1003, 1004,\n  1005, 1006, 1007, 1008, 1009,\n  1010, 1011, 1012, 1013, 1014,\n  1015, 1016, 1017, 1018, 1019,\n  1020, 1021, 1022, 1023, 1024,\n  1025\n]',
    'matrix': '[ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ]',
    'empty_obj': '{}',
    'obj_keys': '{\n  \'1\': 5,\n  a: 1,\n  \'a-b\': 2,\n  a_b: 3,\n  \'$a\': 4,\n  \'01\': 6,\n  \'é\': 7,\n  \'\': 8,\n  [\'__proto__\']: 11,\n  "it\'s": 12,\n  [Symbol()]: 9,\n  [Symbol(x y)]: 10\n}',
    'obj_nested_depth': '{ a: { b: { c: [Object] } } }',
    'obj_nested_array_depth': '{ a: { b: { c: [Array] } } }',
    'obj_nested_empty_deep': '{ a: { b: { c: {} } } }',
    'obj_long': "{\n  key0: 'value number 0',\n  key1: 'value number 1',\n  key2: 'value number 2',\n  key3: 'value number 3',\n  key4: 'value number 4',\n  key5: 'value number 5',\n  key6: 'value number 6',\n  key7: 'value number 7'\n}",
    'obj_compact3': '{ a: { b: { c: {} } }, x: [ 1, 2 ] }',
    'obj_mixed': "{\n  name: 'Alice',\n  age: 30,\n  tags: [ 'a', 'b' ],\n  address: { city: 'Paris', zip: '75001' }\n}",
    'obj_getters': '{ a: [Getter], b: [Setter], c: [Getter/Setter] }',
    'null_proto_empty': '[Object: null prototype] {}',
    'null_proto': '[Object: null prototype] { a: 1 }',
    'tagged': 'Object [T] { x: 1 }',
    'tagged_empty': 'Object [T] {}',
    'null_proto_tagged': '[Object: null prototype] [T] {}',
    'class_instance': 'Foo { x: 1 }',
    'class_instance_empty': 'Foo {}',
    'class_instance_deep': '{ a: { b: { c: [Foo] } } }',
    'class_instance_deep_empty': '{ a: { b: { c: Foo {} } } }',
    'functions': '[\n  [Function: f],\n  [Function (anonymous)],\n  [Function (anonymous)],\n  [AsyncFunction (anonymous)],\n  [GeneratorFunction: g],\n  [AsyncGeneratorFunction: ag],\n  [AsyncFunction: af],\n  [Function: m]\n]',
    'classes': '[ [class A], [class (anonymous)], [class B extends A] ]',
    'fn_props': '[Function: f] { a: 1, b: { c: 2 } }',
    'class_static': '[class S] { x: 1 }',
    'obj_with_fns': '{ f: [Function: f], g: [Function (anonymous)], C: [class C] }',
    'boxed': "[\n  [Number: 3],\n  [String: 'ab'],\n  [Boolean: true],\n  [Symbol: Symbol(a)],\n  [BigInt: 1n],\n  [Number: -0]\n]",
    'dates': '[\n  1970-01-01T00:00:00.000Z,\n  Invalid Date,\n  2023-11-14T22:13:20.123Z,\n  -000001-01-01T00:00:00.000Z,\n  +010000-01-01T00:00:00.000Z,\n  1969-12-31T23:59:59.999Z\n]',
    'regexps': '[ /a/g, /a+b/gimsuy, /x/ ]',
    'map': "Map(2) { 'a' => 1, 'b' => { c: 2 } }",
    'map_empty': 'Map(0) {}',
    'set': "Set(3) { 1, 2, 'x' }",
    'set_empty': 'Set(0) {}',
    'map_nested': '{ m: Map(1) { { k: 1 } => [ 1, 2 ] }, s: Set(2) { [ 1 ], {} } }',
    'map_deep': '{ a: { b: { m: [Map], s: [Set] } } }',
    'weak': '[ WeakMap { <items unknown> }, WeakSet { <items unknown> } ]',
    'promises': '[\n  Promise { 1 },\n  Promise { <pending> },\n  Promise { <rejected> 3 },\n  Promise { { a: [Array] } }\n]',
    'errors_no_frames': '[ [Error: x], [TypeError: bad], [Error] ]',
    'error_frames': '{\n  e: TypeError: bad\n      at foo (file.js:1:1)\n      at bar (file.js:2:2)\n}',
    'error_top_frames': 'Error: m\n    at x (y:1:1)',
    'error_props': "Error: boom\n    at f (a.js:1:1) {\n  code: 'X',\n  n: 1\n}",
    'error_props_no_frames': "[Error: boom] { code: 'X' }",
    'error_cause': "Error: m\n    at x (y:1:1) {\n  [cause]: 'c'\n}",
    'error_cause_obj': '[Error: m] { [cause]: { a: 1 } }',
    'error_subclass': '[MyErr [Error]: m]',
    'error_subclass_nomsg': '[MyErr [Error]]',
    'error_subclass_named': '[ValidationError: m]',
    'error_custom_stack': '[custom stack text]',
    'error_name_prop': "[Error: m] { name: 'Custom' }",
    'error_in_array': '[\n  RangeError: r\n      at a (b:1:1)\n]',
    'string_max_length': "[\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'... 5 more characters\n]",
    'string_max_length_1': "{\n  s: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'... 1 more character\n}",
    'string_newline_short': "[ 'ab\\ncd', '0123456789abcdef\\n' ]",
    'string_newline_indent': "{\n  a: {\n    b: {\n      c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\nyyyyy'\n    }\n  }\n}",
    'symbol_keys_escaped': '{ \'key\\nnl\': 3, "q\'": 4, [Symbol(it\\\'s)]: 1, [Symbol(a\\nb)]: 2 }',
    'wide_chars_grouped': "[\n  '中文',         '中文中文',\n  '中文中文中文', '中文',\n  '中文中文',     '中文中文中文',\n  '中文',         '中文中文',\n  '中文中文中文', '中文'\n]",
    'emoji_grouped': "[\n  '😀',   '😀😀', '😀',\n  '😀😀', '😀',   '😀😀',\n  '😀',   '😀😀', '😀',\n  '😀😀', '😀',   '😀😀'\n]",
    'arguments': "[Arguments] { '0': 1, '1': 2 }",
    'arguments_empty': '[Arguments] {}',
    'generator_obj': 'Object [Generator] {}',
}
# END GENERATED EXPECTATIONS


def build(dsl):
    r = make_realm()
    return insp.inspect(Builder(r).value(dsl), realm=r)


@pytest.mark.parametrize("name,dsl", CASES, ids=[n for n, _ in CASES])
def test_inspect_case(name, dsl):
    if name not in EXPECTED:
        pytest.skip("no stored expectation (run --regen)")
    assert build(dsl) == EXPECTED[name]


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
def test_stored_expectations_match_node():
    r = make_realm()
    b = Builder(r)
    snippets = [f"console.log({b.js(d)});" for _, d in CASES]
    outs = run_node_batch(snippets, b.prelude)
    bad = [(n, o, EXPECTED.get(n)) for (n, _), o in zip(CASES, outs) if EXPECTED.get(n) != o]
    assert not bad, bad[:3]


# ------------------------------------------------------------------ fuzz against node

_WORDS = ["a", "bb", "ccc", "dddd", "hello", "x y", "it's", "quote\"d", "line\nbreak", "", "ümlaut",
          "a-very-long-string-value-that-goes-on", "0", "1"]
_KEYS = ["a", "b", "c", "key", "longerKeyName", "x-y", "1", "2", "z", "value", "_private", "$d"]


def _rand_value(rng: random.Random, depth: int):
    r = rng.random()
    if depth > 4 or r < 0.45:
        p = rng.random()
        if p < 0.35:
            return rng.choice([0, 1, 7, 42, -3, 100, 12345, 1.5, -0.25, 99999999, 3.14159])
        if p < 0.65:
            return rng.choice(_WORDS) * rng.choice([1, 1, 1, 2, 6])
        if p < 0.75:
            return rng.choice([True, False, None, U])
        if p < 0.8:
            return Big(rng.choice([0, 5, 123456789]))
        return rng.choice([0, 1, 2]) * 10 ** rng.randint(0, 6)
    if r < 0.7:
        n = rng.choice([0, 1, 2, 3, 5, 7, 8, 12, 20, 30])
        kind = rng.random()
        if kind < 0.4:
            items = [rng.randint(-50, 2000) for _ in range(n)]
        elif kind < 0.6:
            items = [rng.choice(_WORDS) for _ in range(n)]
        else:
            items = [_rand_value(rng, depth + 1) for _ in range(n)]
        return Arr(items)
    if r < 0.92:
        n = rng.choice([0, 1, 2, 3, 4, 6, 9])
        keys = rng.sample(_KEYS, min(n, len(_KEYS)))
        return Obj({k: _rand_value(rng, depth + 1) for k in keys})
    if r < 0.94:
        p = rng.random()
        if p < 0.15:
            return Obj({k: _rand_value(rng, depth + 1) for k in rng.sample(_KEYS, rng.randint(0, 3))},
                       cls=rng.choice(["Foo", "Bar", "Point"]))
        if p < 0.25:
            return Obj({k: _rand_value(rng, depth + 1) for k in rng.sample(_KEYS, rng.randint(0, 3))},
                       null_proto=True)
        if p < 0.35:
            return Fn(rng.choice(["", "f", "handler"]), rng.choice(["normal", "arrow", "async", "generator"]))
        if p < 0.45:
            return Arr([Hole if rng.random() < 0.4 else rng.randint(0, 9) for _ in range(rng.randint(1, 15))])
        if p < 0.5:
            return Arr(list(range(rng.randint(95, 130))))
        if p < 0.6:
            return DateV(rng.randint(-10 ** 12, 10 ** 13))
        if p < 0.7:
            return Err(rng.choice(["Error", "TypeError", "RangeError"]), rng.choice(["bad", "oops", ""]))
        if p < 0.8:
            return Arr([rng.choice(["中文", "é", "abc", "😀", "x"]) * rng.randint(1, 3)
                        for _ in range(rng.randint(5, 16))])
        if p < 0.9:
            return Obj({"g": Get(True, rng.random() < 0.5), Sym(rng.choice(["s", "t"])): 1})
        return Prom(rng.choice(["pending", "fulfilled", "rejected"]), _rand_value(rng, depth + 1))
    if r < 0.97:
        keys = list(dict.fromkeys(rng.choice(_WORDS) for _ in range(rng.randint(0, 4))))
        return MapV([(k, _rand_value(rng, depth + 1)) for k in keys])
    return SetV(list(dict.fromkeys(rng.randint(0, 99) for _ in range(rng.randint(0, 9)))))


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
def test_fuzz_layout_against_node():
    rng = random.Random(20240607)
    r = make_realm()
    b = Builder(r)
    values = [_rand_value(rng, 0) for _ in range(400)]
    snippets = [f"console.log({b.js(v)});" for v in values]
    outs = run_node_batch(snippets, b.prelude)
    failures = []
    for v, o in zip(values, outs):
        got = insp.format_args([b.value(v)], r)
        if got != o:
            failures.append((b.js(v), o, got))
    assert not failures, "\n\n".join(f"{js}\nNODE:\n{o}\nOURS:\n{g}" for js, o, g in failures[:3])


# ------------------------------------------------------------------ circular references


def test_circular_simple():
    r = make_realm()
    o = r.new_object()
    o.define_own("a", 1.0)
    o.define_own("self", o)
    # node: const o = {a: 1}; o.self = o; console.log(o)
    assert insp.inspect(o, realm=r) == "<ref *1> { a: 1, self: [Circular *1] }"


def test_circular_two_refs():
    r = make_realm()
    p = r.new_object()
    x = r.new_object()
    p.define_own("x", x)
    x.define_own("y", x)
    p.define_own("z", p)
    # node: const p = {x: {}}; p.x.y = p.x; p.z = p; console.log(p)
    assert insp.inspect(p, realm=r) == "<ref *2> { x: <ref *1> { y: [Circular *1] }, z: [Circular *2] }"


def test_circular_array():
    r = make_realm()
    a = r.new_array([1.0])
    a.elems.append(a)
    # node: const a = [1]; a.push(a); console.log(a)
    assert insp.inspect(a, realm=r) == "<ref *1> [ 1, [Circular *1] ]"


def test_global_object():
    r = make_realm()
    g = r.global_object
    g.define_own("zz", 1.0)
    f = FakeFn(r, "ff")
    g.define_own("ff", f)
    expected = """<ref *1> Object [global] {
  global: [Circular *1],
  clearImmediate: [Function: clearImmediate],
  setImmediate: [Function: setImmediate] {
    [Symbol(nodejs.util.promisify.custom)]: [Getter]
  },
  clearInterval: [Function: clearInterval],
  clearTimeout: [Function: clearTimeout],
  setInterval: [Function: setInterval],
  setTimeout: [Function: setTimeout],
  queueMicrotask: [Function: queueMicrotask],
  structuredClone: [Function: structuredClone],
  atob: [Getter/Setter],
  btoa: [Getter/Setter],
  performance: [Getter/Setter],
  fetch: [Function: fetch],
  crypto: [Getter],
  zz: 1,
  ff: [Function: ff]
}"""
    assert insp.inspect(g, realm=r) == expected


# ------------------------------------------------------------------ format_args


def _fmt(*args, realm=None):
    return insp.format_args(list(args), realm)


def test_format_basic():
    assert _fmt() == ""
    assert _fmt("abc") == "abc"
    assert _fmt(5.0) == "5"
    assert _fmt(-0.0) == "-0"
    assert _fmt("a", "", 1.0) == "a  1"
    assert _fmt("a%", 1.0) == "a% 1"
    assert _fmt("%s %s", "only") == "only %s"
    assert _fmt(UNDEFINED) == "undefined"
    assert _fmt(NULL, True) == "null true"


def test_format_specifiers():
    r = make_realm()
    b = Builder(r)
    # node: console.log('%d %i %f', '42.5', '42.5', '42.5x')
    assert _fmt("%d %i %f", "42.5", "42.5", "42.5x") == "42.5 42 42.5"
    # console.log('%d %d %i %f', {}, 1n, 2n, 3n)
    obj = r.new_object()
    assert _fmt("%d %d %i %f", obj, JSBigInt(1), JSBigInt(2), JSBigInt(3), realm=r) == "NaN 1n 2n 3"
    # console.log('%c hi %% %x %s', 'color:red', 'a')
    assert _fmt("%c hi %% %x %s", "color:red", "a") == " hi % %x a"
    # console.log('%s', 'a', 'b', {x:1})
    assert _fmt("%s", "a", "b", b.value(Obj({"x": 1})), realm=r) == "a b { x: 1 }"
    # console.log('%s|%s', {a:{b:1}}, [1,[2,[3]]])
    assert _fmt("%s|%s", b.value(Obj({"a": Obj({"b": 1})})), b.value(Arr([1, Arr([2, Arr([3])])])),
                realm=r) == "{ a: [Object] }|[ 1, [Array] ]"
    # console.log('%s', null, undefined, Symbol('s'), -0, 1.5)
    assert _fmt("%s", NULL, UNDEFINED, JSSymbol("s"), -0.0, 1.5) == "null undefined Symbol(s) -0 1.5"
    assert _fmt("%s:%s", JSSymbol("s"), -0.0) == "Symbol(s):-0"
    assert _fmt("%s", JSBigInt(5)) == "5n"
    # console.log('%i', -0.5, '%d', -0)
    assert _fmt("%i", -0.5, "%d", -0.0) == "-0 %d -0"
    # console.log('%d', '', '%i', 'abc')
    assert _fmt("%d", "", "%i", "abc") == "0 %i abc"
    assert _fmt("%i", "0x1A") == "26"
    assert _fmt("%f", "  -1.5e3xyz") == "-1500"
    assert _fmt("%i %f", "abc", "Infinityx") == "NaN Infinity"
    assert _fmt("%O", b.value(Obj({"a": Obj({"b": Obj({"c": Obj({"d": 1})})})})), realm=r) \
        == "{ a: { b: { c: [Object] } } }"
    # console.log('%o', [1])
    assert _fmt("%o", b.value(Arr([1])), realm=r) == "[ 1, [length]: 1 ]"
    assert _fmt("%%s %s", "x") == "%s x"
    assert _fmt("100%") == "100%"
    assert _fmt("%s%", "a") == "a%"


def test_format_s_user_tostring():
    r = make_realm()
    b = Builder(r)
    inst = b.value(Obj(cls="Y"))
    ts = NativeFunction(r, lambda this, args: "YY", "toString", 0)
    b.classes["Y"].props["prototype"].define_own("toString", ts, HIDDEN)
    # class Y { toString(){ return 'YY'} }; console.log('%s', new Y())
    assert _fmt("%s", inst, realm=r) == "YY"
    own = r.new_object()
    own.define_own("toString", NativeFunction(r, lambda this, args: "own", "toString", 0))
    assert _fmt("%s", own, realm=r) == "own"
    # console.log('%s', Object.create(null))
    assert _fmt("%s", JSObject(None), realm=r) == "[Object: null prototype] {}"


def test_format_j():
    r = make_realm()
    assert _fmt("%j", "a", realm=r) == '"a"'
    o = r.new_object()
    o.define_own("c", o)
    assert _fmt("%j", o, realm=r) == "[Circular]"
    a = Builder(r).value(Obj({"a": Arr([1, "x", None, U])}))
    assert _fmt("%j %j", a, UNDEFINED, realm=r) == '{"a":[1,"x",null,null]} undefined'


# ------------------------------------------------------------------ describe


def test_describe():
    r = make_realm()
    b = Builder(r)
    d = conversions.describe
    assert d(5.0) == "5"
    assert d(-0.0) == "0"
    assert d(1.5) == "1.5"
    assert d(1e21) == "1e+21"
    assert d(math.nan) == "NaN"
    assert d("abc") == "abc"
    assert d("") == ""
    assert d(True) == "true"
    assert d(NULL) == "null"
    assert d(UNDEFINED) == "undefined"
    assert d(JSBigInt(10)) == "10"
    assert d(JSSymbol("s")) == "Symbol(s)"
    assert d(JSSymbol()) == "Symbol()"
    assert d(r.new_object(), r) == "#<Object>"
    assert d(b.value(Arr([1])), r) == "[object Array]"
    assert d(b.value(MapV([])), r) == "#<Map>"
    assert d(b.value(Re("re", "g")), r) == "[object RegExp]"
    assert d(b.value(DateV(0)), r) == "[object Date]"
    assert d(b.value(Err("Error", "x")), r) == "Error: x"
    assert d(b.value(Err("TypeError", "")), r) == "TypeError"
    assert d(JSObject(None), r) == "[object Object]"
    assert d(b.value(Obj(cls="Foo")), r) == "#<Foo>"
    assert d(b.value(Prom("pending")), r) == "#<Promise>"
    assert d(b.value(Box(1)), r) == "[object Number]"
    assert d(b.value(Obj(null_proto=True, tag="TT")), r) == "[object TT]"
    f = FakeFn(r, "f")
    f._src = "() => { /* " + "long " * 30 + "*/ return 1; }"
    assert d(f) == ("() => { /* long long long long long long long long long long long long long long "
                    "long long long long long long ...<omitted>... }")


# ------------------------------------------------------------------ console (stub host)


def _console(realm):
    from explorer.engine.builtins import console as console_mod
    console_mod.install(realm)
    c = realm.global_object.props["console"]
    host = realm.host
    host.written.clear()

    def call(name, *args):
        c.props[name].call(c, list(args))
        out = list(host.written)
        host.written.clear()
        return out
    return call


def test_console_log_and_groups():
    r = make_realm()
    call = _console(r)
    assert call("log", "a", 1.0) == [("stdout", "a 1")]
    assert call("error", "e") == [("stderr", "e")]
    assert call("warn", "w") == [("stderr", "w")]
    assert call("info", "i") == [("stdout", "i")]
    assert call("debug", "d") == [("stdout", "d")]
    assert call("group", "G") == [("stdout", "G")]
    assert call("log", "x\ny") == [("stdout", "  x\n  y")]
    assert call("group") == []
    assert call("error", "deep") == [("stderr", "    deep")]
    call("groupEnd")
    call("groupEnd")
    call("groupEnd")
    assert call("log", "out") == [("stdout", "out")]
    assert call("log") == [("stdout", "")]


def test_console_count_assert_time():
    r = make_realm()
    call = _console(r)
    assert call("count") == [("stdout", "default: 1")]
    assert call("count") == [("stdout", "default: 2")]
    assert call("count", "a") == [("stdout", "a: 1")]
    call("countReset")
    assert call("count", UNDEFINED) == [("stdout", "default: 1")]
    assert call("count", 5.0) == [("stdout", "5: 1")]
    assert call("countReset", "zz")[0][0] == "stderr"
    assert call("assert", True, "never") == []
    assert call("assert", False) == [("stderr", "Assertion failed")]
    assert call("assert", 0.0, "x %s", "y") == [("stderr", "Assertion failed: x y")]
    assert call("assert", False, r.new_object()) == [("stderr", "Assertion failed: [object Object]")]
    call("time", "t")
    r.host.clock = 1234.5678
    assert call("timeLog", "t", "extra") == [("stdout", "t: 1.235s extra")]
    r.host.clock = 0.25
    assert call("timeEnd", "t") == [("stdout", "t: 0.25ms")]
    assert call("timeEnd", "t")[0][0] == "stderr"


def test_format_time():
    from explorer.engine.builtins.console import format_time
    assert format_time(0.0) == "0ms"
    assert format_time(0.0123456) == "0.012ms"
    assert format_time(12.5) == "12.5ms"
    assert format_time(999.9996) == "1000ms"
    assert format_time(1500.0) == "1.500s"
    assert format_time(61500.0) == "1:01.500 (m:ss.mmm)"
    assert format_time(3723004.0) == "1:02:03.004 (h:mm:ss.mmm)"


def test_console_table_and_dir():
    r = make_realm()
    b = Builder(r)
    call = _console(r)
    rows = b.value(Arr([Obj({"a": 1, "b": "x"}), Obj({"a": 2, "c": True})]))
    # node: console.table([{a:1,b:'x'},{a:2,c:true}])
    assert call("table", rows) == [("stdout", "\n".join([
        "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c"
        "\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2510",
        "\u2502 (index) \u2502 a \u2502 b   \u2502 c    \u2502",
        "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c"
        "\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2524",
        "\u2502 0       \u2502 1 \u2502 'x' \u2502      \u2502",
        "\u2502 1       \u2502 2 \u2502     \u2502 true \u2502",
        "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534"
        "\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2518"]))]
    assert call("table", 5.0) == [("stdout", "5")]
    assert call("table", "str") == [("stdout", "str")]
    deep = b.value(Obj({"a": Obj({"b": Obj({"c": Obj({"d": 1})})})}))
    assert call("dir", deep) == [("stdout", "{ a: { b: { c: [Object] } } }")]
    opts = b.value(Obj({"depth": 0}))
    assert call("dir", deep, opts) == [("stdout", "{ a: [Object] }")]
    assert call("dir", "s") == [("stdout", "'s'")]


# ------------------------------------------------------------------ whole programs (run_source)

# Each program runs through explorer.engine.run_source; its stdout must equal what Node prints
# for the same file run as a classic script (tests/tools/node_script.js).
PROGRAMS = {
    'format_o_show_hidden': r'''class Foo { constructor() { this.x = 1; } get y() { return 2; } m() {} }
console.log('%o', new Foo());
console.log('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log('%o', [{ a: 1 }, 'x']);
console.log('%o', 'str', 5);
console.log('%o', new Map([[1, { a: 1 }]]));
console.log('%o', Object.create(null));
''',
    'dates_regexps': r'''console.log(new Date(0), new Date(NaN), [new Date(1e12)], { d: new Date(-1) });
const d = new Date(0); d.label = 'x'; console.log(d);
class D extends Date {}
console.log(new D(0), [new D(0)]);
console.log(new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(-1, 0, 1)));
console.log('%s', new Date(0));
console.log('%d', new Date(5));
console.log(/a\/b/g, new RegExp('a/b'), /[/]/, new RegExp(''), /x/y);
const re = /z/; re.extra = 1; console.log(re);
class R extends RegExp {}
console.log(new R('q', 'g'));
console.log({ re: /deep/ }, [[/x/]]);
console.log({ a: { b: { c: { re: /deep/, d: new Date(0) } } } });
''',
    'describe_in_messages': r'''const vals = [5, -0, 1.5, 'abc', '', true, null, undefined, 10n, Symbol('s'), {}, [], [1, 2], new Map(), /re/g, new Error('x'), Object.create(null), new (class Foo {})(), Promise.resolve(), new Number(1), { a: 1 }, Math, JSON, { constructor: function () {} }, { [Symbol.toStringTag]: 'TT' }, new TypeError(''), Symbol.iterator, 'x'.repeat(100)];
for (const v of vals) {
  try { [1].map(v); } catch (e) { console.log(e.constructor.name, e.message); }
}
for (const v of vals) {
  try { [1].forEach(v); } catch (e) { console.log(e.message); }
}
''',
    'custom_inspect_global_errors_prototypes': r'''class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
console.log(new Tagged(), [new Tagged()]);
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
console.log(new Same());
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM!'; } };
console.log(custom, [custom], { c: custom });
const custom2 = { [Symbol.for('nodejs.util.inspect.custom')](depth, opts) { return { depth, d: opts.depth, bl: opts.breakLength }; } };
console.log(custom2, { nest: custom2 });
const custom3 = { [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) { return 'multi\nline'; } };
console.log({ a: { b: custom3 } });
const custom4 = { [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) { return inspect({ x: [1, 2] }, opts); } };
console.log([custom4]);
var zz = 1;
function ff() {}
console.log(globalThis);
console.log({ g: globalThis });
const e = new Error('msg'); e.stack = 'Error: msg\n    at fake (file.js:1:1)'; e.extra = { deep: { deeper: { deepest: 1 } } };
console.log(e);
console.log({ nested: e });
const te = new TypeError('tmsg'); te.stack = 'TypeError: tmsg'; console.log([te], { te });
class HttpError extends Error { constructor(m) { super(m); this.name = 'HttpError'; this.status = 404; } }
const he = new HttpError('nf'); he.stack = 'HttpError: nf\n    at x (y.js:1:1)'; console.log(he);
const noStack = new RangeError('r'); delete noStack.stack; console.log(noStack);
const withCause = new Error('outer', { cause: new Error('inner') }); withCause.stack = 'Error: outer'; withCause.cause.stack = 'Error: inner'; console.log(withCause);
console.log({ s: 'x'.repeat(10005) }.s.length);
console.log(['a'.repeat(10010)].toString().length);
console.log([Object.create(null, { x: { value: 1, enumerable: true } })]);
const objWithProtoProps = Object.create({ inherited: 1 }); objWithProtoProps.own = 2; console.log(objWithProtoProps);
console.log(Object.assign(Object.create(Array.prototype), { 0: 'a' }));
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
console.log(Object.setPrototypeOf(function nf() {}, null));
console.log(Object.setPrototypeOf({ a: 1 }, Object.create(null)));
console.log(Array.prototype, Object.prototype, Function.prototype);
console.log(String.prototype, Number.prototype, Boolean.prototype, Symbol.prototype, Map.prototype, Set.prototype, Promise.prototype, Error.prototype, TypeError.prototype);
console.log(Object.freeze({ a: 1 }), Object.seal([1]));
''',
    'subclasses_circular_grouping': r'''class MyArr extends Array {}
const ma = new MyArr(); ma.push(1, 2); console.log(ma, new MyArr(), [ma]);
class MyMap extends Map {}
console.log(new MyMap([['a', 1]]), new MyMap());
class MySet extends Set { extra = 1; }
console.log(new MySet([1]));
class MyErr extends Error {}
const me = new MyErr('boom'); me.stack = 'Error: boom'; console.log(me, [me]);
const me2 = new MyErr(''); me2.stack = 'Error'; console.log(me2);
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
const ve = new ValidationError('bad'); ve.stack = 'ValidationError: bad'; console.log(ve, { ve });
console.log({ [Symbol("it's")]: 1, [Symbol('a\nb')]: 2, 'key\nnl': 3, "q'": 4 });
class St { static get g() { return 1; } static m() {} static v = [1]; }
console.log(St, { St });
const fnArr = [function a() {}, function b() {}, function c() {}, function d() {}, function e() {}, function f() {}, function g() {}];
console.log(fnArr);
console.log([[1, 2, [3, 4, [5, 6, [7, 8]]]], { a: { b: { c: { d: { e: 1 } } } } }]);
const o = {};
o.a = [o, { o }];
console.log(o);
const m = new Map(); m.set('self', m); console.log(m);
const s = new Set(); s.add(s); console.log(s);
const arr = [1, 2]; arr.push({ arr }); console.log(arr);
console.log([1.0, 2.50, -0.0, 1e100, 5e-324, 1.7976931348623157e308]);
console.log({ a: 1, b: 'two', c: [3], d: { e: 4 }, f: null, g: undefined, h: true, i: 1n, j: Symbol('j') });
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log(Array.from({ length: 16 }, (_, i) => i % 3 === 0 ? -i * 1000 : i));
console.log(Array.from({ length: 9 }, (_, i) => i % 2 ? null : undefined));
console.log(Array.from({ length: 8 }, (_, i) => i % 2 ? true : 'x'));
console.log({ list: Array.from({ length: 30 }, (_, i) => i) });
console.log([Array.from({ length: 30 }, (_, i) => i)]);
console.log({ a: { b: Array.from({ length: 30 }, (_, i) => 'v' + i) } });
''',
    'console_table': r'''console.table([{a:1,b:'x'},{a:2,c:true}]);
console.table([[1,2],[3,4,5]]);
console.table({r1:{c:1}, r2:{c:2, d:[1,2,3,4,5]}});
console.table([1,'a',{x:1}]);
console.table([{a:1,b:2}], ['a']);
console.table([{a:1,b:2}, 5], ['b', 'zz']);
console.table(5);
console.table('str');
console.table(null);
console.table(new Map([['k',{v:1}],['k2',2]]));
console.table(new Set([1,{a:2}]));
console.table(new Map([['a',1]]).entries());
console.table(new Set(['q']).values());
console.table([]);
console.table({});
console.table([{ 'é': 'ü', long: 'abcdefghij', n: null, u: undefined, f() {}, o: {p: 1, q: 2, r: 3}, s: Symbol('s') }]);
console.table([{ b: 1, 2: 'two', a: 3, 1: 'one' }]);
console.table(['中文', 'ab']);
console.table([[]]);
console.table({x: 'multi\nline'});
''',
    'console_methods': r'''console.group('G1');
console.log('in1\nline2');
console.group();
console.info({a:1, b:{c:[1,2,3]}});
console.log({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'z'.repeat(30) });
console.groupEnd();
console.groupCollapsed('GC', 2, {x: 1});
console.log('x');
console.table([{a: 1}]);
console.groupEnd(); console.groupEnd(); console.groupEnd();
console.log('out');
console.count(); console.count(); console.count('a'); console.countReset(); console.count(); console.count(undefined); console.count(5); console.count('5');
console.dir({a:{b:{c:{d:1}}}}, {depth:0});
console.dir({a:{b:{c:{d:{e: 1}}}}}, {depth:null});
console.dir({a:{b:{c:{d:{e: 1}}}}}, {depth:Infinity});
console.dir([1, 2, 3, 4], {maxArrayLength: 2});
console.dir('s');
console.dir(5, {colors: false});
console.dir({x: [1]}, {showHidden: true});
console.dirxml({a: 1}, 'b');
console.log();
console.log('');
console.log(undefined);
console.log('a', '');
console.assert(true, 'never');
console.log('after assert');
console.log(typeof console, Object.prototype.toString.call(console), console.log.name, console.log.length);
console.log(Object.keys(console).slice(0, 5));
const log = console.log; log('detached', 1);
console.log([console.log, console.table]);
''',
    'classes_functions_objects': r'''class Foo { constructor() { this.x = 1; } get y() { return 2; } static s = 3; }
class Bar extends Foo { #p = 1; z = [1, 2]; }
console.log(new Foo(), new Bar(), Foo, Bar, [Foo], { Bar });
console.log(Object.create(Foo.prototype), Object.create(null), Object.create({}));
function F() { this.a = 1; } F.prototype.m = function () {};
console.log(new F(), F, [F]);
const o = { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
console.log(o);
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(o, Object.keys(o));
const sym = Symbol('tag');
console.log({ [sym]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, regular: 4 });
console.log([Symbol('a'), Symbol.for('reg'), Symbol.iterator]);
console.log({ 'key with space': 1, 'a-b': 2, _ok: 3, $no: 4, 0: 5, '-1': 6, '1.5': 7, 'ünï': 8 });
console.log({ f() {}, g: function () {}, h: () => {}, i: async () => {}, *j() {}, async *k() {}, l: class {}, m: class N {} });
console.log(function named() {}, (function () {}).bind(null), Math.max, [].push, Object, Array, Symbol, Map);
const f2 = function () {}; f2.prop = 'x'; f2.nested = { a: { b: { c: 1 } } };
console.log(f2);
console.log([function () {}, () => {}]);
console.log(Object.assign(() => {}, { a: 1 }));
console.log(Math, JSON, globalThis === this);
console.log([new Boolean(false), new Number(-0), new String(''), Object(1n), Object(Symbol('bx'))]);
const s = new String('ab'); s.extra = 1; console.log(s);
const n = new Number(5); n.k = [1]; console.log(n);
''',
    'format_specifiers': r'''const e = new Error('boom');
console.log(e.message, String(e), e instanceof Error);
console.log('%s', 'str', 'extra', 5, { a: [1, { b: 2 }] });
console.log('%d|%i|%f|%j|%o|%O|%c|%%|%x', 42.9, 42.9, '3.5abc', { j: 1 }, [1], { O: { deep: { deeper: { deepest: 1 } } } }, 'css');
console.log('%s', null, '%s', undefined);
console.log('%s %s %s', 1n, Symbol('q'), -0);
console.log('%s', [1, [2, [3, [4]]]], new Map([[1, { a: 1 }]]), new Set(['x']));
console.log('%s', function foo() { return 1; });
console.log('%s', class K {});
console.log('%s', { toString() { return 'custom'; } });
class T { toString() { return 'T!'; } }
console.log('%s', new T(), [new T()]);
console.log('%d', '0x10', '%i', '1e3');
console.log('%i', 1e21, '%d', 1e21);
console.log('%f', '1e3', '%f', ' .5 ');
console.log('%j', { toJSON() { return 'tj'; } });
console.log('%j', [undefined, function () {}, Symbol('x')]);
const circ = { name: 'c' }; circ.me = circ;
console.log('%j', circ);
console.log('%o', { f: function foo() {}, a: [1, 2] });
console.log('%s%s', 'a');
console.log('%', '%%', '%s');
console.log('a%sb%sc', 1, 2, 3, 4);
console.log(5, '%s', 6);
console.log('%s', 'a\nb');
console.log(['%s'], '%s');
''',
    'collections_promises_iterators': r'''const m = new Map([['a', 1], ['b', { c: [1, 2] }]]);
console.log(m, m.keys(), m.values(), m.entries(), m[Symbol.iterator]());
const it = m.entries(); it.next(); console.log(it); it.next(); console.log(it); it.next(); console.log(it);
const st = new Set([1, 'two', [3]]);
console.log(st, st.values(), st.entries(), st.keys());
console.log(new WeakMap(), new WeakSet(), [new WeakMap()]);
console.log(Promise.resolve(42), Promise.resolve({ a: [1, 2] }), new Promise(() => {}));
const rej = Promise.reject(new Error('no')); rej.catch(() => {});
const rej2 = Promise.reject('plain'); rej2.catch(() => {});
console.log(rej2, [rej2]);
function* gen() { yield 1; }
console.log(gen(), gen, [gen()]);
console.log([1, 2, 3][Symbol.iterator](), 'abc'[Symbol.iterator](), [1].entries());
async function af() {}
console.log(af(), af);
const p = Promise.resolve(1); p.extra = 'x'; console.log(p);
const big = new Map(); for (let i = 0; i < 105; i++) big.set(i, i); console.log(big.size, [...big.keys()].length);
console.log(new Set(Array.from({ length: 30 }, (_, i) => i * 3)));
console.log(new Map(Array.from({ length: 8 }, (_, i) => ['key' + i, { value: i }])));
''',
    'layout_numbers_arrays': r'''const nested = { level1: { level2: { level3: { level4: { level5: 'deep' } } } } };
console.log(nested);
console.log([nested, [nested]]);
console.log({ arr: [[1, [2, [3, [4, [5]]]]]] });
const wide = {};
for (let i = 0; i < 30; i++) wide['k' + i] = i;
console.log(wide);
const long = Array.from({ length: 150 }, (_, i) => i * 1.5);
console.log(long);
console.log(Array.from({ length: 20 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 10 }, (_, i) => ({ id: i })));
console.log(Array.from({ length: 7 }, (_, i) => [i, i * 2]));
console.log(Array.from({ length: 12 }, (_, i) => i % 2 ? 'str' + i : i));
console.log([-1.5, 2, -300, 4.25, 5, 600000, -7, 8, 9, 10]);
console.log({ text: 'a'.repeat(200) });
console.log(['short', 'a somewhat longer string here', 'x', 'yy', 'zzz', 'another fairly long entry', 'q']);
console.log('top level string with\nnewline', ['in\narray']);
console.log({ s: 'it\'s "quoted" `too`' }, ["it's"], ['say "hi"']);
console.log([0.1 + 0.2, 1 / 3, 2 ** 53, 2 ** 64, 1e-7, 123e-20, -1e21, 255, 0xff, 1_000_000]);
console.log([NaN, Infinity, -Infinity, -0, 0], -0, [-0], { z: -0 });
console.log(10n ** 20n, [-5n], { b: 0n });
console.log([undefined, null, true, false], { u: undefined, n: null });
console.log(Object.assign([1, 2, 3], { extra: 'prop', [Symbol('s')]: 1 }));
const sparse = [1, , 3]; sparse[10] = 'end'; console.log(sparse, sparse.length);
console.log(new Array(3), [, 'a'], [, , 'b', , ]);
const arr2 = [1, 2]; arr2.length = 5; console.log(arr2);
console.log(Array.from({ length: 101 }, () => 0));
console.log(Array.from({ length: 200 }, (_, i) => i).filter((x) => x % 2));
''',
}

# BEGIN GENERATED PROGRAM OUTPUT (tests/engine/test_inspect.py --regen)
PROGRAM_STDOUT = {
    'classes_functions_objects': "Foo { x: 1 } Bar { x: 1, z: [ 1, 2 ] } [class Foo] { s: 3 } [class Bar extends Foo] [ [class Foo] { s: 3 } ] { Bar: [class Bar extends Foo] }\nFoo {} [Object: null prototype] {} {}\nF { a: 1 } [Function: F] [ [Function: F] ]\n{ g: [Getter], s: [Setter], gs: [Getter/Setter] }\n{ g: [Getter], s: [Setter], gs: [Getter/Setter] } [ 'g', 's', 'gs' ]\n{\n  regular: 4,\n  [Symbol(tag)]: 1,\n  [Symbol()]: 2,\n  [Symbol(Symbol.iterator)]: 3\n}\n[ Symbol(a), Symbol(reg), Symbol(Symbol.iterator) ]\n{\n  '0': 5,\n  'key with space': 1,\n  'a-b': 2,\n  _ok: 3,\n  '$no': 4,\n  '-1': 6,\n  '1.5': 7,\n  'ünï': 8\n}\n{\n  f: [Function: f],\n  g: [Function: g],\n  h: [Function: h],\n  i: [AsyncFunction: i],\n  j: [GeneratorFunction: j],\n  k: [AsyncGeneratorFunction: k],\n  l: [class l],\n  m: [class N]\n}\n[Function: named] [Function: bound ] [Function: max] [Function: push] [Function: Object] [Function: Array] [Function: Symbol] [Function: Map]\n[Function: f2] { prop: 'x', nested: { a: { b: [Object] } } }\n[ [Function (anonymous)], [Function (anonymous)] ]\n[Function (anonymous)] { a: 1 }\nObject [Math] {} Object [JSON] {} true\n[\n  [Boolean: false],\n  [Number: -0],\n  [String: ''],\n  [BigInt: 1n],\n  [Symbol: Symbol(bx)]\n]\n[String: 'ab'] { extra: 1 }\n[Number: 5] { k: [ 1 ] }\n",
    'collections_promises_iterators': "Map(2) { 'a' => 1, 'b' => { c: [ 1, 2 ] } } [Map Iterator] { 'a', 'b' } [Map Iterator] { 1, { c: [ 1, 2 ] } } [Map Entries] { [ 'a', 1 ], [ 'b', { c: [ 1, 2 ] } ] } [Map Entries] { [ 'a', 1 ], [ 'b', { c: [ 1, 2 ] } ] }\n[Map Entries] { [ 'b', { c: [ 1, 2 ] } ] }\n[Map Entries] {  }\n[Map Entries] {  }\nSet(3) { 1, 'two', [ 3 ] } [Set Iterator] { 1, 'two', [ 3 ] } [Set Entries] { [ 1, 1 ], [ 'two', 'two' ], [ [ 3 ], [ 3 ] ] } [Set Iterator] { 1, 'two', [ 3 ] }\nWeakMap { <items unknown> } WeakSet { <items unknown> } [ WeakMap { <items unknown> } ]\nPromise { 42 } Promise { { a: [ 1, 2 ] } } Promise { <pending> }\nPromise { <rejected> 'plain' } [ Promise { <rejected> 'plain' } ]\nObject [Generator] {} [GeneratorFunction: gen] [ Object [Generator] {} ]\nObject [Array Iterator] {} Object [String Iterator] {} Object [Array Iterator] {}\nPromise { undefined } [AsyncFunction: af]\nPromise { 1, extra: 'x' }\n105 105\nSet(30) {\n  0,\n  3,\n  6,\n  9,\n  12,\n  15,\n  18,\n  21,\n  24,\n  27,\n  30,\n  33,\n  36,\n  39,\n  42,\n  45,\n  48,\n  51,\n  54,\n  57,\n  60,\n  63,\n  66,\n  69,\n  72,\n  75,\n  78,\n  81,\n  84,\n  87\n}\nMap(8) {\n  'key0' => { value: 0 },\n  'key1' => { value: 1 },\n  'key2' => { value: 2 },\n  'key3' => { value: 3 },\n  'key4' => { value: 4 },\n  'key5' => { value: 5 },\n  'key6' => { value: 6 },\n  'key7' => { value: 7 }\n}\n",
    'console_methods': "G1\n  in1\n  line2\n    { a: 1, b: { c: [ 1, 2, 3 ] } }\n    {\n      a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n      b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n      c: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'\n    }\n  GC 2 { x: 1 }\n    x\n    ┌─────────┬───┐\n    │ (index) │ a │\n    ├─────────┼───┤\n    │ 0       │ 1 │\n    └─────────┴───┘\nout\ndefault: 1\ndefault: 2\na: 1\ndefault: 1\ndefault: 2\n5: 1\n5: 2\n{ a: [Object] }\n{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}\n{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}\n[ 1, 2, ... 2 more items ]\n's'\n5\n{ x: [ 1, [length]: 1 ] }\n{ a: 1 } b\n\n\nundefined\na \nafter assert\nobject [object console] log 0\n[ 'log', 'warn', 'dir', 'time', 'timeEnd' ]\ndetached 1\n[ [Function: log], [Function: table] ]\n",
    'console_table': "┌─────────┬───┬─────┬──────┐\n│ (index) │ a │ b   │ c    │\n├─────────┼───┼─────┼──────┤\n│ 0       │ 1 │ 'x' │      │\n│ 1       │ 2 │     │ true │\n└─────────┴───┴─────┴──────┘\n┌─────────┬───┬───┬───┐\n│ (index) │ 0 │ 1 │ 2 │\n├─────────┼───┼───┼───┤\n│ 0       │ 1 │ 2 │   │\n│ 1       │ 3 │ 4 │ 5 │\n└─────────┴───┴───┴───┘\n┌─────────┬───┬───────────────────────────────┐\n│ (index) │ c │ d                             │\n├─────────┼───┼───────────────────────────────┤\n│ r1      │ 1 │                               │\n│ r2      │ 2 │ [ 1, 2, 3, ... 2 more items ] │\n└─────────┴───┴───────────────────────────────┘\n┌─────────┬───┬────────┐\n│ (index) │ x │ Values │\n├─────────┼───┼────────┤\n│ 0       │   │ 1      │\n│ 1       │   │ 'a'    │\n│ 2       │ 1 │        │\n└─────────┴───┴────────┘\n┌─────────┬───┐\n│ (index) │ a │\n├─────────┼───┤\n│ 0       │ 1 │\n└─────────┴───┘\n┌─────────┬───┬────┐\n│ (index) │ b │ zz │\n├─────────┼───┼────┤\n│ 0       │ 2 │    │\n│ 1       │   │    │\n└─────────┴───┴────┘\n5\nstr\nnull\n┌───────────────────┬──────┬──────────┐\n│ (iteration index) │ Key  │ Values   │\n├───────────────────┼──────┼──────────┤\n│ 0                 │ 'k'  │ { v: 1 } │\n│ 1                 │ 'k2' │ 2        │\n└───────────────────┴──────┴──────────┘\n┌───────────────────┬──────────┐\n│ (iteration index) │ Values   │\n├───────────────────┼──────────┤\n│ 0                 │ 1        │\n│ 1                 │ { a: 2 } │\n└───────────────────┴──────────┘\n┌───────────────────┬─────┬────────┐\n│ (iteration index) │ Key │ Values │\n├───────────────────┼─────┼────────┤\n│ 0                 │ 'a' │ 1      │\n└───────────────────┴─────┴────────┘\n┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 'q'    │\n└───────────────────┴────────┘\n┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n┌─────────┬─────┬──────────────┬──────┬───────────┬───────────────┬──────────┬───────────┐\n│ (index) │ é   │ long         │ n    │ u         │ f             │ o        │ s         │\n├─────────┼─────┼──────────────┼──────┼───────────┼───────────────┼──────────┼───────────┤\n│ 0       │ 'ü' │ 'abcdefghij' │ null │ undefined │ [Function: f] │ [Object] │ Symbol(s) │\n└─────────┴─────┴──────────────┴──────┴───────────┴───────────────┴──────────┴───────────┘\n┌─────────┬───────┬───────┬───┬───┐\n│ (index) │ 1     │ 2     │ b │ a │\n├─────────┼───────┼───────┼───┼───┤\n│ 0       │ 'one' │ 'two' │ 1 │ 3 │\n└─────────┴───────┴───────┴───┴───┘\n┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ 0       │ '中文' │\n│ 1       │ 'ab'   │\n└─────────┴────────┘\n┌─────────┐\n│ (index) │\n├─────────┤\n│ 0       │\n└─────────┘\n┌─────────┬───────────────┐\n│ (index) │ Values        │\n├─────────┼───────────────┤\n│ x       │ 'multi\\nline' │\n└─────────┴───────────────┘\n",
    'custom_inspect_global_errors_prototypes': "Tagged [TG] {} [ Tagged [TG] {} ]\nSame {}\nCUSTOM! [ CUSTOM! ] { c: CUSTOM! }\n{ depth: 2, d: 2, bl: 80 } { nest: { depth: 1, d: 2, bl: 80 } }\n{\n  a: {\n    b: multi\n    line\n  }\n}\n[ { x: [ 1, 2 ] } ]\n<ref *1> Object [global] {\n  global: [Circular *1],\n  clearImmediate: [Function: clearImmediate],\n  setImmediate: [Function: setImmediate] {\n    [Symbol(nodejs.util.promisify.custom)]: [Getter]\n  },\n  clearInterval: [Function: clearInterval],\n  clearTimeout: [Function: clearTimeout],\n  setInterval: [Function: setInterval],\n  setTimeout: [Function: setTimeout],\n  queueMicrotask: [Function: queueMicrotask],\n  structuredClone: [Function: structuredClone],\n  atob: [Getter/Setter],\n  btoa: [Getter/Setter],\n  performance: [Getter/Setter],\n  fetch: [Function: fetch],\n  crypto: [Getter],\n  zz: 1,\n  ff: [Function: ff]\n}\n{\n  g: <ref *1> Object [global] {\n    global: [Circular *1],\n    clearImmediate: [Function: clearImmediate],\n    setImmediate: [Function: setImmediate] {\n      [Symbol(nodejs.util.promisify.custom)]: [Getter]\n    },\n    clearInterval: [Function: clearInterval],\n    clearTimeout: [Function: clearTimeout],\n    setInterval: [Function: setInterval],\n    setTimeout: [Function: setTimeout],\n    queueMicrotask: [Function: queueMicrotask],\n    structuredClone: [Function: structuredClone],\n    atob: [Getter/Setter],\n    btoa: [Getter/Setter],\n    performance: [Getter/Setter],\n    fetch: [Function: fetch],\n    crypto: [Getter],\n    zz: 1,\n    ff: [Function: ff]\n  }\n}\nError: msg\n    at fake (file.js:1:1) {\n  extra: { deep: { deeper: [Object] } }\n}\n{\n  nested: Error: msg\n      at fake (file.js:1:1) {\n    extra: { deep: [Object] }\n  }\n}\n[ [TypeError: tmsg] ] { te: [TypeError: tmsg] }\nHttpError: nf\n    at x (y.js:1:1) {\n  status: 404\n}\n[RangeError: r]\n[Error: outer] { [cause]: [Error: inner] }\n10005\n10010\n[ [Object: null prototype] { x: 1 } ]\n{ own: 2 }\nArray { '0': 'a' }\n[Array(2): null prototype] [ 1, 2 ]\n[Map(1): null prototype] { 1 => 2 }\n[Function (null prototype): nf]\nObject <[Object: null prototype] {}> { a: 1 }\nObject(0) [] [Object: null prototype] {} [Function (anonymous)] Object\n{} {} {} Object [Symbol] {} Object [Map] {} Object [Set] {} Object [Promise] {} {} [Error [TypeError]]\n{ a: 1 } [ 1 ]\n",
    'dates_regexps': "1970-01-01T00:00:00.000Z Invalid Date [ 2001-09-09T01:46:40.000Z ] { d: 1969-12-31T23:59:59.999Z }\n1970-01-01T00:00:00.000Z { label: 'x' }\nD 1970-01-01T00:00:00.000Z [ D 1970-01-01T00:00:00.000Z ]\n+275760-09-13T00:00:00.000Z -271821-04-20T00:00:00.000Z -000001-01-01T00:00:00.000Z\n1970-01-01T00:00:00.000Z\n5\n/a\\/b/g /a\\/b/ /[/]/ /(?:)/ /x/y\n/z/ { extra: 1 }\nR /q/g\n{ re: /deep/ } [ [ /x/ ] ]\n{ a: { b: { c: [Object] } } }\n",
    'describe_in_messages': 'TypeError 5 is not a function\nTypeError 0 is not a function\nTypeError 1.5 is not a function\nTypeError abc is not a function\nTypeError  is not a function\nTypeError true is not a function\nTypeError null is not a function\nTypeError undefined is not a function\nTypeError 10 is not a function\nTypeError Symbol(s) is not a function\nTypeError #<Object> is not a function\nTypeError [object Array] is not a function\nTypeError [object Array] is not a function\nTypeError #<Map> is not a function\nTypeError [object RegExp] is not a function\nTypeError Error: x is not a function\nTypeError [object Object] is not a function\nTypeError #<Foo> is not a function\nTypeError #<Promise> is not a function\nTypeError [object Number] is not a function\nTypeError #<Object> is not a function\nTypeError #<Object> is not a function\nTypeError #<Object> is not a function\nTypeError #<constructor> is not a function\nTypeError #<Object> is not a function\nTypeError TypeError is not a function\nTypeError Symbol(Symbol.iterator) is not a function\nTypeError xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is not a function\n5 is not a function\n0 is not a function\n1.5 is not a function\nabc is not a function\n is not a function\ntrue is not a function\nnull is not a function\nundefined is not a function\n10 is not a function\nSymbol(s) is not a function\n#<Object> is not a function\n[object Array] is not a function\n[object Array] is not a function\n#<Map> is not a function\n[object RegExp] is not a function\nError: x is not a function\n[object Object] is not a function\n#<Foo> is not a function\n#<Promise> is not a function\n[object Number] is not a function\n#<Object> is not a function\n#<Object> is not a function\n#<Object> is not a function\n#<constructor> is not a function\n#<Object> is not a function\nTypeError is not a function\nSymbol(Symbol.iterator) is not a function\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is not a function\n',
    'format_o_show_hidden': "Foo { x: 1, [y]: [Getter] }\n{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}\n[ { a: 1 }, 'x', [length]: 2 ]\n'str' 5\nMap(1) { 1 => { a: 1 } }\n[Object: null prototype] {}\n",
    'format_specifiers': 'boom Error: boom true\nstr extra 5 { a: [ 1, { b: 2 } ] }\n42.9|42|3.5|{"j":1}|[ 1, [length]: 1 ]|{ O: { deep: { deeper: [Object] } } }||%|%x\nnull %s undefined\n1n Symbol(q) -0\n[ 1, [Array] ] Map(1) { 1 => { a: 1 } } Set(1) { \'x\' }\nfunction foo() { return 1; }\nclass K {}\ncustom\nT! [ T {} ]\n16 %i 1e3\n1 %d 1e+21\n1000 %f  .5 \n"tj"\n[null,null,null]\n[Circular]\n{\n  f: <ref *1> [Function: foo] {\n    [length]: 0,\n    [name]: \'foo\',\n    [arguments]: null,\n    [caller]: null,\n    [prototype]: { [constructor]: [Circular *1] }\n  },\n  a: [ 1, 2, [length]: 2 ]\n}\na%s\n% %% %s\na1b2c 3 4\n5 %s 6\na\nb\n[ \'%s\' ] %s\n',
    'layout_numbers_arrays': '{ level1: { level2: { level3: [Object] } } }\n[ { level1: { level2: [Object] } }, [ { level1: [Object] } ] ]\n{ arr: [ [ 1, [Array] ] ] }\n{\n  k0: 0,\n  k1: 1,\n  k2: 2,\n  k3: 3,\n  k4: 4,\n  k5: 5,\n  k6: 6,\n  k7: 7,\n  k8: 8,\n  k9: 9,\n  k10: 10,\n  k11: 11,\n  k12: 12,\n  k13: 13,\n  k14: 14,\n  k15: 15,\n  k16: 16,\n  k17: 17,\n  k18: 18,\n  k19: 19,\n  k20: 20,\n  k21: 21,\n  k22: 22,\n  k23: 23,\n  k24: 24,\n  k25: 25,\n  k26: 26,\n  k27: 27,\n  k28: 28,\n  k29: 29\n}\n[\n    0,   1.5,   3,   4.5,   6,   7.5,   9,  10.5,  12,  13.5,\n   15,  16.5,  18,  19.5,  21,  22.5,  24,  25.5,  27,  28.5,\n   30,  31.5,  33,  34.5,  36,  37.5,  39,  40.5,  42,  43.5,\n   45,  46.5,  48,  49.5,  51,  52.5,  54,  55.5,  57,  58.5,\n   60,  61.5,  63,  64.5,  66,  67.5,  69,  70.5,  72,  73.5,\n   75,  76.5,  78,  79.5,  81,  82.5,  84,  85.5,  87,  88.5,\n   90,  91.5,  93,  94.5,  96,  97.5,  99, 100.5, 102, 103.5,\n  105, 106.5, 108, 109.5, 111, 112.5, 114, 115.5, 117, 118.5,\n  120, 121.5, 123, 124.5, 126, 127.5, 129, 130.5, 132, 133.5,\n  135, 136.5, 138, 139.5, 141, 142.5, 144, 145.5, 147, 148.5,\n  ... 50 more items\n]\n[\n  \'item0\',  \'item1\',  \'item2\',\n  \'item3\',  \'item4\',  \'item5\',\n  \'item6\',  \'item7\',  \'item8\',\n  \'item9\',  \'item10\', \'item11\',\n  \'item12\', \'item13\', \'item14\',\n  \'item15\', \'item16\', \'item17\',\n  \'item18\', \'item19\'\n]\n[\n  { id: 0 }, { id: 1 },\n  { id: 2 }, { id: 3 },\n  { id: 4 }, { id: 5 },\n  { id: 6 }, { id: 7 },\n  { id: 8 }, { id: 9 }\n]\n[\n  [ 0, 0 ],  [ 1, 2 ],\n  [ 2, 4 ],  [ 3, 6 ],\n  [ 4, 8 ],  [ 5, 10 ],\n  [ 6, 12 ]\n]\n[\n  0,      \'str1\', 2,\n  \'str3\', 4,      \'str5\',\n  6,      \'str7\', 8,\n  \'str9\', 10,     \'str11\'\n]\n[\n  -1.5, 2,   -300,\n  4.25, 5, 600000,\n    -7, 8,      9,\n    10\n]\n{\n  text: \'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\'\n}\n[\n  \'short\',\n  \'a somewhat longer string here\',\n  \'x\',\n  \'yy\',\n  \'zzz\',\n  \'another fairly long entry\',\n  \'q\'\n]\ntop level string with\nnewline [ \'in\\narray\' ]\n{ s: \'it\\\'s "quoted" `too`\' } [ "it\'s" ] [ \'say "hi"\' ]\n[\n  0.30000000000000004,\n  0.3333333333333333,\n  9007199254740992,\n  18446744073709552000,\n  1e-7,\n  1.23e-18,\n  -1e+21,\n  255,\n  255,\n  1000000\n]\n[ NaN, Infinity, -Infinity, -0, 0 ] -0 [ -0 ] { z: -0 }\n100000000000000000000n [ -5n ] { b: 0n }\n[ undefined, null, true, false ] { u: undefined, n: null }\n[ 1, 2, 3, extra: \'prop\', [Symbol(s)]: 1 ]\n[ 1, <1 empty item>, 3, <7 empty items>, \'end\' ] 11\n[ <3 empty items> ] [ <1 empty item>, \'a\' ] [ <2 empty items>, \'b\', <1 empty item> ]\n[ 1, 2, <3 empty items> ]\n[\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 1 more item\n]\n[\n    1,   3,   5,   7,   9,  11,  13,  15,  17,  19,  21,  23,\n   25,  27,  29,  31,  33,  35,  37,  39,  41,  43,  45,  47,\n   49,  51,  53,  55,  57,  59,  61,  63,  65,  67,  69,  71,\n   73,  75,  77,  79,  81,  83,  85,  87,  89,  91,  93,  95,\n   97,  99, 101, 103, 105, 107, 109, 111, 113, 115, 117, 119,\n  121, 123, 125, 127, 129, 131, 133, 135, 137, 139, 141, 143,\n  145, 147, 149, 151, 153, 155, 157, 159, 161, 163, 165, 167,\n  169, 171, 173, 175, 177, 179, 181, 183, 185, 187, 189, 191,\n  193, 195, 197, 199\n]\n',
    'subclasses_circular_grouping': 'MyArr(2) [ 1, 2 ] MyArr(0) [] [ MyArr(2) [ 1, 2 ] ]\nMyMap(1) [Map] { \'a\' => 1 } MyMap(0) [Map] {}\nMySet(1) [Set] { 1, extra: 1 }\n[MyErr [Error]: boom] [ [MyErr [Error]: boom] ]\n[MyErr [Error]]\n[ValidationError: bad] { ve: [ValidationError: bad] }\n{ \'key\\nnl\': 3, "q\'": 4, [Symbol(it\\\'s)]: 1, [Symbol(a\\nb)]: 2 }\n[class St] { v: [ 1 ] } { St: [class St] { v: [ 1 ] } }\n[\n  [Function: a],\n  [Function: b],\n  [Function: c],\n  [Function: d],\n  [Function: e],\n  [Function: f],\n  [Function: g]\n]\n[ [ 1, 2, [ 3, 4, [Array] ] ], { a: { b: [Object] } } ]\n<ref *1> { a: [ [Circular *1], { o: [Circular *1] } ] }\n<ref *1> Map(1) { \'self\' => [Circular *1] }\n<ref *1> Set(1) { [Circular *1] }\n<ref *1> [ 1, 2, { arr: [Circular *1] } ]\n[ 1, 2.5, -0, 1e+100, 5e-324, 1.7976931348623157e+308 ]\n{\n  a: 1,\n  b: \'two\',\n  c: [ 3 ],\n  d: { e: 4 },\n  f: null,\n  g: undefined,\n  h: true,\n  i: 1n,\n  j: Symbol(j)\n}\n[\n  \'a\',     \'bb\',    \'ccc\',   \'dddd\',\n  \'eeeee\', \'f\',     \'gg\',    \'hhh\',\n  \'iiii\',  \'jjjjj\', \'k\',     \'ll\',\n  \'mmm\',   \'nnnn\',  \'ooooo\', \'p\',\n  \'qq\',    \'rrr\',   \'ssss\',  \'ttttt\',\n  \'u\',     \'vv\',    \'www\',   \'xxxx\',\n  \'yyyyy\', \'z\'\n]\n[\n      -0,     1,     2,  -3000,\n       4,     5, -6000,      7,\n       8, -9000,    10,     11,\n  -12000,    13,    14, -15000\n]\n[\n  undefined, null,\n  undefined, null,\n  undefined, null,\n  undefined, null,\n  undefined\n]\n[\n  \'x\',  true, \'x\',\n  true, \'x\',  true,\n  \'x\',  true\n]\n{\n  list: [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ]\n}\n[\n  [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ]\n]\n{\n  a: {\n    b: [\n      \'v0\',  \'v1\',  \'v2\',  \'v3\',  \'v4\',\n      \'v5\',  \'v6\',  \'v7\',  \'v8\',  \'v9\',\n      \'v10\', \'v11\', \'v12\', \'v13\', \'v14\',\n      \'v15\', \'v16\', \'v17\', \'v18\', \'v19\',\n      \'v20\', \'v21\', \'v22\', \'v23\', \'v24\',\n      \'v25\', \'v26\', \'v27\', \'v28\', \'v29\'\n    ]\n  }\n}\n',
}
# END GENERATED PROGRAM OUTPUT


def _run_source():
    try:
        from explorer.engine import run_source
    except Exception:  # noqa: BLE001 - the interpreter is not there yet
        return None
    return run_source


def _node_stdout(source: str) -> str:
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False, encoding="utf-8") as fh:
        fh.write(source)
    try:
        out = subprocess.run([NODE, str(ROOT / "tests" / "tools" / "node_script.js"), fh.name],
                             capture_output=True, text=True, timeout=60, encoding="utf-8")
    finally:
        Path(fh.name).unlink()
    return out.stdout


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_output(name):
    run_source = _run_source()
    if run_source is None:
        pytest.skip("explorer.engine.run_source is not available")
    if name not in PROGRAM_STDOUT:
        pytest.skip("no stored output (run --regen)")
    result = run_source(PROGRAMS[name], f"{name}.js")
    assert result.stdout == PROGRAM_STDOUT[name], result.stderr


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_output_matches_node(name):
    assert _node_stdout(PROGRAMS[name]) == PROGRAM_STDOUT.get(name)


# ------------------------------------------------------------------ regeneration

def _regen():
    r = make_realm()
    b = Builder(r)
    snippets = [f"console.log({b.js(d)});" for _, d in CASES]
    outs = run_node_batch(snippets, b.prelude)
    lines = ["EXPECTED = {"]
    for (name, _), o in zip(CASES, outs):
        lines.append(f"    {name!r}: {o!r},")
    lines.append("}")
    text = Path(__file__).read_text(encoding="utf-8")
    start = text.index("# BEGIN GENERATED EXPECTATIONS")
    start = text.index("\n", start) + 1
    end = text.index("# END GENERATED EXPECTATIONS")
    text = text[:start] + "\n".join(lines) + "\n" + text[end:]
    lines = ["PROGRAM_STDOUT = {"]
    for name in sorted(PROGRAMS):
        lines.append(f"    {name!r}: {_node_stdout(PROGRAMS[name])!r},")
    lines.append("}")
    start = text.index("# BEGIN GENERATED PROGRAM OUTPUT")
    start = text.index("\n", start) + 1
    end = text.index("# END GENERATED PROGRAM OUTPUT")
    text = text[:start] + "\n".join(lines) + "\n" + text[end:]
    Path(__file__).write_text(text, encoding="utf-8")
    print(f"wrote {len(outs)} expectations and {len(PROGRAMS)} program outputs")


if __name__ == "__main__":
    if "--regen" in sys.argv:
        _regen()
