"""Where an uncaught error is reported: the caret under the source line and the top stack frame.

Learners put our report beside Node's, so the position is V8's: the property of `o.x`, the `[`
of `o[k]`, the callee's name in a call, the operator of an assignment, the identifier that is
not defined. A failed read of a variable that is the first thing its statement does is reported where the
statement starts (V8 gives a statement's first bytecode the statement's position). The expected
positions were read from Node 20; with `node` on PATH they are
checked against it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from explorer.engine import run_source

PRELUDE = ("function g(a, b) { return a; }\n"
           "var o = null, u, n = 5, obj = {m: 1, f() { return this.q.r; }};\n")

# (line 3 of the program, V8's position of the error as line:column, 1-based)
CASES = [
    ("console.log(1, o.x);", "3:18"),
    ("var t = o.x.y;", "3:11"),
    ("var t = obj.nope.y;", "3:18"),
    ("var t = o[n];", "3:10"),
    ("obj.m();", "3:5"),
    ("obj.nope();", "3:5"),
    ("g(1)(2);", "3:5"),
    ("n();", "3:1"),
    ("var t = new n();", "3:9"),
    ("var t = couter + 1;", "3:9"),
    ("  var t = 1 +   couter;", "3:17"),
    ("let z = z + 1;", "3:9"),
    ("const k = 1; k = 2;", "3:16"),
    ("const c = 1; c += 1;", "3:16"),
    ("for (const x of n) {}", "3:17"),
    ("var {a} = null;", "3:6"),
    ("let [x] = n;", "3:11"),
    ("obj.f();", "2:58"),
    ("u.x = 1;", "3:5"),
    ("[...n];", "3:5"),
    ("g(o.x);", "3:5"),
    ("var t = `${o.x}`;", "3:14"),
    ("if (o.x) {}", "3:7"),
    ('function h() { "use strict"; undeclared = 1; } h();', "3:41"),
    ('g(1, (() => { throw new Error("boom"); })());', "3:21"),
    # a read that is its statement's first step is reported at the statement (or initializer) start
    ("u = later; let later = 1;", "3:1"),
    ("u = later.x + 1; let later = 1;", "3:1"),
    ("if (!later) {} let later = 1;", "3:1"),
    ("u = 1 + later; let later = 1;", "3:9"),
    ("var t = typeof later; let later = 1;", "3:9"),
    ("u = undeclared;", "3:1"),
    ("u = [1, ...undeclared];", "3:12"),   # the stack is the `new Error`'s...
    # a binary operation's own errors are reported at its operator
    ('var t = "a" in n;', "3:13"),
    ("var t = 1n + n;", "3:12"),
    ("var t = u instanceof n;", "3:11"),
    # a concise arrow body has no statement: a failed leading read is reported where the body is
    ("var f = () => later.x; f(); let later = 1;", "3:21"),
    ("var f = () => later + 1; f(); let later = 1;", "3:21"),
    ("var f = () => later; f(); let later = 1;", "3:15"),
    # a private method's brand check fails at the member, a private field's write at the `=`
    ("class P { #m() {} static c(x) { x.#m(); } } P.c(obj);", "3:35"),
    ("class W { #f = 1; static c(x) { x.#f = 2; } } W.c(obj);", "3:38"),
]
CARET = {'g(1, (() => { throw new Error("boom"); })());': 15}    # ...the caret the `throw`'s


def _position(stderr: str) -> tuple[str, int]:
    """(line:column of the top stack frame, caret column) of an uncaught error report."""
    lines = stderr.splitlines()
    frame = next(line for line in lines if line.startswith("    at "))
    where = re.search(r":(\d+:\d+)\)?$", frame).group(1)
    return where, lines[2].index("^") + 1


@pytest.mark.parametrize("line, expected", CASES, ids=[c[0] for c in CASES])
def test_error_is_reported_where_v8_reports_it(line: str, expected: str) -> None:
    result = run_source(PRELUDE + line + "\n", filename="main.js")
    assert result.exit_code == 1
    where, caret = _position(result.stderr)
    assert where == expected, result.stderr
    assert caret == CARET.get(line, int(expected.split(":")[1])), result.stderr
    assert result.error_line == int(expected.split(":")[0])


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_expected_positions_are_nodes(tmp_path) -> None:
    for line, expected in CASES:
        path = tmp_path / "main.js"
        path.write_text(PRELUDE + line + "\n", encoding="utf-8")
        done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30)
        assert _position(done.stderr) == (expected, CARET.get(line, int(expected.split(":")[1]))), \
            (line, done.stderr)


STACK_PROGRAM = """var obj = { f() { return [1].map(function () { return o.x; }); } };
var o = null;
class K { run() { return obj.f(); } static make() { return new K().run(); } }
var arrow = () => K.make();
function Outer() { this.v = arrow(); }
(function () { new Outer(); })();
"""
# Node 20's frames for STACK_PROGRAM, without the top-level one (Node wraps a file in a module
# function: `Object.<anonymous>`; a classic script's top level, as in DevTools, has no name)
STACK_FRAMES = [
    "at main.js:1:57",
    "at Array.map (<anonymous>)",
    "at Object.f (main.js:1:30)",
    "at K.run (main.js:3:30)",
    "at K.make (main.js:3:68)",
    "at arrow (main.js:4:21)",
    "at new Outer (main.js:5:29)",
    "at main.js:6:16",
]


def _frames(stderr: str, path: str) -> list[str]:
    return [line.strip().replace(path, "main.js") for line in stderr.splitlines() if line.startswith("    at ")]


def test_stack_frames_are_named_as_v8_names_them() -> None:
    """Methods as `Type.name`, constructors as `new F`, built-ins that called back (`Array.map`), anonymous
    functions by position only."""
    result = run_source(STACK_PROGRAM, filename="main.js")
    assert _frames(result.stderr, "main.js") == STACK_FRAMES + ["at main.js:6:31"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_stack_frames_are_nodes(tmp_path) -> None:
    path = tmp_path / "main.js"
    path.write_text(STACK_PROGRAM, encoding="utf-8")
    done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30)
    assert _frames(done.stderr, str(path))[:len(STACK_FRAMES)] == STACK_FRAMES


GENERATOR_PROGRAM = """function* gen() { yield 1; throw new Error("in gen"); }
function run() { const it = gen(); it.next(); it.next(); }
function* outer() { yield* gen(); }
try { run(); } catch (e) { console.log(e.stack); }
try { const it = outer(); it.next(); it.next(); } catch (e) { console.log(e.stack); }
var acc = { get name() { throw new Error("get"); }, set v(x) { throw new Error("set"); } }, key = "name";
try { var t = acc.name; } catch (e) { console.log(e.stack); }
try { t = acc[key]; } catch (e) { console.log(e.stack); }
try { acc.v = 1; } catch (e) { console.log(e.stack); }
var sum = 1 + { valueOf() { throw new Error("valueOf"); } };
"""
GENERATOR_STACKS = """Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at run (main.js:2:50)
    at main.js:4:7
Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at outer (main.js:3:28)
    at outer.next (<anonymous>)
    at main.js:5:41
Error: get
    at get name [as name] (main.js:6:32)
    at main.js:7:19
Error: get
    at get name [as name] (main.js:6:32)
    at main.js:8:14
Error: set
    at set v [as v] (main.js:6:70)
    at main.js:9:13
"""


def test_generator_frames_and_engine_callers_are_v8s() -> None:
    """A generator's frame is followed by `at gen.next (<anonymous>)` and the caller at its `.next`; the
    caller of a getter is at the property (`.name`, `[`), of a setter at the `=`, of a `valueOf` run by
    `+` at the `+`."""
    result = run_source(GENERATOR_PROGRAM, filename="main.js")
    assert result.stdout == GENERATOR_STACKS
    assert _frames(result.stderr, "main.js") == ["at Object.valueOf (main.js:10:35)", "at main.js:10:13"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_generator_stacks_are_nodes(tmp_path) -> None:
    path = tmp_path / "main.js"
    path.write_text(GENERATOR_PROGRAM, encoding="utf-8")
    done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30)
    top_level = re.sub(r"at Object\.<anonymous> \((main\.js:\d+:\d+)\)", r"at \1", done.stdout.replace(str(path), "main.js"))
    assert "".join(line for line in top_level.splitlines(keepends=True) if "node:" not in line) == GENERATOR_STACKS
    assert _frames(done.stderr, str(path))[:1] == ["at Object.valueOf (main.js:10:35)"]


COMBINED_PROGRAM = """async function t(n) { await null; if (n) throw new Error("t" + n); return n; }
async function all() { try { await Promise.all([t(0), t(1)]); } catch (e) { console.log(e.stack); } }
async function race() { try { await Promise.race([t(2)]); } catch (e) { console.log(e.stack); } }
all(); race();
"""
COMBINED_STACKS = """Error: t1
    at t (main.js:1:48)
    at async Promise.all (index 1)
    at async all (main.js:2:30)
Error: t2
    at t (main.js:1:48)
    at async race (main.js:3:31)
"""


def test_async_stack_goes_through_promise_all() -> None:
    """An async function whose promise Promise.all took is followed by `at async Promise.all (index n)`, then
    by the function awaiting Promise.all; Promise.race adds no frame of its own."""
    assert run_source(COMBINED_PROGRAM, filename="main.js").stdout == COMBINED_STACKS


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_combined_stacks_are_nodes(tmp_path) -> None:
    path = tmp_path / "main.js"
    path.write_text(COMBINED_PROGRAM, encoding="utf-8")
    done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30)
    assert "".join(line for line in done.stdout.replace(str(path), "main.js").splitlines(keepends=True)
                   if "node:" not in line) == COMBINED_STACKS


CONSTRUCTOR_PROGRAM = """class A { y = 1; z = this.boom(); boom() { throw new Error("A"); } }
class B extends A { constructor() { super(); } }
class C extends B {}
class D extends C { d = 1; }
class E { w = later.x; }
try { new C(); } catch (e) { console.log(e.stack); }
try { new D(); } catch (e) { console.log(e.stack); }
try { new E(); } catch (e) { console.log(e.stack); }
let later = 1;
"""
CONSTRUCTOR_STACKS = """Error: A
    at C.boom (main.js:1:50)
    at <instance_members_initializer> (main.js:1:27)
    at new A (main.js:1:1)
    at new B (main.js:2:37)
    at new C (main.js:3:1)
    at main.js:6:7
Error: A
    at D.boom (main.js:1:50)
    at <instance_members_initializer> (main.js:1:27)
    at new A (main.js:1:1)
    at new B (main.js:2:37)
    at new D (main.js:4:1)
    at main.js:7:7
ReferenceError: Cannot access 'later' before initialization
    at <instance_members_initializer> (main.js:5:21)
    at new E (main.js:5:1)
    at main.js:8:7
"""


def test_constructor_frames_are_v8s() -> None:
    """Field initializers run in `<instance_members_initializer>` under the constructor's frame (`new A`
    at the class when it has no constructor, a `super()` at its `super`); V8 leaves out the frame of a
    default derived constructor without fields that `super()` calls (C under D)."""
    assert run_source(CONSTRUCTOR_PROGRAM, filename="main.js").stdout == CONSTRUCTOR_STACKS


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_constructor_stacks_are_nodes(tmp_path) -> None:
    path = tmp_path / "main.js"
    path.write_text(CONSTRUCTOR_PROGRAM, encoding="utf-8")
    done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30)
    top_level = re.sub(r"at Object\.<anonymous> \((main\.js:\d+:\d+)\)", r"at \1", done.stdout.replace(str(path), "main.js"))
    assert "".join(line for line in top_level.splitlines(keepends=True) if "node:" not in line) == CONSTRUCTOR_STACKS


RESUMED_PROGRAM = """function* gen() { yield 1; throw new Error("in gen"); }
function* g2() { const it = gen();
  yield   *   it; }
try { const i = g2(); i.next(); i.next(); } catch (e) { console.log(e.stack); }
try { for (let [a, b] of [[1, 2]]) { for (var y of gen()) {} } } catch (e) { console.log(e.stack); }
try { [...gen()]; } catch (e) { console.log(e.stack); }
try { const [p, q] = gen(); } catch (e) { console.log(e.stack); }
try { Array.from(gen()); } catch (e) { console.log(e.stack); }
"""
# Node's stdout for RESUMED_PROGRAM (its top-level frames without `Object.<anonymous>`)
RESUMED_STACKS = """Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at g2 (main.js:3:3)
    at g2.next (<anonymous>)
    at main.js:4:35
Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at main.js:5:47
Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at main.js:6:11
Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at main.js:7:17
Error: in gen
    at gen (main.js:1:34)
    at gen.next (<anonymous>)
    at Function.from (<anonymous>)
    at main.js:8:13
"""


def test_generator_resumed_by_the_engine_has_v8s_caller() -> None:
    """The caller of a generator's next() is the `yield` of a yield* (the argument's call if it is one),
    a for-of's binding, the element of an array pattern, a built-in's frame (`Function.from`)."""
    assert run_source(RESUMED_PROGRAM, filename="main.js").stdout == RESUMED_STACKS


ACCESSOR_PROGRAM = """var o = { get g() { throw new Error("g"); }, set s(v) { throw new Error("s"); }, get s() { return 1; } };
function a() { var t = 1; o.g += 1; }
function b() { var t = 1; o.s += 1; }
function c() { var t = 1; o.s++; }
function d() { var t = 1; const { g } = o; }
function e() { var t = 1; console.log(o.g); }
function f() { var t = 1; return `${o.g}`; }
function h() { var t = 1; if (o.g) {} }
function i() { var t = 1; [o.s] = [1]; }
function j() { var t = 1; ({ s: o.s } = { s: 1 }); }
for (const fn of [a, b, c, d, e, f, h, i, j]) try { fn(); } catch (err) { console.log(err.stack.split("\\n").slice(0, 3).join(" | ")); }
"""
# Node's stdout for ACCESSOR_PROGRAM: the getter's or setter's frame and its caller's
ACCESSOR_STACKS = """Error: g |     at get g [as g] (main.js:1:27) |     at a (main.js:2:27)
Error: s |     at set s [as s] (main.js:1:63) |     at b (main.js:3:31)
Error: s |     at set s [as s] (main.js:1:63) |     at c (main.js:4:30)
Error: g |     at get g [as g] (main.js:1:27) |     at d (main.js:5:35)
Error: g |     at get g [as g] (main.js:1:27) |     at e (main.js:6:41)
Error: g |     at get g [as g] (main.js:1:27) |     at f (main.js:7:39)
Error: g |     at get g [as g] (main.js:1:27) |     at h (main.js:8:33)
Error: s |     at set s [as s] (main.js:1:63) |     at i (main.js:9:28)
Error: s |     at set s [as s] (main.js:1:63) |     at j (main.js:10:33)
"""


def test_accessor_callers_are_where_v8_puts_them() -> None:
    """A getter run by `o.g += 1` (or `o.g++`) has its caller at the statement, a setter run by it at
    the operator; one run by destructuring at the pattern's key or target."""
    assert run_source(ACCESSOR_PROGRAM, filename="main.js").stdout == ACCESSOR_STACKS


REJECTIONS = [
    # (program, V8's line:column of the report: where the rejecting error was made)
    ("const e = new Error('x');\nfunction later() {\n  return Promise.reject(e);\n}\nlater();\n", "1:11"),
    ("async function f() {\n  const err = new TypeError('bad');\n  await null;\n  throw err;\n}\nf();\n", "2:15"),
    ("async function f() {\n  await null;\n  null.x;\n}\nf();\n", "3:8"),
]


def _report_position(stderr: str) -> str:
    lines = stderr.splitlines()
    return f"{lines[0].rsplit(':', 1)[1]}:{lines[2].index('^') + 1}"


@pytest.mark.parametrize("program, expected", REJECTIONS, ids=[str(i) for i in range(len(REJECTIONS))])
def test_unhandled_rejection_is_reported_where_its_error_was_made(program: str, expected: str) -> None:
    result = run_source(program, filename="main.js")
    assert _report_position(result.stderr) == expected, result.stderr
    assert result.error_line == int(expected.split(":")[0])


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_rejection_positions_are_nodes(tmp_path) -> None:
    for program, expected in REJECTIONS:
        path = tmp_path / "main.js"
        path.write_text(program, encoding="utf-8")
        done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30)
        assert _report_position(done.stderr) == expected, (program, done.stderr)
