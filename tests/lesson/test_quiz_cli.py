"""`closure-explorer quiz FILE.js [--format text|json]`: predict mode's questions without a window, in order,
each with its step (counted from 1, as the window counts), kind, words and answer."""

from __future__ import annotations

import json
import re

from explorer.cli import main
from explorer.lesson import SAMPLES_DIR
from explorer.trace import StepKind, record

EXPECTED = SAMPLES_DIR / "expected"


def run(capsys, *args):
    code = main(["quiz", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_json_lists_every_question_with_its_step_counted_from_one(capsys):
    path = SAMPLES_DIR / "seed003_counter_increment.js"
    code, out, _ = run(capsys, path, "--format", "json")
    assert code == 0
    data = json.loads(out)
    qs = data["questions"]
    assert [q["kind"] for q in qs] == ["lives-on", "value", "prints", "value", "prints", "value", "prints"]
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)
    # a step of the quiz is the window's step number: the trace's index plus one
    prints = [q for q in qs if q["kind"] == "prints"]
    assert [q["step"] - 1 for q in prints] == [line.step for line in trace.console]
    assert all(trace.kind(q["step"] - 1) == StepKind.CONSOLE for q in prints)
    # what Node prints for the sample, line by line
    node = (EXPECTED / "seed003_counter_increment.out").read_text(encoding="utf-8").splitlines()
    assert [q["answer"] for q in prints] == node
    (lives,) = [q for q in qs if q["kind"] == "lives-on"]
    assert trace.kind(lives["step"] - 1) == StepKind.RETURN
    assert lives["answer"] == ["currentValue"] and lives["choices"] == ["initValue", "currentValue", "increment"]
    assert [q["answer"] for q in qs if q["kind"] == "value"] == ["1", "3", "6"]
    assert lives["question"].startswith("counter() ends now.")


def test_the_text_is_a_worksheet_in_step_order(capsys):
    code, out, _ = run(capsys, SAMPLES_DIR / "seed001_multiple_closure_instances.js")
    assert code == 0
    assert out.startswith("Predict: seed001_multiple_closure_instances.js (6 questions)\n")
    heads = re.findall(r"^(\d+)\. step (\d+) \[([a-z-]+)\] (.*)$", out, re.M)
    assert [int(n) for n, *_ in heads] == list(range(1, 7))
    steps = [int(s) for _, s, *_ in heads]
    assert steps == sorted(steps)
    assert ("which-backpack", "`anotherFunction()` is called. Which backpack will it use? Click it.") in \
        [(k, p) for _, _, k, p in heads]
    assert "   answer: the backpack of `anotherFunction` (from outer() call #2)" in out
    assert out.count("   answer: ") == 6


def test_a_run_that_ends_in_an_error_still_gets_its_questions_and_exit_code_1(capsys, tmp_path):
    path = tmp_path / "boom.js"
    path.write_text("function f() { let n = 1; return () => n; }\nconst g = f();\nconsole.log(g());\n"
                    "missing();\n", encoding="utf-8")
    code, out, err = run(capsys, path, "--format", "json")
    assert code == 1 and "ReferenceError: missing is not defined" in err
    assert [q["kind"] for q in json.loads(out)["questions"]] == ["lives-on", "prints"]


def test_a_file_that_cannot_be_read_exits_2_and_a_syntax_error_1(capsys, tmp_path):
    code, out, err = run(capsys, tmp_path / "nothing.js")
    assert code == 2 and out == "" and "does not exist" in err
    bad = tmp_path / "bad.js"
    bad.write_text("let = ;\n", encoding="utf-8")
    code, out, err = run(capsys, bad)
    assert code == 1 and out == "" and "SyntaxError" in err
