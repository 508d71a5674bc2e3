"""The learner's session without a window: navigation, keeping the place after an edit, problems to show."""

from __future__ import annotations

import pytest

from explorer.engine.errors import JSSyntaxError, NotSupported
from explorer.session import Position, Session, problem_of
from explorer.trace import record
from explorer.trace.model import Outcome, StepKind

COUNTER = """function makeCounter() {
  let count = 0;
  return function () {
    count = count + 1;
    return count;
  };
}
const counter = makeCounter();
counter();
counter();
counter();
console.log(counter());
"""


def recorded(source: str, restart: bool = False, session: Session | None = None, **kwargs) -> Session:
    session = session or Session()
    session.recording_started(restart)
    session.go(session.accept(record(source, **kwargs)))
    return session


def visits(trace, line: int) -> list[int]:
    return [s.index for s in trace.steps if s.range is not None and s.range.start_line == line]


def test_a_first_recording_starts_at_the_first_step_and_navigation_follows_the_trace():
    s = recorded(COUNTER)
    trace = s.trace
    assert s.index == trace.first() and s.at_start() and not s.at_end()
    for name in ("step_into", "step_over", "step_forward", "step_out", "step_back", "step_back_over"):
        before = s.index
        assert s.go(s.target(name)) == getattr(trace, name)(before)
    assert s.go(s.target("last")) == len(trace) - 1 and s.at_end()
    assert s.go(10**9) == len(trace) - 1 and s.go(-5) == 0      # clamped to the steps recorded
    with pytest.raises(ValueError):
        s.target("jump_around")


def test_an_edit_keeps_the_same_visit_of_the_same_line():
    same = recorded(COUNTER)
    same.go(visits(same.trace, 4)[2])
    recorded(COUNTER + "// more\n", session=same)
    assert same.index == visits(same.trace, 4)[2]
    assert same.position() == Position(same.index, 4, 2)


def test_a_line_run_fewer_times_keeps_its_last_visit_and_a_vanished_line_keeps_the_step_number():
    s = recorded(COUNTER)
    s.go(visits(s.trace, 4)[3])                       # the fourth increment
    recorded(COUNTER.replace("counter();\ncounter();\n", "", 1), session=s)   # now only two calls
    assert s.index == visits(s.trace, 4)[-1]

    s = recorded(COUNTER)
    s.go(visits(s.trace, 12)[0])                      # the console.log line
    old = s.index
    recorded(COUNTER.replace("console.log(counter());\n", ""), session=s)
    assert not visits(s.trace, 12) and s.index == min(old, len(s.trace) - 1)


def test_a_restart_goes_to_the_first_step():
    s = recorded(COUNTER)
    s.go(20)
    recorded(COUNTER, restart=True, session=s)
    assert s.index == s.trace.first()


def test_a_preview_is_replaced_by_its_whole_run_at_the_same_step():
    long_run = "let total = 0;\nfor (let i = 0; i < 300; i++) {\n  total += i;\n}\nconsole.log(total);\n"
    s = Session()
    s.recording_started(restart=True)
    preview = record(long_run, max_steps=200, preview=True)
    assert preview.outcome == Outcome.PREVIEW
    s.go(s.accept(preview, preview=True))
    assert s.showing_preview and s.step_label().startswith(f"Step 1 of {len(preview) - 1:,}+")
    s.go(150)
    full = record(long_run)
    assert s.accept(full) == 150 and not s.showing_preview
    assert s.step_label().startswith(f"Step 151 of {len(full):,} · line ")


def test_several_recordings_before_one_comes_back_keep_the_place_of_the_first():
    s = recorded(COUNTER)
    s.go(visits(s.trace, 5)[1])
    place = s.position()
    s.recording_started(restart=False)
    s.recording_started(restart=False)               # typing went on while it recorded
    s.go(s.accept(record(COUNTER)))
    assert s.position() == place


def test_the_narration_of_an_uncaught_error_says_where_it_was_thrown():
    s = recorded("function f() {\n  null.x;\n}\nf();\n")
    assert s.trace.outcome == Outcome.UNCAUGHT_ERROR
    s.go(s.target("last"))
    text = s.narration()
    assert "line 2" in text and text[0].isupper()


def test_breakpoint_steps_are_the_statements_on_those_lines():
    s = recorded(COUNTER)
    steps = s.breakpoint_steps({4})
    assert steps and all(s.trace.kind(i) == StepKind.STATEMENT and s.trace.step(i).range.start_line == 4
                         for i in steps)
    assert len(steps) == 4                             # four calls
    s.go(0)
    assert s.breakpoint_target({4}) == steps[0]
    assert s.breakpoint_steps(set()) == []


def test_a_syntax_error_becomes_a_problem_at_its_place():
    with pytest.raises(JSSyntaxError) as caught:
        record("let x = ;\n")
    p = problem_of(caught.value)
    assert not p.internal and p.title == "SyntaxError"
    assert (p.range.start_line, p.range.start_column) == (caught.value.line, caught.value.column)
    assert p.console[0].isupper() and caught.value.message in p.body and "line 1" in p.narration


def test_a_construct_not_supported_becomes_a_problem_that_says_so():
    p = problem_of(NotSupported("the with statement", 3, 2))
    assert p.title == "Not supported yet" and p.body == "The with statement"
    assert p.range.start_line == 3 and "cannot run yet" in p.narration and "docs/unsupported.md" in p.hint


def test_anything_else_is_an_internal_problem_logged_not_shown_as_a_traceback():
    p = problem_of(RuntimeError("boom"), detail="Traceback (most recent call last): ...")
    assert p.internal and p.range is None
    assert p.console.startswith("Internal error") and "Traceback" not in p.console + p.narration + p.body
    assert p.detail.startswith("Traceback")


# -- laptop: a broken edit keeps the place, a second start resumes, by-line autoplay, the browser names' hint

def test_a_failed_recording_keeps_the_trace_and_the_fixed_text_lands_on_the_same_visit():
    s = recorded(COUNTER)
    third = visits(s.trace, 4)[2]
    s.go(third)
    s.recording_started(False)                       # an edit that does not parse...
    with pytest.raises(JSSyntaxError):
        record(COUNTER + "let = ;\n")
    s.keep_after_failure()                           # ...the window keeps the last run
    assert s.has_steps() and s.index == third
    s.recording_started(False)                       # the text parses again (a line added at the end)
    s.go(s.accept(record(COUNTER + "let fixed = 1;\n")))
    assert s.index == visits(s.trace, 4)[2]


def test_resume_at_lands_the_next_recording_on_that_step():
    s = recorded(COUNTER)
    s.recording_started(True)                        # a file opened: normally its first step
    s.resume_at(17)
    assert s.accept(record(COUNTER)) == 17
    s.recording_started(True)
    s.resume_at(10_000)                              # clamped to the steps recorded
    assert s.accept(record(COUNTER)) == len(s.trace) - 1


def test_next_line_step_skips_the_small_steps_inside_a_line():
    s = recorded(COUNTER)
    trace = s.trace
    statements = [st.index for st in trace.steps if st.kind == StepKind.STATEMENT]
    i, seen = 0, []
    while i < len(trace) - 1:
        i = s.next_line_step(i)
        seen.append(i)
    assert seen == statements + [len(trace) - 1]
    assert s.next_line_step(0, stop_at=2) == 2       # a breakpoint's step comes first


@pytest.mark.parametrize("name", ["alert", "prompt", "confirm", "document", "window"])
def test_a_browser_name_gets_a_hint_and_other_errors_none(name):
    from explorer.session import browser_hint

    trace = record(f"{name}.x;\n" if name in ("document", "window") else f"{name}('hi');\n")
    hint = browser_hint(trace.error_message)
    assert trace.error_message == f"ReferenceError: {name} is not defined"
    assert hint and name in hint and "console.log" in hint
    assert browser_hint(record("missing();\n").error_message) is None
    assert browser_hint(None) is None


def test_running_out_of_memory_while_recording_is_said_as_such_not_as_a_bug():
    p = problem_of(MemoryError())
    assert p.title == "Out of memory" and not p.internal and p.range is None
    assert "more memory" in p.narration and "Internal" not in p.console
