"""The Trace: a finished recording, explored in any order.

``state_at(i)`` moves a private cursor ``World`` to the end of step ``i``: by
replaying the log forward, undoing it backward, or starting again from the
nearest checkpoint, whichever touches fewer operations. The result is a
frozen ``MemoryState``; the last few are cached.
"""

from __future__ import annotations

import threading
from functools import partial
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Mapping, Sequence

from . import navigation
from .model import ConsoleLine, Entry, MemoryState, Outcome, SourceRange, Step, StepKind, Terms
from .narration import Narrator
from .tape import Tape
from .views import Describer, StateBuilder
from .world import World

STEP_KINDS = list(StepKind)
CACHE_SIZE = 32


class _Steps(Sequence):
    """``trace.steps``: Step objects made on demand from the compact arrays."""

    def __init__(self, trace: "Trace"):
        self._trace = trace

    def __len__(self) -> int:
        return len(self._trace)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._trace.step(j) for j in range(*i.indices(len(self)))]
        return self._trace.step(i)


class _Narrations(Mapping):
    """``Step.narration``: the sentence in each terminology, made when first read (a window scanning
    thousands of steps for their places must not write thousands of sentences)."""

    def __init__(self, trace: "Trace", i: int):
        self._trace = trace
        self._i = i
        self._made: dict = {}

    def __getitem__(self, terms):
        terms = Terms(terms)
        s = self._made.get(terms)
        if s is None:
            s = self._made[terms] = self._trace.narration(self._i, terms)
        return s

    def __iter__(self):
        return iter(Terms)

    def __len__(self) -> int:
        return len(Terms)


class Trace:
    def __init__(self, tape: Tape, checkpoints: list[World], *, filename: str = "main.js",
                 outcome: Outcome = Outcome.COMPLETED, error_message: str | None = None, error_loc: int = -1):
        self.tape = tape
        self.source = tape.source
        # (label, text) of each piece of code a step can point into: the program (0), then the code given
        # to eval or Function (a step's ``range.piece``)
        self.pieces: list = getattr(tape, "pieces", [("main", tape.source)])
        self.filename = filename
        self.outcome = outcome
        self.error_message = error_message
        self.error_range: SourceRange | None = tape.locations[error_loc].range if error_loc >= 0 else None
        self._error_loc = error_loc
        self.entries: tuple[Entry, ...] = tuple(tape.console_entries)   # console entries, after the program
        self.describer = Describer(tape)
        self._builder = StateBuilder(tape, self.describer)
        self._narrator = Narrator(self)
        self._checkpoints = checkpoints
        self._cp_pos = [w.pos for w in checkpoints]
        self._cp_cost = [w.size() // 8 for w in checkpoints]
        self._cursor = checkpoints[0].clone()
        self._cache: OrderedDict[int, MemoryState] = OrderedDict()
        self._lock = threading.RLock()
        self.steps = _Steps(self)

    def __reduce__(self):
        """Pickled (from the recording process to the window) as its tape and checkpoints, typed arrays that
        pickle cheaply; the cursor, the caches and the lock are made afresh on the other side."""
        return (partial(Trace, filename=self.filename, outcome=self.outcome, error_message=self.error_message,
                        error_loc=self._error_loc), (self.tape, self._checkpoints))

    # -------------------------------------------------------------- steps
    def entry_of_step(self, i: int) -> Entry | None:
        """The console entry step ``i`` belongs to (None: a step of the program)."""
        found = None
        for e in self.entries:
            if e.start > i:
                break
            found = e
        return found

    def __len__(self) -> int:
        return len(self.tape)

    def _index(self, i: int) -> int:
        n = len(self.tape)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"step {i} out of range (0..{n - 1})")
        return i

    def step(self, i: int) -> Step:
        i = self._index(i)
        tape = self.tape
        loc = tape.locs[i]
        return Step(i, STEP_KINDS[tape.kinds[i]], tape.locations[loc].range if loc >= 0 else None,
                    tape.depths[i], _Narrations(self, i))

    def kind(self, i: int) -> StepKind:
        return STEP_KINDS[self.tape.kinds[self._index(i)]]

    def narration(self, i: int, terms: Terms = Terms.HARD_PARTS) -> str:
        i = self._index(i)
        try:
            s = self._narrator.sentence(i, Terms(terms))
            # "the anonymous function from line 11 returns 16." begins a sentence; code (`f()`) keeps its case
            return s[:1].upper() + s[1:] if s.split(" ", 1)[0] in ("the", "a", "an", "its") else s
        except Exception as e:  # a sentence must never take the window down
            return f"({STEP_KINDS[self.tape.kinds[i]].value}: no narration: {type(e).__name__})"

    @property
    def console(self) -> tuple[ConsoleLine, ...]:
        return tuple(self.tape.console)

    @property
    def stdout(self) -> str:
        return "".join(line.text + "\n" for line in self.tape.console if line.stream == "stdout")

    # -------------------------------------------------------------- states
    def state_at(self, i: int) -> MemoryState:
        i = self._index(i)
        with self._lock:
            st = self._cache.get(i)
            if st is not None:
                self._cache.move_to_end(i)
                return st
            self._move(self.tape.ends[i])
            st = self._builder.build(self._cursor, i)
            self._cache[i] = st
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
            return st

    def _move(self, target: int) -> None:
        tape = self.tape
        cur = self._cursor.pos
        best = None
        if cur <= target:
            best = ("fwd", target - cur)
        else:
            k = bisect_left(tape.irreversible, target)
            if k == len(tape.irreversible) or tape.irreversible[k] >= cur:
                best = ("undo", cur - target)
        c = bisect_right(self._cp_pos, target) - 1
        cp_cost = self._cp_cost[c] + target - self._cp_pos[c]
        if best is None or cp_cost < best[1]:
            self._cursor = self._checkpoints[c].clone()
            self._cursor.redo_to(tape, target)
        elif best[0] == "fwd":
            self._cursor.redo_to(tape, target)
        else:
            self._cursor.undo_to(tape, target)

    # -------------------------------------------------------------- navigation
    def first(self) -> int:
        return navigation.first(self.tape)

    def last(self) -> int:
        return navigation.last(self.tape)

    def step_forward(self, i: int) -> int:
        return navigation.step_forward(self.tape, i)

    def step_back(self, i: int) -> int:
        return navigation.step_back(self.tape, i)

    def step_into(self, i: int) -> int:
        return navigation.step_into(self.tape, i)

    def step_over(self, i: int) -> int:
        return navigation.step_over(self.tape, i)

    def step_out(self, i: int) -> int:
        return navigation.step_out(self.tape, i)

    def step_back_over(self, i: int) -> int:
        return navigation.step_back_over(self.tape, i)

    def run_to_line(self, i: int, line: int, forward: bool = True) -> int:
        return navigation.run_to_line(self.tape, i, line, forward)

    def next_breakpoint(self, i: int, lines: set[int], forward: bool = True) -> int:
        return navigation.next_breakpoint(self.tape, i, lines, forward)

    def next_change(self, i: int, ident: int, key: str, forward: bool = True) -> int:
        return navigation.next_change(self.tape, i, ident, key, forward)

    # -------------------------------------------------------------- size
    def nbytes(self) -> int:
        """Bytes in the typed arrays (steps and op log); see ``memory_report`` for the rest."""
        return self.tape.nbytes()
