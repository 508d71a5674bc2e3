"""``closure-explorer run/trace FILE.js --then CODE``: the program, then each console entry, as Node's REPL."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from explorer.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))
import node_repl  # noqa: E402

SAMPLE = str(node_repl.SAMPLES / "seed002_set_counter.js")


def test_run_then_prints_each_entry_as_the_repl_does(capsys):
    code = main(["run", SAMPLE, "--then", "increment()", "--then", "increment"])
    out = capsys.readouterr().out
    assert out == "2\n> increment()\n4\nundefined\n> increment\n[Function: count]\n"
    assert code == 0


def test_an_entry_with_an_uncaught_error_makes_the_exit_code_1_and_the_next_entry_still_runs(capsys):
    code = main(["run", SAMPLE, "--then", "counter", "--then", "increment()"])
    out = capsys.readouterr().out
    assert out.endswith("> counter\nUncaught ReferenceError: counter is not defined\n> increment()\n4\nundefined\n")
    assert code == 1


def test_entries_do_not_run_after_a_program_that_did_not_finish(tmp_path, capsys):
    f = tmp_path / "loop.js"
    f.write_text("while (true) {}\n")
    code = main(["run", str(f), "--max-steps", "200", "--then", "1"])
    err = capsys.readouterr().err
    assert code == 3 and "the console entries did not run" in err


def test_trace_then_records_the_entries_as_steps_in_every_format(capsys):
    assert main(["trace", SAMPLE, "--then", "increment()"]) == 0
    text = capsys.readouterr().out
    assert "entry Console entry 1: `increment()`" in text and "`counter` changes from 2 to 4" in text
    assert main(["trace", SAMPLE, "--format", "json", "--no-states", "--then", "increment()"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["result"] for e in data["entries"]] == ["undefined"]
    assert main(["trace", SAMPLE, "--format", "opt", "--then", "increment()"]) == 0
    opt = json.loads(capsys.readouterr().out)
    assert opt["trace"][-1]["stdout"].endswith("> increment()\n4\nundefined\n")
    assert main(["trace", SAMPLE, "--then", "nope"]) == 1
