"""A learner's session with one program: the trace shown, the step they are on, and where they stay.

No Qt here: the window's controller (``explorer/ui/controller.py``) owns a ``Session`` and tells the views
when the step or the trace changes; every decision about *which* step to show is made here, so it can be
tested without a window.

- Navigation asks the trace (``step_over``, ``next_breakpoint``…) and clamps to the steps recorded.
- Position keeping: an edit records the program again; the learner lands on the same visit of the same
  line in the new run (the third time line 7 ran stays the third time line 7 runs), or at the same step
  number when the line is no longer reached. A long run's preview is replaced by its whole run at the
  very same step (runs are deterministic).
- A program that cannot run (syntax error, a construct not supported yet) becomes a ``Problem`` with the
  words to show; anything else is an internal error, said as such and logged, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.engine.errors import NotSupported, SourceError
from explorer.trace.model import Outcome, SourceRange, StepKind, Terms

LONG_TRACE = 200_000        # past this many steps, skip whole-trace scans (position keeping, breakpoint marks)

NAVIGATION = ("first", "last", "step_forward", "step_back", "step_back_over", "step_over", "step_into", "step_out")


@dataclass(frozen=True, slots=True)
class Position:
    """Where the learner is, in terms that survive an edit."""

    index: int                  # the step number
    line: int | None            # the line of that step (None: a long run, or a step without a place)
    visit: int                  # how many earlier steps were on that line


@dataclass(frozen=True, slots=True)
class Problem:
    """Why there is no trace to show, in the words the window shows."""

    title: str                  # the diagram's heading ("SyntaxError", "Not supported yet")
    body: str                   # the diagram's sentence under it
    hint: str                   # what to do about it
    narration: str              # the narration line
    text: str                   # the problem in one line, for the editor's mark
    console: str                # the console's red line
    range: SourceRange | None   # where, for the editor's squiggle; None: no place in the code
    detail: str = ""            # an internal error's traceback, for the log (never shown in the window)
    internal: bool = False      # a bug in Closure Explorer, not in the program: logged


def problem_of(exc: BaseException, detail: str = "") -> Problem:
    """The problem to show for an exception raised while recording."""
    if isinstance(exc, SourceError):
        line, column = int(exc.line), int(exc.column or 0)
        where = f"line {line}, column {column + 1}"
        text = str(exc)
        if isinstance(exc, NotSupported):
            title = "Not supported yet"
            body = exc.message[:1].upper() + exc.message[1:]
            hint = ("Closure Explorer's engine does not run this yet (the list is in docs/unsupported.md). "
                    "Rewrite that part and the program records again.")
            narration = f"This program uses something Closure Explorer cannot run yet: {exc.message} ({where})."
        else:
            title = exc.kind
            body = exc.message
            hint = "Fix it in the editor: the program records again as soon as you stop typing."
            narration = f"The program cannot run: {title}: {exc.message} ({where}). Fix it in the editor to go on."
        return Problem(title, body, hint, narration, text, text[:1].upper() + text[1:],
                       SourceRange(line, column, line, column))
    if isinstance(exc, MemoryError):
        # the memory ran out where the engine's own "Out of memory" stop could not keep the steps
        return out_of_memory_problem(f"the program needed more memory than a run is given ({exc!r} while recording)")
    return Problem("Recording failed", "Recording failed (see the console).", "",
                   "Recording failed: this is a bug in Closure Explorer, not in your program.",
                   repr(exc), f"Internal error while recording: {exc!r}", None, detail or repr(exc), internal=True)


def out_of_memory_problem(what: str, detail: str = "") -> Problem:
    """A run that ran out of memory so badly that none of its steps could be kept."""
    body = what[:1].upper() + what[1:] + ", and the run was ended."
    return Problem("Out of memory", body, "Make the program use less memory and it records again.",
                   f"The recording stopped: {what}.", body, body, None, detail)


def browser_hint(error_message: str | None) -> str | None:
    """A program that used a web page's names stops with Node's ReferenceError; the window adds what it means."""
    match = re.match(r"ReferenceError: (alert|prompt|confirm|document|window) is not defined", error_message or "")
    if match is None:
        return None
    name = match.group(1)
    what = f"{name}()" if name in ("alert", "prompt", "confirm") else name
    return (f"{what} belongs to a web page in a browser. Closure Explorer runs plain JavaScript, as Node "
            "does: use console.log(...) to show a value.")


class Session:
    """The trace being explored and the current step; one per window."""

    def __init__(self) -> None:
        self.trace = None
        self.index = 0
        self.showing_preview = False          # the trace shown is a long run's opening steps
        self._restart = False                 # the recording under way goes to the first step when it comes
        self._pending: Position | None = None  # where the learner was when the recording under way started

    # -- the step
    def has_steps(self) -> bool:
        return self.trace is not None and len(self.trace) > 0

    def go(self, index: int) -> int | None:
        """Make ``index`` (clamped to the steps recorded) the current step; None without a trace."""
        if not self.has_steps():
            return None
        self.index = max(0, min(len(self.trace) - 1, int(index)))
        return self.index

    def target(self, name: str) -> int | None:
        """The step a navigation command (one of NAVIGATION) leads to from the current one."""
        if name not in NAVIGATION:
            raise ValueError(f"unknown navigation {name!r}")
        if not self.has_steps():
            return None
        if name in ("first", "last"):
            return getattr(self.trace, name)()
        return getattr(self.trace, name)(self.index)

    def next_line_step(self, index: int, stop_at: int | None = None) -> int:
        """Autoplay by line: the next statement after ``index`` (the small steps inside a line are skipped), or
        ``stop_at`` (a breakpoint) if that comes first, or the last step."""
        trace = self.trace
        last = len(trace) - 1
        j = index + 1
        while j < last and trace.kind(j) != StepKind.STATEMENT and (stop_at is None or j < stop_at):
            j += 1
        return min(j, last)

    def breakpoint_target(self, lines, forward: bool = True) -> int | None:
        if not self.has_steps():
            return None
        return self.trace.next_breakpoint(self.index, set(lines), forward=forward)

    def line_target(self, line: int) -> int | None:
        """The next step on ``line`` after the current one (run to the cursor)."""
        if not self.has_steps():
            return None
        return self.trace.run_to_line(self.index, line, forward=True)

    def at_start(self) -> bool:
        return not self.has_steps() or self.index <= 0

    def at_end(self) -> bool:
        return not self.has_steps() or self.index >= len(self.trace) - 1

    # -- recording and the trace that comes back
    def recording_started(self, restart: bool) -> None:
        """A new recording of the program: remember where the learner is, unless a recording that has not
        come back yet already did (typing goes on while it records)."""
        self._restart = restart
        if self.has_steps() and self._pending is None:
            self._pending = self.position()
        self.showing_preview = False          # a new recording: its own preview (if any) comes first

    def accept(self, trace, preview: bool = False) -> int:
        """Show ``trace`` from now on; returns the step to show: the step the learner was on for a preview's
        whole run, the first step after a restart, else the learner's place found again after an edit."""
        pending, self._pending = self._pending, None
        after_preview = self.showing_preview and self.trace is not None
        self.trace = trace
        self.showing_preview = preview
        if len(trace) == 0:
            self.index = 0
            return 0
        if after_preview:
            index = self.index
        elif self._restart or pending is None:
            index = trace.first()
        else:
            index = self.find(pending)
        self.index = max(0, min(len(trace) - 1, index))
        return self.index

    def keep_after_failure(self) -> None:
        """The edited text does not parse: the trace shown stays (the last one that ran), and the next
        recording starts from where the learner is in it then."""
        self._pending = None
        self._restart = False

    def resume_at(self, index: int) -> None:
        """The recording under way lands on step ``index`` (clamped), not on the first step: a second start
        on the file left last, unchanged, at the step it was left on."""
        self._restart = False
        self._pending = Position(max(0, int(index)), None, 0)

    def forget(self) -> None:
        """No trace any more (a new file, a program that cannot run)."""
        self.trace = None
        self.index = 0
        self.showing_preview = False
        self._pending = None

    # -- position keeping
    def position(self) -> Position:
        trace = self.trace
        step = trace.step(self.index)
        line = step.range.start_line if step.range is not None else None
        if len(trace) > LONG_TRACE:
            line = None                   # too long to scan on every edit: keep the step number
        visit = 0
        if line is not None:
            for j in range(self.index):
                r = trace.step(j).range
                if r is not None and r.start_line == line:
                    visit += 1
        return Position(self.index, line, visit)

    def find(self, position: Position) -> int:
        """The step of the current trace that is ``position`` of an earlier one."""
        trace = self.trace
        if position.line is not None:
            seen = 0
            candidate = None
            for j in range(len(trace)):
                r = trace.step(j).range
                if r is not None and r.start_line == position.line:
                    if seen == position.visit:
                        return j
                    candidate = j
                    seen += 1
            if candidate is not None:
                return candidate
        return min(position.index, len(trace) - 1)

    # -- words about the current step
    def narration(self, terms: Terms = Terms.HARD_PARTS) -> str:
        trace = self.trace
        text = trace.narration(self.index, terms)
        rng = trace.error_range
        entries = getattr(trace, "entries", ())
        program_end = entries[0].start - 1 if entries else len(trace) - 1     # console entries come after it
        if (self.index == program_end and rng is not None and trace.outcome == Outcome.UNCAUGHT_ERROR
                and f"line {rng.start_line}" not in text):
            text = text.rstrip() + f" It was thrown at line {rng.start_line}, column {rng.start_column + 1}."
        if text.startswith("the "):       # "the anonymous function from line 9 returns…" starts a sentence
            text = "T" + text[1:]
        return text

    def step_label(self) -> str:
        trace = self.trace
        step = trace.step(self.index)
        line = f" · line {step.range.start_line}" if step.range is not None else ""
        piece = step.range.piece if step.range is not None else 0
        if piece and trace.pieces[piece][0] == "console":
            entry = trace.entry_of_step(self.index)
            line = f" · console entry {entry.index + 1}" if entry is not None else " · console entry"
        total = f"{len(trace) - 1:,}+" if trace.outcome == Outcome.PREVIEW else f"{len(trace):,}"
        return f"Step {self.index + 1:,} of {total}{line}"

    def breakpoint_steps(self, lines) -> list[int]:
        """The statement steps on breakpoint lines, for the timeline's marks (none for a very long run)."""
        trace = self.trace
        if trace is None or not lines or len(trace) > LONG_TRACE:
            return []
        return [s.index for s in trace.steps
                if s.kind == StepKind.STATEMENT and s.range is not None and s.range.start_line in lines]
