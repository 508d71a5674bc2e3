"""``trace --format opt`` keeps the rules of Python Tutor's trace format that its front-end relies on.

(tests/ui/test_opt_frontend.py steps the same traces in the front-end itself when it is at hand.)
"""

from __future__ import annotations

import re

import pytest
from trace_helpers import SAMPLES

from explorer.trace import record
from explorer.trace.export import TDZ_TEXT, to_opt

EVENTS = {"step_line", "call", "return", "exception", "uncaught_exception", "instruction_limit_reached"}


def _refs(value):
    if isinstance(value, list):
        if len(value) == 2 and value[0] == "REF":
            yield value[1]
        else:
            for v in value:
                yield from _refs(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _refs(v)


def _check(points: list[dict], source: str) -> None:
    lines = source.count("\n") + 1
    prev = None
    for k, p in enumerate(points):
        where = f"entry {k}: {p['event']} line {p['line']}"
        assert p["event"] in EVENTS, where
        assert 1 <= p["line"] <= lines, where                      # never 0, first and last entries too
        stack = p["stack_to_render"]
        highlighted = [f for f in stack if f["is_highlighted"]]
        assert len(highlighted) <= 1, where
        if highlighted:
            assert stack[-1] is highlighted[0], where                # the running frame is drawn last
            assert not highlighted[0]["is_zombie"], where
        ids = [f["frame_id"] for f in stack]
        assert len(set(ids)) == len(ids), where
        rest = [f["frame_id"] for f in stack if not f["is_highlighted"]]
        assert rest == sorted(rest), where                          # the others in the order they were made
        for f in stack:
            assert re.fullmatch(r"[A-Za-z0-9_]+", f["unique_hash"]), f["unique_hash"]
            assert sorted(f["ordered_varnames"]) == sorted(f["encoded_locals"]), where
            assert len(set(f["ordered_varnames"])) == len(f["ordered_varnames"]), where
        if p["event"] == "call":
            # the callee is on the stack, highlighted, and was not running at the entry before (unless that
            # entry was its own return: a generator or an async function paused and resumed at once)
            assert highlighted, where
            if prev is not None and prev["event"] != "return":
                before = [f for f in prev["stack_to_render"] if f["is_highlighted"]]
                assert not before or before[0]["frame_id"] != highlighted[0]["frame_id"], where
        if p["event"] == "return" and k < len(points) - 1:
            assert highlighted, where                                # the returning frame is still there
        if p["event"] in ("exception", "uncaught_exception", "instruction_limit_reached"):
            assert p["exception_msg"], where
        for ref in _refs([p["globals"], [f["encoded_locals"] for f in stack], p["heap"]]):
            assert str(ref) in p["heap"], (where, ref)
        assert "<" not in str([v for v in _refs_special(p)]), where
        assert p["ordered_globals"] == list(p["globals"]), where
        prev = p


def _refs_special(p):
    def walk(v):
        if isinstance(v, list):
            if len(v) == 2 and v[0] == "JS_SPECIAL_VAL":
                yield v[1]
            else:
                for x in v:
                    yield from walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                yield from walk(x)
    yield from walk([p["globals"], [f["encoded_locals"] for f in p["stack_to_render"]], p["heap"]])


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.js")), ids=lambda p: p.stem)
def test_every_sample_keeps_the_format_rules(sample):
    source = sample.read_text(encoding="utf-8")
    trace = record(source, filename=sample.name)
    _check(to_opt(trace)["trace"], source)


def test_a_return_shows_the_returned_closure_in_the_callee_frame():
    source = "function outer() {\n  let n = 0;\n  return function inc() { n++; };\n}\nconst f = outer();\nf();\n"
    points = to_opt(record(source))["trace"]
    _check(points, source)
    ret = next(p for p in points if p["event"] == "return")
    frame = ret["stack_to_render"][-1]
    assert frame["func_name"] == "outer" and frame["ordered_varnames"][-1] == "__return__"
    value = frame["encoded_locals"]["__return__"]
    assert value[0] == "REF" and ret["heap"][str(value[1])][:2] == ["JS_FUNCTION", "inc"]
    assert ret["line"] == 3                                      # the line of the return, in the callee
    # the frame keeps its name and id as a zombie, and the closure's parent is that frame
    after = points[points.index(ret) + 1]
    zombie = [f for f in after["stack_to_render"] if f["is_zombie"]]
    assert [(z["func_name"], z["frame_id"]) for z in zombie] == [("outer", frame["frame_id"])]
    assert after["heap"][str(after["globals"]["f"][1])][4] == frame["frame_id"]


def test_tdz_exceptions_and_the_last_line():
    source = "let a = 1;\ntry {\n  b;\n} catch (e) {\n  console.log(e.message);\n}\nlet b = 2;\nnull.x;\n"
    trace = record(source)
    points = to_opt(trace)["trace"]
    _check(points, source)
    assert points[0]["globals"]["b"] == ["JS_SPECIAL_VAL", TDZ_TEXT] and points[0]["line"] == 1
    exceptions = [p for p in points if p["event"] == "exception"]
    assert exceptions[0]["exception_msg"] == "ReferenceError: Cannot access 'b' before initialization"
    assert exceptions[0]["line"] == 3
    last = points[-1]
    assert last["event"] == "exception" and last["line"] == 8
    assert last["exception_msg"] == trace.error_message and "null" in last["exception_msg"]
    assert last["exception_msg"] != exceptions[0]["exception_msg"]


def test_shadowed_block_names_and_top_level_loop_bindings_are_shown():
    source = ("function f() {\n  let x = 1;\n  {\n    let x = 2;\n    console.log(x);\n  }\n  return x;\n}\n"
              "f();\nfor (let i = 0; i < 2; i++) {\n  console.log(i);\n}\n")
    points = to_opt(record(source))["trace"]
    _check(points, source)
    inner = next(p for p in points if p["line"] == 5)
    frame = inner["stack_to_render"][-1]
    assert frame["encoded_locals"]["x"] == 2 and frame["encoded_locals"]["x [outer 1]"] == 1
    loop = [p for p in points if p["line"] == 11]
    assert [p["stack_to_render"][-1]["encoded_locals"]["i"] for p in loop] == [0, 1]
    assert all(p["stack_to_render"][-1]["is_highlighted"] for p in loop)


def test_console_entries_after_the_program_keep_the_rules():
    """Entries' own code has no line in the program: they sit at the program's last line; a call they make
    into the program is a call at the function's line; the answer shows in stdout."""
    source = "let n = 0;\nfunction bump(k) {\n  n += k;\n  return n;\n}\nbump(1);\n"
    trace = record(source, entries=("bump(2)", "bump(3) + 1"))
    points = to_opt(trace)["trace"]
    _check(points, source)
    assert points[-1]["stdout"].endswith("> bump(2)\n3\n> bump(3) + 1\n7\n")
    calls = [p for p in points if p["event"] == "call"]
    assert [p["line"] for p in calls] == [2, 2, 2]
    assert all(p["line"] == 6 for p in points[points.index(calls[1]) - 1:] if not p["stack_to_render"])
