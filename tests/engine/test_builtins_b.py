"""Tests for Array, String, RegExp, JSON and the iterator built-ins.

Two kinds of tests:

* direct tests of the natives from Python, on a realm with a stub host;
* small JavaScript programs run by the engine whose stdout must equal
  Node's. With ``node`` on PATH the oracle runs live; otherwise the literal
  output recorded from Node 20 (``EXPECTED``) is used.

JavaScript strings are Python ``str`` here, so lengths count code points:
the programs avoid astral characters whose UTF-16 length would differ.
"""
from __future__ import annotations

import hashlib
import math
import shutil
import subprocess
from pathlib import Path

import pytest

from explorer.engine.realm import Realm
from explorer.engine.values import (
    HOLE,
    NULL,
    UNDEFINED,
    JSArray,
    JSError,
    JSObject,
    JSThrow,
    to_string,
)

TOOLS = Path(__file__).resolve().parent.parent / "tools"


# ---------------------------------------------------------------- stub host

class StubHost:
    def __init__(self):
        self.out = []
        self.touched_objects = []

    def describe(self, v):
        if v is UNDEFINED:
            return "undefined"
        if v is NULL:
            return "null"
        if isinstance(v, JSObject):
            return "#<Object>"
        return to_string(v)

    def stack_string(self, kind, message):
        return f"{kind}: {message}\n    at <stub>"

    def console_write(self, stream, text):
        self.out.append((stream, text))

    def enqueue_microtask(self, job):
        job()

    def touched(self, obj):
        self.touched_objects.append(obj)


@pytest.fixture
def realm():
    return Realm(StubHost())


def proto_method(realm, ctor, name):
    return realm.intrinsics[ctor].get("prototype").get(name)


def call(realm, ctor, name, this, *args):
    return proto_method(realm, ctor, name).call(this, list(args))


def arr(realm, *items):
    return realm.new_array([float(x) if type(x) is int else x for x in items])


def native(realm, fn, name="cb", length=0):
    return realm.native(fn, name, length)


def js_error(excinfo) -> str:
    e = excinfo.value
    assert isinstance(e, JSError)
    return f"{e.kind}: {e.message}"


# ---------------------------------------------------------------- Array

def test_isarray_is_true_for_arrays_only_not_arguments(realm):
    class Arguments(JSArray):
        __slots__ = ()

    args_obj = Arguments(realm.object_prototype, [1.0])
    args_obj.cls = "Arguments"
    is_array = realm.intrinsics["Array"].get("isArray")
    assert is_array.call(UNDEFINED, [arr(realm, 1)]) is True
    assert is_array.call(UNDEFINED, [args_obj]) is False
    obj = realm.new_object()
    obj.define_own("length", 0.0)
    assert is_array.call(UNDEFINED, [obj]) is False


def test_array_constructor_lengths_and_holes(realm):
    array = realm.intrinsics["Array"]
    a = array.call(UNDEFINED, [3.0])
    assert a.elems == [HOLE, HOLE, HOLE]
    b = array.construct([1.0, 2.0])
    assert b.elems == [1.0, 2.0]
    c = array.call(UNDEFINED, ["3"])
    assert c.elems == ["3"]
    for bad in (-1.0, 1.5, 4294967296.0, math.nan):
        with pytest.raises(JSError) as ei:
            array.call(UNDEFINED, [bad])
        assert js_error(ei) == "RangeError: Invalid array length"


def test_map_callback_receives_float_index_and_the_array(realm):
    seen = []

    def cb(this, args):
        seen.append((this, args[0], args[1], args[2]))
        return args[0] * 10

    a = arr(realm, 1, 2, HOLE, 4)
    this_arg = realm.new_object()
    r = call(realm, "Array", "map", a, native(realm, cb), this_arg)
    assert r.elems == [10.0, 20.0, HOLE, 40.0]
    assert [s[2] for s in seen] == [0.0, 1.0, 3.0]
    assert all(type(s[2]) is float for s in seen)
    assert all(s[0] is this_arg and s[3] is a for s in seen)


def test_callback_not_callable_messages(realm):
    with pytest.raises(JSError) as ei:
        call(realm, "Array", "map", arr(realm, 1), UNDEFINED)
    assert js_error(ei) == "TypeError: undefined is not a function"
    with pytest.raises(JSError) as ei:
        call(realm, "Array", "forEach", NULL, UNDEFINED)
    assert js_error(ei) == "TypeError: Array.prototype.forEach called on null or undefined"
    with pytest.raises(JSError) as ei:
        call(realm, "Array", "join", UNDEFINED)
    assert js_error(ei) == "TypeError: Cannot convert undefined or null to object"
    with pytest.raises(JSError) as ei:
        call(realm, "Array", "reduce", arr(realm), native(realm, lambda t, a: a[0]))
    assert js_error(ei) == "TypeError: Reduce of empty array with no initial value"


def test_push_pop_return_floats_and_touch_the_array(realm):
    host = realm.host
    a = arr(realm, 1)
    n = call(realm, "Array", "push", a, 2.0, 3.0)
    assert n == 3.0 and type(n) is float
    assert a.elems == [1.0, 2.0, 3.0]
    assert host.touched_objects[-1] is a
    host.touched_objects.clear()
    assert call(realm, "Array", "pop", a) == 3.0
    assert host.touched_objects == [a]
    host.touched_objects.clear()
    call(realm, "Array", "map", a, native(realm, lambda t, args: args[0]))
    assert host.touched_objects == []  # a new array is not a mutation of an existing one


def test_sort_is_stable_and_puts_undefined_then_holes_last(realm):
    items = [realm.new_object() for _ in range(6)]
    keys = [2.0, 1.0, 2.0, 1.0, 0.0, 2.0]
    for o, k in zip(items, keys):
        o.define_own("k", k)
    a = realm.new_array(list(items))

    def cmp(this, args):
        return args[0].get("k") - args[1].get("k")

    call(realm, "Array", "sort", a, native(realm, cmp))
    assert a.elems == [items[4], items[1], items[3], items[0], items[2], items[5]]

    b = realm.new_array(["b", UNDEFINED, HOLE, 10.0, "a", 9.0])
    call(realm, "Array", "sort", b)
    assert b.elems == [10.0, 9.0, "a", "b", UNDEFINED, HOLE]


def test_sort_comparator_exception_propagates(realm):
    def cmp(this, args):
        raise JSThrow("boom")

    a = arr(realm, 3, 1, 2)
    with pytest.raises(JSThrow) as ei:
        call(realm, "Array", "sort", a, native(realm, cmp))
    assert ei.value.value == "boom"
    with pytest.raises(JSError) as ei:
        call(realm, "Array", "sort", a, 5.0)
    assert js_error(ei) == "TypeError: The comparison function must be either a function or undefined"


def test_generic_methods_work_on_array_likes(realm):
    o = realm.new_object()
    for k, v in (("0", "a"), ("1", "b"), ("2", "c"), ("length", 3.0)):
        o.define_own(k, v)
    assert call(realm, "Array", "join", o, "+") == "a+b+c"
    r = call(realm, "Array", "map", o, native(realm, lambda t, args: args[0].upper()))
    assert type(r) is JSArray and r.elems == ["A", "B", "C"]
    assert call(realm, "Array", "push", o, "d") == 4.0
    assert o.get("3") == "d" and o.get("length") == 4.0
    assert call(realm, "Array", "indexOf", o, "c") == 2.0
    call(realm, "Array", "reverse", o)
    assert [o.get(str(i)) for i in range(4)] == ["d", "c", "b", "a"]


def test_join_skips_cycles_and_nullish(realm):
    a = arr(realm, 1, NULL, UNDEFINED)
    a.elems.append(a)
    assert call(realm, "Array", "join", a) == "1,,,"
    assert call(realm, "Array", "toString", arr(realm, 1.5, -0.0, 1e21)) == "1.5,0,1e+21"


def test_splice_and_species_free_results(realm):
    a = arr(realm, 1, 2, 3, 4, 5)
    removed = call(realm, "Array", "splice", a, 1.0, 2.0, "x")
    assert removed.elems == [2.0, 3.0]
    assert a.elems == [1.0, "x", 4.0, 5.0]
    assert call(realm, "Array", "toSpliced", a, 0.0, 1.0).elems == ["x", 4.0, 5.0]
    assert a.elems == [1.0, "x", 4.0, 5.0]
    with pytest.raises(JSError) as ei:
        call(realm, "Array", "with", a, 9.0, 0.0)
    assert js_error(ei) == "RangeError: Invalid index : 9"


def test_includes_vs_indexof_nan_and_holes(realm):
    a = realm.new_array([math.nan, HOLE])
    assert call(realm, "Array", "includes", a, math.nan) is True
    assert call(realm, "Array", "indexOf", a, math.nan) == -1.0
    assert call(realm, "Array", "includes", a, UNDEFINED) is True
    assert call(realm, "Array", "indexOf", a, UNDEFINED) == -1.0
    # True == 1.0 in Python; JavaScript's strict equality must not confuse them
    assert call(realm, "Array", "indexOf", realm.new_array([True, 1.0]), 1.0) == 1.0


def test_array_iteration_intrinsics(realm):
    values = realm.intrinsics["%ArrayProto_values%"]
    from explorer.engine.values import SYM_ITERATOR
    assert realm.array_prototype.get(SYM_ITERATOR) is values
    assert realm.intrinsics["%ArrayIteratorPrototype%"].get("next") is realm.intrinsics["%ArrayIterator_next%"]
    assert realm.array_iteration_is_pristine(arr(realm, 1))
    from explorer.engine.builtins.iterators import make_array_iterator
    o = realm.new_object()
    o.define_own("0", "x")
    o.define_own("length", 2.0)
    it = make_array_iterator(realm, o, "entries")
    nxt = it.get("next")
    r1 = nxt.call(it, [])
    assert r1.get("done") is False and r1.get("value").elems == [0.0, "x"]
    r2 = nxt.call(it, [])
    assert r2.get("value").elems == [1.0, UNDEFINED]
    assert nxt.call(it, []).get("done") is True
    o.define_own("length", 5.0)
    assert nxt.call(it, []).get("done") is True  # stays done
    keys = make_array_iterator(realm, arr(realm, 7, 8), "keys")
    assert list(realm.iterate(keys)) == [0.0, 1.0]


def test_array_from_iterables_and_array_likes(realm):
    from_ = realm.intrinsics["Array"].get("from")
    array = realm.intrinsics["Array"]
    assert from_.call(array, ["abc"]).elems == ["a", "b", "c"]
    o = realm.new_object()
    o.define_own("length", 2.0)
    o.define_own("1", "y")
    assert from_.call(array, [o]).elems == [UNDEFINED, "y"]
    r = from_.call(array, [arr(realm, 1, 2), native(realm, lambda t, a: a[0] + a[1])])
    assert r.elems == [1.0, 3.0]
    with pytest.raises(JSError) as ei:
        from_.call(array, [NULL])
    assert js_error(ei) == "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"


# ---------------------------------------------------------------- String

def test_string_object_exotic_properties(realm):
    s = realm.to_object("ab")
    from explorer.engine.builtins.string import StringObject
    assert type(s) is StringObject and s.cls == "String" and s.internal == "ab"
    assert s.get("0") == "a" and s.get("length") == 2.0
    s.put("x", 1.0)
    s.put("5", 2.0)
    assert s.own_keys() == ["0", "1", "5", "length", "x"]
    assert s.put("0", "z") is False and s.get("0") == "a"
    assert s.delete_own("length") is False


def test_string_methods_on_primitives(realm):
    assert call(realm, "String", "padStart", "5", 3.0, "0") == "005"
    assert call(realm, "String", "split", "a,b,,c", ",").elems == ["a", "b", "", "c"]
    assert call(realm, "String", "split", "abc", "", 2.0).elems == ["a", "b"]
    assert call(realm, "String", "lastIndexOf", "canal", "a") == 3.0
    assert call(realm, "String", "substring", "abcdef", 4.0, 1.0) == "bcd"
    assert call(realm, "String", "at", "abc", -1.0) == "c"
    assert math.isnan(call(realm, "String", "charCodeAt", "abc", 9.0))
    assert call(realm, "String", "trim", "\ufeff\u00a0 x \n") == "x"
    assert call(realm, "String", "replaceAll", "a.b.c", ".", "$&$&") == "a..b..c"
    assert call(realm, "String", "replace", "abc", "b", "[$`|$']") == "a[a|c]c"


def test_string_errors(realm):
    with pytest.raises(JSError) as ei:
        call(realm, "String", "trim", NULL)
    assert js_error(ei) == "TypeError: String.prototype.trim called on null or undefined"
    with pytest.raises(JSError) as ei:
        call(realm, "String", "repeat", "a", -1.0)
    assert js_error(ei) == "RangeError: Invalid count value: -1"
    with pytest.raises(JSError) as ei:
        call(realm, "String", "toString", 5.0)
    assert js_error(ei) == "TypeError: String.prototype.toString requires that 'this' be a String"
    from_code_point = realm.intrinsics["String"].get("fromCodePoint")
    with pytest.raises(JSError) as ei:
        from_code_point.call(UNDEFINED, [1.5])
    assert js_error(ei) == "RangeError: Invalid code point 1.5"


def test_string_constructor_and_symbol(realm):
    string = realm.intrinsics["String"]
    from explorer.engine.values import JSSymbol
    assert string.call(UNDEFINED, [JSSymbol("x")]) == "Symbol(x)"
    assert string.call(UNDEFINED, []) == ""
    with pytest.raises(JSError):
        string.construct([JSSymbol("x")])
    boxed = string.construct([12.0])
    assert boxed.internal == "12" and boxed.get("length") == 2.0


def test_locale_compare_matches_icu_order():
    from explorer.engine.builtins.string import locale_compare
    words = ["b", "B", "a", "A", "ab", "aB", "Ab", "AB", "e", "é", "E", "É", "10", "2", "1", " ", "", "a-b", "a_b"]
    import functools
    ordered = sorted(words, key=functools.cmp_to_key(locale_compare))
    # Node 20: [...].sort((a, b) => a.localeCompare(b))
    assert ordered == ["", " ", "1", "10", "2", "a", "A", "a_b", "a-b", "ab", "aB", "Ab", "AB",
                       "b", "B", "e", "E", "é", "É"]


def test_get_substitution():
    from explorer.engine.builtins.string import get_substitution
    caps = ["b", UNDEFINED]
    assert get_substitution("b", "abc", 1, caps, UNDEFINED, "$1|$2|$3|$01|$10|$$|$&|$`|$'|$<x>") == \
        "b||$3|b|b0|$|b|a|c|$<x>"


# ---------------------------------------------------------------- RegExp

def test_regexp_translation_semantics():
    from explorer.engine.builtins.regexp import compile_pattern

    def search(src, flags, s):
        pat = compile_pattern(src, flags)[0]
        m = pat.search(s)
        return None if m is None else m.group(0)

    assert search(r"\s+", "", "a\u00a0\ufeff b") == "\u00a0\ufeff "
    assert search(r"\d+", "", "\u0663\u0664 12") == "12"  # \d is ASCII only
    assert search(r"\w+", "", "héllo") == "h"
    assert search(r"c$", "", "abc\n") is None  # $ is the end of input, not before a final newline
    assert search(r"^b", "m", "a\rb") == "b"
    assert search(r".", "", "\u2028x") == "x"
    assert search(r"[^]", "", "\n") == "\n"
    assert search(r"[]", "", "abc") is None
    assert search(r"(a)?b\1", "", "b") == "b"  # a reference to a group that did not match is empty
    assert search(r"\k<n>(?<n>x)", "", "x") == "x"
    assert search(r"(?<=a+)b", "", "aaab") == "b"
    assert search(r"[\d-z]", "", "-") == "-"
    assert search(r"\101\8", "", "A8") == "A8"
    assert search(r"\cJ", "", "\n") == "\n"
    assert search(r"a{,2}", "", "a{,2}") == "a{,2}"
    assert search(r"\p{Lu}+", "u", "abCD") == "CD"
    assert search(r"[\p{L}--[a-z]]", "v", "abC") == "C"


@pytest.mark.parametrize("source,flags,message", [
    ("(", "", "Unterminated group"),
    (")", "", "Unmatched ')'"),
    ("a**", "", "Nothing to repeat"),
    ("[b-a]", "", "Range out of order in character class"),
    ("a{2,1}", "", "numbers out of order in {} quantifier"),
    ("\\", "", "\\ at end of pattern"),
    ("(?<n>a)(?<n>b)", "", "Duplicate capture group name"),
    ("(?x)", "", "Invalid group"),
    ("\\q", "u", "Invalid escape"),
    ("(?<=a)+", "", "Invalid quantifier"),
    ("[", "", "Unterminated character class"),
])
def test_regexp_syntax_errors(realm, source, flags, message):
    create = realm.intrinsics["%RegExpCreate%"]
    with pytest.raises(JSError) as ei:
        create(source, flags)
    assert js_error(ei) == f"SyntaxError: Invalid regular expression: /{source}/{flags}: {message}"
    ctor = realm.intrinsics["RegExp"]
    with pytest.raises(JSError) as ei:
        ctor.call(UNDEFINED, ["a", "gg"])
    assert js_error(ei) == "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'"


def test_exec_result_and_last_index(realm):
    rx = realm.intrinsics["%RegExpCreate%"]("(?<y>\\d{4})-(\\d\\d)", "g")
    exec_ = rx.get("exec")
    r = exec_.call(rx, ["on 2024-05 and 1999-12"])
    assert r.elems == ["2024-05", "2024", "05"]
    assert r.get("index") == 3.0 and r.get("input") == "on 2024-05 and 1999-12"
    assert r.get("groups").proto is None and r.get("groups").get("y") == "2024"
    assert list(r.props) == ["index", "input", "groups"]
    assert rx.get("lastIndex") == 10.0
    r2 = exec_.call(rx, ["on 2024-05 and 1999-12"])
    assert r2.get("index") == 15.0
    assert exec_.call(rx, ["on 2024-05 and 1999-12"]) is NULL
    assert rx.get("lastIndex") == 0.0
    assert rx.get("source") == "(?<y>\\d{4})-(\\d\\d)" and rx.get("flags") == "g"
    to_s = rx.get("toString")
    assert to_s.call(realm.intrinsics["RegExp"].construct(["a/b", "mi"]), []) == "/a\\/b/im"


# ---------------------------------------------------------------- JSON

def test_json_stringify(realm):
    stringify = realm.intrinsics["JSON"].get("stringify")
    o = realm.new_object()
    o.define_own("a", realm.new_array([1.0, UNDEFINED, -0.0, math.inf]))
    o.define_own("b", UNDEFINED)
    o.define_own("c", "q\"\n\x01")
    assert stringify.call(UNDEFINED, [o]) == '{"a":[1,null,0,null],"c":"q\\"\\n\\u0001"}'
    assert stringify.call(UNDEFINED, [o, UNDEFINED, 2.0]) == \
        '{\n  "a": [\n    1,\n    null,\n    0,\n    null\n  ],\n  "c": "q\\"\\n\\u0001"\n}'
    assert stringify.call(UNDEFINED, [UNDEFINED]) is UNDEFINED
    from explorer.engine.values import JSBigInt
    with pytest.raises(JSError) as ei:
        stringify.call(UNDEFINED, [JSBigInt(1)])
    assert js_error(ei) == "TypeError: Do not know how to serialize a BigInt"


def test_json_circular_message(realm):
    stringify = realm.intrinsics["JSON"].get("stringify")
    o = realm.new_object()
    inner = realm.new_array([])
    o.define_own("list", inner)
    inner.elems.append(o)
    with pytest.raises(JSError) as ei:
        stringify.call(UNDEFINED, [o])
    assert js_error(ei) == ("TypeError: Converting circular structure to JSON\n"
                            "    --> starting at object with constructor 'Object'\n"
                            "    |     property 'list' -> object with constructor 'Array'\n"
                            "    --- index 0 closes the circle")


@pytest.mark.parametrize("text,message", [
    ("x", "Unexpected token 'x', \"x\" is not valid JSON"),
    ("", "Unexpected end of JSON input"),
    ("{", "Expected property name or '}' in JSON at position 1"),
    ('{"a":1,}', "Expected double-quoted property name in JSON at position 7"),
    ("[1 2]", "Expected ',' or ']' after array element in JSON at position 3"),
    ("1 2", "Unexpected non-whitespace character after JSON at position 2"),
    ('"abc', "Unterminated string in JSON at position 4"),
    ("01", "Unexpected number in JSON at position 1"),
    ("-", "No number after minus sign in JSON at position 1"),
    ("undefined", '"undefined" is not valid JSON'),
    ("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, x]",
     "Unexpected token 'x', ...\", 13, 14, x]\" is not valid JSON"),
    ('"\\x"', "Bad escaped character in JSON at position 2"),
])
def test_json_parse_errors(realm, text, message):
    parse = realm.intrinsics["JSON"].get("parse")
    with pytest.raises(JSError) as ei:
        parse.call(UNDEFINED, [text])
    assert js_error(ei) == f"SyntaxError: {message}"


def test_json_parse_values_and_reviver(realm):
    parse = realm.intrinsics["JSON"].get("parse")
    v = parse.call(UNDEFINED, ['{"b":[1,-0,2.5e1],"a":"\\u00e9\\n","b2":null}'])
    assert list(v.props) == ["b", "a", "b2"]
    b = v.get("b")
    assert b.elems[:1] == [1.0] and math.copysign(1, b.elems[1]) == -1 and b.elems[2] == 25.0
    assert v.get("a") == "é\n" and v.get("b2") is NULL
    keys = []

    def reviver(this, args):
        keys.append(args[0])
        return args[1] * 2 if type(args[1]) is float else args[1]

    r = parse.call(UNDEFINED, ['{"x":1,"y":[2]}', native(realm, reviver)])
    assert keys == ["x", "0", "y", ""]
    assert r.get("x") == 2.0 and r.get("y").elems == [4.0]


# ---------------------------------------------------------------- JavaScript programs vs Node

PROGRAMS = {
    'arrayfuzz': "let seed = 8;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nconst pick = (a) => a[Math.floor(rnd() * a.length)];\nconst nums = [undefined, 0, -0, 1, 2, -1, -3, 1.5, 10, NaN, Infinity, -Infinity, '1', null];\nconst vals = [1, 'a', undefined, null, NaN, [1], {}, 0, -0];\nconst show = (v) => { try { return JSON.stringify(v, (k, x) => x === undefined ? 'U' : Number.isNaN(x) ? 'NaN' : Object.is(x, -0) ? '-0' : x); } catch (e) { return 'x'; } };\nconst ops = [\n  (a) => a.push(pick(vals), pick(vals)), (a) => a.pop(), (a) => a.shift(), (a) => a.unshift(pick(vals)),\n  (a) => a.splice(pick(nums), pick(nums), pick(vals)), (a) => a.splice(pick(nums)), (a) => a.slice(pick(nums), pick(nums)),\n  (a) => a.fill(pick(vals), pick(nums), pick(nums)), (a) => a.copyWithin(pick(nums), pick(nums), pick(nums)),\n  (a) => a.reverse(), (a) => a.indexOf(pick(vals), pick(nums)), (a) => a.lastIndexOf(pick(vals), pick(nums)),\n  (a) => a.includes(pick(vals), pick(nums)), (a) => a.at(pick(nums)), (a) => a.with(pick(nums), 'W'),\n  (a) => a.toSpliced(pick(nums), pick(nums), 'T'), (a) => a.flat(pick(nums)), (a) => a.join(pick(['-', undefined, ''])),\n  (a) => a.concat(pick(vals), [pick(vals)]), (a) => { a.length = Math.floor(rnd() * 6); }, (a) => { a[Math.floor(rnd() * 8)] = pick(vals); },\n  (a) => delete a[Math.floor(rnd() * 5)], (a) => a.sort(), (a) => a.toSorted(), (a) => a.toReversed(), (a) => a.keys().next(),\n  (a) => Object.keys(a), (a) => a.entries().next().value, (a) => a.findLast((x) => x), (a) => a.findIndex((x) => x === 1),\n  (a) => a.filter((x, i) => i % 2), (a) => a.map((x) => typeof x), (a) => a.reduce((s, x) => s + String(x), '>'),\n  (a) => a.reduceRight((s, x) => s + String(x)), (a) => a.some((x) => x === null), (a) => a.every((x) => x !== 0),\n];\nconst out = [];\nfor (let t = 0; t < 150; t++) {\n  const a = [1, , 'b', undefined, 3];\n  if (t % 3 === 0) a.length = 8;\n  for (let k = 0; k < 12; k++) {\n    const i = Math.floor(rnd() * ops.length);\n    let r; try { r = show(ops[i](a)); } catch (e) { r = e.name + ': ' + e.message; }\n    out.push(`${t}.${k} op${i} -> ${r} | ${show(a)} ${a.length} ${Object.keys(a).join(',')}`);\n  }\n}\nconsole.log(out.join('\\n'));\n",
    'stringfuzz': 'let seed = 3;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nconst pick = (a) => a[Math.floor(rnd() * a.length)];\nconst strs = [\'\', \'a\', \'abc\', \'aXbXc\', \'Hello World\', \'  pad  \', \'a-b_c d\', \'ÀÉÎ ß\', \'x$y\', \'1,2,,3\', \'aaa\'];\nconst args = [undefined, null, 0, -0, 1, 2, -1, -2, 1.5, 3.7, 10, NaN, Infinity, -Infinity, \'\', \'a\', \'X\', \'-\', \',\', \'b\', \'$&\', \'$1\', \'$<n>\', \'$$\', "$\'", \'$`\', \'2\', true, [], [1], /a/g, /X/, /(a)/g, /(?<n>b)/, /,/, /\\s*/, /x*/g, (m) => `[${m}]`, {}];\nconst methods = [\'at\', \'charAt\', \'charCodeAt\', \'codePointAt\', \'concat\', \'endsWith\', \'includes\', \'indexOf\', \'lastIndexOf\', \'match\', \'matchAll\', \'normalize\', \'padEnd\', \'padStart\', \'repeat\', \'replace\', \'replaceAll\', \'search\', \'slice\', \'split\', \'startsWith\', \'substr\', \'substring\', \'toLowerCase\', \'toUpperCase\', \'trim\', \'trimStart\', \'trimEnd\', \'localeCompare\', \'isWellFormed\', \'toWellFormed\'];\nconst show = (v) => { if (v && typeof v === \'object\' && typeof v.next === \'function\') v = [...v].map(m => [...m, m.index]); try { return JSON.stringify(v) ?? String(v); } catch (e) { return \'x\'; } };\nconst out = [];\nfor (let t = 0; t < 3000; t++) {\n  const s = pick(strs), m = pick(methods), n = Math.floor(rnd() * 3);\n  const as = []; for (let i = 0; i < n; i++) as.push(pick(args));\n  if (m === \'repeat\' && typeof as[0] === \'number\' && as[0] > 5) continue;\n  if ((m === \'padEnd\' || m === \'padStart\') && typeof as[0] === \'number\' && as[0] > 20) continue;\n  let r; try { r = show(s[m](...as)); } catch (e) { r = e.name + \': \' + e.message; }\n  out.push(`${JSON.stringify(s)}.${m}(${as.map(a => typeof a === \'function\' ? \'fn\' : a instanceof RegExp ? String(a) : show(a)).join(\', \')}) = ${r}`);\n}\nconsole.log(out.join(\'\\n\'));\n',
    'locale_tags': "for (const l of ['', '-', 'en--US', '-en', 'en-US-', 'x-', 'abcd-', 'en-x', 'en-US--', ' en', 'EN', 'en-u', 'en-u-ca', 'en-Latn-', 'de-1996-', 'xx-invalid-', 'xx-invalid']) { try { 'a'.localeCompare('b', l); console.log(JSON.stringify(l), 'ok'); } catch (e) { console.log(JSON.stringify(l), e.message); } }\ntry { 'a'.toLocaleUpperCase(''); console.log('up ok'); } catch (e) { console.log('up', e.message); }\n",
    'jsonfuzz': 'let seed = 5;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nconst pick = (a) => a[Math.floor(rnd() * a.length)];\nconst docs = [\'{"a":1,"b":[true,false,null],"c":{"d":"e\\\\n\\\\u0041"}}\', \'[1, 2.5, -3e2, "x", {"y": []}]\', \'"just a string"\', \'  {"nested": {"deep": {"deeper": [1, [2, [3]]]}}}  \', \'-0.0001\', \'{"k": "v", "k2": "v2", "list": ["a", "b", "c"], "n": 12345678901234567890}\'];\nconst junk = [\'{\', \'}\', \'[\', \']\', \',\', \':\', \'"\', \'\\\\\', \'x\', \'-\', \'.\', \'e\', \'0\', \'1\', \' \', \'\\n\', \'t\', \'n\', \'u\', \'\\t\', \'\\u0001\', \'NaN\', "\'", \'+\'];\nconst out = [];\nfor (let t = 0; t < 600; t++) {\n  let s = pick(docs);\n  const edits = 1 + Math.floor(rnd() * 3);\n  for (let e = 0; e < edits; e++) {\n    const pos = Math.floor(rnd() * (s.length + 1));\n    const op = rnd();\n    if (op < 0.4) s = s.slice(0, pos) + s.slice(pos + 1);\n    else if (op < 0.8) s = s.slice(0, pos) + pick(junk) + s.slice(pos);\n    else s = s.slice(0, pos);\n  }\n  let r;\n  try { r = \'ok \' + JSON.stringify(JSON.parse(s)); } catch (e) { r = e.name + \': \' + e.message; }\n  out.push(JSON.stringify(s) + \' => \' + r);\n}\nconst vals = [1, \'a"b\', [1, [2, {}]], {a: [], b: {}, c: [{}]}, {x: undefined, y: () => 1, z: null}, [undefined, NaN, -0, 1e21, 1e-7], {toJSON() { return {t: 1}; }}, new Date(0), \'ü\\u2028\\u0000\'];\nfor (const v of vals) for (const sp of [undefined, 2, \'--\', 0, 11, \'\']) for (const rep of [undefined, [\'a\', \'x\'], (k, v) => (typeof v === \'number\' ? v + 1 : v)]) {\n  let r; try { r = JSON.stringify(v, rep, sp); } catch (e) { r = e.message; }\n  out.push(String(r));\n}\nconsole.log(out.join(\'\\n\'));\n',
    'rxfuzz': "let seed = 99;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nconst pick = (a) => a[Math.floor(rnd() * a.length)];\nconst atoms = ['a', 'b', 'c', '.', '\\\\1', '(?<=a)', '(?<!b)', '[^\\\\d\\\\s]', '[\\\\w-]', 'a{2}', '[.]', '\\\\d', '\\\\w', '\\\\s', '\\\\D', '[ab]', '[^a]', '[a-c\\\\d]', '\\\\b', '^', '$', 'x', '\\\\.', '[\\\\s\\\\S]', '\\\\W', '(?:ab)', '\\\\B'];\nfunction gen(depth) {\n  let s = '';\n  const n = 1 + Math.floor(rnd() * 4);\n  for (let i = 0; i < n; i++) {\n    let a, inner = null;\n    const r = rnd();\n    if (depth < 2 && r < 0.15) { inner = gen(depth + 1); a = '(' + inner + ')'; }\n    else if (depth < 2 && r < 0.22) { inner = gen(depth + 1) + '|' + gen(depth + 1); a = '(?:' + inner + ')'; }\n    else if (depth < 2 && r < 0.26) a = '(?=' + gen(depth + 1) + ')';\n    else if (depth < 2 && r < 0.29) { inner = gen(depth + 1); a = '(?<name' + depth + i + '>' + inner + ')'; }\n    else a = pick(atoms);\n    const q = rnd();\n    let nullable = false;\n    // JavaScript rejects empty iterations of a loop, Python's re does not: keep loop bodies non-empty\n    if (inner !== null) nullable = /[*?{|^$]|\\\\[bB1]/.test(inner);\n    if (!nullable && !/^[\\^$]$|^\\\\[bB]$|^\\(\\?=/.test(a)) {\n      if (q < 0.15) a += '*'; else if (q < 0.25) a += '+'; else if (q < 0.32) a += '?'; else if (q < 0.36) a += '{1,2}'; else if (q < 0.39) a += '*?';\n    }\n    s += a;\n  }\n  return s;\n}\nconst strs = ['abc', 'aab b', 'x.y', 'a1 b2', '', 'cab\\nabc', 'ba ab', '123', 'abcabc', ' a '];\nconst out = [];\nfor (let t = 0; t < 400; t++) {\n  const src = gen(0);\n  const flags = pick(['', 'g', 'i', 'm', 'gi', 's', 'y', 'gm']);\n  let re;\n  try { re = new RegExp(src, flags); } catch (e) { out.push(src + ' ERR ' + e.message); continue; }\n  const s = pick(strs);\n  const m = re.exec(s);\n  let all = '';\n  try { all = JSON.stringify(s.match(new RegExp(src, 'g'))) + ' ' + JSON.stringify(s.replace(new RegExp(src, flags), '<$&>')) + ' ' + JSON.stringify(s.split(new RegExp(src))); } catch (e) { all = e.message; }\n  out.push(`/${src}/${flags} ${JSON.stringify(s)} ${m ? JSON.stringify([...m]) + m.index + JSON.stringify(m.groups) : 'null'} ${re.lastIndex} ${all}`);\n}\nconsole.log(out.join('\\n'));\n",
    'optional_groups': "console.log(/(a*)?b/.exec('b'), /(?<n>x*)?y/.exec('y').groups, /(a)?b/.exec('ab'), 'b'.replace(/(a*)?/, '[$1]'), /\\B/.test(''), /\\B\\B/.exec(''), /a\\B/.exec('ab'));\n",
    'fuzz': "const show = (v) => {\n  if (typeof v === 'function') return 'fn';\n  if (typeof v === 'symbol') return v.toString();\n  try { return JSON.stringify(v) ?? String(v); } catch (e) { return 'unstringifiable'; }\n};\nconst receivers = () => [null, 1, 'str', [3, , 1], { length: 2, 0: 'a', 1: 'b' }];\nconst argsets = [[], [null], [-1], ['x'], [(x) => x], [{}], [-1, 5], [2, 1, 'q'], [/a/g, 'b']];\nconst lines = [];\nfor (const [cname, proto] of [['Array', Array.prototype], ['String', String.prototype], ['RegExp', RegExp.prototype]]) {\n  for (const name of Object.getOwnPropertyNames(proto)) {\n    const d = Object.getOwnPropertyDescriptor(proto, name);\n    if (typeof d.value !== 'function' || name === 'constructor' || name === 'toLocaleString') continue;\n    for (let ri = 0; ri < receivers().length; ri++) {\n      for (let ai = 0; ai < argsets.length; ai++) {\n        const recv = receivers()[ri];\n        let r;\n        try { r = 'ok ' + show(d.value.apply(recv, argsets[ai])) + ' ' + show(recv); } catch (e) { r = e.name + ': ' + e.message; }\n        lines.push(`${cname}.${name} r${ri} a${ai}: ${r}`);\n      }\n    }\n  }\n}\nfor (const f of [Array.from, Array.of, Array.isArray, String.fromCharCode, String.fromCodePoint, String.raw, JSON.parse, JSON.stringify]) {\n  for (let ai = 0; ai < argsets.length; ai++) {\n    let r;\n    try { r = 'ok ' + show(f.apply(Array, argsets[ai])); } catch (e) { r = e.name + ': ' + e.message; }\n    lines.push(`${f.name} a${ai}: ${r}`);\n  }\n}\nconsole.log(lines.join('\\n'));\n",
    'localecompare3': "console.log(['item10', 'item2', 'item1', 'Item3', 'item02', 'x1.5', 'x1.10'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));\nconsole.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('b', undefined, { sensitivity: 'base' }));\nconsole.log('a'.localeCompare('A', undefined, { sensitivity: 'accent' }), 'a'.localeCompare('á', undefined, { sensitivity: 'accent' }));\nconsole.log('a'.localeCompare('A', undefined, { sensitivity: 'case' }), 'a'.localeCompare('á', undefined, { sensitivity: 'case' }));\nconsole.log('a'.localeCompare('A', 'en', { caseFirst: 'upper' }), ['a', 'B', 'A', 'b'].sort((x, y) => x.localeCompare(y, 'en', { caseFirst: 'upper' })));\nconsole.log('a b'.localeCompare('ab', undefined, { ignorePunctuation: true }), '10'.localeCompare('9', 'en', {numeric: true}), '10'.localeCompare('9'));\n",
    'sortlog': 'let seed = 11;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nfor (const n of [10, 33, 65, 200, 1000]) {\n  const a = []; for (let i = 0; i < n; i++) a.push(Math.floor(rnd() * n / 3));\n  for (let i = 0; i < n / 4; i++) a.push(i);  // a run\n  let calls = 0, h = 0;\n  const b = a.slice().sort((x, y) => { calls++; h = (h * 31 + x * 7 + y) % 1000003; return x - y; });\n  console.log(n, calls, h, b.slice(0, 5).join());\n}\nconst objs = []; for (let i = 0; i < 300; i++) objs.push({k: Math.floor(rnd() * 10), i});\nconsole.log(objs.sort((a, b) => a.k - b.k).map(o => o.i).slice(0, 40).join());\n',
    'sortfuzz': "let seed = 12345;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nconst out = [];\nfor (let trial = 0; trial < 40; trial++) {\n  const n = Math.floor(rnd() * (trial < 30 ? 150 : 700));\n  const kind = trial % 6;\n  const a = [];\n  for (let i = 0; i < n; i++) {\n    if (kind === 0) a.push(Math.floor(rnd() * n));\n    else if (kind === 1) a.push(i);\n    else if (kind === 2) a.push(n - i);\n    else if (kind === 3) a.push(Math.floor(rnd() * 5));\n    else if (kind === 4) a.push(i % 50 < 25 ? i : n - i);\n    else a.push(rnd() < 0.9 ? i : Math.floor(rnd() * n));\n  }\n  let calls = 0, h = 7;\n  const cmp = trial % 10 === 9\n    ? (x, y) => { calls++; h = (h * 33 + x + 3 * y) % 1000000007; return rnd() - 0.5; }\n    : (x, y) => { calls++; h = (h * 33 + x + 3 * y) % 1000000007; return x - y; };\n  const b = a.slice().sort(cmp);\n  let hb = 0; for (const v of b) hb = (hb * 31 + v) % 1000000007;\n  out.push(`${trial}:${n}:${calls}:${h}:${hb}`);\n}\nconsole.log(out.join('\\n'));\n",
    'captures': "console.log(/(?:a(b)?)+/.exec('aba'), /(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac'));\nconsole.log(/(\\d)+/.exec('123'), /(?:(\\d)|([a-z]))+/.exec('1a2'), /(a|b)*?c/.exec('abac'), /(?:(x)|y){2,3}/.exec('xyy'));\nconsole.log(/(?<d>\\d)+/.exec('42').groups.d, 'a1b2'.replace(/(?:([a-z])(\\d))+/, '[$1$2]'), /((a)|b)+/.exec('ab'), /(a)*/.exec('b'), /(?:(a)|b)*/.exec('ab'));\nconsole.log(/^(?:(\\w+)\\s*)+$/.exec('hello big world')[1], /(?:(a)(b)?)+?c/.exec('aabc'), /((\\d+),?)+/.exec('1,22,333'));\nconsole.log(/(?<o>(?:(?<i>a)|b)+)/d.exec('ab').indices, RegExp.$1, RegExp.$2);\nconsole.log(/((a)|(b))+/.exec('ab'), /((a)|(b)){2}/.exec('ab'), /(?:(?:(a)|(b))+,?)+/.exec('ab,b'));\n",
    'localecompare': 'let seed = 7;\nconst rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;\nconst chars = "aAbBzZ09 -_.,!?\'\\"()éÉèñÑ@#$%&*/:;<>=+[]{}|~`^\\\\\\t";\nconst words = [];\nfor (let i = 0; i < 300; i++) { let w = \'\'; const n = 1 + Math.floor(rnd() * 5); for (let j = 0; j < n; j++) w += chars[Math.floor(rnd() * chars.length)]; words.push(w); }\nconst sorted = words.slice().sort((a, b) => a.localeCompare(b));\nconsole.log(JSON.stringify(sorted));\nlet eq = 0; for (let i = 0; i < 300; i++) for (let j = 0; j < 30; j++) if (words[i].localeCompare(words[j]) === 0 && words[i] !== words[j]) eq++;\nconsole.log(eq);\nconsole.log([\'a\', \'ä\', \'b\', \'ß\', \'ss\', \'st\', \'Å\', \'æ\', \'ae\', \'œ\', \'z\', \'ø\', \'o\', \'ö\', \'Ω\', \'я\', \'中\', \'1\', \'½\', \'²\'].sort((a, b) => a.localeCompare(b)).join(\' \'));\n',
    'localecompare2': "console.log(['e','é','è','ê','ë','ē','ę','ė','ě','ĕ','ẽ','ȩ','E','É'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['ae','æ','Ae','AE','Æ','aé','af','ad'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['ss','ß','SS','sß','st','sr','ẞ'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['o','ö','ø','Ø','ó','p','oe','œ','Œ'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['d','đ','Đ','e','l','ł','m','þ','z','ð','t'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['1','½','¼','2','²','₂','10','①','Ⅳ','iv','IV'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['a','α','а','ա','א','ا','अ','あ','ア','中','가','ก'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['a','ª','b','µ','m','μ','º','o','™','tm','TM'].sort((a,b)=>a.localeCompare(b)).join(' '));\nconsole.log(['Zoë', 'Zoe', 'zoe', 'Zoé', 'Ängel', 'Angel', 'angel', 'Émile', 'Emil', 'émile'].sort((a, b) => a.localeCompare(b)).join(' '));\nconsole.log('a'.localeCompare('á'), 'á'.localeCompare('A'), 'résumé'.localeCompare('resume'), 'a'.localeCompare('a\\u0000'));\n",
    'props': "for (const [n, P] of [['Array', Array], ['Array.prototype', Array.prototype], ['String', String], ['String.prototype', String.prototype], ['RegExp', RegExp], ['RegExp.prototype', RegExp.prototype], ['ArrayIter', Object.getPrototypeOf([][Symbol.iterator]())], ['IterProto', Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))], ['StrIter', Object.getPrototypeOf(''[Symbol.iterator]())], ['RegExpStrIter', Object.getPrototypeOf(/a/g[Symbol.matchAll](''))], ['JSON', JSON], ['unscopables', Array.prototype[Symbol.unscopables]]]) {\n  const out = [];\n  for (const k of Reflect.ownKeys(P)) {\n    const d = Object.getOwnPropertyDescriptor(P, k);\n    const ks = typeof k === 'symbol' ? k.toString() : k;\n    const fl = (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');\n    if (d.get || d.set) out.push(`${ks}:get${d.set ? '/set' : ''}[${fl}]`);\n    else if (typeof d.value === 'function') out.push(`${ks}:${d.value.name}/${d.value.length}[${fl}]`);\n    else out.push(`${ks}=${typeof d.value === 'symbol' ? d.value.toString() : typeof d.value === 'object' ? 'obj' : String(d.value)}[${fl}]`);\n  }\n  console.log(n + ': ' + out.join(', '));\n}\nconsole.log(Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));\nconsole.log(Object.getOwnPropertyDescriptor(/a/, 'lastIndex'), Object.keys(/a/), Object.getOwnPropertyNames(/a/));\nconsole.log(Object.getOwnPropertyDescriptor(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get, 'name'));\nconsole.log([].values(), ''[Symbol.iterator](), 'a'.matchAll(/a/g), Array.prototype, String.prototype, RegExp.prototype, JSON);\nconsole.log(new String('ab'), [new String('')], Object('x'));\n",
    'mixed': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => { const it = { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++, done: i > 3 }; }, return() { console.log('closed'); return {}; } }; } }; return Array.from(it, x => { if (x === 1) throw new Error('stop'); return x; }); });\nt(() => new String('abc').toUpperCase() + new String('x').length);\nt(() => { const o = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true }; return [0].concat(o); });\nt(() => { const a = [1, 2]; a[Symbol.isConcatSpreadable] = false; return [0].concat(a); });\nt(() => { const [a, b, ...rest] = 'hello'; return [a, b, rest]; });\nt(() => [...'abc'].map((c, i) => c + i));\nt(() => Array.from({ length: 3 }).map((_, i) => i * i));\nt(() => { let s = ''; for (const [i, v] of ['x', 'y'].entries()) s += i + v; return s; });\nt(() => { let s = ''; for (const c of 'hé!') s += c.charCodeAt(0) + ','; return s; });\nt(() => { const a = [1, 2, 3]; const it = a[Symbol.iterator](); a.push(4); return [...it]; });\nt(() => { const m = new Map([['a', 1]]); return JSON.stringify([...m]); });\nt(() => { Array.prototype.myExtra = function () { return this.length; }; const r = [1, 2].myExtra(); delete Array.prototype.myExtra; return r; });\nt(() => { const a = []; a.length = 3; return a; });\nt(() => [,'a'].findIndex(x => x === undefined));\nt(() => ['a', 'b'].map((x) => x.repeat(2)).reverse().join('|'));\nt(() => 'a-b'.split('-').map(Number));\nt(() => { const words = ['apple', 'Banana', 'cherry']; return words.sort(); });\nt(() => { const words = ['apple', 'Banana', 'cherry']; return words.sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1); });\nt(() => [3, 1, 2].sort((a, b) => a > b));\nt(() => [10, 9, 1, 100].sort((a, b) => b - a).map(String));\nt(() => { const r = []; ['a', 'b', 'c'].reduceRight((acc, x, i) => { r.push(i); return acc; }, 0); return r; });\nt(() => { const counts = ['a', 'b', 'a'].reduce((acc, x) => { acc[x] = (acc[x] || 0) + 1; return acc; }, {}); return counts; });\nt(() => { const grouped = [1, 2, 3, 4].reduce((g, n) => { (g[n % 2 ? 'odd' : 'even'] ||= []).push(n); return g; }, {}); return grouped; });\nt(() => [1, 2, 3].map((x) => [x, x * 2]).flat());\nt(() => Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}=${v}`).join('&'));\nt(() => Array.prototype.slice.call((function () { return arguments; })(1, 2, 3), 1));\nt(() => (function () { return Array.from(arguments); })(1, 2));\nt(() => (function () { return [].concat(arguments); })(1, 2).length);\nt(() => (function () { return Array.prototype.map.call(arguments, x => x * 2); })(1, 2));\nt(() => (function () { return [...arguments].join('-'); })(1, 2));\nt(() => JSON.stringify((function () { return arguments; })(1, 2)));\nt(() => JSON.stringify({ s: new Set([1]), m: new Map([[1, 2]]) }));\nt(() => typeof Array.prototype[Symbol.iterator]);\nt(() => Array.prototype.concat.call({}, 1).length);\nt(() => [0, 1, 2].map(String).map(s => s.padStart(3, '0')));\nt(() => 'abc'.split('').map(c => c.charCodeAt(0)).reduce((a, b) => a + b));\n",
    'regexps3': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => { const r = Object.freeze(/a/g); return r.exec('a'); });\nt(() => { const r = Object.freeze(/a/); return r.exec('a')[0]; });\nt(() => /(a)\\1/i.test('aA'));\nt(() => /\\u{3}/.test('uuu') + ' ' + /\\u{3}/.test('\\u0003'));\nt(() => 'a,b;c d'.split(/[,; ]/y));\nt(() => { class R extends RegExp { exec(s) { const r = super.exec(s); if (r) r[0] = r[0].toUpperCase(); return r; } } return 'abc'.replace(new R('b'), '[$&]'); });\nt(() => { class R extends RegExp {} const r = new R('a', 'g'); return [r instanceof R, 'aXa'.replace(r, 'b'), r.flags, R.name, 'a1a'.split(new R('\\\\d'))]; });\nt(() => { const o = { [Symbol.replace](s, r) { return s + '|' + r; } }; return 'abc'.replace(o, 'X'); });\nt(() => { const o = { [Symbol.split](s, lim) { return ['custom', s, lim]; } }; return 'abc'.split(o, 3); });\nt(() => { const o = { [Symbol.search](s) { return 42; } }; return 'abc'.search(o); });\nt(() => { const o = { [Symbol.match]: false, toString() { return 'a'; } }; return 'cat'.includes(o); });\nt(() => RegExp.prototype.exec.call(/a/, 'a').index);\nt(() => RegExp.prototype[Symbol.replace].call({ exec() { return null; }, flags: '' }, 'abc', 'x'));\nt(() => RegExp.prototype[Symbol.match].call(5, 'x'));\nt(() => RegExp.prototype.test.call({ exec: () => ({}) }, 'x'));\nt(() => RegExp.prototype.test.call({ exec: () => 5 }, 'x'));\nt(() => /a/g.test('a') && /a/g.test('a'));\nt(() => { const r = /a/g; r.test('a'); return r.test('a'); });\nt(() => 'aaaa'.replace(/a/gy, 'b') + ' ' + 'baaa'.replace(/a/gy, 'b'));\nt(() => /[\\u{61}-\\u{63}]+/u.exec('xabcd')[0]);\nt(() => /[\\x41-\\x43]+/.exec('ABCD')[0]);\nt(() => /^[\\s\\S]*?(\\d+)/.exec('abc 123 456')[1]);\nt(() => /(a*)*b/.test('aaab') + ' ' + /(a*)+?b/.exec('aab')[1]);\nt(() => 'x'.replace(/x/, '$0$00$1'));\nt(() => 'abcabc'.lastIndexOf('c', -Infinity) + ' ' + 'abc'.lastIndexOf('a', -1));\nt(() => new RegExp(/ab/g).flags + new RegExp(/ab/g, '').flags + new RegExp(/ab/g, 'i').source);\nt(() => RegExp('[a-z]', 'i').test('Q'));\nt(() => new RegExp(undefined).source + '|' + new RegExp(null).source + '|' + new RegExp(123).source);\nt(() => RegExp.prototype.flags);\nt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call({global: true, sticky: 1, hasIndices: 0, unicode: 'yes'}));\nt(() => /a/.compile('b', 'g').source);\nt(() => RegExp[Symbol.species] === RegExp);\nt(() => { /(\\d)(\\d)/.exec('a12b'); return [RegExp.leftContext, RegExp.rightContext, RegExp.lastParen, RegExp.input, RegExp.$_]; });\n",
    'arrays': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nconst al = {length: 3, 0: 'a', 1: 'b', 2: 'c'};\nt(() => Array.prototype.map.call(al, x => x.toUpperCase()));\nt(() => Array.prototype.join.call(al, '+'));\nt(() => Array.prototype.slice.call(al, 1));\nt(() => { const o = {length: 0}; Array.prototype.push.call(o, 1, 2); return o; });\nt(() => { const o = {length: 2, 0: 1, 1: 2}; const r = Array.prototype.pop.call(o); return [r, o]; });\nt(() => { const o = {length: 3, 0: 1, 2: 3}; Array.prototype.reverse.call(o); return o; });\nt(() => { const o = {length: 3, 0: 'c', 1: 'a', 2: 'b'}; Array.prototype.sort.call(o); return o; });\nt(() => { const o = {length: 4, 0: 1, 1: 2, 2: 3, 3: 4}; const r = Array.prototype.splice.call(o, 1, 2, 'x'); return [r, o]; });\nt(() => { const o = {length: 2, 0: 1, 1: 2}; Array.prototype.unshift.call(o, 0); return o; });\nt(() => { const o = {length: 2, 0: 1, 1: 2}; Array.prototype.shift.call(o); return o; });\nt(() => Array.prototype.includes.call('abc', 'b'));\nt(() => Array.prototype.indexOf.call({length: 3, 2: NaN}, NaN));\nt(() => Array.from({length: 3, 1: 'x'}));\nt(() => Array.prototype.concat.call(1, 2));\nt(() => [1, 2, 3].reduce((a, b) => a + b));\nt(() => [1, 2, 3].reduceRight((a, b) => a + b, ''));\nt(() => [[1, 2], [3]].reduce((acc, x) => acc.concat(x), []));\nt(() => [1, , 3].map(x => x * 2));\nt(() => [1, , 3].filter(() => true));\nt(() => { const r = []; [1, , 3].forEach((v, i) => r.push(i)); return r; });\nt(() => { const r = []; [1, , 3].find((v, i) => { r.push(i); }); return r; });\nt(() => [1, 2, 3, 4].findLast(x => x % 2 === 1) + ' ' + [1, 2, 3, 4].findLastIndex(x => x > 5));\nt(() => { const a = [1, 2, 3]; a.forEach((v, i) => { if (i === 0) a.push(4); }); return a; });\nt(() => { const a = [1, 2, 3]; return a.map((v, i) => { if (i === 0) a.pop(); return v; }); });\nt(() => [3, 1, 2].toSorted((a, b) => a - b));\nt(() => [5, 25, 100, 1].sort());\nt(() => ['b', undefined, 'a', , 'c'].sort());\nt(() => { const a = [{n: 1, k: 'a'}, {n: 0, k: 'b'}, {n: 1, k: 'c'}, {n: 0, k: 'd'}]; return a.sort((x, y) => x.n - y.n).map(x => x.k).join(''); });\nt(() => [1, 2, 3].sort((a, b) => { throw new Error('boom ' + a + b); }));\nt(() => [1, 2, 3].sort((a, b) => b > a));\nt(() => [1, 2, 3].sort((a, b) => String(b - a)));\nt(() => [1, [2, , 4], [[5]]].flat());\nt(() => [1, 2].flatMap(x => [x, [x * 10]]));\nt(() => [1, 2, 3].fill(0, 1));\nt(() => new Array(3).fill().map((_, i) => i));\nt(() => Array.from(Array(3).keys()));\nt(() => [...['a', 'b'].entries()]);\nt(() => [1, 2, 3].at(-4));\nt(() => [1, 2, 3].slice(-2, -1));\nt(() => [1, 2, 3].with(0, 9));\nt(() => [1, 2, 3].toSpliced(0, 1, 'a', 'b'));\nt(() => [1, 2, 3].toReversed());\nt(() => [1, 2, 3].includes(2, -1) + ' ' + [1, 2, 3].indexOf(3, -1));\nt(() => [0, -0].indexOf(-0) + ' ' + [-0].includes(0));\nt(() => [1, 2, 3].every(x => x > 0) + ' ' + [].every(x => false) + ' ' + [].some(x => true));\nt(() => [1, 2, 3].join(undefined));\nt(() => [[1, [2]], [3]].toString());\nt(() => String([null]) + '|' + String([undefined, null]));\nt(() => Array.isArray([]) + ' ' + Array.isArray({length: 0}) + ' ' + (function () { return Array.isArray(arguments); })());\nt(() => Array.of(1, 2, 3).length);\nt(() => { class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } } const m = MyArr.from([1, 2, 3]); const f = m.filter(x => x > 1); return [m instanceof MyArr, f instanceof MyArr, f.sum(), m.length, MyArr.of(4, 5).sum()]; });\nt(() => { class MyArr extends Array {} const m = new MyArr(1, 2, 3); return [m.map(x => x) instanceof MyArr, m.slice(1).constructor.name, m.concat([4]).length]; });\nt(() => [1, 2, 3].map(parseInt));\nt(() => ['1', '2', '3'].map(Number));\nt(() => [10, 1, 3].sort().reverse());\nt(() => { const a = []; a[5] = 1; return [a.length, a.indexOf(undefined), a.includes(undefined), a.findIndex(x => x === undefined)]; });\nt(() => { const a = [1, 2, 3]; a.length = 1; return a; });\nt(() => [1, 2, 3].copyWithin(1));\nt(() => [].concat([1], [2, [3]]));\nt(() => [1,2,3,4,5].splice(1, -1));\nt(() => [1,2,3,4,5].splice(undefined));\nt(() => [1,2,3,4,5].splice());\nt(() => { const a = [1,2,3]; const r = a.splice(1); return [a, r]; });\nt(() => Array.prototype.lastIndexOf.call([1, 2, 1], 1, undefined));\nt(() => [1, 2, 1].lastIndexOf(1, undefined));\nt(() => [1, 2].push.length + [].concat.length + [].splice.length);\nt(() => Object.keys([1, , 3]));\nt(() => Array(2).join('-'));\nt(() => [1, 2, 3].keys().next());\nt(() => { const it = [1][Symbol.iterator](); return [it.next(), it.next(), it.next()]; });\nt(() => { const it = [1, 2].values(); it.next(); return [...it]; });\nt(() => [][Symbol.iterator] === [].values);\nt(() => Object.prototype.toString.call([].values()));\nt(() => [].values().__proto__ === [].keys().__proto__);\nt(() => typeof [].values()[Symbol.iterator]);\nt(() => Array.from({length: 2}, function () { return this.v; }, {v: 7}));\nt(() => Array.from([1, 2], x => x * 3));\nt(() => Array.from(new Map([[1, 'a']])));\nt(() => Array.from('héllo').length);\n",
    'arrays2': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => [1].with(1.5, 1));\nt(() => [1].with('x', 1));\nt(() => [1,2].with(-1.5, 9));\nt(() => { class A extends Array {}; const a = new A(); a.constructor = {[Symbol.species]: 5}; return a.map(x=>x); });\nt(() => { const a = [1]; a.constructor = 5; return a.map(x=>x); });\nt(() => { const a = [1]; a.constructor = {[Symbol.species]: null}; return a.map(x=>x); });\nt(() => Array.prototype.fill.call(Object.freeze({length:1, 0:1}), 0));\nt(() => Array.prototype.push.call(Object.freeze({length:0}), 1));\nt(() => Array.prototype.pop.call(Object.freeze({length:1, 0:1})));\nt(() => Array.prototype.pop.call(Object.seal({length:1, 0:1})));\nt(() => { const a = [3,1,2]; Object.freeze(a); return a.sort(); });\nt(() => { const a = [1,2,3]; Object.freeze(a); return a.reverse(); });\nt(() => { const a = [1,2,3]; Object.seal(a); a.shift(); return a; });\nt(() => { const a = [1,2,3]; Object.seal(a); return a.splice(0, 0, 9); });\nt(() => { const a = [1,2,3]; Object.preventExtensions(a); return a.unshift(9); });\nt(() => { const a = [1,2,3]; Object.preventExtensions(a); return a.push(9); });\nt(() => { const a = [1,2,3]; Object.freeze(a); return a.copyWithin(0, 1); });\nt(() => { const a = [1,2,3]; Object.freeze(a); return a.fill(); });\nt(() => [1, [2, [3, [4]]]].flat(Infinity));\nt(() => [1,2,3].join({toString(){return '-'}}));\nt(() => { const a = [1, 2]; a.push(a); return a.join(); });\nt(() => { const a = [1, [2, 3]]; a[1].push(a); return String(a); });\nt(() => [null, undefined, 1, , 2].join('-'));\nt(() => [1,,3].toString());\nt(() => [1.5, -0, 1e21, NaN].toString());\nt(() => [{}, [], function(){}].toString());\nt(() => Array.prototype.toString.call({join: 5}));\nt(() => Array.prototype.toString.call({}));\nt(() => Array.from({length: 3}, (_, i) => i * 2));\nt(() => Array.from('a😀b'));\nt(() => Array.from(new Set([1,2,2,3])));\nt(() => Array.of(7));\nt(() => Array(3));\nt(() => Array('3'));\nt(() => new Array(2, 3));\nt(() => [3, 20, 100, undefined, , 1].sort());\nt(() => [5, 1, 10].sort((a, b) => b - a));\nt(() => [1,2,3].sort(() => NaN));\nt(() => ['b', 'a'].toSorted());\nt(() => [1,2,3,4,5].copyWithin(-2, 0, 2));\nt(() => [1,2,3].includes(NaN) + ' ' + [NaN].includes(NaN) + ' ' + [NaN].indexOf(NaN));\nt(() => [1,,3].includes(undefined) + ' ' + [1,,3].indexOf(undefined));\nt(() => [1,2,3,2,1].lastIndexOf(2) + ' ' + [1,2,3,2,1].lastIndexOf(2, -3) + ' ' + [1,2,3].lastIndexOf(3, -5));\nt(() => [1, 2, 3].splice(-2));\nt(() => { const a = [1,2,3,4]; const r = a.splice(1, 2, 'a', 'b', 'c'); return [a, r]; });\nt(() => [1,2,3].toSpliced(1, 1));\nt(() => [1,,3].toReversed());\nt(() => [1,,3].reverse());\nt(() => [1,2,3].at(-1));\nt(() => [0, 1].entries().next());\nt(() => [0, 1].keys().toString());\nt(() => [].concat(1, [2, [3]], {length: 1, 0: 'x', [Symbol.isConcatSpreadable]: true}));\n",
    'arrays_errors': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => [].reduce((a,b)=>a));\nt(() => [].reduceRight((a,b)=>a));\nt(() => [1].map(undefined));\nt(() => [1].map(3));\nt(() => [1].map({}));\nt(() => [1].map('abc'));\nt(() => [1].forEach(null));\nt(() => new Array(-1));\nt(() => new Array(1.5));\nt(() => Array(4294967296));\nt(() => Array.prototype.map.call(null, x=>x));\nt(() => Array.prototype.join.call(undefined));\nt(() => Array.from(null));\nt(() => Array.from(undefined));\nt(() => Array.from({length: 2}, 5));\nt(() => Array.from(5));\nt(() => [1,2].sort(5));\nt(() => [1,2].toSorted(5));\nt(() => [1].with(5, 1));\nt(() => [1].with(-2, 1));\nt(() => [].flat.call(null));\nt(() => [1].find(null));\nt(() => [].concat.call(null));\nt(() => { const a = [1]; Object.freeze(a); a.push(2); });\nt(() => { const a = [1]; Object.freeze(a); a.pop(); });\nt(() => { const a = [1]; Object.freeze(a); a.sort(); });\nt(() => { const a = [1]; Object.freeze(a); a.fill(0); });\nt(() => { const a = [1]; Object.freeze(a); a.reverse(); });\nt(() => { const a = [1]; Object.freeze(a); a.shift(); });\nt(() => { const a = [1]; Object.freeze(a); a.unshift(0); });\nt(() => { const a = [1]; Object.freeze(a); a.splice(0,1); });\nt(() => { const a = [1]; Object.seal(a); a.push(2); });\nt(() => { const a = [1]; Object.seal(a); a.pop(); });\nt(() => { const a = [1,2]; Object.freeze(a); a.length = 0; return a.length;});\nt(() => { const o = {length: 2**53-1}; Array.prototype.push.call(o, 1); });\nt(() => [].keys.call(null));\nt(() => [][Symbol.iterator]().next.call({}));\nt(() => Array.prototype.at.call(null));\n",
    'strings': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => 'Hello World'.split(' ').map(w => w[0]).join(''));\nt(() => 'abc'.at(-1) + 'abc'[1] + 'abc'.length);\nt(() => 'a,b,,c'.split(','));\nt(() => 'a1b2c3'.replace(/\\d/g, d => d * 2));\nt(() => 'aaa'.lastIndexOf('a', 1));\nt(() => 'abc'.localeCompare('abd') + ' ' + 'B'.localeCompare('a') + ' ' + 'a'.localeCompare('B'));\nt(() => ['banana', 'Apple', 'cherry', 'apple'].sort((a, b) => a.localeCompare(b)));\nt(() => ['z', 'ä', 'a', 'Z', 'é', 'e'].sort((a, b) => a.localeCompare(b)));\nt(() => ['item10', 'item2', 'item1'].sort((a, b) => a.localeCompare(b)));\nt(() => 'The quick brown fox'.match(/\\b\\w/g).join(''));\nt(() => 'camelCaseString'.replace(/([A-Z])/g, '_$1').toLowerCase());\nt(() => 'snake_case_here'.replace(/_(\\w)/g, (_, c) => c.toUpperCase()));\nt(() => '  trim me  '.trim().length);\nt(() => 'abc'.repeat(3));\nt(() => 'abc'.split('').reverse().join(''));\nt(() => 'racecar' === 'racecar'.split('').reverse().join(''));\nt(() => 'hello'.charAt(0).toUpperCase() + 'hello'.slice(1));\nt(() => 'a-b-c'.replaceAll('-', '+'));\nt(() => 'aaa'.replaceAll(/a/g, (m, off) => off));\nt(() => 'x'.codePointAt(0).toString(16));\nt(() => String.fromCharCode(...[104, 105]));\nt(() => 'abc'.includes('bc') && 'abc'.startsWith('ab') && 'abc'.endsWith('c'));\nt(() => 'abcdef'.substring(4, 1) + '|' + 'abcdef'.substr(2, 2) + '|' + 'abcdef'.slice(2, -1));\nt(() => 'Mississippi'.indexOf('ss', 3) + ' ' + 'Mississippi'.search(/ss/));\nt(() => '%s is %d'.replace('%s', 'x'));\nt(() => 'a.b.c'.split('.', 2));\nt(() => 'one two  three'.split(/\\s+/));\nt(() => 'k1=v1;k2=v2'.split(';').map(p => p.split('=')));\nt(() => '2024-01-15'.match(/(\\d+)-(\\d+)-(\\d+)/).slice(1).map(Number));\nt(() => { const m = '2024-01-15'.match(/(?<y>\\d+)-(?<m>\\d+)/); return m.groups.y + '/' + m.groups.m; });\nt(() => [...'ab12cd345'.matchAll(/(\\d)(\\d)?/g)].map(m => m.slice()));\nt(() => 'test'.match(/x/));\nt(() => 'aBC'.toLowerCase() + 'Abc'.toUpperCase());\nt(() => new String('abc') + '!' );\nt(() => typeof String(1) + String(null) + String(undefined) + String(true) + String([1, 2]) + String({}));\nt(() => `${[1, 2]}` + `${{}}`);\nt(() => String(123.456) + String(-0) + String(1e21) + String(1/3));\nt(() => 'abc'.padEnd(6, '123456') + 'abc'.padStart(2));\nt(() => '\\t\\n x \\u00a0'.trim().length);\nt(() => 'abc'.concat());\nt(() => 'Ǆ'.toLowerCase() + 'ǆ'.toUpperCase());\nt(() => 'ÀÉÎ'.normalize('NFD').length);\nt(() => 'hello world'.replace('o', '0'));\nt(() => 'abc'.replace('', '_'));\nt(() => 'abc'.replace(/(?:)/g, '_'));\nt(() => 'x'.replace('x', '$$'));\nt(() => 'x'.replace('x', () => '$$'));\nt(() => 'aaa'.split('a'));\nt(() => 'a'.split(/(a)/));\nt(() => 'ab'.split(/(?=b)/));\nt(() => 'A<B>C'.split(/[<>]/, 2));\nt(() => 'Hello'.split('l', 0));\nt(() => [...'👍🏽x'].length);\nt(() => 'abc'[Symbol.iterator]().next());\nt(() => Object.prototype.toString.call(''[Symbol.iterator]()));\nt(() => 'a'.isWellFormed() + ' ' + 'a'.toWellFormed());\nt(() => 'abc'.valueOf() === 'abc');\nt(() => String.prototype.toString.call(new String('q')));\nt(() => String.prototype.toString.call(5));\nt(() => 'test'.search('s'));\nt(() => 'a+b'.split('+'));\nt(() => 'a+b'.match('+'));\nt(() => 'a.b'.replace('.', '!'));\nt(() => 'AbC'.match(/[a-z]/gi));\nt(() => 'x'.link('u') + 'x'.bold());\nt(() => 'abc'.charCodeAt() + 'abc'.charCodeAt(1.7));\nt(() => 'abc'.slice(NaN) + '|' + 'abc'.slice(1, NaN) + '|' + 'abc'.substring(-1, 10));\nt(() => 'abc'.indexOf() + ' ' + 'undefined'.indexOf());\nt(() => Object.getOwnPropertyNames(String.prototype).length);\nt(() => String.prototype.length + ' ' + String.length + ' ' + String.name);\n",
    'strings2': 'const t = (f) => { try { const r = f(); console.log(\'ok\', JSON.stringify(r)); } catch (e) { console.log(e.name + \': \' + e.message); } };\nt(() => \'abc\'.replace(/(b)/, \'[$10|$01|$00|$2|$1|$&|$`|$\\\'|$$|$<x>|$]\'));\nt(() => \'abc\'.replace(/(?<x>b)/, \'[$<x>|$<y>|$<x|$1]\'));\nt(() => \'abc\'.replace(\'b\', \'[$1|$&|$`|$\\\'|$<x>]\'));\nt(() => \'aaa\'.replaceAll(\'a\', (m, o, s) => o));\nt(() => \'abc\'.replaceAll(\'\', \'-\'));\nt(() => \'abc\'.split(\'\'));\nt(() => \'a,b,c\'.split(\',\', 2));\nt(() => \'a,b,c\'.split(\',\', -1));\nt(() => \'\'.split(\',\'));\nt(() => \'\'.split(\'\'));\nt(() => \'abc\'.split());\nt(() => \'abc\'.split(undefined, 0));\nt(() => \'a1b2c3\'.split(/\\d/));\nt(() => \'a1b2c3\'.split(/(\\d)/));\nt(() => \'abc\'.split(/(?:)/));\nt(() => \'\'.split(/x/));\nt(() => \'\'.split(/(?:)/));\nt(() => \'test\'.split(/(t)?/));\nt(() => \'abc\'.substr(-2, 1) + \'|\' + \'abc\'.substring(2, 0) + \'|\' + \'abc\'.slice(-2) + \'|\' + \'abc\'.substring(NaN, 2));\nt(() => \'abc\'.lastIndexOf(\'c\', -5) + \' \' + \'abcabc\'.lastIndexOf(\'b\') + \' \' + \'abc\'.lastIndexOf(\'\') + \' \' + \'abc\'.indexOf(\'\', 10));\nt(() => \'abc\'.padStart(6, \'12\') + \'|\' + \'abc\'.padEnd(7, \'xy\') + \'|\' + \'abc\'.padStart(5, \'\'));\nt(() => String.fromCharCode(72, 105, 0x10041) + String.fromCodePoint(0x1F600));\nt(() => String.raw`a\\n${1}b`);\nt(() => String.raw({raw: [\'x\', \'y\', \'z\']}, 1, 2, 3));\nt(() => \'Hello\'.anchor(\'a"b\'));\nt(() => \'ab\'.at(-1) + \'ab\'.charAt(5) + \'|\');\nt(() => \'x\'.localeCompare());\nt(() => \'aBc\'.match(/b/i));\nt(() => \'abcabc\'.match(/b/g));\nt(() => \'abc\'.match(/x/g));\nt(() => \'abc\'.search(/c/) + \' \' + \'abc\'.search(\'x\'));\nt(() => [...\'a1b22\'.matchAll(/\\d+/g)].map(m => [m[0], m.index]));\nt(() => \'x-y_z\'.replace(/[-_](.)/g, (m, c, off, str) => c.toUpperCase() + off));\nt(() => \'John Smith\'.replace(/(?<first>\\w+)\\s(?<last>\\w+)/, \'$<last>, $<first>\'));\nt(() => \'aaa\'.replace(/a*?/g, \'X\'));\nt(() => \'abc\'.replace(/x*/g, \'-\'));\nt(() => \'abxd\'.replace(/x*/g, \'-\'));\nt(() => \'  hi  \'.trim() + \'|\' + \'  hi  \'.trimStart() + \'|\' + \'  hi  \'.trimEnd() + \'|\');\nt(() => \'ß\'.toUpperCase() + \'İ\'.toLowerCase().length);\nt(() => \'abc\'.concat(1, null, [2,3]));\nt(() => \'abc\'.includes(\'\') + \' \' + \'abc\'.startsWith(\'bc\', 1) + \' \' + \'abc\'.endsWith(\'ab\', 2));\nt(() => Object.getOwnPropertyNames(new String(\'ab\')));\nt(() => new String(\'ab\').length);\nt(() => typeof new String(\'ab\'));\nt(() => { const s = new String(\'ab\'); s[0] = \'x\'; s.foo = 1; s[5] = 2; return [s[0], Object.keys(s)]; });\nt(() => \'abc\'.normalize() + \'é\'.normalize(\'NFD\').length);\nt(() => \'abc\'.replace(/b/, \'$0\'));\nt(() => \'abc\'.replace(/(b)/, \'$001\'));\n',
    'regexps': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => /^[\\w.+-]+@\\w+\\.\\w{2,}$/.test('a.b+c@ex.com'));\nt(() => /^\\d{3}-\\d{4}$/.test('555-1234'));\nt(() => /colou?r/i.exec('The COLOR red'));\nt(() => { const re = /o/g; const out = []; let m; while ((m = re.exec('foo boo')) !== null) out.push(m.index + ':' + re.lastIndex); return out; });\nt(() => { const re = /(\\w)\\1/g; return 'aabbcd'.match(re); });\nt(() => /(?<word>\\w+) \\k<word>/.exec('hello hello world'));\nt(() => /[\\u0041-\\u005A]+/.exec('abcDEF'));\nt(() => /a|b|c/.exec('xxc'));\nt(() => /(a)|(b)/.exec('b').length);\nt(() => /(?:a|b)+/.exec('ababc')[0]);\nt(() => /a{2,}/.exec('aaaa')[0] + /a{2,3}?/.exec('aaaa')[0]);\nt(() => /[^a-z]/.exec('abc1')[0]);\nt(() => /[a\\-z]/.exec('-')[0]);\nt(() => /[.]/.test('a') + ' ' + /./.test('\\n') + ' ' + /./.test('\\u2028'));\nt(() => /\\D\\W\\S/.exec('a!b c_')); \nt(() => /[\\D]/.exec('1a')[0] + /[^\\D]/.exec('a1')[0] + /[\\s\\d]/.exec('ab 1')[0]);\nt(() => /[^\\s\\d]/.exec(' 1x')[0]);\nt(() => /\\bfoo\\b/.test('a foo.') + ' ' + /\\Bfoo/.test('afoo'));\nt(() => /^abc$/m.test('x\\nabc\\ny') + ' ' + /^abc$/.test('x\\nabc\\ny') + ' ' + /c$/.test('abc\\n'));\nt(() => /\\//.test('a/b') + ' ' + /[/]/.test('/'));\nt(() => new RegExp('\\\\d+', 'g').exec('ab 12 34'));\nt(() => new RegExp('[').source);\nt(() => new RegExp('a', 'gimsuy').flags + new RegExp('a', 'd').hasIndices);\nt(() => /a/gi.toString() + /a/.global + /a/y.sticky);\nt(() => RegExp.prototype.toString.call(/x/g));\nt(() => { const r = /a/g; r.lastIndex = 5; return [r.exec('aaa'), r.lastIndex]; });\nt(() => { const r = /a/; r.lastIndex = 5; return [r.exec('aaa').index, r.lastIndex]; });\nt(() => 'a-b_c d'.split(/[-_ ]/));\nt(() => 'abc'.replace(/(?<first>a)/, '[$<first>]'));\nt(() => 'abc'.replace(/b/, (m, off, s) => `${m}${off}${s}`));\nt(() => 'abc'.replace(/(?<x>b)/, (...args) => JSON.stringify(args)));\nt(() => 'aaa'.match(/a/gy) + ' ' + 'baaa'.match(/a/gy));\nt(() => /a/[Symbol.split]('bab'));\nt(() => 'one1two2three'.split(/\\d/, 2));\nt(() => /(\\d+)/.exec('abc'));\nt(() => /[A-Z]/i.test('a') + ' ' + /[a-z]/i.test('Q'));\nt(() => /ß/i.test('SS') + ' ' + /é/i.test('É'));\nt(() => /\\p{Script=Greek}+/u.exec('abc αβγ')[0]);\nt(() => /\\p{L}+/u.exec('123 héllo')[0]);\nt(() => /[\\p{N}]+/u.exec('ab ١٢3')[0]);\nt(() => /\\P{L}+/u.exec('abc 123')[0]);\nt(() => /(a)(?:b)(c)/.exec('abc').length);\nt(() => /(?=(\\w+))\\w/.exec('abc'));\nt(() => /a(?!b)/.exec('abac').index);\nt(() => /(a)?/.exec('')[1]);\nt(() => /(\\d+)\\s\\1/.test('42 42') + ' ' + /(\\d+)\\s\\1/.test('42 43'));\nt(() => /\\0/.test('\\0') + ' ' + /[\\0]/.test('\\0'));\nt(() => /\\cM/.test('\\r'));\nt(() => /a\\sb/.test('a\\u00a0b') + ' ' + /a\\sb/.test('a\\u200bb') + ' ' + /\\s/.test('\\ufeff'));\nt(() => /\\w/.test('é') + ' ' + /\\d/.test('٣'));\nt(() => /^[^]$/.test('\\n'));\nt(() => /a{1,3}b/.exec('aaaab')[0]);\nt(() => /x*/.exec('abc'));\nt(() => /(?:)/.source + new RegExp('').source + RegExp('a/b').toString());\nt(() => /[\\]]/.test(']') + ' ' + /]/.test(']') + ' ' + /}/.test('}') + ' ' + /{/.test('{'));\nt(() => /a{,}/.test('a{,}'));\nt(() => /\\$\\^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|/.test('$^.*+?()[]{}|'));\nt(() => /[$^.*+?()[{}|]+/.exec('x$^.*+?()[{}|y')[0]);\nt(() => 'x'.replace(/x/, '$`$\\'$&'));\nt(() => 'aXbXc'.split('X', -1));\nt(() => 'test'.replace(/t/g, '$0'));\nt(() => { const re = /a/g; 'aaa'.replace(re, 'b'); return re.lastIndex; });\nt(() => { const re = /a/g; re.lastIndex = 2; return ['aaa'.search(re), re.lastIndex]; });\nt(() => { const re = /a/y; re.lastIndex = 1; return ['aaa'.replace(re, 'X'), re.lastIndex]; });\nt(() => RegExp('x', 'g').global);\nt(() => /(?<a>.)(?<b>.)/.exec('xy').groups);\nt(() => Object.keys(/(?<a>.)/.exec('x')));\nt(() => /a/d.exec('ba').indices[0]);\nt(() => [...'a,b;c'.matchAll(/[,;]/g)].map(m => m.index));\nt(() => 'abc'.matchAll(/b/g).next());\nt(() => /\\u00e9/.test('é') + ' ' + /\\u{e9}/.test('é') + ' ' + /\\u{2}/.test('uu'));\nt(() => /\\k/.test('k') + ' ' + /\\k<a>/.test('k<a>'));\nt(() => /[\\b]/.source + /\\08/.test('\\u00008'));\nt(() => /\\8/.test('8') + ' ' + /\\11/.test('\\t') + ' ' + /(a)\\1/.test('aa'));\nt(() => /(?<$x>a)/.exec('a').groups.$x);\n",
    'regexps2': "const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nt(() => new RegExp('a/b').source);\nt(() => new RegExp('[/]').source);\nt(() => new RegExp('\\\\/').source);\nt(() => new RegExp('a\\nb\\r\\u2028').source);\nt(() => new RegExp('').toString());\nt(() => /a\\/b/.source);\nt(() => new RegExp('a', 'ysmigud').flags);\nt(() => /(?<y>\\d{4})-(?<m>\\d\\d)/.exec('on 2024-05!'));\nt(() => /(a)|(b)/.exec('b'));\nt(() => /a/d.exec('xa'));\nt(() => /(?<z>a)/d.exec('xa').indices);\nt(() => 'a1b2'.matchAll(/\\d/g));\nt(() => { const r = /a/g; r.test('aa'); const i1 = r.lastIndex; r.test('aa'); const i2 = r.lastIndex; r.test('aa'); return [i1, i2, r.lastIndex]; });\nt(() => { const r = /a/y; return [r.test('ba'), r.lastIndex, (r.lastIndex = 1, r.test('ba')), r.lastIndex]; });\nt(() => RegExp('a') instanceof RegExp);\nt(() => { const r = /x/; return RegExp(r) === r; });\nt(() => { const r = /x/g; return new RegExp(r, 'i').flags; });\nt(() => /[\\d-z]/.test('-'));\nt(() => /\\1(a)/.exec('aa'));\nt(() => /(a)?b\\1/.exec('b'));\nt(() => /\\8/.exec('8'));\nt(() => /\\101/.exec('A'));\nt(() => /[\\b]/.test('\\b'));\nt(() => /\\cJ/.test('\\n'));\nt(() => /\\c1/.test('\\\\c1'));\nt(() => /^a$/m.exec('b\\na\\nc'));\nt(() => /a.c/.test('a\\nc') + ' ' + /a.c/s.test('a\\nc'));\nt(() => /\\s+/.exec('a \\u00a0\\ufeffb')[0].length);\nt(() => /\\w+/.exec('héllo')[0]);\nt(() => /\\bé/.test('aé'));\nt(() => /[^]/.test('\\n') + ' ' + /[]/.test('a'));\nt(() => /\\p{Lu}+/u.exec('abcDEF')[0]);\nt(() => /a{,3}/.exec('a{,3}'));\nt(() => /x{2}/.exec('xxx'));\nt(() => /(?<=\\$)\\d+/.exec('cost $42'));\nt(() => /(?<!\\$)\\b\\d+/.exec('cost $42 or 17'));\nt(() => /(?<=a+)b/.exec('aaab'));\nt(() => 'aBc'.replace(/b/gi, '[$&]'));\nt(() => RegExp.$1);\nt(() => { /(\\w)(\\w)/.exec('xy'); return [RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$&']]; });\nt(() => Object.prototype.toString.call(/a/));\nt(() => /a/ + '');\nt(() => /[/]/.source);\nt(() => String(new RegExp('\\\\n')));\nt(() => /a/.exec());\nt(() => /undefined/.test());\nt(() => /a/g[Symbol.replace]('aXa', '$&$&'));\n",
    'lookbehind': "console.log(/(?<=a+)b/.exec('aaab'), /(?<=\\$|USD )\\d+/.exec('USD 42'), /(?<!\\d+)x/.exec('1x ax'), 'a1b22c'.replace(/(?<=\\d*)[a-z]/g, '-'));\nconsole.log('price: 10 USD, 20 EUR'.match(/\\d+(?= EUR)/), /(?<=(a)+)b/.exec('aab'));\n",
    'vflag': "console.log(/[\\p{L}--[a-z]]/v.test('b'), /[\\p{L}--[a-z]]/v.test('B'), /[[a-z]&&[aeiou]]+/v.exec('xyzaei')[0], /[^[a-c]]/v.exec('abcd')[0], /[\\q{abc|d}x]/v.exec('zabc')[0]);\nconsole.log(/[\\d--[5-9]]+/v.exec('1234567')[0], /^[\\w--\\d]+$/v.test('ab_'), /^[\\w--\\d]+$/v.test('a1'));\n",
    'errors': "const t = (f) => { try { const r = f(); console.log('ok', typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(e.name + ': ' + e.message); } };\nfor (const [p, f] of [['(', ''], [')', ''], ['a**', ''], ['*', ''], ['+a', ''], ['?', ''], ['[', ''], ['[b-a]', ''], ['a{2,1}', ''], ['\\\\', ''], ['(?<n>a)(?<n>b)', ''], ['(?<1>a)', ''], ['\\\\k<x>(?<y>a)', ''], ['\\\\k<x>', ''], ['(?x)', ''], ['(?P<n>a)', ''], ['a{', 'u'], ['\\\\q', 'u'], ['\\\\u{110000}', 'u'], ['\\\\p{Foo}', 'u'], ['\\\\p{L}', ''], ['{1}', ''], ['a{1}{2}', ''], ['(?<=a+)b', ''], ['x', 'gg'], ['x', 'z'], ['\\\\1(a)', ''], ['\\\\2(a)', ''], ['[\\\\d-z]', 'u'], ['[\\\\d-z]', ''], ['(?<a', ''], ['a|*', ''], ['^*', ''], ['\\\\b+', ''], ['(?=a)+', ''], ['(?=a)+', 'u'], ['(?<=a)+', '']]) {\n  t(() => new RegExp(p, f));\n}\nt(() => RegExp.prototype.source);\nt(() => RegExp.prototype.flags);\nt(() => RegExp.prototype.global);\nt(() => RegExp.prototype.toString());\nt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call({}));\nt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}));\nt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(5));\nt(() => RegExp.prototype.exec.call({}, 'a'));\nt(() => RegExp.prototype.test.call({}, 'a'));\nt(() => RegExp.prototype.toString.call(5));\nt(() => RegExp.prototype.toString.call({source: 'a', flags: 'q'}));\nt(() => 'a'.replaceAll(/a/, ''));\nt(() => 'a'.matchAll(/a/));\nt(() => 'a'.startsWith(/a/));\nt(() => 'a'.includes(/a/));\nt(() => 'a'.endsWith(/a/));\nt(() => 'a'.repeat(-1));\nt(() => 'a'.repeat(Infinity));\nt(() => 'a'.repeat(2**30));\nt(() => ''.repeat(2**30));\nt(() => 'a'.normalize('x'));\nt(() => String.fromCodePoint(-1));\nt(() => String.fromCodePoint(1.5));\nt(() => String.fromCodePoint('a'));\nt(() => String.fromCodePoint(0x110000));\nt(() => String(Symbol('x')));\nt(() => new String(Symbol('x')));\nt(() => '' + Symbol('x'));\nt(() => String.raw({raw: null}));\nt(() => String.prototype[Symbol.iterator].call(null));\nt(() => ''[Symbol.iterator]().next.call({}));\nt(() => 'abc'.padStart(2**31));\nt(() => [1].flatMap(5));\nt(() => new RegExp('a', 'v').unicodeSets);\nt(() => /[\\p{L}--[a-z]]/v.test('b'));\n",
    'json': 'const t = (f) => { try { const r = f(); console.log(\'ok\', r); } catch (e) { console.log(e.name + \': \' + e.message); } };\nt(() => JSON.stringify({name: \'A\', list: [1, \'two\', null, true], nested: {x: 1.5, y: -0}}));\nt(() => JSON.stringify([1, [2, [3]]], null, \'\\t\'));\nt(() => JSON.stringify({a: 1, b: [1, 2], c: {}}, null, 4));\nt(() => JSON.stringify({date: \'x\', u: undefined, f() {}, s: Symbol(\'q\'), [Symbol(\'k\')]: 1}));\nt(() => JSON.stringify(\'he said "hi"\\n\\\\\'));\nt(() => JSON.stringify({a: \'é😀\\u0007\'}));\nt(() => JSON.stringify(null) + JSON.stringify(NaN) + JSON.stringify(true) + JSON.stringify(-1e-7) + JSON.stringify(1e21));\nt(() => JSON.stringify({toJSON() { return {x: 1}; }}));\nt(() => JSON.stringify({a: {toJSON(key) { return key + \'!\'; }}, b: [{toJSON(key) { return typeof key + key; }}]}));\nt(() => JSON.stringify({a: 1, b: {c: 2}}, (k, v) => (k === \'c\' ? undefined : v)));\nt(() => JSON.stringify({a: 1, b: 2}, function (k, v) { return k === \'\' ? v : this === undefined ? 0 : v * 10; }));\nt(() => JSON.stringify([{a: 1, b: 2}], [\'b\']));\nt(() => JSON.stringify(Object.create({inherited: 1}, {own: {value: 2, enumerable: true}, hidden: {value: 3}})));\nt(() => JSON.stringify([new Number(1), new String(\'s\'), Object(false)]));\nt(() => JSON.stringify({a: [undefined, () => 1]}));\nt(() => JSON.stringify(new Error(\'x\')));\nt(() => JSON.stringify([, 1]));\nt(() => JSON.stringify({\'a"b\': 1}));\nt(() => JSON.stringify({1: 1, a: 2, 0: 0}));\nt(() => JSON.stringify({a: 1}, null, 0) + JSON.stringify({a: 1}, null, -1) + JSON.stringify({a: 1}, null, \'\'));\nt(() => JSON.stringify({a: []}, null, 2));\nt(() => JSON.stringify(new Set([1])) + JSON.stringify(new Map()) + JSON.stringify(/x/));\nt(() => JSON.stringify(Object(1n)));\nt(() => { const a = [1]; a.push(a); return JSON.stringify(a); });\nt(() => { const a = {b: {}}; a.b.c = a.b; return JSON.stringify(a); });\nt(() => { const x = {}; const y = {x, x2: x}; return JSON.stringify(y); });\nt(() => JSON.parse(\'{"a":[1,2,{"b":null}],"c":"\\\\u0041\\\\n"}\'));\nt(() => JSON.parse(\' [1e3, -0.5, 0, -0, 1E-2] \').map(x => Object.is(x, -0) ? \'-0\' : x));\nt(() => JSON.parse(\'{"__proto__": {"x": 1}}\').x);\nt(() => Object.keys(JSON.parse(\'{"b":1,"a":2,"1":3}\')));\nt(() => JSON.parse(\'{"a":1}\', function (k, v) { return k === \'a\' ? undefined : v; }));\nt(() => JSON.parse(\'[1, [2, 3]]\', (k, v) => Array.isArray(v) ? v.length : v));\nt(() => JSON.parse(\'true\') + JSON.parse(\' null \') + JSON.parse(\'"x"\'));\nt(() => JSON.parse(\'{"a":1}\').hasOwnProperty(\'a\'));\nt(() => JSON.parse(\'\'));\nt(() => JSON.parse(\'{"a":01}\'));\nt(() => JSON.parse("{\'a\':1}"));\nt(() => JSON.parse(\'[1,2,]\'));\nt(() => JSON.parse(\'{"a":1,}\'));\nt(() => JSON.parse(\'{"a" 1}\'));\nt(() => JSON.parse(\'NaN\'));\nt(() => JSON.parse(\'Infinity\'));\nt(() => JSON.parse(\'[Infinity]\'));\nt(() => JSON.parse(\'"\\\\a"\'));\nt(() => JSON.parse(new String(\'[1]\')));\nt(() => JSON.parse({toString() { return \'[2]\'; }}));\nt(() => Object.prototype.toString.call(JSON));\nt(() => JSON[Symbol.toStringTag]);\nt(() => JSON.stringify(JSON.parse(JSON.stringify({deep: {deeper: {deepest: [1, {x: \'y\'}]}}})), null, 1));\n',
    'json2': 'const t = (f) => { try { const r = f(); console.log(\'ok\', JSON.stringify(r)); } catch (e) { console.log(e.name + \': \' + JSON.stringify(e.message)); } };\nfor (const s of [\'"\\\\u1"\', \'"\\\\uZZZZ"\', \'"\\\\u12\', \'"ab\\\\x"\', \'-01\', \'[-]\', \'1.5e\', \'{"a":1}x\', \'[1,2\', \'{"a" : tru\', \'"a\', \'"\\u0000"\', \'[1]]\', \'ab\', \'a\'.repeat(21), \'a\'.repeat(22), \'xxxxxxxxxxxxxxxxxxxxxxxxxxxx\', \'[1,2,3,4,5,6,7,8,9,10,x,11,12,13,14,15]\', \'{"a": 1, "b": 2, "c": [1, 2, ]}\', \'\\t\', \'{"x":}\', \'falsey\', \'nulll\', \'[true false]\', \'{"a":"b" "c":1}\', \'[1,,2]\', \'{"a":1,"a":2}\', \'123abc\', \'1e5\', \'-0\', \'1E+2\', \'  [ 1 , { "a" : [ ] } ]  \', \'"\\\\ud83d\\\\ude00"\', \'"\\\\ud800"\', \'0.1\', \'00\', \'1.0e-3\']) {\n  t(() => JSON.parse(s));\n}\nconst o = {}; o[0] = o;\nt(() => JSON.stringify(o));\nconst o2 = {a: [{}]}; o2.a[0].z = o2.a;\nt(() => JSON.stringify(o2));\nt(() => JSON.stringify({a: 1}, null, 20));\nt(() => JSON.stringify({a: 1}, null, \'abcdefghijklmnop\'));\nt(() => JSON.stringify([1, [2]], null, new Number(1)));\nt(() => JSON.stringify({a: {toJSON(k) { return \'K\' + k; }}}));\nt(() => JSON.stringify([new String(\'s\'), new Number(3), new Boolean(false)]));\nt(() => JSON.stringify({b: 2, a: 1, 1: \'x\'}, [\'a\', 1, \'a\']));\nt(() => JSON.stringify({a: 1}, (k, v) => k === \'\' ? [v, 2] : v));\nt(() => JSON.stringify(function(){}));\nt(() => JSON.stringify(Symbol()));\nt(() => JSON.stringify(\'\\u2028\\u2029\'));\nt(() => JSON.stringify({\'\\n\': 1}));\nt(() => JSON.parse(\'{"a":[1,2,{"b":3}]}\', (k, v) => typeof v === \'number\' ? v * 10 : v));\nt(() => JSON.parse(\'[1,2,3]\', (k, v) => v === 2 ? undefined : v));\nt(() => { const seen = []; JSON.parse(\'{"a":1,"b":{"c":2}}\', function (k, v) { seen.push(k); return v; }); return seen; });\nt(() => JSON.stringify([], null, 2) + JSON.stringify({}, null, 2) + JSON.stringify([[]], null, 2));\n',
    'json3': 'const t = (f) => { try { const r = f(); console.log(\'ok\', typeof r === \'string\' ? JSON.stringify(r) : r); } catch (e) { console.log(e.name + \': \' + JSON.stringify(e.message)); } };\nfor (const s of [\'x\', \'\', \' \', \'{\', \'{"a"\', \'{"a":\', \'{"a":1\', \'{"a":1,\', \'{a:1}\', "{\'a\':1}", \'[1,]\', \'[1\', \'[1 2]\', \'{"a":1,}\', \'1 2\', \'"abc\', \'"a\\nb"\', \'"\\\\x"\', \'"\\\\u12"\', \'-\', \'-a\', \'1.\', \'1.e5\', \'1e\', \'1e+\', \'01\', \'.5\', \'tru\', \'true false\', \'nul\', \'undefined\', \'NaN\', \'{"a" 1}\', \'[\', \']\', \'{"a":1}}\', \'"\\\\\', \'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\', \'{"abcdefghijklmnopqrst": 1, "uvwxyz": 2, "x": tru}\', \'[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, x]\', \'\\u00a0 1\', \'{"a":1 "b":2}\', \'{,}\', \'[,1]\', \'"\\t"\', \'+1\', \'1 x\', \'{"__proto__": 1}\', \'[1,2,3}\']) {\n  t(() => JSON.parse(s));\n}\nt(() => JSON.parse(\'1\', function(k, v, c) { return c; }));\nt(() => JSON.parse(undefined));\nt(() => JSON.parse({}));\nt(() => JSON.parse(null));\nconst o = {}; o.self = o;\nt(() => JSON.stringify(o));\nconst a = {x: {y: {z: {}}}}; a.x.y.z.back = a;\nt(() => JSON.stringify(a));\nconst b = [1, {k: []}]; b[1].k.push(b);\nt(() => JSON.stringify(b));\nclass Foo { constructor() { this.me = {p: this}; } }\nt(() => JSON.stringify(new Foo()));\nconst c = {a: {b: {c: {d: {e: {f: {}}}}}}}; c.a.b.c.d.e.f.g = c.a;\nt(() => JSON.stringify(c));\nconst n = Object.create(null); n.q = n;\nt(() => JSON.stringify(n));\nt(() => JSON.stringify({a: 1n}));\nt(() => JSON.stringify(1n));\nt(() => JSON.stringify({a: [1, {b: 2}], c: \'x\'}, null, 2));\nt(() => JSON.stringify({a: [1, {b: 2}], c: \'x\', d: [], e: {}}, null, \'--\'));\nt(() => JSON.stringify([undefined, function(){}, Symbol()]));\nt(() => JSON.stringify(\'\\u0001\\b\\f\\n\\r\\t"\\\\\\u007f\\u2028\\ud800\'));\nt(() => JSON.stringify(undefined));\nt(() => JSON.stringify({a: 1, b: 2, c: {a: 5, d: 1}}, [\'a\', \'c\']));\nt(() => JSON.stringify({a: 1, b: \'x\'}, (k, v) => typeof v === \'number\' ? v * 2 : v));\nt(() => JSON.stringify(new Map([[1,2]])));\nt(() => JSON.stringify(Object(1n)));\n',
}

# What Node 20 printed for each program (used when node is not on PATH);
# long outputs are kept as their SHA-256.
EXPECTED = {
    'arrayfuzz': "sha256:46d951c8d9f1e25c25106ee21ec7bba65b39c7590e27acb26fb2640727f293c0",
    'stringfuzz': "sha256:ee88f1a7dacc7f0a2d63099a9cc352c644d03dca9efc774a43e481af27b20c26",
    'locale_tags': '"" Incorrect locale information provided\n"-" Incorrect locale information provided\n"en--US" Incorrect locale information provided\n"-en" Incorrect locale information provided\n"en-US-" Invalid language tag: en-us-\n"x-" Incorrect locale information provided\n"abcd-" Incorrect locale information provided\n"en-x" Invalid language tag: en-x\n"en-US--" Incorrect locale information provided\n" en" Incorrect locale information provided\n"EN" ok\n"en-u" Invalid language tag: en-u\n"en-u-ca" ok\n"en-Latn-" Invalid language tag: en-latn-\n"de-1996-" Invalid language tag: de-1996-\n"xx-invalid-" Invalid language tag: xx-invalid-\n"xx-invalid" ok\nup Incorrect locale information provided\n',
    'jsonfuzz': "sha256:f3a5b83095848001abf4f900dcc0096eeba077d71b80cf12e15be8e8ed742071",
    'rxfuzz': "sha256:3d1614652e5075406efb2d624ce4826895fbfe0f3d845b3c416b4ae3aa76cff2",
    'optional_groups': "[ 'b', undefined, index: 0, input: 'b', groups: undefined ] [Object: null prototype] { n: undefined } [ 'ab', 'a', index: 0, input: 'ab', groups: undefined ] []b true [ '', index: 0, input: '', groups: undefined ] [ 'a', index: 0, input: 'ab', groups: undefined ]\n",
    'fuzz': "sha256:55cfe4f0aad27376eb593565aafecd39a7f694cfc7d8e11dcd366f6f15bf7338",
    'localecompare3': "[\n  'item1',  'item2',\n  'item02', 'Item3',\n  'item10', 'x1.5',\n  'x1.10'\n]\n0 0 -1\n0 -1\n-1 0\n1 [ 'A', 'a', 'B', 'b' ]\n0 1 -1\n",
    'sortlog': '10 31 750891 0,0,1,1,1\n33 169 23389 0,0,0,0,0\n65 408 990380 0,0,0,0,0\n200 1659 870031 0,0,1,1,1\n1000 9869 253231 0,0,0,0,1\n34,45,55,64,72,94,97,99,110,115,116,144,149,161,164,167,187,226,230,238,244,254,256,262,263,269,287,288,289,28,47,61,69,90,101,123,128,129,133,140\n',
    'sortfuzz': '0:98:516:883625863:986638688\n1:129:128:269666284:439209920\n2:85:84:795550775:114960925\n3:103:519:691056235:237896413\n4:46:134:927136554:364429844\n5:139:654:763070122:163394887\n6:41:166:398995126:60191186\n7:53:52:327200564:71461555\n8:144:143:311459621:44674190\n9:45:183:333555156:172932066\n10:78:272:548340974:989906723\n11:65:256:661040454:806732669\n12:78:388:95137536:515447569\n13:127:126:688034577:652902404\n14:74:73:331307902:255529035\n15:102:497:305571100:602821082\n16:97:399:915203168:64031622\n17:63:288:228557383:329393932\n18:30:110:85255747:102334151\n19:117:628:928888926:684433694\n20:67:66:378004746:901833593\n21:42:169:907880881:314877387\n22:59:198:307016193:278986385\n23:54:220:120023995:674912186\n24:38:153:183851124:883577761\n25:88:87:955166707:477450908\n26:88:87:164803835:800978138\n27:62:276:234993279:944196460\n28:68:197:220493768:342919981\n29:87:427:686708211:688349474\n30:537:4178:149511184:690678397\n31:335:334:123663564:972905647\n32:129:128:891725430:615507558\n33:696:4002:775611250:517856530\n34:392:2164:234560968:671288097\n35:20:55:837204366:854102969\n36:459:3443:457109078:977061646\n37:221:220:332694202:939612580\n38:159:158:563986062:496491569\n39:29:103:366985764:851681828\n',
    'captures': "[ 'aba', undefined, index: 0, input: 'aba', groups: undefined ] [\n  'zaacbbbcac',\n  'z',\n  'ac',\n  'a',\n  undefined,\n  'c',\n  index: 0,\n  input: 'zaacbbbcac',\n  groups: undefined\n]\n[ '123', '3', index: 0, input: '123', groups: undefined ] [ '1a2', '2', undefined, index: 0, input: '1a2', groups: undefined ] [ 'abac', 'a', index: 0, input: 'abac', groups: undefined ] [ 'xyy', undefined, index: 0, input: 'xyy', groups: undefined ]\n2 [b2] [ 'ab', 'b', undefined, index: 0, input: 'ab', groups: undefined ] [ '', undefined, index: 0, input: 'b', groups: undefined ] [ 'ab', undefined, index: 0, input: 'ab', groups: undefined ]\nworld [ 'aabc', 'a', 'b', index: 0, input: 'aabc', groups: undefined ] [\n  '1,22,333',\n  '333',\n  '333',\n  index: 0,\n  input: '1,22,333',\n  groups: undefined\n]\n[\n  [ 0, 2 ],\n  [ 0, 2 ],\n  undefined,\n  groups: [Object: null prototype] { o: [ 0, 2 ], i: undefined }\n] ab \n[ 'ab', 'b', undefined, 'b', index: 0, input: 'ab', groups: undefined ] [ 'ab', 'b', undefined, 'b', index: 0, input: 'ab', groups: undefined ] [ 'ab,b', undefined, 'b', index: 0, input: 'ab,b', groups: undefined ]\n",
    'localecompare': '["\\t","\\t","\\t","\\t\'ñ<","\\t)\\";]","\\t)[","\\t}","\\t`>(","\\t~{"," "," _9"," !É&","_-}","_,","_^ >","_ñ$","-","-","--\\tb)","-.\\"[|","-*","-#é{","-^","-^@ ","-^Z]]","-=}","-a+","-a+","-é","-è?%z","-zBz@",",",",",",&",",|Z.É",";",";",";\\t",";:;>",";a.",";b&è",";è ]!",";è*_",":",":,]",":^",":Ab",":è",":ñ0~)","!","!","!!\'</","!{","!}","!+./<","!b-è","!ZA","?","?;","?\\"+","?#\\t","?+&]","?É.}","?é\\"","?z",".",".{",".>\\\\",".B <","\'","\'","\'z_B=","\\"","\\"\\t","\\"-","\\"[0(","\\"A{+","\\"a>","(","(:~&","(*&","(0|Ñ ","(9:",")","):\\"",")?[?",")</",")Z[>","[","[","[@Z","[+(Ñ","[0/=]","[0b","[A B","[éA_","]","]:^(*","].#!","]/","]=9","]Ñ","{","{","{,","{&","{>A\'9","}","}","}}~9!","}>_","@","@\\t","@\'","@{|^-","@}`B","@=<{","@0$","*","*:","*`.ñ","/;%{/","/~``&","/0:,\\t","/a-=+","\\\\`}#A","&","&b-","#","#","#","#\'bé\\t","%","%","%:\'#","%?/","%%","%>9","%~`","%aé]","%b","%b~ñ","`","`","`!9_B","`!9\'$","`]>b","`@Bñ","`#}z","`^z\\"","`=","`~.;","`Z","^","^!","^*","^Ñ","+","+\\t*","+)`/","+[,(&","+`(]","+|z","+$","+É(Ñ","+Ñ","+Ñ`)%","<","<\\" ","<).","<\\\\,_Ñ","<&9![","<%","<$","<é>","=","=-[?","=,_z","=#","== \\tñ",">\\t",">:?",">)&}",">|",">$*@)",">è*{","|","|;è0","|:?@","|\'`Ñ","|(: \'","|#","~","~@","~%/+","~A&@-","$","$-è$é","$.","$}#}","$`è","$>z9ñ","$~","$Añ","$b\\t.","0","0","0","0_@","0_z","0:@","0!","0\'","0)\'|","0/@","0a","0A<>}","0Z","9","9","9","9;","9\'","9(Ñ","99&9","a","a.Ñ","a)","A}})<","A`>>","a=é!","a>{?","a|","AA\\";","aaè","aé","aÉ{ ","b","b","B","b\\t?","B?a(","B\\\\è)é","B\\\\Z\\\\%","B&}/","B&A^","B&è","B%/9&","b=","b0","b9A","BaB","Bé=#","bÉz@b","é","É","É","è","è","è [?","è_@","é;","è!è","è?`Z","è\'>~|","é(","è@","è+","é+>","èb~_A","Éé-ñ^","éè<","éÑ-","ÉZZ ","ñ","ñ","ñ","Ñ\\t","Ñ-|B","Ñ;!é","Ñ!","ñ(aBÉ","ñ[:@","Ñ]","Ñ&0","ñ=&{:","ÑÉ>","Ññé","Ñz>>","z","z","Z","Z","z,a","z\'?~","Z\')","z)\'+|","Z{","z#\\\\","Z%&#9"]\n0\n1 ½ ² a Å ä ae æ b o ö ø œ ss ß st z Ω я 中\n',
    'localecompare2': 'e E é É è ĕ ê ě ë ẽ ė ȩ ę ē\nad ae Ae AE aé æ Æ af\nsr ss SS ß ẞ sß st\no ó ö ø Ø oe œ Œ p\nd đ Đ ð e l ł m t z þ\n1 ① ½ ¼ 10 2 ² ₂ iv IV Ⅳ\na α а ա א ا अ ก 가 あ ア 中\na ª b m o º tm TM ™ μ µ\nangel Angel Ängel Emil émile Émile zoe Zoe Zoé Zoë\n-1 1 1 0\n',
    'props': "Array: length=1[c], name=Array[c], prototype=obj[], isArray:isArray/1[wc], from:from/1[wc], of:of/0[wc], Symbol(Symbol.species):get[c]\nArray.prototype: length=0[w], constructor:Array/1[wc], at:at/1[wc], concat:concat/1[wc], copyWithin:copyWithin/2[wc], fill:fill/1[wc], find:find/1[wc], findIndex:findIndex/1[wc], findLast:findLast/1[wc], findLastIndex:findLastIndex/1[wc], lastIndexOf:lastIndexOf/1[wc], pop:pop/0[wc], push:push/1[wc], reverse:reverse/0[wc], shift:shift/0[wc], unshift:unshift/1[wc], slice:slice/2[wc], sort:sort/1[wc], splice:splice/2[wc], includes:includes/1[wc], indexOf:indexOf/1[wc], join:join/1[wc], keys:keys/0[wc], entries:entries/0[wc], values:values/0[wc], forEach:forEach/1[wc], filter:filter/1[wc], flat:flat/0[wc], flatMap:flatMap/1[wc], map:map/1[wc], every:every/1[wc], some:some/1[wc], reduce:reduce/1[wc], reduceRight:reduceRight/1[wc], toLocaleString:toLocaleString/0[wc], toString:toString/0[wc], toReversed:toReversed/0[wc], toSorted:toSorted/1[wc], toSpliced:toSpliced/2[wc], with:with/2[wc], Symbol(Symbol.iterator):values/0[wc], Symbol(Symbol.unscopables)=obj[c]\nString: length=1[c], name=String[c], prototype=obj[], fromCharCode:fromCharCode/1[wc], fromCodePoint:fromCodePoint/1[wc], raw:raw/1[wc]\nString.prototype: length=0[], constructor:String/1[wc], anchor:anchor/1[wc], at:at/1[wc], big:big/0[wc], blink:blink/0[wc], bold:bold/0[wc], charAt:charAt/1[wc], charCodeAt:charCodeAt/1[wc], codePointAt:codePointAt/1[wc], concat:concat/1[wc], endsWith:endsWith/1[wc], fontcolor:fontcolor/1[wc], fontsize:fontsize/1[wc], fixed:fixed/0[wc], includes:includes/1[wc], indexOf:indexOf/1[wc], isWellFormed:isWellFormed/0[wc], italics:italics/0[wc], lastIndexOf:lastIndexOf/1[wc], link:link/1[wc], localeCompare:localeCompare/1[wc], match:match/1[wc], matchAll:matchAll/1[wc], normalize:normalize/0[wc], padEnd:padEnd/1[wc], padStart:padStart/1[wc], repeat:repeat/1[wc], replace:replace/2[wc], replaceAll:replaceAll/2[wc], search:search/1[wc], slice:slice/2[wc], small:small/0[wc], split:split/2[wc], strike:strike/0[wc], sub:sub/0[wc], substr:substr/2[wc], substring:substring/2[wc], sup:sup/0[wc], startsWith:startsWith/1[wc], toString:toString/0[wc], toWellFormed:toWellFormed/0[wc], trim:trim/0[wc], trimStart:trimStart/0[wc], trimLeft:trimStart/0[wc], trimEnd:trimEnd/0[wc], trimRight:trimEnd/0[wc], toLocaleLowerCase:toLocaleLowerCase/0[wc], toLocaleUpperCase:toLocaleUpperCase/0[wc], toLowerCase:toLowerCase/0[wc], toUpperCase:toUpperCase/0[wc], valueOf:valueOf/0[wc], Symbol(Symbol.iterator):[Symbol.iterator]/0[wc]\nRegExp: length=2[c], name=RegExp[c], prototype=obj[], input:get/set[c], $_:get/set[c], lastMatch:get/set[c], $&:get/set[c], lastParen:get/set[c], $+:get/set[c], leftContext:get/set[c], $`:get/set[c], rightContext:get/set[c], $':get/set[c], $1:get/set[c], $2:get/set[c], $3:get/set[c], $4:get/set[c], $5:get/set[c], $6:get/set[c], $7:get/set[c], $8:get/set[c], $9:get/set[c], Symbol(Symbol.species):get[c]\nRegExp.prototype: constructor:RegExp/2[wc], exec:exec/1[wc], dotAll:get[c], flags:get[c], global:get[c], hasIndices:get[c], ignoreCase:get[c], multiline:get[c], source:get[c], sticky:get[c], unicode:get[c], compile:compile/2[wc], toString:toString/0[wc], test:test/1[wc], unicodeSets:get[c], Symbol(Symbol.match):[Symbol.match]/1[wc], Symbol(Symbol.matchAll):[Symbol.matchAll]/1[wc], Symbol(Symbol.replace):[Symbol.replace]/2[wc], Symbol(Symbol.search):[Symbol.search]/1[wc], Symbol(Symbol.split):[Symbol.split]/2[wc]\nArrayIter: next:next/0[wc], Symbol(Symbol.toStringTag)=Array Iterator[c]\nIterProto: Symbol(Symbol.iterator):[Symbol.iterator]/0[wc]\nStrIter: next:next/0[wc], Symbol(Symbol.toStringTag)=String Iterator[c]\nRegExpStrIter: next:next/0[wc], Symbol(Symbol.toStringTag)=RegExp String Iterator[c]\nJSON: parse:parse/2[wc], stringify:stringify/3[wc], Symbol(Symbol.toStringTag)=JSON[c]\nunscopables: at=true[wec], copyWithin=true[wec], entries=true[wec], fill=true[wec], find=true[wec], findIndex=true[wec], findLast=true[wec], findLastIndex=true[wec], flat=true[wec], flatMap=true[wec], includes=true[wec], keys=true[wec], values=true[wec], toReversed=true[wec], toSorted=true[wec], toSpliced=true[wec]\nnull\n{ value: 0, writable: true, enumerable: false, configurable: false } [] [ 'lastIndex' ]\n{\n  value: 'get flags',\n  writable: false,\n  enumerable: false,\n  configurable: true\n}\nObject [Array Iterator] {} Object [String Iterator] {} Object [RegExp String Iterator] {} Object(0) [] {} {} Object [JSON] {}\n[String: 'ab'] [ [String: ''] ] [String: 'x']\n",
    'mixed': 'closed\nError: stop\nok ABC1\nok [ 0, \'a\', \'b\' ]\nok [ 0, [ 1, 2, [Symbol(Symbol.isConcatSpreadable)]: false ] ]\nok [ \'h\', \'e\', [ \'l\', \'l\', \'o\' ] ]\nok [ \'a0\', \'b1\', \'c2\' ]\nok [ 0, 1, 4 ]\nok 0x1y\nok 104,233,33,\nok [ 1, 2, 3, 4 ]\nok [["a",1]]\nok 2\nok [ <3 empty items> ]\nok 0\nok bb|aa\nok [ NaN, NaN ]\nok [ \'Banana\', \'apple\', \'cherry\' ]\nok [ \'apple\', \'Banana\', \'cherry\' ]\nok [ 3, 1, 2 ]\nok [ \'100\', \'10\', \'9\', \'1\' ]\nok [ 2, 1, 0 ]\nok { a: 2, b: 1 }\nok { odd: [ 1, 3 ], even: [ 2, 4 ] }\nok [ 1, 2, 2, 4, 3, 6 ]\nok a=1&b=2\nok [ 2, 3 ]\nok [ 1, 2 ]\nok 1\nok [ 2, 4 ]\nok 1-2\nok {"0":1,"1":2}\nok {"s":{},"m":{}}\nok function\nok 2\nok [ \'000\', \'001\', \'002\' ]\nok 294\n',
    'regexps3': "TypeError: Cannot assign to read only property 'lastIndex' of object '[object RegExp]'\nok a\nok true\nok true false\nok [ 'a', 'b', 'c', 'd' ]\nok a[B]c\nok [ true, 'bXb', 'g', 'R', [ 'a', 'a' ] ]\nok abc|X\nok [ 'custom', 'abc', 3 ]\nok 42\nok true\nok 0\nok abc\nTypeError: Method RegExp.prototype.@@match called on incompatible receiver 5\nok true\nTypeError: RegExp exec method returned something other than an Object or null\nok true\nok false\nok bbbb baaa\nok abc\nok ABC\nok 123\nok true aa\nok $0$00$1\nok -1 0\nok gab\nok true\nok (?:)|null|123\nok \nok guy\nok b\nok true\nok [ 'a', 'b', '2', 'a12b', 'a12b' ]\n",
    'arrays': "ok [ 'A', 'B', 'C' ]\nok a+b+c\nok [ 'b', 'c' ]\nok { '0': 1, '1': 2, length: 2 }\nok [ 2, { '0': 1, length: 1 } ]\nok { '0': 3, '2': 1, length: 3 }\nok { '0': 'a', '1': 'b', '2': 'c', length: 3 }\nok [ [ 2, 3 ], { '0': 1, '1': 'x', '2': 4, length: 3 } ]\nok { '0': 0, '1': 1, '2': 2, length: 3 }\nok { '0': 2, length: 1 }\nok true\nok -1\nok [ undefined, 'x', undefined ]\nok [ [Number: 1], 2 ]\nok 6\nok 321\nok [ 1, 2, 3 ]\nok [ 2, <1 empty item>, 6 ]\nok [ 1, 3 ]\nok [ 0, 2 ]\nok [ 0, 1, 2 ]\nok 3 -1\nok [ 1, 2, 3, 4 ]\nok [ 1, 2, <1 empty item> ]\nok [ 1, 2, 3 ]\nok [ 1, 100, 25, 5 ]\nok [ 'a', 'b', 'c', undefined, <1 empty item> ]\nok bdac\nError: boom 21\nok [ 1, 2, 3 ]\nok [ 3, 2, 1 ]\nok [ 1, 2, 4, [ 5 ] ]\nok [ 1, [ 10 ], 2, [ 20 ] ]\nok [ 1, 0, 0 ]\nok [ 0, 1, 2 ]\nok [ 0, 1, 2 ]\nok [ [ 0, 'a' ], [ 1, 'b' ] ]\nok undefined\nok [ 2 ]\nok [ 9, 2, 3 ]\nok [ 'a', 'b', 2, 3 ]\nok [ 3, 2, 1 ]\nok false 2\nok 0 true\nok true true false\nok 1,2,3\nok 1,2,3\nok |,\nok true false false\nok 3\nok [ true, true, 5, 3, 9 ]\nok [ true, 'MyArr', 4 ]\nok [ 1, NaN, NaN ]\nok [ 1, 2, 3 ]\nok [ 3, 10, 1 ]\nok [ 6, -1, true, 0 ]\nok [ 1 ]\nok [ 1, 1, 2 ]\nok [ 1, 2, [ 3 ] ]\nok []\nok [ 1, 2, 3, 4, 5 ]\nok []\nok [ [ 1 ], [ 2, 3 ] ]\nok 0\nok 0\nok 4\nok [ '0', '2' ]\nok -\nok { value: 0, done: false }\nok [\n  { value: 1, done: false },\n  { value: undefined, done: true },\n  { value: undefined, done: true }\n]\nok [ 2 ]\nok true\nok [object Array Iterator]\nok true\nok function\nok [ 7, 7 ]\nok [ 3, 6 ]\nok [ [ 1, 'a' ] ]\nok 5\n",
    'arrays2': "RangeError: Invalid index : 1.5\nok [ 1 ]\nok [ 1, 9 ]\nTypeError: object.constructor[Symbol.species] is not a constructor\nTypeError: object.constructor[Symbol.species] is not a constructor\nok [ 1 ]\nTypeError: Cannot assign to read only property '0' of object '#<Object>'\nTypeError: Cannot add property 0, object is not extensible\nTypeError: Cannot delete property '0' of #<Object>\nTypeError: Cannot delete property '0' of #<Object>\nTypeError: Cannot assign to read only property '0' of object '[object Array]'\nTypeError: Cannot assign to read only property '0' of object '[object Array]'\nTypeError: Cannot delete property '2' of [object Array]\nTypeError: Cannot add property 3, object is not extensible\nTypeError: Cannot add property 3, object is not extensible\nTypeError: Cannot add property 3, object is not extensible\nTypeError: Cannot assign to read only property '0' of object '[object Array]'\nTypeError: Cannot assign to read only property '0' of object '[object Array]'\nok [ 1, 2, 3, 4 ]\nok 1-2-3\nok 1,2,\nok 1,2,3,\nok --1--2\nok 1,,3\nok 1.5,0,1e+21,NaN\nok [object Object],,function(){}\nok [object Object]\nok [object Object]\nok [ 0, 2, 4 ]\nok [ 'a', '😀', 'b' ]\nok [ 1, 2, 3 ]\nok [ 7 ]\nok [ <3 empty items> ]\nok [ '3' ]\nok [ 2, 3 ]\nok [ 1, 100, 20, 3, undefined, <1 empty item> ]\nok [ 10, 5, 1 ]\nok [ 1, 2, 3 ]\nok [ 'a', 'b' ]\nok [ 1, 2, 3, 1, 2 ]\nok false true -1\nok true -1\nok 3 1 -1\nok [ 2, 3 ]\nok [ [ 1, 'a', 'b', 'c', 4 ], [ 2, 3 ] ]\nok [ 1, 3 ]\nok [ 3, undefined, 1 ]\nok [ 3, <1 empty item>, 1 ]\nok 3\nok { value: [ 0, 0 ], done: false }\nok [object Array Iterator]\nok [ 1, 2, [ 3 ], 'x' ]\n",
    'arrays_errors': "TypeError: Reduce of empty array with no initial value\nTypeError: Reduce of empty array with no initial value\nTypeError: undefined is not a function\nTypeError: 3 is not a function\nTypeError: #<Object> is not a function\nTypeError: abc is not a function\nTypeError: null is not a function\nRangeError: Invalid array length\nRangeError: Invalid array length\nRangeError: Invalid array length\nTypeError: Array.prototype.map called on null or undefined\nTypeError: Cannot convert undefined or null to object\nTypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))\nTypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))\nTypeError: 5 is not a function\nok []\nTypeError: The comparison function must be either a function or undefined\nTypeError: The comparison function must be either a function or undefined\nRangeError: Invalid index : 5\nRangeError: Invalid index : -2\nTypeError: Cannot convert undefined or null to object\nTypeError: null is not a function\nTypeError: Array.prototype.concat called on null or undefined\nTypeError: Cannot add property 1, object is not extensible\nTypeError: Cannot delete property '0' of [object Array]\nok undefined\nTypeError: Cannot assign to read only property '0' of object '[object Array]'\nok undefined\nTypeError: Cannot delete property '0' of [object Array]\nTypeError: Cannot add property 1, object is not extensible\nTypeError: Cannot delete property '0' of [object Array]\nTypeError: Cannot add property 1, object is not extensible\nTypeError: Cannot delete property '0' of [object Array]\nok 2\nTypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1\nTypeError: Cannot convert undefined or null to object\nTypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>\nTypeError: Cannot convert undefined or null to object\n",
    'strings': 'ok HW\nok cb3\nok [ \'a\', \'b\', \'\', \'c\' ]\nok a2b4c6\nok 1\nok -1 1 -1\nok [ \'apple\', \'Apple\', \'banana\', \'cherry\' ]\nok [ \'a\', \'ä\', \'e\', \'é\', \'z\', \'Z\' ]\nok [ \'item1\', \'item10\', \'item2\' ]\nok Tqbf\nok camel_case_string\nok snakeCaseHere\nok 7\nok abcabcabc\nok cba\nok true\nok Hello\nok a+b+c\nok 012\nok 78\nok hi\nok true\nok bcd|cd|cde\nok 5 2\nok x is %d\nok [ \'a\', \'b\' ]\nok [ \'one\', \'two\', \'three\' ]\nok [ [ \'k1\', \'v1\' ], [ \'k2\', \'v2\' ] ]\nok [ 2024, 1, 15 ]\nok 2024/01\nok [ [ \'12\', \'1\', \'2\' ], [ \'34\', \'3\', \'4\' ], [ \'5\', \'5\', undefined ] ]\nok null\nok abcABC\nok abc!\nok stringnullundefinedtrue1,2[object Object]\nok 1,2[object Object]\nok 123.45601e+210.3333333333333333\nok abc123abc\nok 1\nok abc\nok ǆǄ\nok 6\nok hell0 world\nok _abc\nok _a_b_c_\nok $\nok $$\nok [ \'\', \'\', \'\', \'\' ]\nok [ \'\', \'a\', \'\' ]\nok [ \'a\', \'b\' ]\nok [ \'A\', \'B\' ]\nok []\nok 3\nok { value: \'a\', done: false }\nok [object String Iterator]\nok true a\nok true\nok q\nTypeError: String.prototype.toString requires that \'this\' be a String\nok 2\nok [ \'a\', \'b\' ]\nSyntaxError: Invalid regular expression: /+/: Nothing to repeat\nok a!b\nok [ \'A\', \'b\', \'C\' ]\nok <a href="u">x</a><b>x</b>\nok 195\nok abc||abc\nok -1 0\nok 52\nok 0 1 String\n',
    'strings2': 'ok "a[b0|b|$00|$2|b|b|a|c|$|$<x>|$]c"\nok "a[b||$<x|b]c"\nok "a[$1|b|a|c|$<x>]c"\nok "012"\nok "-a-b-c-"\nok ["a","b","c"]\nok ["a","b"]\nok ["a","b","c"]\nok [""]\nok []\nok ["abc"]\nok []\nok ["a","b","c",""]\nok ["a","1","b","2","c","3",""]\nok ["a","b","c"]\nok [""]\nok []\nok ["","t","e",null,"s","t",""]\nok "b|ab|bc|ab"\nok "-1 4 3 3"\nok "121abc|abcxyxy|abc"\nok "HiA😀"\nok "a\\\\n1b"\nok "x1y2z"\nok "<a name=\\"a&quot;b\\">Hello</a>"\nok "b|"\nok 1\nok ["B"]\nok ["b","b"]\nok null\nok "2 -1"\nok [["1",1],["22",3]]\nok "xY1Z3"\nok "Smith, John"\nok "XaXaXaX"\nok "-a-b-c-"\nok "-a-b--d-"\nok "hi|hi  |  hi|"\nok "SS2"\nok "abc1null2,3"\nok "true true true"\nok ["0","1","length"]\nok 2\nok "object"\nok ["a",["0","1","5","foo"]]\nok "abc2"\nok "a$0c"\nok "a$001c"\n',
    'regexps': 'ok true\nok true\nok [ \'COLOR\', index: 4, input: \'The COLOR red\', groups: undefined ]\nok [ \'1:2\', \'2:3\', \'5:6\', \'6:7\' ]\nok [ \'aa\', \'bb\' ]\nok [\n  \'hello hello\',\n  \'hello\',\n  index: 0,\n  input: \'hello hello world\',\n  groups: [Object: null prototype] { word: \'hello\' }\n]\nok [ \'DEF\', index: 3, input: \'abcDEF\', groups: undefined ]\nok [ \'c\', index: 2, input: \'xxc\', groups: undefined ]\nok 3\nok abab\nok aaaaaa\nok 1\nok -\nok false false false\nok [ \'a!b\', index: 0, input: \'a!b c_\', groups: undefined ]\nok a1 \nok x\nok true true\nok true false false\nok true true\nok [ \'12\', index: 3, input: \'ab 12 34\', groups: undefined ]\nSyntaxError: Invalid regular expression: /[/: Unterminated character class\nok gimsuytrue\nok /a/gifalsetrue\nok /x/g\nok [ null, 0 ]\nok [ 0, 5 ]\nok [ \'a\', \'b\', \'c\', \'d\' ]\nok [a]bc\nok ab1abcc\nok a["b","b",1,"abc",{"x":"b"}]c\nok a,a,a null\nok [ \'b\', \'b\' ]\nok [ \'one\', \'two\' ]\nok null\nok true true\nok false true\nok αβγ\nok héllo\nok ١٢3\nok  123\nok 3\nok [ \'a\', \'abc\', index: 0, input: \'abc\', groups: undefined ]\nok 2\nok undefined\nok true false\nok true true\nok true\nok true false true\nok false false\nok true\nok aaab\nok [ \'\', index: 0, input: \'abc\', groups: undefined ]\nok (?:)(?:)/a\\/b/\nok true true true true\nok true\nok true\nok $^.*+?()[{}|\nok x\nok [ \'a\', \'b\', \'c\' ]\nok $0es$0\nok 0\nok [ 0, 2 ]\nok [ \'aXa\', 2 ]\nok true\nok [Object: null prototype] { a: \'x\', b: \'y\' }\nok [ \'0\', \'1\', \'index\', \'input\', \'groups\' ]\nok [ 1, 2 ]\nok [ 1, 3 ]\nok {\n  value: [ \'b\', index: 1, input: \'abc\', groups: undefined ],\n  done: false\n}\nok true false true\nok true true\nok [\\b]true\nok true true true\nok a\n',
    'regexps2': "ok a\\/b\nok [/]\nok \\/\nok a\\nb\\r\\u2028\nok /(?:)/\nok a\\/b\nok dgimsuy\nok [\n  '2024-05',\n  '2024',\n  '05',\n  index: 3,\n  input: 'on 2024-05!',\n  groups: [Object: null prototype] { y: '2024', m: '05' }\n]\nok [ 'b', undefined, 'b', index: 0, input: 'b', groups: undefined ]\nok [\n  'a',\n  index: 1,\n  input: 'xa',\n  groups: undefined,\n  indices: [ [ 1, 2 ], groups: undefined ]\n]\nok [\n  [ 1, 2 ],\n  [ 1, 2 ],\n  groups: [Object: null prototype] { z: [ 1, 2 ] }\n]\nok Object [RegExp String Iterator] {}\nok [ 1, 2, 0 ]\nok [ false, 0, true, 2 ]\nok true\nok true\nok i\nok true\nok [ 'a', 'a', index: 0, input: 'aa', groups: undefined ]\nok [ 'b', undefined, index: 0, input: 'b', groups: undefined ]\nok [ '8', index: 0, input: '8', groups: undefined ]\nok [ 'A', index: 0, input: 'A', groups: undefined ]\nok true\nok true\nok true\nok [ 'a', index: 2, input: 'b\\na\\nc', groups: undefined ]\nok false true\nok 3\nok h\nok true\nok true false\nok DEF\nok [ 'a{,3}', index: 0, input: 'a{,3}', groups: undefined ]\nok [ 'xx', index: 0, input: 'xxx', groups: undefined ]\nok [ '42', index: 6, input: 'cost $42', groups: undefined ]\nok [ '17', index: 12, input: 'cost $42 or 17', groups: undefined ]\nok [ 'b', index: 3, input: 'aaab', groups: undefined ]\nok a[B]c\nok \nok [ 'x', 'y', 'xy', 'xy' ]\nok [object RegExp]\nok /a/\nok [/]\nok /\\n/\nok null\nok true\nok aaXaa\n",
    'lookbehind': "[ 'b', index: 3, input: 'aaab', groups: undefined ] [ '42', index: 4, input: 'USD 42', groups: undefined ] [ 'x', index: 4, input: '1x ax', groups: undefined ] -1-22-\n[ '20', index: 15, input: 'price: 10 USD, 20 EUR', groups: undefined ] [ 'b', 'a', index: 2, input: 'aab', groups: undefined ]\n",
    'vflag': 'false true aei d abc\n1234 true false\n',
    'errors': 'SyntaxError: Invalid regular expression: /(/: Unterminated group\nSyntaxError: Invalid regular expression: /)/: Unmatched \')\'\nSyntaxError: Invalid regular expression: /a**/: Nothing to repeat\nSyntaxError: Invalid regular expression: /*/: Nothing to repeat\nSyntaxError: Invalid regular expression: /+a/: Nothing to repeat\nSyntaxError: Invalid regular expression: /?/: Nothing to repeat\nSyntaxError: Invalid regular expression: /[/: Unterminated character class\nSyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class\nSyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier\nSyntaxError: Invalid regular expression: /\\/: \\ at end of pattern\nSyntaxError: Invalid regular expression: /(?<n>a)(?<n>b)/: Duplicate capture group name\nSyntaxError: Invalid regular expression: /(?<1>a)/: Invalid capture group name\nSyntaxError: Invalid regular expression: /\\k<x>(?<y>a)/: Invalid named capture referenced\nok /\\k<x>/\nSyntaxError: Invalid regular expression: /(?x)/: Invalid group\nSyntaxError: Invalid regular expression: /(?P<n>a)/: Invalid group\nSyntaxError: Invalid regular expression: /a{/u: Incomplete quantifier\nSyntaxError: Invalid regular expression: /\\q/u: Invalid escape\nSyntaxError: Invalid regular expression: /\\u{110000}/u: Invalid Unicode escape\nSyntaxError: Invalid regular expression: /\\p{Foo}/u: Invalid property name\nok /\\p{L}/\nSyntaxError: Invalid regular expression: /{1}/: Nothing to repeat\nSyntaxError: Invalid regular expression: /a{1}{2}/: Nothing to repeat\nok /(?<=a+)b/\nSyntaxError: Invalid flags supplied to RegExp constructor \'gg\'\nSyntaxError: Invalid flags supplied to RegExp constructor \'z\'\nok /\\1(a)/\nok /\\2(a)/\nSyntaxError: Invalid regular expression: /[\\d-z]/u: Invalid character class\nok /[\\d-z]/\nSyntaxError: Invalid regular expression: /(?<a/: Invalid capture group name\nSyntaxError: Invalid regular expression: /a|*/: Nothing to repeat\nSyntaxError: Invalid regular expression: /^*/: Nothing to repeat\nSyntaxError: Invalid regular expression: /\\b+/: Nothing to repeat\nok /(?=a)+/\nSyntaxError: Invalid regular expression: /(?=a)+/u: Invalid quantifier\nSyntaxError: Invalid regular expression: /(?<=a)+/: Invalid quantifier\nok "(?:)"\nok ""\nok undefined\nok "/(?:)/"\nTypeError: RegExp.prototype.source getter called on non-RegExp object\nTypeError: RegExp.prototype.global getter called on non-RegExp object\nTypeError: RegExp.prototype.flags getter called on non-object 5\nTypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>\nTypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>\nTypeError: Method RegExp.prototype.toString called on incompatible receiver 5\nok "/a/q"\nTypeError: String.prototype.replaceAll called with a non-global RegExp argument\nTypeError: String.prototype.matchAll called with a non-global RegExp argument\nTypeError: First argument to String.prototype.startsWith must not be a regular expression\nTypeError: First argument to String.prototype.includes must not be a regular expression\nTypeError: First argument to String.prototype.endsWith must not be a regular expression\nRangeError: Invalid count value: -1\nRangeError: Invalid count value: Infinity\nRangeError: Invalid string length\nok ""\nRangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.\nRangeError: Invalid code point -1\nRangeError: Invalid code point 1.5\nRangeError: Invalid code point NaN\nRangeError: Invalid code point 1114112\nok "Symbol(x)"\nTypeError: Cannot convert a Symbol value to a string\nTypeError: Cannot convert a Symbol value to a string\nTypeError: Cannot convert undefined or null to object\nTypeError: String.prototype[Symbol.iterator] called on null or undefined\nTypeError: Method String Iterator.prototype.next called on incompatible receiver #<Object>\nRangeError: Invalid string length\nTypeError: flatMap mapper function is not callable\nok true\nok false\n',
    'json': 'ok {"name":"A","list":[1,"two",null,true],"nested":{"x":1.5,"y":0}}\nok [\n\t1,\n\t[\n\t\t2,\n\t\t[\n\t\t\t3\n\t\t]\n\t]\n]\nok {\n    "a": 1,\n    "b": [\n        1,\n        2\n    ],\n    "c": {}\n}\nok {"date":"x"}\nok "he said \\"hi\\"\\n\\\\"\nok {"a":"é😀\\u0007"}\nok nullnulltrue-1e-71e+21\nok {"x":1}\nok {"a":"a!","b":["string0"]}\nok {"a":1,"b":{}}\nok {"a":10,"b":20}\nok [{"b":2}]\nok {"own":2}\nok [1,"s",false]\nok {"a":[null,null]}\nok {}\nok [null,1]\nok {"a\\"b":1}\nok {"0":0,"1":1,"a":2}\nok {"a":1}{"a":1}{"a":1}\nok {\n  "a": []\n}\nok {}{}{}\nTypeError: Do not know how to serialize a BigInt\nTypeError: Converting circular structure to JSON\n    --> starting at object with constructor \'Array\'\n    --- index 1 closes the circle\nTypeError: Converting circular structure to JSON\n    --> starting at object with constructor \'Object\'\n    --- property \'c\' closes the circle\nok {"x":{},"x2":{}}\nok { a: [ 1, 2, { b: null } ], c: \'A\\n\' }\nok [ 1000, -0.5, 0, \'-0\', 0.01 ]\nok undefined\nok [ \'1\', \'b\', \'a\' ]\nok {}\nok 2\nok 1x\nok true\nSyntaxError: Unexpected end of JSON input\nSyntaxError: Unexpected number in JSON at position 6\nSyntaxError: Expected property name or \'}\' in JSON at position 1\nSyntaxError: Unexpected token \']\', "[1,2,]" is not valid JSON\nSyntaxError: Expected double-quoted property name in JSON at position 7\nSyntaxError: Expected \':\' after property name in JSON at position 5\nSyntaxError: "NaN" is not valid JSON\nSyntaxError: "Infinity" is not valid JSON\nSyntaxError: Unexpected token \'I\', "[Infinity]" is not valid JSON\nSyntaxError: Bad escaped character in JSON at position 2\nok [ 1 ]\nok [ 2 ]\nok [object JSON]\nok JSON\nok {\n "deep": {\n  "deeper": {\n   "deepest": [\n    1,\n    {\n     "x": "y"\n    }\n   ]\n  }\n }\n}\n',
    'json2': 'SyntaxError: "Bad Unicode escape in JSON at position 4"\nSyntaxError: "Bad Unicode escape in JSON at position 3"\nSyntaxError: "Bad Unicode escape in JSON at position 5"\nSyntaxError: "Bad escaped character in JSON at position 4"\nSyntaxError: "Unexpected number in JSON at position 2"\nSyntaxError: "No number after minus sign in JSON at position 2"\nSyntaxError: "Exponent part is missing a number in JSON at position 4"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 7"\nSyntaxError: "Expected \',\' or \']\' after array element in JSON at position 4"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Unterminated string in JSON at position 2"\nSyntaxError: "Bad control character in string literal in JSON at position 1"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 3"\nSyntaxError: "Unexpected token \'a\', \\"ab\\" is not valid JSON"\nSyntaxError: "Unexpected token \'a\', \\"aaaaaaaaaa\\"... is not valid JSON"\nSyntaxError: "Unexpected token \'a\', \\"aaaaaaaaaa\\"... is not valid JSON"\nSyntaxError: "Unexpected token \'x\', \\"xxxxxxxxxx\\"... is not valid JSON"\nSyntaxError: "Unexpected token \'x\', ...\\",7,8,9,10,x,11,12,13\\"... is not valid JSON"\nSyntaxError: "Unexpected token \']\', ...\\"\\": [1, 2, ]}\\" is not valid JSON"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Unexpected token \'}\', \\"{\\"x\\":}\\" is not valid JSON"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 5"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 4"\nSyntaxError: "Expected \',\' or \']\' after array element in JSON at position 6"\nSyntaxError: "Expected \',\' or \'}\' after property value in JSON at position 9"\nSyntaxError: "Unexpected token \',\', \\"[1,,2]\\" is not valid JSON"\nok {"a":2}\nSyntaxError: "Unexpected non-whitespace character after JSON at position 3"\nok 100000\nok 0\nok 100\nok [1,{"a":[]}]\nok "😀"\nok "\\ud800"\nok 0.1\nSyntaxError: "Unexpected number in JSON at position 1"\nok 0.001\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Object\'\\n    --- property \'0\' closes the circle"\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Array\'\\n    |     index 0 -> object with constructor \'Object\'\\n    --- property \'z\' closes the circle"\nok "{\\n          \\"a\\": 1\\n}"\nok "{\\nabcdefghij\\"a\\": 1\\n}"\nok "[\\n 1,\\n [\\n  2\\n ]\\n]"\nok "{\\"a\\":\\"Ka\\"}"\nok "[\\"s\\",3,false]"\nok "{\\"a\\":1,\\"1\\":\\"x\\"}"\nok "[{\\"a\\":1},2]"\nok undefined\nok undefined\nok "\\"\u2028\u2029\\""\nok "{\\"\\\\n\\":1}"\nok {"a":[10,20,{"b":30}]}\nok [1,null,3]\nok ["a","c","b",""]\nok "[]{}[\\n  []\\n]"\n',
    'json3': 'SyntaxError: "Unexpected token \'x\', \\"x\\" is not valid JSON"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Expected property name or \'}\' in JSON at position 1"\nSyntaxError: "Expected \':\' after property name in JSON at position 4"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Expected \',\' or \'}\' after property value in JSON at position 6"\nSyntaxError: "Expected double-quoted property name in JSON at position 7"\nSyntaxError: "Expected property name or \'}\' in JSON at position 1"\nSyntaxError: "Expected property name or \'}\' in JSON at position 1"\nSyntaxError: "Unexpected token \']\', \\"[1,]\\" is not valid JSON"\nSyntaxError: "Expected \',\' or \']\' after array element in JSON at position 2"\nSyntaxError: "Expected \',\' or \']\' after array element in JSON at position 3"\nSyntaxError: "Expected double-quoted property name in JSON at position 7"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 2"\nSyntaxError: "Unterminated string in JSON at position 4"\nSyntaxError: "Bad control character in string literal in JSON at position 2"\nSyntaxError: "Bad escaped character in JSON at position 2"\nSyntaxError: "Bad Unicode escape in JSON at position 5"\nSyntaxError: "No number after minus sign in JSON at position 1"\nSyntaxError: "No number after minus sign in JSON at position 1"\nSyntaxError: "Unterminated fractional number in JSON at position 2"\nSyntaxError: "Unterminated fractional number in JSON at position 2"\nSyntaxError: "Exponent part is missing a number in JSON at position 2"\nSyntaxError: "Exponent part is missing a number in JSON at position 3"\nSyntaxError: "Unexpected number in JSON at position 1"\nSyntaxError: "Unexpected token \'.\', \\".5\\" is not valid JSON"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 5"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "\\"undefined\\" is not valid JSON"\nSyntaxError: "\\"NaN\\" is not valid JSON"\nSyntaxError: "Expected \':\' after property name in JSON at position 5"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Unexpected token \']\', \\"]\\" is not valid JSON"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 7"\nSyntaxError: "Unexpected end of JSON input"\nSyntaxError: "Unexpected token \'a\', \\"abcdefghij\\"... is not valid JSON"\nSyntaxError: "Unexpected token \'}\', ...\\", \\"x\\": tru}\\" is not valid JSON"\nSyntaxError: "Unexpected token \'x\', ...\\", 13, 14, x]\\" is not valid JSON"\nSyntaxError: "Unexpected token \'\xa0\', \\"\xa0 1\\" is not valid JSON"\nSyntaxError: "Expected \',\' or \'}\' after property value in JSON at position 7"\nSyntaxError: "Expected property name or \'}\' in JSON at position 1"\nSyntaxError: "Unexpected token \',\', \\"[,1]\\" is not valid JSON"\nSyntaxError: "Bad control character in string literal in JSON at position 1"\nSyntaxError: "Unexpected token \'+\', \\"+1\\" is not valid JSON"\nSyntaxError: "Unexpected non-whitespace character after JSON at position 2"\nok { [\'__proto__\']: 1 }\nSyntaxError: "Expected \',\' or \']\' after array element in JSON at position 6"\nok undefined\nSyntaxError: "\\"undefined\\" is not valid JSON"\nSyntaxError: "\\"[object Object]\\" is not valid JSON"\nok null\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Object\'\\n    --- property \'self\' closes the circle"\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Object\'\\n    |     property \'x\' -> object with constructor \'Object\'\\n    |     property \'y\' -> object with constructor \'Object\'\\n    |     property \'z\' -> object with constructor \'Object\'\\n    --- property \'back\' closes the circle"\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Array\'\\n    |     index 1 -> object with constructor \'Object\'\\n    |     property \'k\' -> object with constructor \'Array\'\\n    --- index 0 closes the circle"\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Foo\'\\n    |     property \'me\' -> object with constructor \'Object\'\\n    --- property \'p\' closes the circle"\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Object\'\\n    |     property \'b\' -> object with constructor \'Object\'\\n    |     property \'c\' -> object with constructor \'Object\'\\n    |     ...\\n    |     property \'f\' -> object with constructor \'Object\'\\n    --- property \'g\' closes the circle"\nTypeError: "Converting circular structure to JSON\\n    --> starting at object with constructor \'Object\'\\n    --- property \'q\' closes the circle"\nTypeError: "Do not know how to serialize a BigInt"\nTypeError: "Do not know how to serialize a BigInt"\nok "{\\n  \\"a\\": [\\n    1,\\n    {\\n      \\"b\\": 2\\n    }\\n  ],\\n  \\"c\\": \\"x\\"\\n}"\nok "{\\n--\\"a\\": [\\n----1,\\n----{\\n------\\"b\\": 2\\n----}\\n--],\\n--\\"c\\": \\"x\\",\\n--\\"d\\": [],\\n--\\"e\\": {}\\n}"\nok "[null,null,null]"\nok "\\"\\\\u0001\\\\b\\\\f\\\\n\\\\r\\\\t\\\\\\"\\\\\\\\\x7f\u2028\\\\ud800\\""\nok undefined\nok "{\\"a\\":1,\\"c\\":{\\"a\\":5}}"\nok "{\\"a\\":2,\\"b\\":\\"x\\"}"\nok "{}"\nTypeError: "Do not know how to serialize a BigInt"\n',
}


def _run_engine(source: str):
    from explorer.engine import run_source

    return run_source(source)


def _run_node(source: str, tmp_path: Path) -> str:
    js = tmp_path / "program.js"
    js.write_text(source, encoding="utf-8")
    p = subprocess.run([shutil.which("node"), str(TOOLS / "node_script.js"), str(js)],
                       capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert p.returncode == 0, p.stderr
    return p.stdout


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_matches_node(name, tmp_path):
    source = PROGRAMS[name]
    result = _run_engine(source)
    assert result.stderr == ""
    assert result.exit_code == 0
    if shutil.which("node") is not None:
        assert result.stdout == _run_node(source, tmp_path)
    elif EXPECTED[name].startswith("sha256:"):
        digest = hashlib.sha256(result.stdout.encode()).hexdigest()
        assert "sha256:" + digest == EXPECTED[name], result.stdout[:2000]
    else:
        assert result.stdout == EXPECTED[name]
