"""`closure-explorer run` runs like `node` (issue 16 "Long programs", issue 21 points 5 and 6): no
step limit unless asked for, output printed as it is produced, Ctrl-C ends it within a second with
exit code 130, what a program prints is written as Node writes it, and an internal error gets a log
file of its own."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer import cli

ROOT = Path(__file__).resolve().parents[2]
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not on PATH")
RUN = [sys.executable, "-c", "import sys; from explorer.cli import main; sys.exit(main())", "run"]


def _run(path: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, str(path), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=str(ROOT), env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_a_program_past_the_windows_step_limit_runs_to_its_end(tmp_path):
    p = tmp_path / "sum.js"
    p.write_text("let s = 0;\nfor (let i = 1; i <= 400000; i++) s += i;\nconsole.log(s);\n", encoding="utf-8")
    r = _run(p)
    assert (r.returncode, r.stdout, r.stderr) == (0, "80000200000\n", "")


def test_the_step_limit_still_applies_when_asked_for(tmp_path):
    p = tmp_path / "loop.js"
    p.write_text("console.log('x');\nwhile (true) {}\n", encoding="utf-8")
    r = _run(p, "--max-steps", "5000")
    assert (r.returncode, r.stdout) == (3, "x\n")
    assert r.stderr == "Stopped after 5,000 steps: the program may never finish (it was running line 2).\n"


def test_a_time_limit_stops_an_endless_program(tmp_path):
    p = tmp_path / "loop.js"
    p.write_text("console.log('x');\nwhile (true) {}\n", encoding="utf-8")
    start = time.monotonic()
    r = _run(p, "--timeout", "1")
    assert time.monotonic() - start < 60
    assert (r.returncode, r.stdout) == (3, "x\n")
    assert r.stderr == ("Stopped after 1 seconds (--timeout): the program may never finish "
                        "(it was running line 2).\n")


def test_output_is_printed_as_produced_and_ctrl_c_ends_the_run(tmp_path):
    p = tmp_path / "loop.js"
    p.write_text("console.log('x');\nconsole.error('e');\nwhile (true) {}\n", encoding="utf-8")
    proc = subprocess.Popen([*RUN, str(p)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=str(ROOT), env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    try:
        assert proc.stdout.readline() == "x\n"       # before the loop ends (it never does)
        assert proc.stderr.readline() == "e\n"
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        start = time.monotonic()
        code = proc.wait(timeout=10)
        assert time.monotonic() - start < 1.5
        assert code == 130
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()


@needs_node
def test_surrogates_are_printed_as_node_prints_them(tmp_path):
    p = tmp_path / "lone.js"
    p.write_text("console.log(String.fromCharCode(0xD800), 'a\\uD83D' + '\\uDE00b', unescape('%uD800'));\n"
                 "console.error(String.fromCharCode(0xDC00));\nconsole.log([String.fromCharCode(0xD800)]);\n"
                 "throw new Error('bad ' + String.fromCharCode(0xD800));\n", encoding="utf-8")
    node = subprocess.run([NODE, str(p)], capture_output=True, text=True, timeout=60)
    r = _run(p)
    assert (r.returncode, r.stdout) == (node.returncode, node.stdout)
    assert "Error: bad \ufffd" in node.stderr and "Error: bad \ufffd" in r.stderr


def test_trace_of_a_program_holding_a_lone_surrogate_prints(tmp_path):
    p = tmp_path / "lone.js"
    p.write_text("const s = String.fromCharCode(0xD800);\nconsole.log(s.length);\n", encoding="utf-8")
    for fmt in ("text", "json"):
        r = subprocess.run([*RUN[:-1], "trace", str(p), "--format", fmt], capture_output=True, text=True,
                           timeout=120, cwd=str(ROOT), env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        assert r.returncode == 0, r.stderr
        assert "internal error" not in r.stderr


def test_each_internal_error_gets_its_own_log(monkeypatch, capsys):
    def broken(args):
        raise RuntimeError("an engine bug")
    monkeypatch.setitem(cli.COMMANDS, "run", broken)
    logs = []
    for _ in range(2):
        assert cli.main(["run", "x.js"]) == 70
        err = capsys.readouterr().err
        logs.append(err.split("the details are in ")[1].split(". Please")[0])
    try:
        assert logs[0] != logs[1]
        assert all("RuntimeError: an engine bug" in Path(log).read_text(encoding="utf-8") for log in logs)
    finally:
        for log in logs:
            Path(log).unlink(missing_ok=True)
