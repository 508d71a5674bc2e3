"""The Node oracle (tests/tools/node_script.js) behaves as the corpus assumes.

These tests need node on PATH and are skipped without it.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_TOOLS = Path(__file__).resolve().parent / "tools" / "make_expected.py"
_spec = importlib.util.spec_from_file_location("corpus_oracle_tools", _TOOLS)
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)

pytestmark = pytest.mark.skipif(oracle.node_executable() is None, reason="node is not on PATH")


def run(tmp_path: Path, source: str) -> dict:
    script = tmp_path / "prog.js"
    script.write_text(source, encoding="utf-8")
    return oracle.run_node(script)


def test_classic_script_globals(tmp_path):
    rec = run(
        tmp_path,
        "var v = 1; let l = 2; function f() { return this; }\n"
        "console.log(globalThis.v, globalThis.l, typeof globalThis.f, this === globalThis, f() === globalThis);\n"
        "console.log(typeof require, typeof module, typeof exports, typeof __dirname);\n",
    )
    assert rec["stdout"] == "1 undefined function true true\nundefined undefined undefined undefined\n"
    assert rec["exit_code"] == 0 and rec["error_line"] is None


def test_uncaught_error_prints_as_usual(tmp_path):
    rec = run(tmp_path, 'console.log("before");\nnull.x;\n')
    assert rec["stdout"] == "before\n"
    assert rec["exit_code"] == 1
    assert rec["error_line"] == "TypeError: Cannot read properties of null (reading 'x')"
    lines = rec["_stderr"].splitlines()
    assert lines[0].endswith("prog.js:2") and lines[1] == "null.x;" and lines[2].strip() == "^"


@pytest.mark.parametrize(
    "source, key_line",
    [
        ('throw "abc";\n', "abc"),
        ("throw {a: 1};\n", "{ a: 1 }"),
        ("function(){};\n", "SyntaxError: Function statements require a function name"),
        ('setTimeout(() => { throw new RangeError("late"); }, 5);\n', "RangeError: late"),
        ('Promise.reject(new Error("nope"));\n', "Error: nope"),
    ],
)
def test_error_line(tmp_path, source, key_line):
    rec = run(tmp_path, source)
    assert rec["exit_code"] == 1
    assert rec["error_line"] == key_line


def test_unhandled_non_error_rejection(tmp_path):
    rec = run(tmp_path, 'Promise.reject("why");\n')
    assert rec["exit_code"] == 1
    assert rec["error_line"].startswith("UnhandledPromiseRejection: ")
    assert rec["error_line"].endswith('reason "why".')


def test_virtual_timers_keep_node_order(tmp_path):
    rec = run(
        tmp_path,
        "const log = [];\n"
        "setTimeout(() => log.push('t30'), 30);\n"
        "setTimeout(() => { log.push('t0'); Promise.resolve().then(() => log.push('micro')); }, 0);\n"
        "setTimeout(() => log.push('t1'), 1);\n"
        "let n = 0; const id = setInterval(() => { log.push('i' + ++n); if (n === 3) clearInterval(id); }, 10);\n"
        "const gone = setTimeout(() => log.push('cleared'), 5); clearTimeout(gone);\n"
        "setTimeout(() => console.log(log.join(' '), typeof id), 100);\n",
    )
    assert rec["stdout"] == "t0 micro t1 i1 i2 t30 i3 number\n"
    assert rec["exit_code"] == 0
