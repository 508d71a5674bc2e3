"""One command line: every subcommand reads its file the same way and ends with README's exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import build_parser, main
from explorer.engine.errors import DEFAULT_MAX_STEPS

ROOT = Path(__file__).resolve().parent.parent

# README: 0 done, 1 uncaught error or syntax error, 2 not supported / unreadable file, 3 step limit reached.
README_CODES = {"0": "done", "1": "uncaught error or syntax error", "2": "not supported / unreadable file",
                "3": "step limit reached"}


def _file(tmp_path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def _main(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_readme_states_the_table_the_cli_follows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("Exit codes:", 1)[1].split("reached.", 1)[0] + "reached."
    found = dict(re.findall(r"(\d) ([a-z /]+?)(?:,|\.|\n| \()", table))
    assert found == README_CODES


@pytest.mark.parametrize("command", ["run", "trace"])
def test_each_problem_has_the_same_code_and_message_in_run_and_trace(capsys, tmp_path, command):
    cases = {
        "latin1.js": (b"console.log('caf\xe9');\n", 2, "is not UTF-8 text (the first bad byte is on line 1)"),
        "binary.js": (b"\x00\x01\x02", 2, "looks like a binary file"),
        "unsupported.js": (b"const p = new Proxy({}, {});\n", 2, "not supported yet: Proxy"),
        "syntax.js": (b"let = ;\n", 1, "SyntaxError: "),
        "throws.js": (b"null.f();\n", 1, "TypeError: Cannot read properties of null"),
        "fine.js": (b"console.log(1 + 1);\n", 0, ""),
    }
    for name, (data, code, message) in cases.items():
        path = _file(tmp_path, name, data)
        got, _out, err = _main(capsys, command, path)
        assert got == code, (name, err)
        assert message in err, (name, err)
        assert "internal error" not in err and "Traceback" not in err
    got, _out, err = _main(capsys, command, str(tmp_path / "missing.js"))
    assert got == 2 and "“missing.js” does not exist" in err
    got, _out, err = _main(capsys, command, str(tmp_path))
    assert got == 2 and "is a folder" in err


def test_run_and_trace_report_a_program_that_cannot_run_in_the_same_words(capsys, tmp_path):
    for data in (b"let = ;\n", b"function f() {\n  return new Proxy({}, {});\n}\n"):
        path = _file(tmp_path, "p.js", data)
        run = _main(capsys, "run", path)
        trace = _main(capsys, "trace", path)
        assert run[0] == trace[0] and run[2] == trace[2] and run[2]


def test_the_step_limit_is_exit_code_3_everywhere(capsys, tmp_path):
    path = _file(tmp_path, "loop.js", b"let i = 0;\nwhile (true) { i++; }\n")
    for command in ("run", "trace"):
        code, _out, err = _main(capsys, command, path, "--max-steps", "200")
        assert code == 3 and "Stopped after 200 steps" in err, command


def test_bad_arguments_are_exit_code_2_with_a_usage_line(capsys, tmp_path):
    path = _file(tmp_path, "p.js", b"1;\n")
    for argv in (["run", path, "--max-steps", "lots"], ["trace", path, "--format", "yaml"],
                 ["trace", path, "--max-steps", "0"], ["run"], ["trace", path, "--nope"]):
        code, _out, err = _main(capsys, *argv)
        assert code == 2 and "usage: closure-explorer" in err, argv


def test_help_lists_the_exit_codes_and_exits_0(capsys):
    for command in ("run", "trace"):
        code, out, _ = _main(capsys, command, "--help")
        assert code == 0 and "3 step limit reached" in out


def test_the_step_limit_default_is_typed_once():
    parsers = [build_parser(c) for c in ("run", "trace")]
    assert all(p.parse_args(["x.js"]).max_steps == DEFAULT_MAX_STEPS for p in parsers)
    typed = [str(p.relative_to(ROOT)) for p in (ROOT / "explorer").rglob("*.py")
             if re.search(r"\b1_?000_?000\b", p.read_text(encoding="utf-8"))]
    assert typed == ["explorer/engine/errors.py"]


def test_trace_numbers_steps_from_1_in_every_format(capsys, tmp_path):
    path = _file(tmp_path, "p.js", b"function make() {\n  let n = 0;\n  return () => ++n;\n}\n"
                                   b"const inc = make();\ninc();\nconsole.log(inc());\n")
    _, text, _ = _main(capsys, "trace", path)
    _, js, _ = _main(capsys, "trace", path, "--format", "json")
    lines = text.splitlines()
    doc = json.loads(js)
    assert [int(line.split()[0][1:]) for line in lines] == list(range(1, doc["step_count"] + 1))
    for line, step in zip(lines, doc["steps"]):
        assert int(line.split()[0][1:]) == step["index"] == step["state"]["step"]
        assert line.split()[2] == step["kind"]
    (printed,) = doc["console"]
    assert doc["steps"][printed["step"] - 1]["kind"] == "console"
    released = {e["released_at"] for s in doc["steps"] for e in s["state"]["environments"].values()
                if e["released_at"] is not None}
    for number in released:
        assert doc["steps"][number - 1]["state"]["released"], number


def test_the_module_runs_as_python_m_explorer(tmp_path):
    path = _file(tmp_path, "p.js", b"console.log([1, 2].map(x => x * 2));\n")
    done = subprocess.run([sys.executable, "-m", "explorer", "run", path], capture_output=True, text=True,
                          timeout=120, check=False)
    assert (done.returncode, done.stdout) == (0, "[ 2, 4 ]\n")
