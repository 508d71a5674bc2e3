"""Evaluate code at a recorded step, as DevTools evaluates at a breakpoint.

The recording never changes: the program (and its console entries) runs again, deterministically,
and pauses at the moment step ``i`` shows, with the engine's memory exactly as ``state_at(i)``
draws it. The code is compiled against the environment running there (the machinery of direct
``eval``: ``Interpreter.eval_in_env``), its value or error is the answer, and that run is then
thrown away, so whatever the code changed is discarded; the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import DEFAULT_MAX_STEPS, Interpreter
from ..engine.errors import Cancelled, SourceError, StepLimitReached
from ..engine.repl import can_run_entries
from ..engine.values import JSThrow
from .recorder import Recorder


@dataclass(frozen=True)
class StepAnswer:
    step: int                                # the step it was evaluated at (0-based)
    printed: tuple[tuple[str, str], ...]     # (stdout|stderr, text) output, then (result|error, text)
    error: bool
    note: str = ""                           # what was discarded, or why there is no answer

    @property
    def value(self) -> str:
        return next((t for s, t in self.printed if s in ("result", "error")), "")


class _Paused(BaseException):
    """Ends the run again once the answer is in (not an Exception: no JavaScript catch may stop it)."""


class _PauseAt(Recorder):
    """A recorder that pauses the run as step ``target`` is written and evaluates ``code`` there."""

    def __init__(self, source: str, filename: str, max_steps: int, target: int, code: str):
        super().__init__(source, filename, max_steps)
        self.target = target
        self.asked = code             # (not self.code: the Recorder's method)
        self.answer: StepAnswer | None = None
        self.evaluating = False
        self.changed = False
        self._next_check = min(self._next_check, target)
        # paused at a call's step, the general path has not yet made the callee's context (the fused one has):
        # the code asked runs in the engine's state at that step, as it was when recorded
        self.fused_calls = False

    def _step_limit_and_progress(self, n: int) -> None:
        if n >= self.target and self.answer is None and not self.evaluating:
            self._answer()
        super()._step_limit_and_progress(n)
        self._next_check = min(self._next_check, self.target)

    def program_end(self, outcome: str, error) -> None:
        super().program_end(outcome, error)
        if self._nsteps() - 1 == self.target and self.answer is None:   # the program's last step
            self._answer()

    def _answer(self) -> None:
        interp = self.interp
        frames = self.frames
        env = frames[-1].top_env if frames else None
        if env is None:
            env = interp.stack[-1].env if interp.stack else interp.global_env
        self.answer = evaluate_in(interp, env, self.asked, self.target, self)
        raise _Paused()

    # while the code is evaluated, writes are noted (to say they are discarded), not recorded
    def binding_write(self, env, slot, value, init):
        if self.evaluating:
            self.changed = self.changed or env.scope.kind != "eval"    # the code's own let/const are no change
            return
        super().binding_write(env, slot, value, init)

    def global_write(self, name, value):
        if self.evaluating:
            self.changed = True
            return
        super().global_write(name, value)

    def prop_write(self, obj, key, value):
        if self.evaluating:
            self.changed = True
            return
        super().prop_write(obj, key, value)

    def prop_delete(self, obj, key):
        if self.evaluating:
            self.changed = True
            return
        super().prop_delete(obj, key)

    def queued(self, kind, job_id, label, delay=0.0, callback=None):
        if self.evaluating:
            self.changed = True
            return
        super().queued(kind, job_id, label, delay, callback)


def evaluate_in(interp, env, code: str, step: int, rec: _PauseAt) -> StepAnswer:
    """Evaluate ``code`` in the live environment ``env`` of the paused run."""
    printed: list = []
    interp.echo = printed
    rec.evaluating = True
    rec.stopped = True
    error = False
    try:
        value = interp.eval_in_env(code, env)
        printed.append(("result", interp.inspect(value)))
    except JSThrow as e:
        error = True
        # the message only: the frames of code evaluated at a step would name the evaluation, not the program
        printed.append(("error", "Uncaught " + interp.inspect(e.js_value(interp.realm)).split("\n    at ")[0]))
    except SourceError as e:
        error = True
        printed.append(("error", f"Uncaught SyntaxError: {e.message}"))
    except StepLimitReached:
        error = True
        printed.append(("error", "Stopped: the code did not finish within the step limit."))
    except RecursionError:
        error = True
        printed.append(("error", "Uncaught RangeError: Maximum call stack size exceeded"))
    finally:
        interp.echo = None
    note = ("It changed memory or queued work at this step: the change is discarded, the recording stays "
            "as it is." if rec.changed else "")
    return StepAnswer(step, tuple(printed), error, note)


def evaluate_at(source: str, step: int, code: str, *, filename: str = "main.js", entries=(),
                max_steps: int = DEFAULT_MAX_STEPS) -> StepAnswer:
    """Evaluate ``code`` at step ``step`` of the recording of ``source`` (and its console ``entries``)."""
    rec = _PauseAt(source, filename, max_steps, step, code)
    try:
        interp = Interpreter(source, filename=filename, hooks=rec, max_steps=max_steps)
    except SourceError as e:
        return StepAnswer(step, (("error", f"The program cannot run: {e}"),), True)
    if not hasattr(interp, "eval_in_env"):
        return StepAnswer(step, (("error", "Evaluating at a step needs the engine's eval machinery, "
                                            "which this build does not have."),), True)
    try:
        interp.run()
        if can_run_entries(interp):
            for entry in entries:
                interp.run_entry(entry)
    except _Paused:
        pass
    except (StepLimitReached, Cancelled):
        pass
    if rec.answer is None:
        return StepAnswer(step, (("error", f"Step {step + 1} was not reached when the program ran again."),), True)
    return rec.answer
