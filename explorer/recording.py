"""Recording in a process of its own, so that no program can take the window with it.

Python's regular-expression engine, a built-in's long loop or a huge allocation can hold the interpreter
for seconds or minutes, and nothing inside the same process can interrupt it. So the window records in a
child process that imports no Qt (``python -m explorer.recording``: a fresh interpreter that imports only
the engine and the trace, the same on every platform; multiprocessing's spawn would import the window's
main module too). The child streams back plain messages (``Progress``, ``Previewed``, ``Done``, ``Failed``); a ``Trace`` crosses as its
typed arrays, which pickle cheaply (350,000 steps: 20 MB, about 0.1 s each way).

- Cancel first asks the engine to stop (a byte on the child's stdin sets the flag it reads every 1,024 steps; stdin
  closing does the same, so a child whose window died stops too), which keeps the steps
  recorded so far; a child that does not answer within ``CANCEL_GRACE_S`` is killed. Closing the window
  or starting another recording kills it at once.
- The memory budget holds whatever the program does: the child's address space is capped
  (``RLIMIT_AS``, where the system has it) a little above the engine's own budget, so an allocation no
  check saw coming fails with ``MemoryError`` and the run ends with "Out of memory" like any other.
- A spawned Python needs a moment to start and import the engine, so one child is started ahead of time
  (``Launcher``): a recording starts as fast as in a thread.

``run_job`` is the one place that records a preview and then the whole run; the window's thread runner
(for record functions that cannot cross a process, such as tests' fakes) uses it too.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
import traceback
from dataclasses import dataclass

from explorer.engine.errors import DEFAULT_MAX_STEPS
from explorer.engine.memory import DEFAULT_MAX_HEAP_MB, capped_address_space
from explorer.session import Problem, out_of_memory_problem, problem_of
from explorer.trace.model import Outcome

PREVIEW_STEPS = 20_000     # about 0.1 s of recording: a long run shows its opening steps at once
PROGRESS_EVERY = 2_000     # steps between two progress messages
CANCEL_GRACE_S = 1.0       # how long a cancelled child may take to hand back what it recorded
WARM_UP = ("function outer() {\n  let n = 0;\n  return function inner() { n += 1; return [n, {n}, `${n}`]; };\n}\n"
           "const f = outer();\nfor (let i = 0; i < 3000; i++) f();\nconsole.log(f(), 'done');\n")
_PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(frozen=True, slots=True)
class Job:
    source: str
    filename: str = "main.js"
    max_steps: int = DEFAULT_MAX_STEPS
    preview_steps: int = 0              # 0: no preview
    max_heap_mb: float | None = DEFAULT_MAX_HEAP_MB
    entries: tuple[str, ...] = ()       # console entries run after the program (the preview's too)


# -- what a recording says, in order: Progress*, then Previewed (a long run), then Done or Failed
@dataclass(frozen=True, slots=True)
class Progress:
    steps: int


@dataclass(frozen=True, slots=True)
class Previewed:
    trace: object           # the opening steps (outcome PREVIEW); the whole run follows


@dataclass(frozen=True, slots=True)
class Done:
    trace: object


@dataclass(frozen=True, slots=True)
class Failed:
    problem: Problem


@dataclass(frozen=True, slots=True)
class EvaluateJob:
    """Evaluate ``code`` at step ``step`` of ``source`` (and its console entries): the console's answer at a
    step runs the program again, which may take as long as any recording, so it runs in a child too."""
    source: str
    step: int
    code: str
    filename: str = "main.js"
    entries: tuple[str, ...] = ()
    max_heap_mb: float | None = DEFAULT_MAX_HEAP_MB


@dataclass(frozen=True, slots=True)
class Answered:
    answer: object          # an explorer.trace.evaluate.StepAnswer


def run_job(job: Job, record_fn, cancel, send, after_preview=None) -> None:
    """Record ``job`` (its opening steps first when it asks for a preview) and ``send`` every message;
    whatever goes wrong is sent as ``Failed``, nothing is raised. ``after_preview()`` runs once a preview
    is sent, before the whole run records."""
    last = 0

    def progress(steps: int) -> None:
        nonlocal last
        if steps - last >= PROGRESS_EVERY or steps < last:
            last = steps
            send(Progress(steps))

    more = {"entries": job.entries} if job.entries else {}      # a record_fn of one's own need not take them
    try:
        if 0 < job.preview_steps < job.max_steps:
            trace = record_fn(job.source, filename=job.filename, max_steps=job.preview_steps, cancel=cancel,
                              progress=progress, preview=True, **more)
            if trace.outcome != Outcome.PREVIEW:      # the run ended within the preview: it is all there
                send(Done(trace))
                return
            send(Previewed(trace))
            if after_preview is not None:
                after_preview()
        trace = record_fn(job.source, filename=job.filename, max_steps=job.max_steps, cancel=cancel,
                          progress=progress, **more)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a problem the window shows
        send(Failed(problem_of(exc, traceback.format_exc())))
        return
    send(Done(trace))


def ended_problem(exitcode: int | None, max_heap_mb: float | None) -> Problem:
    """A recording process that ended without handing back a trace (killed by the system, or crashed)."""
    if exitcode is not None and exitcode < 0 and -exitcode == 9:
        return out_of_memory_problem(
            f"the program needed more memory than the system could give (the budget is {max_heap_mb:,.0f} MB)"
            if max_heap_mb else "the program needed more memory than the system had",
            f"recording process killed ({exitcode})")
    return problem_of(RuntimeError(f"the recording process ended unexpectedly (exit code {exitcode})"))


# ------------------------------------------------------------------ the child's side

def child_main() -> int:
    """The recording process (``python -m explorer.recording``): import the engine before a job comes, take
    one job from stdin, send its messages on stdout, exit. Any byte on stdin after the job, or stdin closing
    (the window went away), cancels the run at the engine's next check."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr                 # nothing printed by accident can garble the messages
    if not _die_with_parent(int(sys.argv[1]) if len(sys.argv) > 1 else None):
        return 0
    from explorer.trace import record

    try:
        # a first run in a fresh process pays for lazy imports and caches (about 0.15 s): pay it before the job
        record(WARM_UP)
    except Exception:  # noqa: BLE001 - only a warm-up: the job's own run reports its problems
        pass
    try:
        job = pickle.load(stdin)
    except (EOFError, OSError, pickle.UnpicklingError):
        return 0                            # the window went away before giving a job
    cancel = threading.Event()

    def listen() -> None:
        try:
            stdin.read(1)
        except OSError:
            pass
        cancel.set()

    threading.Thread(target=listen, daemon=True).start()

    def send(message) -> None:
        pickle.dump(message, stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()

    try:
        if isinstance(job, EvaluateJob):
            with capped_address_space(job.max_heap_mb):
                send(Answered(_answer(job)))
            return 0
        with capped_address_space(job.max_heap_mb):
            run_job(job, lambda source, **kw: record(source, max_heap_mb=job.max_heap_mb, **kw), cancel, send,
                    _yield_to_the_window)
    except OSError:
        return 0                            # nobody listens any more
    except MemoryError:
        # out of memory while handing the trace over (the run itself ends such a case as "Out of memory")
        try:
            send(Failed(ended_problem(-9, job.max_heap_mb)))
        except (MemoryError, OSError):
            pass
    return 0


def _answer(job: EvaluateJob):
    from explorer.trace.evaluate import StepAnswer, evaluate_at

    try:
        return evaluate_at(job.source, job.step, job.code, filename=job.filename, entries=job.entries)
    except MemoryError:
        return StepAnswer(job.step, (("error", "Out of memory while the program ran again to this step."),), True)
    except Exception:  # noqa: BLE001 - an engine bug is said in plain words (its traceback to stderr), never raised
        traceback.print_exc()
        return StepAnswer(job.step, (("error", "Closure Explorer could not evaluate this here (an internal error)."),),
                          True)


def _yield_to_the_window() -> None:
    """While the whole run records, the learner steps through its preview: on a busy machine the window
    should get the processor first (a recording on a thread of the window was held back for this)."""
    try:
        os.nice(10)             # the engine's thread, started after this, inherits it
    except (AttributeError, OSError):
        pass


def _die_with_parent(parent: int | None) -> bool:
    """On Linux the system kills this process when the window's process dies, even inside a slow regex
    (elsewhere stdin closing cancels the run at the engine's next check). False: the window is gone already."""
    if sys.platform.startswith("linux") and parent is not None:
        try:
            import ctypes
            import signal

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        return os.getppid() == parent
    return True


# ------------------------------------------------------------------ the window's side

class RecordingProcess:
    """One child process, started before its job is known; it records one job and then ends."""

    def __init__(self) -> None:
        env = dict(os.environ)
        # the child imports this very package, wherever it is (an installed copy, a checkout)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        env.pop("QT_QPA_PLATFORM", None)
        self.process = subprocess.Popen([sys.executable, "-m", "explorer.recording", str(os.getpid())], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env, close_fds=True)
        self.job: Job | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def submit(self, job: Job) -> None:
        self.job = job
        pickle.dump(job, self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.process.stdin.flush()

    def receive(self):
        """The next message (blocks); EOFError once the child has ended."""
        try:
            return pickle.load(self.process.stdout)
        except (OSError, ValueError, pickle.UnpicklingError):
            raise EOFError from None

    def stop(self) -> None:
        """Ask the engine to stop at its next check; the steps recorded so far come back as a trace."""
        try:
            self.process.stdin.write(b"s")
            self.process.stdin.flush()
        except (OSError, ValueError):
            pass

    def kill(self) -> None:
        """End the child at once, whatever it is doing."""
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass

    def close(self) -> None:
        self.kill()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass

    def exitcode(self) -> int | None:
        return self.process.poll()


class Launcher:
    """Hands out recording processes, one started ahead of time so a recording starts at once."""

    def __init__(self) -> None:
        self._spare: RecordingProcess | None = None

    def warm(self) -> None:
        """Start the next child now (it imports the engine while nothing is asked of it)."""
        if self._spare is None or not self._spare.alive():
            self._spare = RecordingProcess()

    def take(self) -> RecordingProcess:
        spare, self._spare = self._spare, None
        if spare is None or not spare.alive():
            spare = RecordingProcess()
        return spare

    def close(self) -> None:
        if self._spare is not None:
            self._spare.close()
            self._spare = None


if __name__ == "__main__":
    # run as explorer.recording, not __main__, so the messages it pickles name the classes the window knows
    from explorer.recording import child_main as _child_main

    try:
        code = _child_main()
    finally:
        sys.stderr.flush()      # stdout is the message pipe: flushed after each message
    # no interpreter shutdown: the thread listening on stdin may hold its lock, and the engine's kept
    # thread (engine/deepstack.py) is a daemon; finalising beside them can abort the process
    os._exit(code)
