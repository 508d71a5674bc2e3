"""What one step of a lesson shows besides its memory picture: the line, the narration, the console so far.

Lesson frames (PNG, SVG, GIF, video) and the one-file web page both read
these, so a slide and a page say the same thing at the same step. Pure data:
no Qt here; the pictures are drawn by ``explorer.ui``.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.trace.model import SourceRange, Terms

APP_NAME = "Closure Explorer"

# --pace read: a sentence stays up as long as a slow reader needs for it
READ_BASE_MS = 1000
READ_MS_PER_WORD = 250          # 240 words a minute: read aloud in a class, not skimmed
READ_MAX_MS = 8000


@dataclass(frozen=True, slots=True)
class Slide:
    index: int                       # 0-based step index
    count: int                       # steps in the whole run
    range: SourceRange | None        # what the step points at (None: program start/end)
    narration: str
    console: tuple[tuple[str, str], ...]   # (stream, text) printed up to and including this step

    @property
    def line(self) -> int | None:
        return self.range.start_line if self.range is not None else None

    @property
    def counter(self) -> str:
        """"Step i of n", counted from 1 as the window counts, with the line when the step has one."""
        text = f"Step {self.index + 1:,} of {self.count:,}"
        return text if self.line is None else f"{text} · line {self.line}"


def console_lines(trace) -> list[tuple[int, str, str]]:
    """(step, stream, text) of everything the console shows, as the window's console shows it: what the program
    printed, then an uncaught error (or the step limit) at the last step when the program did not print it."""
    lines = [(c.step, c.stream, "> " + c.text if c.stream == "input" else c.text) for c in trace.console]
    message = trace.error_message
    if message and not any(message in c.text for c in trace.console if c.stream == "stderr"):
        uncaught = trace.outcome.value == "uncaught-error"
        text = f"Uncaught {message}" if uncaught and not message.startswith("Uncaught") else message
        if trace.error_range is not None:
            text += f"    (line {trace.error_range.start_line}, column {trace.error_range.start_column + 1})"
        lines.append((len(trace) - 1, "error", text))
    return lines


def slide(trace, i: int, terms: Terms = Terms.HARD_PARTS, console: list | None = None) -> Slide:
    """Step ``i``; ``console`` is ``console_lines(trace)`` when the caller makes many slides."""
    loc = trace.tape.locs[i]
    r = trace.tape.locations[loc].range if loc >= 0 else None
    if r is not None and r.piece != 0:
        r = None                     # a console entry's or an eval's code: no line of the program
    printed = tuple((stream, text) for step, stream, text in (console_lines(trace) if console is None else console)
                    if step <= i)
    return Slide(i, len(trace), r, trace.narration(i, terms), printed)


def read_ms(narration: str) -> int:
    """How long ``--pace read`` shows a step: long enough to read its sentence."""
    words = len(narration.split())
    return min(READ_MAX_MS, READ_BASE_MS + READ_MS_PER_WORD * words)


def parse_range(text: str, count: int) -> tuple[int, int]:
    """``A-B`` (A or B may be left out: from the first / to the last step) as 1-based inclusive bounds."""
    a, sep, b = text.partition("-")
    start = int(a) if a.strip() else 1
    end = (int(b) if b.strip() else count) if sep else start
    return start, end


def merge_runs(keys: list) -> list[tuple[int, int]]:
    """Runs of equal neighbouring keys as (first, last) positions: identical steps shown as one frame."""
    runs: list[tuple[int, int]] = []
    for k, key in enumerate(keys):
        if runs and keys[runs[-1][0]] == key:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


__all__ = ["APP_NAME", "Slide", "slide", "console_lines", "read_ms", "parse_range", "merge_runs"]
