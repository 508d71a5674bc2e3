"""Console entries run after the program in the same realm, and print what Node's REPL prints.

The oracle is ``node -i -e PROGRAM`` fed the same entries (tests/tools/node_repl.py); without
node, its stored answers (tests/engine/repl_expected.json, written by that tool) are used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from explorer.engine import Interpreter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import node_repl  # noqa: E402


@pytest.fixture(scope="module")
def expected() -> dict:
    if node_repl.node_executable() is None:
        return json.loads(node_repl.STORED.read_text(encoding="utf-8"))
    return {}


@pytest.mark.parametrize("case", sorted(node_repl.CASES))
def test_entries_print_what_nodes_repl_prints(case, expected):
    program, entries = node_repl.CASES[case]
    want = expected[case] if expected else node_repl.node_repl(program, entries)
    got = node_repl.ours(program, entries)
    assert len(want) == len(entries)
    for code, w, g in zip(entries, want, got):
        assert node_repl.normalise(g) == node_repl.normalise(w), f"entry {code!r}"


def _run(program: str, *entries: str):
    interp = Interpreter(program)
    interp.run()
    return interp, [interp.run_entry(e) for e in entries]


def test_a_call_that_prints_shows_its_output_then_undefined():
    _, (r,) = _run(open_sample("seed002_set_counter.js"), "increment()")
    assert r.printed == (("stdout", "4"), ("result", "undefined"))
    assert r.lines() == ["> increment()", "4", "undefined"] and not r.error


def test_an_entry_runs_after_an_uncaught_error_in_the_same_realm():
    interp, (r, s) = _run("let k = 1\nfunction inc() { return ++k }\nnull.x\nk = 100", "inc()", "k")
    assert interp.outcome == "uncaught-error"
    assert r.value == "2" and s.value == "2"       # the program stopped before k = 100


def test_errors_in_one_entry_do_not_stop_the_next():
    _, rs = _run("const o = { n: 1 }", "o.m()", "o.n", "o.n)", "o.n + 1")
    assert [r.error for r in rs] == [True, False, True, False]
    assert rs[0].value == "Uncaught TypeError: o.m is not a function"
    assert rs[2].value.startswith("Uncaught SyntaxError: ")
    assert rs[3].value == "2"


def test_timers_and_promises_an_entry_starts_run_to_completion_after_its_value():
    _, (r,) = _run("let n = 0", "setTimeout(() => { n++; console.log('late', n) }, 50); "
                                "Promise.resolve().then(() => console.log('soon')); n")
    assert r.printed == (("result", "0"), ("stdout", "soon"), ("stdout", "late 1"))


def test_an_async_function_entry_shows_a_pending_promise_then_its_output():
    _, (r, s) = _run("async function load() { await null; console.log('loaded'); return 7 }",
                     "load()", "load().then(v => console.log(v * 2))")
    assert r.printed == (("result", "Promise { <pending> }"), ("stdout", "loaded"))
    assert s.printed[1:] == (("stdout", "loaded"), ("stdout", "14"))


def test_a_job_that_throws_is_reported_and_the_others_still_run():
    _, (r,) = _run("", "setTimeout(() => { throw new RangeError('late') }, 1); "
                       "setTimeout(() => console.log('after'), 2); 1")
    assert r.printed[0] == ("result", "1")
    assert r.printed[1][0] == "error" and r.printed[1][1].startswith("Uncaught RangeError: late")
    assert r.printed[2] == ("stdout", "after") and r.error


def test_a_top_level_await_in_an_expression_shows_the_settled_value():
    """Node's REPL takes top-level await (its non-TTY transcript prints the value a line late, so this is
    not compared with node -i): the promise's value, after the jobs that settle it."""
    _, rs = _run("let slow = (v, ms) => new Promise(r => setTimeout(() => { console.log('tick'); r(v) }, ms))",
                 "await Promise.resolve(7)", "await slow(5, 10)", "let w", "w = await slow(2, 5)", "w + 1",
                 "await Promise.reject(new RangeError('no'))", "const v = await slow(1, 1)")
    assert [r.value for r in rs[:5]] == ["7", "5", "undefined", "2", "3"]
    assert rs[1].printed == (("stdout", "tick"), ("result", "5"))
    assert rs[5].error and rs[5].value.startswith("Uncaught RangeError: no")
    assert rs[6].error and "declare first" in rs[6].value


def test_multi_line_entries_and_their_stack_frames():
    _, (r, s) = _run("", "function twice(x) {\n  return x * 2\n}\ntwice(21)",
                     "function bad() {\n  throw new Error('no')\n}\nbad()")
    assert r.value == "42"
    assert s.value == "Uncaught Error: no\n    at bad (REPL2:2:9)"


def test_a_let_declared_by_the_program_cannot_be_declared_again_but_can_be_assigned():
    _, rs = _run("let score = 1", "let score = 2", "score = 3", "score")
    assert rs[0].value == "Uncaught SyntaxError: Identifier 'score' has already been declared"
    assert [r.value for r in rs[1:]] == ["3", "3"]


def test_a_declaration_that_throws_leaves_its_name_in_the_tdz():
    _, rs = _run("", "let q = nope", "q", "let q = 1")
    assert rs[0].value == "Uncaught ReferenceError: nope is not defined"
    assert rs[1].value == "Uncaught ReferenceError: Cannot access 'q' before initialization"
    assert rs[2].value == "Uncaught SyntaxError: Identifier 'q' has already been declared"


def test_an_endless_entry_stops_at_the_step_limit_and_later_entries_do_not_run():
    interp = Interpreter("let i = 0", max_steps=500)
    interp.run()
    r = interp.run_entry("while (true) { i++ }")
    assert r.error and r.value.startswith("Stopped after 500 steps")
    assert interp.run_entry("i").value.startswith("The program did not finish")


def test_an_entry_after_a_syntax_error_in_the_program_does_not_run():
    from explorer.engine import JSSyntaxError

    with pytest.raises(JSSyntaxError):
        Interpreter("let = ;")


def open_sample(name: str) -> str:
    return (node_repl.SAMPLES / name).read_text(encoding="utf-8")
