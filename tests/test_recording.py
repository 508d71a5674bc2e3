"""Recording in a process of its own: the same trace as here, cancel keeps the steps, a kill ends any run,
the memory budget holds under a capped address space, and a child whose window went away stops."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from explorer.recording import Done, Failed, Job, Launcher, Previewed, Progress, RecordingProcess
from explorer.trace import record
from explorer.trace.model import Outcome

COUNTER = """function makeCounter() {
  let count = 0;
  return function () { count = count + 1; return count; };
}
const counter = makeCounter();
for (let i = 0; i < 300; i++) {
  counter();
}
console.log(counter(), [1, 'two', { three: 3 }]);
"""
ENDLESS = "let n = 0;\nwhile (true) {\n  n++;\n}\n"
SLOW_REGEX = "console.log(/(a+)+b/.test('a'.repeat(30) + 'c'));\n"


def messages(process: RecordingProcess, timeout: float = 60.0):
    """Every message up to Done or Failed."""
    out = []
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        message = process.receive()
        out.append(message)
        if isinstance(message, (Done, Failed)):
            return out
    raise AssertionError("no result in time")


@pytest.fixture
def launcher():
    launcher = Launcher()
    yield launcher
    launcher.close()


def test_a_recording_made_in_its_own_process_is_the_one_made_here(launcher):
    process = launcher.take()
    try:
        process.submit(Job(COUNTER, "counter.js", preview_steps=500))
        got = messages(process)
    finally:
        process.close()
    here = record(COUNTER, filename="counter.js")
    preview = next(m.trace for m in got if isinstance(m, Previewed))
    trace = got[-1].trace
    assert isinstance(got[-1], Done) and trace.outcome == Outcome.COMPLETED
    assert len(trace) == len(here) and trace.stdout == here.stdout == "301 [ 1, 'two', { three: 3 } ]\n"
    assert trace.filename == "counter.js"
    for i in range(0, len(here), 7):
        assert trace.state_at(i) == here.state_at(i) and trace.narration(i) == here.narration(i)
    assert preview.outcome == Outcome.PREVIEW and len(preview) == 501
    assert all(preview.state_at(i) == here.state_at(i) for i in range(0, 500, 50))


def test_a_program_that_cannot_run_comes_back_as_a_problem_at_its_place(launcher):
    process = launcher.take()
    try:
        process.submit(Job("let ok = 1;\nlet x = ;\n"))
        (failed,) = messages(process)
    finally:
        process.close()
    assert isinstance(failed, Failed) and not failed.problem.internal
    assert failed.problem.title == "SyntaxError" and failed.problem.range.start_line == 2


def test_cancel_hands_back_the_steps_recorded_so_far(launcher):
    process = launcher.take()
    try:
        process.submit(Job(ENDLESS, max_steps=50_000_000))
        assert isinstance(process.receive(), Progress)
        process.stop()
        done = messages(process, timeout=10)[-1]
    finally:
        process.close()
    assert isinstance(done, Done) and done.trace.outcome == Outcome.CANCELLED and len(done.trace) > 2000


def test_a_child_inside_a_slow_regular_expression_is_ended_at_once(launcher):
    process = launcher.take()
    process.submit(Job(SLOW_REGEX))
    time.sleep(1.0)
    process.stop()                 # deaf to it: Python's regex engine does not look at the flag
    time.sleep(0.3)
    assert process.alive()
    start = time.monotonic()
    process.close()
    assert not process.alive() and time.monotonic() - start < 1.0


def test_a_child_whose_window_went_away_stops_by_itself(launcher):
    process = launcher.take()
    process.submit(Job(ENDLESS, max_steps=50_000_000))
    assert isinstance(process.receive(), Progress)
    process.process.stdin.close()          # what the system does when the window's process dies
    process.process.stdout.close()
    process.process.wait(10)
    assert process.exitcode() == 0


@pytest.mark.parametrize("bomb", [
    "const a = [];\nwhile (true) a.push(new Array(1e5).fill(1.5));\n",
    # a built-in that makes a big string in one step, again and again
    "const s = 'x'.repeat(2 ** 25);\nconst keep = [];\nwhile (true) keep.push(s.toUpperCase());\n",
])
def test_a_memory_bomb_stops_at_the_budget_in_a_capped_address_space(launcher, bomb):
    """The child's address space is capped a little above a 200 MB budget: whatever allocates, the run ends
    with Node's "out of memory" kind of message and the steps up to there, and the machine is never at risk."""
    process = launcher.take()
    try:
        process.submit(Job(bomb, max_heap_mb=200))
        last = messages(process, timeout=120)[-1]
    finally:
        process.close()
    if isinstance(last, Failed):
        # out of memory where the engine's stop could not keep the steps (while the recorder itself grew):
        # said as such, not as a bug
        assert last.problem.title == "Out of memory" and not last.problem.internal, last.problem
        return
    assert isinstance(last, Done), last
    trace = last.trace
    assert trace.outcome == Outcome.UNCAUGHT_ERROR and "Out of memory" in trace.error_message
    assert "200 MB" in trace.error_message
    assert f"running line {bomb.count(chr(10))}" in trace.error_message        # the loop's line, the last one


def _capped(limit_bytes: int):
    def cap():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
    return cap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
@pytest.mark.parametrize("command", ["trace", "run"])
def test_a_built_in_making_big_strings_stops_with_out_of_memory_under_the_cli(tmp_path, command):
    """Each step makes a 32 MB string: the budget's checks every 1,024 steps would come far too late. Under a
    1.5 GB address space the command ends with RangeError: Out of memory (exit 1), never a traceback."""
    bomb = tmp_path / "bomb.js"
    bomb.write_text("const s = 'x'.repeat(2 ** 25);\nconst keep = [];\nwhile (true) keep.push(s.toUpperCase());\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "explorer", command, str(bomb)], capture_output=True, text=True,
                          timeout=300, preexec_fn=_capped(1500 * 1024 * 1024))
    assert done.returncode == 1, done.stderr[-2000:]
    assert "RangeError: Out of memory" in done.stderr and "(it was running line 3)" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout and "internal error" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_the_address_space_cap_holds_inside_its_block_and_is_lifted_after():
    import resource

    from explorer.engine.memory import ADDRESS_SPACE_HEADROOM_MB, capped_address_space

    before = resource.getrlimit(resource.RLIMIT_AS)
    with capped_address_space(100):
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        assert soft != resource.RLIM_INFINITY
        with pytest.raises(MemoryError):
            bytearray((100 + ADDRESS_SPACE_HEADROOM_MB + 200) * 1024 * 1024)
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert len(bytearray(10 * 1024 * 1024)) == 10 * 1024 * 1024
