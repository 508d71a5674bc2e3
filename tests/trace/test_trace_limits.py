"""Runs that stop early stay explorable; programs that cannot run say why."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from explorer.engine import JSSyntaxError
from explorer.trace import Outcome, StepKind, record


def test_step_limit_names_the_line_and_keeps_everything_recorded():
    t = record("let i = 0;\nwhile (true) {\n  i++;\n}\n", max_steps=500)
    assert t.outcome == Outcome.STEP_LIMIT
    assert len(t) <= 501
    assert "line 3" in t.error_message or "line 2" in t.error_message
    assert t.kind(len(t) - 1) == StepKind.PROGRAM_END
    st = t.state_at(len(t) - 2)
    assert [b.name for b in st.global_memory] == ["i"]
    assert t.state_at(0) is not None
    assert "stops here" in t.narration(len(t) - 1)


def test_cancel_from_another_thread():
    ev = threading.Event()
    seen = []

    def progress(n):
        seen.append(n)
        ev.set()

    t = record("let i = 0;\nwhile (true) { i++; }\n", max_steps=10_000_000, cancel=ev, progress=progress)
    assert t.outcome == Outcome.CANCELLED
    assert seen and len(t) < 10_000_000
    t.state_at(len(t) - 1)
    t.state_at(len(t) // 2)


def test_uncaught_error_message_and_range():
    t = record("function f() {\n  return g();\n}\nf();\n")
    assert t.outcome == Outcome.UNCAUGHT_ERROR
    assert t.error_message == "ReferenceError: g is not defined"
    assert t.error_range is not None and t.error_range.start_line == 2
    assert any(t.kind(i) == StepKind.THROWN for i in range(len(t)))
    assert "uncaught error" in t.narration(len(t) - 1)


def test_syntax_error_is_raised_with_position():
    with pytest.raises(JSSyntaxError) as e:
        record("let x = ;\n")
    assert e.value.line == 1


def test_importing_the_trace_loads_no_qt():
    code = ("import sys, explorer.engine, explorer.trace, explorer.trace.export, explorer.cli, explorer.lesson, explorer.session, "
            "explorer.recording, explorer.recovery\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_long_loop_stays_small():
    """A compact recording: the typed arrays stay far below 200 bytes per step."""
    t = record("let c = 0;\nfor (let i = 0; i < 20000; i++) {\n  c++;\n}\n")
    assert len(t) > 100_000
    assert t.nbytes() / len(t) < 60
