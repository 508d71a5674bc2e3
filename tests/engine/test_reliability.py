"""Reliability: every kind of bad input ends with the message a user sees, and nothing crashes.

Nothing may escape as a Python exception from ``run_source``, ``Interpreter``
or ``closure-explorer run``. Each case states the exact text shown; where Node
is on PATH the same program is also run through the classic-script oracle
(tests/tools/node_script.js) and compared live, otherwise the literal (copied
from Node 20) is the reference.

Known, deliberate differences from Node are written next to the case:
- arrays are dense Python lists, so a valid length above 50,000,000 is refused
  with a RangeError of our own (V8 stores such arrays sparsely);
- a run has a memory budget (default 2 GB); going over it ends the run with
  "RangeError: Out of memory: ..." (V8 would abort the process);
- an unhandled rejection of a non-error is reported at the user's line, not at
  Node's internal ``node:internal/process/promises`` line;
- for a few syntax errors the caret stands a token later than V8's
  (``SYNTAX_V8_COLUMN`` lists them).
"""
from __future__ import annotations

import concurrent.futures
import importlib.util
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from explorer.engine import Interpreter, JSSyntaxError, NotSupported, parse, run_source

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("reliability_oracle", ROOT / "tests" / "tools" / "make_expected.py")
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)
NODE = oracle.node_executable()
needs_node = pytest.mark.skipif(NODE is None, reason="node is not on PATH")


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``closure-explorer ARGS`` in a fresh interpreter (as a user runs it)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-c", "import sys; from explorer.cli import main; sys.exit(main())", *args],
                          capture_output=True, text=True, timeout=timeout, cwd=str(ROOT), env=env)


def _strip_frames(stderr: str) -> str:
    """An error report without its stack frames (``    at …``) and Node's version trailer."""
    lines = [ln for ln in stderr.split("\n") if not ln.startswith("    at ") and not ln.startswith("Node.js v")]
    return "\n".join(lines).rstrip("\n") + "\n"


def _node(tmp_path: Path, source: str, name: str = "prog.js") -> dict:
    p = tmp_path / name
    p.write_text(source, encoding="utf-8")
    rec = oracle.run_node(p)
    rec["stderr"] = rec["_stderr"].replace(str(p), name)
    return rec


# ====================================================================== syntax errors
# (source, V8's message, line, column) -- the column is ours, 0-based; see SYNTAX_V8_COLUMN
SYNTAX_CASES = [
    ('let s = "abc\nconsole.log(s);', "Invalid or unexpected token", 1, 8),
    ("let s = 'abc", "Invalid or unexpected token", 1, 8),
    ("let t = `abc\nconsole.log(t);", "Unexpected end of input", 2, 15),
    ("let t = `a ${1 + 2} b", "Unexpected end of input", 1, 21),
    ("/* a comment that never ends\nlet x = 1;", "Invalid or unexpected token", 1, 0),
    ("let x = 1; /* ok */ /* not ok", "Invalid or unexpected token", 1, 20),
    ("let r = /abc(/;", "Invalid regular expression: /abc(/: Unterminated group", 1, 8),
    ("let r = /a)/;", "Invalid regular expression: /a)/: Unmatched ')'", 1, 8),
    ("let r = /[b-a]/;", "Invalid regular expression: /[b-a]/: Range out of order in character class", 1, 8),
    ("let r = /abc/gg;", "Invalid regular expression flags", 1, 8),
    ("let r = /abc/x;", "Invalid regular expression flags", 1, 8),
    ("let r = /abc\n/;", "Invalid regular expression: missing /", 1, 8),
    ("function f() {\n  return 1;\n}\n}", "Unexpected token '}'", 4, 0),
    ("let a = [1, 2, 3;", "Unexpected token ';'", 1, 16),
    ("if (x {\n}", "Unexpected token '{'", 1, 6),
    ("let let = 1;", "let is disallowed as a lexically bound name", 1, 4),
    ("var class = 2;", "Unexpected token 'class'", 1, 4),
    ("let enum = 3;", "Unexpected reserved word", 1, 4),
    ('"use strict";\nvar yield = 1;', "Unexpected strict mode reserved word", 2, 4),
    ("let a = 1;\nlet a = 2;", "Identifier 'a' has already been declared", 2, 4),
    ("const b = 1;\nvar b = 2;", "Identifier 'b' has already been declared", 2, 4),
    ("function f(x) {\n  let x = 2;\n}", "Identifier 'x' has already been declared", 2, 6),
    ("const c;", "Missing initializer in const declaration", 1, 6),
    ("x = 1 +;", "Unexpected token ';'", 1, 7),
    ('console.log("a" "b");', "missing ) after argument list", 1, 12),
    ("foo(1, 2;", "missing ) after argument list", 1, 7),
    ("let obj = { a: 1 b: 2 };", "Unexpected identifier 'b'", 1, 17),
    ("function f() {\n  let x = 1;\n", "Unexpected end of input", 3, 0),
    ("return 5;", "Illegal return statement", 1, 0),
    ("break;", "Illegal break statement", 1, 0),
    ("continue;", "Illegal continue statement: no surrounding iteration statement", 1, 0),
    ("function g() { await 1; }", "await is only valid in async functions and the top level bodies of modules", 1, 15),
    ('throw\nnew Error("x");', "Illegal newline after throw", 1, 0),
    ("try { }\nconsole.log(1);", "Missing catch or finally after try", 1, 7),
    ("let x = 0x;", "Invalid or unexpected token", 1, 8),
    ('let s = "\\u{zz}";', "Invalid Unicode escape sequence", 1, 12),
    ('import x from "y";', "Cannot use import statement outside a module", 1, 0),
    ("console.log(import.meta);", "Cannot use 'import.meta' outside a module", 1, 19),
    ("export const a = 1;", "Unexpected token 'export'", 1, 0),
    ("class A { constructor() {} constructor() {} }", "A class may only have one constructor", 1, 27),
    ("class A { m() { super(); } }", "'super' keyword unexpected here", 1, 16),
    ("new.target", "new.target expression is not allowed here", 1, 4),
    ("function () {}", "Function statements require a function name", 1, 0),
    ("x = `a ${1 +} b`;", "Unexpected token '}'", 1, 12),      # esprima itself trips on an assertion here
    ("let o = {a: 1,, b: 2};", "Unexpected token ','", 1, 14),
    ("let 1a = 3;", "Invalid or unexpected token", 1, 4),
    ("function* h() { yield = 1 }", "Unexpected token '='", 1, 22),
    ('"use strict"; with (a) {}', "Strict mode code may not include a with statement", 1, 14),
    ('"use strict"; delete x;', "Delete of an unqualified identifier in strict mode.", 1, 22),
    ("1 = 2;", "Invalid left-hand side in assignment", 1, 0),
    ("let x = -2 ** 2;", "Unary operator used immediately before exponentiation expression. "
                         "Parenthesis must be used to disambiguate operator precedence", 1, 11),
    ("let [a, b = ] = [];", "Unexpected token ']'", 1, 12),
    ("label: label: ;", "Label 'label' has already been declared", 1, 13),
    ("switch (x) { default: ; default: ; }", "More than one default clause in switch statement", 1, 34),
    ("let é = 1; ¤", "Invalid or unexpected token", 1, 11),
]
# Where V8's caret stands elsewhere (same message and line). None: V8 prints no caret
# (the error is at the end of the input or spans lines).
SYNTAX_V8_COLUMN = {
    "let t = `abc\nconsole.log(t);": None,
    "let t = `a ${1 + 2} b": None,
    "/* a comment that never ends\nlet x = 1;": None,
    "function f() {\n  let x = 1;\n": None,
    "try { }\nconsole.log(1);": 6,
    '"use strict"; delete x;': 21,
    "let x = -2 ** 2;": 8,
    "label: label: ;": 7,
    "switch (x) { default: ; default: ; }": 24,
    "let é = 1; ¤": None,
}


def _syntax_id(case) -> str:
    return re.sub(r"\W+", "_", case[0])[:40].strip("_") or "empty"


@pytest.mark.parametrize("case", SYNTAX_CASES, ids=[_syntax_id(c) for c in SYNTAX_CASES])
def test_syntax_error_message_and_place(case):
    source, message, line, column = case
    with pytest.raises(JSSyntaxError) as info:
        parse(source)
    err = info.value
    assert (err.message, err.line, err.column) == (message, line, column)
    result = run_source(source, filename="prog.js")
    assert result.outcome == "syntax-error" and result.exit_code == 1
    assert result.stdout == ""
    assert result.error == f"SyntaxError: {message}"
    assert (result.error_line, result.error_column) == (line, column)
    src_line = source.split("\n")[line - 1]
    assert result.stderr == f"prog.js:{line}\n{src_line}\n{' ' * column}^\n\nSyntaxError: {message}\n"


@needs_node
def test_syntax_errors_agree_with_node(tmp_path):
    """Message and line as V8 reports them; the caret too, except the listed differences."""
    def node_report(i_case):
        i, (source, *_rest) = i_case
        p = tmp_path / f"syntax{i}.js"
        p.write_text(source, encoding="utf-8")
        lines = oracle.run_node(p)["_stderr"].splitlines()
        line = int(lines[0].rsplit(":", 1)[1])
        caret = lines[2] if len(lines) > 2 else ""
        col = caret.index("^") if "^" in caret else None
        msg = next(ln for ln in lines if ln.startswith("SyntaxError: "))[len("SyntaxError: "):]
        return msg, line, col

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        reports = list(pool.map(node_report, enumerate(SYNTAX_CASES)))
    wrong = []
    for (source, message, line, column), got in zip(SYNTAX_CASES, reports):
        v8_col = SYNTAX_V8_COLUMN.get(source, column)
        if got != (message, line, v8_col):
            wrong.append(f"{source!r}: node says {got}, the table says {(message, line, v8_col)}")
    assert not wrong, "\n".join(wrong)


def test_function_constructor_syntax_errors():
    """Function(...) bodies are parsed at run time: their SyntaxErrors are catchable JavaScript errors."""
    src = r"""
for (const args of [["return 1 +"], ["}), (function(){"], ["a", "}"], ["a b", "return 1"], ["a", "return a * 2"]]) {
  try { const f = Function(...args); console.log("ok", f(21)); }
  catch (e) { console.log(e.name + ": " + e.message); }
}
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ("SyntaxError: Unexpected token '}'\n"
                        "SyntaxError: Single function literal required\n"
                        "SyntaxError: Unexpected token '}'\n"
                        "SyntaxError: Unexpected identifier 'b'\n"      # V8: Arg string terminates parameters early
                        "ok 42\n")


# ====================================================================== programs that are not quite programs
@pytest.mark.parametrize("source", ["", "   \n\n\t\n", "// only a comment\n", "/* a block\n   comment */\n",
                                    "#!/usr/bin/env node\n", "\ufeff", ";;;\n", "{}\n", "'use strict';\n"],
                         ids=["empty", "blank", "line-comment", "block-comment", "hashbang", "bom", "semicolons",
                              "block", "directive"])
def test_programs_that_do_nothing(source):
    r = run_source(source)
    assert (r.stdout, r.stderr, r.exit_code, r.outcome, r.error) == ("", "", 0, "completed", None)


def test_hashbang_and_crlf_lines():
    r = run_source("#!/usr/bin/env node\r\nconsole.log(1);\r\nconsole.log(2);\r\n")
    assert (r.stdout, r.exit_code) == ("1\n2\n", 0)


# ====================================================================== files
def _read_source():
    try:
        from explorer.files import FileProblem, read_source
    except ImportError:  # older layout: the reader lived in the CLI
        from explorer.cli import read_source
        FileProblem = ValueError
    return read_source, FileProblem


def _bad_files(tmp_path: Path) -> dict:
    files = {
        "binary.js": b"\x7fELF\x02\x01\x01\x00\x00\x00binary",
        "latin1.js": 'let s = "caf\xe9";\n'.encode("latin-1"),
        "huge.js": b"// " + b"x" * (10 * 1024 * 1024) + b"\n",
    }
    paths = {}
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        paths[name] = p
    paths["missing.js"] = tmp_path / "missing.js"
    (tmp_path / "folder.js").mkdir()
    paths["folder.js"] = tmp_path / "folder.js"
    return paths


@pytest.mark.parametrize("name, words", [
    ("binary.js", "binary"),
    ("latin1.js", "UTF-8"),
    ("huge.js", "MB"),
    ("missing.js", "exist"),
    ("folder.js", "folder"),
])
def test_unreadable_files_are_refused_with_a_reason(tmp_path, name, words):
    read_source, FileProblem = _read_source()
    path = _bad_files(tmp_path)[name]
    with pytest.raises((FileProblem, OSError, ValueError)) as info:
        read_source(str(path))
    assert words in str(info.value) and name in str(info.value)
    for command, extra in (("run", ()), ("trace", ()), ("export", ("--out", str(tmp_path / "d.png")))):
        cli = _cli(command, str(path), *extra)
        assert cli.returncode == 2, cli.stderr
        assert cli.stdout == ""
        assert cli.stderr.startswith(f"closure-explorer {command}: ") and name in cli.stderr and words in cli.stderr
        assert "Traceback" not in cli.stderr and len(cli.stderr.splitlines()) == 1


def test_a_100000_line_file(tmp_path):
    """Read in full and run. (Real code that long takes esprima-fork ~30 s to parse: here the lines are comments.)"""
    read_source, _ = _read_source()
    p = tmp_path / "long.js"
    p.write_text("".join(f"// line {i}\n" for i in range(1, 100_000)) + "console.log('line 100000');\n",
                 encoding="utf-8")
    text = read_source(str(p))
    assert text.count("\n") == 100_000
    cli = _cli("run", str(p))
    assert (cli.returncode, cli.stdout, cli.stderr) == (0, "line 100000\n", "")


def test_a_file_with_a_bom_and_crlf_runs(tmp_path):
    p = tmp_path / "windows.js"
    p.write_bytes(b"\xef\xbb\xbfconsole.log('hi');\r\nconsole.log(`a\r\nb`);\r\n")
    cli = _cli("run", str(p))
    assert (cli.returncode, cli.stdout, cli.stderr) == (0, "hi\na\nb\n", "")


# ====================================================================== step limit and cancel
def test_infinite_loop_stops_at_the_step_limit_and_names_the_line():
    src = "console.log('start');\nlet i = 0;\nwhile (true) {\n  i++;\n}\n"
    r = run_source(src, max_steps=5_000)
    assert r.outcome == "step-limit" and r.exit_code == 3
    assert r.stdout == "start\n"
    assert r.error == "Stopped after 5,000 steps: the program may never finish (it was running line 4)."
    assert r.stderr == r.error + "\n"
    assert r.error_line == 4


@pytest.mark.parametrize("source", [
    "for (;;) {}",
    "while (true);",
    "do ; while (1)",
    "l: while (true) { continue l }",
    "function f() {} for (;;) f()",                      # empty bodies count as steps
    "setInterval(() => {}, 1)",                          # event-loop turns count as steps
    "setInterval(Math.random, 1)",                       # ... even with a built-in callback
    "setInterval(setTimeout, 0, () => {})",
    "const f = () => Promise.resolve().then(f); f()",    # a microtask loop
    "(async () => { while (true) await null })()",
    "const it = { [Symbol.iterator]() { return { next: () => ({ done: false }) } } }; for (const x of it) {}",
    "const s = new Set([1]); for (const x of s) { s.delete(x); s.add(x + 1) }",
    "const a = [1]; for (const x of a) a.push(x)",
    "const o = { get x() { return this.x + 1 } }; try { o.x } catch (e) {} for (;;) o.y",
])
def test_every_kind_of_endless_program_stops(source):
    t0 = time.monotonic()
    r = run_source(source, max_steps=20_000)
    assert r.outcome == "step-limit" and r.exit_code == 3, (r.outcome, r.stderr)
    assert r.error.startswith("Stopped after 20,000 steps: the program may never finish (it was running line 1")
    assert time.monotonic() - t0 < 30


def test_cli_max_steps(tmp_path):
    p = tmp_path / "loop.js"
    p.write_text("let n = 0;\nwhile (true) n++;\n", encoding="utf-8")
    cli = _cli("run", str(p), "--max-steps", "2000")
    assert cli.returncode == 3
    assert cli.stdout == ""
    assert cli.stderr == "Stopped after 2,000 steps: the program may never finish (it was running line 2).\n"


@pytest.mark.parametrize("source", [
    "while (true) {}",
    "function f() {} for (;;) f()",
    "setInterval(() => {}, 0)",
    "const f = () => Promise.resolve().then(f); f()",
    "Array.prototype.forEach.call({ length: 2 ** 32 - 1 }, () => {})",   # a loop inside a built-in
])
def test_cancel_from_another_thread(source):
    cancel = threading.Event()
    interp = Interpreter(source, cancel=cancel, max_steps=10**12)
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    t0 = time.monotonic()
    try:
        r = interp.run()
    finally:
        timer.cancel()
    assert r.outcome == "cancelled" and r.exit_code == 4 and r.error == "Cancelled."
    assert time.monotonic() - t0 < 10


def test_cancel_before_start_and_after_the_end():
    cancel = threading.Event()
    r = Interpreter("console.log(1)", cancel=cancel).run()
    assert r.outcome == "completed"
    cancel.set()   # setting it afterwards changes nothing
    assert r.stdout == "1\n"


# ====================================================================== the call stack
def test_infinite_recursion_is_a_catchable_range_error_deep_enough():
    src = """
let depth = 0;
function down() { depth++; down(); }
try { down(); } catch (e) { console.log(e instanceof RangeError, e.message, depth >= 10000); }
function a(n) { return b(n + 1); }
function b(n) { return a(n + 1); }
try { a(0); } catch (e) { console.log(String(e)); }
console.log("still running");
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ("true Maximum call stack size exceeded true\n"
                        "RangeError: Maximum call stack size exceeded\n"
                        "still running\n")


def test_uncaught_infinite_recursion():
    r = run_source("function f() {\n  return f();\n}\nf();\n", filename="prog.js")
    assert r.outcome == "uncaught-error" and r.exit_code == 1
    assert r.error == "RangeError: Maximum call stack size exceeded"
    assert _strip_frames(r.stderr) == "prog.js:2\n  return f();\n  ^\n\nRangeError: Maximum call stack size exceeded\n"


@pytest.mark.parametrize("source", [
    "function f() { [1].map(f); }",
    "const o = { get x() { return this.x; } }; function f() { o.x; }",
    "const o = { toString() { return `${this}`; } }; function f() { String(o); }",
    "class A { constructor() { new A(); } } function f() { new A(); }",
    "function f() { f.call(null); }",
    "function f() { f.apply(null, []); }",
    "const g = function () { h(); }; const h = g.bind(null); const f = h;",
    "function* gen() { yield* gen(); } function f() { [...gen()]; }",
    "function f() { JSON.parse('[1]', f); }",
    "function f() { [2, 1].sort(f); return 0; }",
    "function f() { return Reflect.apply(f, null, []); }",
    "const o = {}; o.valueOf = () => o + 1; function f() { o + 1; }",
    "function f(n) { try { return f(n + 1); } finally { } }",
])
def test_recursion_through_builtins_and_accessors(source):
    r = run_source(source + "\ntry { f(0); } catch (e) { console.log(e.name, e.message); }\n")
    assert (r.stdout, r.exit_code) == ("RangeError Maximum call stack size exceeded\n", 0), r.stderr


def test_deep_data_does_not_crash_the_printer():
    src = """
let o = {}; let cur = o;
for (let i = 0; i < 20000; i++) { cur.next = {}; cur = cur.next; }
console.log(o);
const nested = "[".repeat(50000) + "]".repeat(50000);
console.log(JSON.parse(nested).length);
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == "{ next: { next: { next: [Object] } } }\n1\n"


# ====================================================================== huge arrays and strings, memory
def test_array_lengths():
    src = """
for (const make of [() => new Array(2 ** 32), () => new Array(-1), () => new Array(1.5),
                    () => { const a = []; a.length = 2 ** 32; }, () => { [].length = -1; }]) {
  try { make(); console.log("made"); } catch (e) { console.log(String(e)); }
}
console.log(new Array(5).length, [].concat(new Array(3)).length);
const big = new Array(1e6); big[999999] = 1; console.log(big.length);
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ("RangeError: Invalid array length\n" * 5) + "5 3\n1000000\n"


def test_arrays_larger_than_the_engine_can_hold():
    """V8 keeps `new Array(1e9)` sparsely; our arrays are dense, so valid lengths above 50M are refused."""
    src = """
for (const make of [() => new Array(1e9), () => { const a = []; a.length = 4e9; }, () => { const a = []; a[6e7] = 1; },
                    () => [].concat({ length: 6e7, [Symbol.isConcatSpreadable]: true })]) {
  try { make(); console.log("made"); } catch (e) { console.log(e instanceof RangeError, e.message); }
}
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == (
        "true Array length 1,000,000,000 is more than Closure Explorer can hold (at most 50,000,000 elements)\n"
        "true Array length 4,000,000,000 is more than Closure Explorer can hold (at most 50,000,000 elements)\n"
        "true Array length 60,000,001 is more than Closure Explorer can hold (at most 50,000,000 elements)\n"
        "true Array length 60,000,000 is more than Closure Explorer can hold (at most 50,000,000 elements)\n")


def test_string_length_limit_is_v8s():
    src = """
let s = "x";
try { for (let i = 0; i < 40; i++) s += s; } catch (e) { console.log(String(e), s.length); }
let t = "y";
try { for (let i = 0; i < 40; i++) t = `${t}${t}`; } catch (e) { console.log(String(e), t.length); }
try { "ab".repeat(2 ** 28); } catch (e) { console.log(String(e)); }
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ("RangeError: Invalid string length 268435456\n"
                        "RangeError: Invalid string length 268435456\n"
                        "RangeError: Invalid string length\n")


@pytest.mark.parametrize("source, line", [
    ("const a = new Array(40_000_000).fill(0);\nconsole.log(a.length);\n", 1),
    ("const keep = [];\nwhile (true) keep.push(new Array(1000).fill(1));\n", 2),
    ("const keep = [];\nfor (let i = 0; ; i++) keep.push(new Array(1e6));\n", 2),
    ("let s = 'ab';\nconst keep = [];\nwhile (true) { s = s + s.slice(0, 1000) + 'x'; keep.push(s); }\n", 3),
    ("const big = 'x'.repeat(3e8);\n", 1),
    ("const big = 'ab'.padStart(4e8, '-');\n", 1),
])
def test_memory_budget_ends_the_run_with_a_clear_message(source, line):
    r = run_source(source, filename="prog.js", max_steps=10**9, max_heap_mb=64)
    assert r.outcome == "uncaught-error" and r.exit_code == 1
    assert r.error == ("RangeError: Out of memory: the program needs more than 64 MB, "
                       f"the most Closure Explorer gives a run (it was running line {line})")
    assert r.stderr.endswith("\n\n" + r.error + "\n") and r.stderr.startswith(f"prog.js:{line}\n")
    assert r.error_line == line


def test_memory_budget_is_not_catchable():
    src = "try {\n  const keep = [];\n  while (true) keep.push(new Array(1e5));\n} catch (e) {\n  console.log('caught');\n}\n"
    r = run_source(src, max_steps=10**9, max_heap_mb=64)
    assert r.stdout == "" and r.exit_code == 1 and "Out of memory" in r.error


def test_default_budget_lets_big_but_reasonable_programs_run():
    r = run_source("const a = new Array(10_000_000).fill(0);\nconst b = a.slice(0, 100000).map((x, i) => i);\n"
                   "console.log(a.length, b[99999]);", max_steps=10**8)
    assert (r.stdout, r.exit_code) == ("10000000 99999\n", 0), r.stderr


# ====================================================================== throwing things that are not errors
# name: (source, stdout, exit code, stderr without stack frames) -- Node 20's output
THROWN = {
    "string": ('console.log("before");\nthrow "a string";\n', "before\n", 1,
               '\nprog.js:2\nthrow "a string";\n^\na string\n'
               "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "number": ("throw 42;\n", "", 1, "\nprog.js:1\nthrow 42;\n^\n42\n"
               "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "negative_zero": ("throw -0;\n", "", 1, "\nprog.js:1\nthrow -0;\n^\n0\n"
                      "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "bigint": ("throw 10n;\n", "", 1, "\nprog.js:1\nthrow 10n;\n^\n10\n"
               "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "undefined": ("throw undefined;\n", "", 1, "\nprog.js:1\nthrow undefined;\n^\nundefined\n"
                  "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "null": ("throw null;\n", "", 1, "\nprog.js:1\nthrow null;\n^\nnull\n"
             "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "empty_string": ('throw "";\n', "", 1, '\nprog.js:1\nthrow "";\n^\n\n'
                     "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "symbol": ('throw Symbol("s");\n', "", 1, '\nprog.js:1\nthrow Symbol("s");\n^\n\n'
               "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "multiline_string": ('throw "two\\nlines";\n', "", 1, '\nprog.js:1\nthrow "two\\nlines";\n^\ntwo\nlines\n'
                         "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"),
    "object": ('throw { a: 1, b: "x" };\n', "", 1, "prog.js:1\nthrow { a: 1, b: \"x\" };\n^\n\n{ a: 1, b: 'x' }\n"),
    "array": ("throw [1, 2, 3];\n", "", 1, "prog.js:1\nthrow [1, 2, 3];\n^\n\n[ 1, 2, 3 ]\n"),
    "function": ("throw function foo() {};\n", "", 1, "prog.js:1\nthrow function foo() {};\n^\n\n[Function: foo]\n"),
    "null_prototype": ("throw Object.create(null);\n", "", 1,
                       "prog.js:1\nthrow Object.create(null);\n^\n\n[Object: null prototype] {}\n"),
    "error_without_stack": ('const e = new Error("no stack");\ndelete e.stack;\nthrow e;\n', "", 1,
                            "prog.js:3\nthrow e;\n^\n\n[Error: no stack]\n"),
    "error_renamed": ('const e = new Error("x");\ne.name = "Renamed";\nthrow e;\n', "", 1,
                      "prog.js:3\nthrow e;\n^\n\nRenamed: x\n"),
    "error_extra_props": ('class MyErr extends Error {\n  constructor(m) { super(m); this.name = "MyErr"; this.code = 7; }\n'
                          '}\nthrow new MyErr("custom");\n', "", 1,
                          'prog.js:4\nthrow new MyErr("custom");\n^\n\nMyErr: custom\n  code: 7\n}\n'),
    "error_empty_message": ('throw new Error("");\n', "", 1, 'prog.js:1\nthrow new Error("");\n^\n\nError\n'),
    "error_stack_number": ('const e = new Error("x");\ne.stack = 5;\nthrow e;\n', "", 1,
                           "prog.js:3\nthrow e;\n^\n\n[5]\n"),
    "object_throwing_tostring": ('throw { toString() { throw new Error("no"); } };\n', "", 1,
                                 'prog.js:1\nthrow { toString() { throw new Error("no"); } };\n^\n\n'
                                 "{ toString: [Function: toString] }\n"),
}


@pytest.mark.parametrize("name", list(THROWN))
def test_uncaught_values_print_as_node_prints_them(name):
    source, stdout, code, stderr = THROWN[name]
    r = run_source(source, filename="prog.js")
    assert (r.stdout, r.exit_code, r.outcome) == (stdout, code, "uncaught-error")
    assert _strip_frames(r.stderr) == stderr


@needs_node
def test_uncaught_values_table_is_nodes(tmp_path):
    wrong = []
    for name, (source, stdout, code, stderr) in THROWN.items():
        rec = _node(tmp_path, source)
        got = (rec["stdout"], rec["exit_code"], _strip_frames(rec["stderr"]))
        if got != (stdout, code, stderr):
            wrong.append(f"{name}: node prints {got!r}")
    assert not wrong, "\n".join(wrong)


def test_error_with_a_throwing_name_getter_is_reported_without_running_it():
    """Node itself prints almost nothing here; the run must simply end cleanly without calling the getter again."""
    src = 'const e = new Error("x");\nObject.defineProperty(e, "name", { get() { throw new Error("boom"); } });\nthrow e;\n'
    r = run_source(src, filename="prog.js")
    assert r.exit_code == 1 and r.outcome == "uncaught-error"
    assert _strip_frames(r.stderr) == "prog.js:3\nthrow e;\n^\n\n[Error: x]\n"
    src = 'const e = new Error("x");\nObject.defineProperty(e, "message", { get() { while (true) {} } });\nthrow e;\n'
    r = run_source(src, max_steps=10_000)
    assert r.exit_code == 1 and r.outcome == "uncaught-error"


# ====================================================================== errors in callbacks, timers, promises
UNHANDLED = ("UnhandledPromiseRejection: This error originated either by throwing inside of an async function without "
             "a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with "
             "the reason ")
# name: (source, stdout, exit code, the key line of the report) -- Node 20's output
ASYNC_AND_CALLBACKS = {
    "map_callback": ('const r = [1, 2, 3].map(x => {\n  if (x === 2) throw new TypeError("bad " + x);\n  return x;\n});\n',
                     "", 1, "TypeError: bad 2"),
    "forEach_null_property": ("[1, 2].forEach(function (x) {\n  console.log(x);\n  null.foo;\n});\n",
                              "1\n", 1, "TypeError: Cannot read properties of null (reading 'foo')"),
    "sort_comparator": ('[3, 1, 2].sort((a, b) => {\n  throw new Error("cmp");\n});\n', "", 1, "Error: cmp"),
    "reduce_caught": ('try {\n  [1, 2].reduce((a, b) => { throw new RangeError("in reduce"); });\n} catch (e) {\n'
                      '  console.log("caught", e.name, e.message);\n}\n', "caught RangeError in reduce\n", 0, None),
    "json_reviver": ('JSON.parse("[1]", (k, v) => { throw new SyntaxError("reviver"); });\n', "", 1,
                     "SyntaxError: reviver"),
    "getter": ('const o = { get x() { throw new Error("getter"); } };\nconsole.log("start");\no.x;\n',
               "start\n", 1, "Error: getter"),
    "tostring_in_template": ('const o = { toString() { throw new Error("toString"); } };\nconsole.log(`${o}`);\n',
                             "", 1, "Error: toString"),
    "iterator_next": ('const it = { [Symbol.iterator]() { return { next() { throw new Error("next"); } }; } };\n'
                      "for (const x of it) {}\n", "", 1, "Error: next"),
    "timer": ('setTimeout(() => {\n  throw new Error("in timer");\n}, 0);\nconsole.log("after");\n',
              "after\n", 1, "Error: in timer"),
    "timer_order": ('setTimeout(() => console.log("t1"), 0);\nsetTimeout(() => { throw new Error("t2"); }, 0);\n'
                    'setTimeout(() => console.log("t3"), 0);\n', "t1\n", 1, "Error: t2"),
    "interval_error": ('let n = 0;\nsetInterval(() => {\n  n++;\n  console.log("tick", n);\n'
                       '  if (n === 3) throw new Error("stop");\n}, 10);\n', "tick 1\ntick 2\ntick 3\n", 1, "Error: stop"),
    "then_callback": ('Promise.resolve(1).then(v => {\n  console.log("got", v);\n  throw new Error("in then");\n});\n',
                      "got 1\n", 1, "Error: in then"),
    "rejection_error": ('Promise.reject(new Error("rejected"));\nconsole.log("sync done");\n',
                        "sync done\n", 1, "Error: rejected"),
    "rejection_string": ('Promise.reject("plain string");\n', "", 1, UNHANDLED + '"plain string".'),
    "rejection_number": ("Promise.reject(42);\n", "", 1, UNHANDLED + '"42".'),
    "rejection_object": ("Promise.reject({ a: 1 });\n", "", 1, UNHANDLED + '"#<Object>".'),
    "rejection_array": ("Promise.reject([1, 2]);\n", "", 1, UNHANDLED + '"[object Array]".'),
    "rejection_undefined": ("Promise.reject();\n", "", 1, UNHANDLED + '"undefined".'),
    "rejection_class_instance": ("class Foo {}\nPromise.reject(new Foo());\n", "", 1, UNHANDLED + '"#<Foo>".'),
    "rejection_function": ("Promise.reject(function f() { return 1; });\n", "", 1,
                           UNHANDLED + '"function f() { return 1; }".'),
    "async_throw": ('async function f() {\n  await null;\n  throw new RangeError("async bad");\n}\nf();\n'
                    'console.log("called");\n', "called\n", 1, "RangeError: async bad"),
    "rejection_handled_later": ('const p = Promise.reject(new Error("late"));\n'
                                'setTimeout(() => p.catch(e => console.log("caught", e.message)), 0);\n',
                                "", 1, "Error: late"),
    "rejection_handled_same_tick": ('const p = Promise.reject(new Error("soon"));\n'
                                    'Promise.resolve().then(() => p.catch(e => console.log("caught", e.message)));\n',
                                    "caught soon\n", 0, None),
    "rejection_after_output": ('console.log(1);\nPromise.resolve().then(() => console.log(2));\n'
                               'Promise.reject(new Error("x"));\nsetTimeout(() => console.log("never"), 0);\n',
                               "1\n2\n", 1, "Error: x"),
    "new_promise_executor": ('new Promise(() => { throw new TypeError("executor"); });\n', "", 1, "TypeError: executor"),
    "await_rejection_caught": ('(async () => {\n  try { await Promise.reject(new Error("r")); } catch (e) { '
                               'console.log("caught", e.message); }\n})();\n', "caught r\n", 0, None),
    "finally_rethrow": ('try {\n  throw new Error("first");\n} finally {\n  console.log("finally runs");\n}\n',
                        "finally runs\n", 1, "Error: first"),
    "error_in_catch": ("try {\n  null.x;\n} catch (e) {\n  console.log(e.message);\n  undefined.y;\n}\n",
                       "Cannot read properties of null (reading 'x')\n", 1,
                       "TypeError: Cannot read properties of undefined (reading 'y')"),
    "throw_in_microtask_then_timer": ('queueMicrotask(() => { throw new Error("micro"); });\n'
                                      'setTimeout(() => console.log("timer"), 0);\n', "", 1, "Error: micro"),
}


@pytest.mark.parametrize("name", list(ASYNC_AND_CALLBACKS))
def test_errors_in_callbacks_timers_and_promises(name):
    source, stdout, code, key_line = ASYNC_AND_CALLBACKS[name]
    r = run_source(source, filename="prog.js")
    assert (r.stdout, r.exit_code) == (stdout, code), r.stderr
    if key_line is None:
        assert r.stderr == "" and r.outcome == "completed"
    else:
        assert r.outcome == "uncaught-error"
        assert key_line in r.stderr.splitlines(), r.stderr


@needs_node
def test_errors_in_callbacks_table_is_nodes(tmp_path):
    def one(item):
        name, (source, stdout, code, key) = item
        p = tmp_path / f"{name}.js"
        p.write_text(source, encoding="utf-8")
        rec = oracle.run_node(p)
        got = (rec["stdout"], rec["exit_code"], rec["error_line"])
        return None if got == (stdout, code, key) else f"{name}: node gives {got!r}"

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        wrong = [w for w in pool.map(one, ASYNC_AND_CALLBACKS.items()) if w]
    assert not wrong, "\n".join(wrong)


# ====================================================================== not supported yet
@pytest.mark.parametrize("source, what, line, column", [
    ('import("fs").then(m => m);\n', "dynamic import()", 1, 1),
    ("const p = new Proxy({}, {});\n", "Proxy", 1, 15),
    ("console.log(new Uint8Array(2));\n", "Uint8Array", 1, 17),
    ("console.log(structuredClone({ a: 1 }));\n", "structuredClone", 1, 13),
    ("const w = new WeakRef({});\n", "WeakRef", 1, 15),
    ('console.log(new Intl.NumberFormat("en").format(1));\n', "Intl", 1, 17),
])
def test_not_supported_yet(source, what, line, column):
    with pytest.raises(NotSupported) as info:
        Interpreter(source)
    assert str(info.value) == f"not supported yet: {what} (line {line}, column {column})"
    r = run_source(source)
    assert (r.stdout, r.exit_code, r.outcome) == ("", 2, "not-supported")
    assert r.stderr == f"not supported yet: {what} (line {line}, column {column})\n"


def test_not_supported_on_the_command_line(tmp_path):
    p = tmp_path / "with.js"
    p.write_text("console.log(1);\nimport('fs');\n", encoding="utf-8")
    cli = _cli("run", str(p))
    assert (cli.returncode, cli.stdout, cli.stderr) == (2, "", "not supported yet: dynamic import() (line 2, column 1)\n")


def test_things_node_has_that_a_script_does_not():
    """Classic scripts run by the oracle have no require/module; process is Node-only: all are absent here."""
    src = ("console.log(typeof require, typeof module, typeof exports, typeof __dirname, typeof process);\n"
           "try { require('fs'); } catch (e) { console.log(String(e)); }\n")
    r = run_source(src)
    assert r.stdout == ("undefined undefined undefined undefined undefined\n"
                        "ReferenceError: require is not defined\n")


# ====================================================================== the command line
@pytest.mark.parametrize("source, code, out, err_line", [
    ("console.log('ok');\n", 0, "ok\n", None),
    ("let x = ;\n", 1, "", "SyntaxError: Unexpected token ';'"),
    ("console.log('a');\nnull.x;\n", 1, "a\n", "TypeError: Cannot read properties of null (reading 'x')"),
    ('throw "raw";\n', 1, "", "raw"),
    ('Promise.reject("why");\n', 1, "", UNHANDLED + '"why".'),
])
def test_cli_run_reports_like_node(tmp_path, source, code, out, err_line):
    p = tmp_path / "prog.js"
    p.write_text(source, encoding="utf-8")
    cli = _cli("run", str(p))
    assert (cli.returncode, cli.stdout) == (code, out), cli.stderr
    assert "Traceback" not in cli.stderr
    if err_line is None:
        assert cli.stderr == ""
    else:
        assert oracle.error_line_from_stderr(cli.stderr) == err_line


# ====================================================================== nothing escapes
GARBAGE = [
    "\x00\x01\x02", "}}}}", "((((((((((", "[" * 2000, "{" * 2000, "(" * 3000 + ")" * 3000,
    "a" * 100_000, "'" + "x" * 100_000, "/" * 1000, "`${" * 500, "=>" * 100, "\\u0000", "\ud800",
    "let x = " + "[" * 1500 + "]" * 1500 + ";", "f" + "()" * 1500, "-" * 10000 + "1", "!" * 50000 + "0",
    "x" + ".y" * 20000, "a=" * 20000 + "1", "new " * 5000 + "X",
]


@pytest.mark.parametrize("source", GARBAGE, ids=[f"garbage{i}" for i in range(len(GARBAGE))])
def test_garbage_never_raises_a_python_exception(source):
    r = run_source(source, max_steps=100_000)
    assert r.outcome in ("completed", "uncaught-error", "syntax-error", "not-supported", "step-limit")
    assert r.exit_code in (0, 1, 2, 3)


def test_deep_nesting_after_a_run_does_not_crash_the_process():
    """Running a program once used to leave Python's recursion limit at 400,000 for every thread, so parsing
    deeply nested code afterwards on the caller's 8 MB stack killed the process (SIGSEGV)."""
    code = ("import sys\nfrom explorer.engine import run_source\n"
            "run_source('console.log(1)')\n"
            "assert sys.getrecursionlimit() < 10000, sys.getrecursionlimit()\n"
            "for src in ['[' * 50000 + ']' * 50000, '(' * 50000 + ')' * 50000, 'a=' * 30000 + '1']:\n"
            "    r = run_source(src, max_steps=100000)\n"
            "    print(r.outcome)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "not-supported\nnot-supported\ncompleted\n"
