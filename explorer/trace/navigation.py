"""Moving through a recording: each function takes a step index and returns one.

Depth is the call-stack depth of a step (``Tape.depths``): a CALL step is at
the caller's depth, the steps inside the call deeper, and the RETURN step back
at the caller's depth, where the value lands. So *step over* from a call
lands on its return, and *step out* on the return of the running function.
"""

from __future__ import annotations

from bisect import bisect_right

from .tape import ELEM_SET, ENV_SET, GLOBAL_SET, K_ENV, PROP_DEL, PROP_SET, S_STATEMENT, Tape


def _last(tape: Tape) -> int:
    return max(len(tape) - 1, 0)


def _clamp(tape: Tape, i: int) -> int:
    return min(max(i, 0), _last(tape))


def first(tape: Tape) -> int:
    return 0


def last(tape: Tape) -> int:
    return _last(tape)


def step_forward(tape: Tape, i: int) -> int:
    return _clamp(tape, i + 1)


def step_back(tape: Tape, i: int) -> int:
    return _clamp(tape, i - 1)


def step_into(tape: Tape, i: int) -> int:
    """The very next step, into a call if this step makes one."""
    return step_forward(tape, i)


def step_over(tape: Tape, i: int) -> int:
    """The next step not deeper than this one: a call is run whole."""
    i = _clamp(tape, i)
    depths = tape.depths
    d = depths[i]
    n = _last(tape)
    j = i + 1
    while j < n and depths[j] > d:
        j += 1
    return min(j, n)


def step_back_over(tape: Tape, i: int) -> int:
    """The previous step not deeper than this one."""
    i = _clamp(tape, i)
    depths = tape.depths
    d = depths[i]
    j = i - 1
    while j > 0 and depths[j] > d:
        j -= 1
    return max(j, 0)


def step_out(tape: Tape, i: int) -> int:
    """The first step after the running function has returned (its RETURN step)."""
    i = _clamp(tape, i)
    depths = tape.depths
    d = depths[i]
    n = _last(tape)
    j = i + 1
    while j < n and depths[j] >= d:
        j += 1
    return min(j, n)


def _line(tape: Tape, j: int) -> int:
    loc = tape.locs[j]
    return tape.locations[loc].range.start_line if loc >= 0 else -1


def run_to_line(tape: Tape, i: int, line: int, forward: bool = True) -> int:
    """The next (or previous) statement step on ``line``; the end (start) when there is none."""
    return next_breakpoint(tape, i, {line}, forward)


def next_breakpoint(tape: Tape, i: int, lines: set[int], forward: bool = True) -> int:
    """The next (or previous) step where a statement on one of ``lines`` is about to run."""
    i = _clamp(tape, i)
    kinds = tape.kinds
    rng = range(i + 1, len(tape)) if forward else range(i - 1, -1, -1)
    for j in rng:
        if kinds[j] == S_STATEMENT and _line(tape, j) in lines:
            return j
    return _last(tape) if forward else 0


def _matches(tape: Tape, ident: int, key: str):
    """(op codes, b values) that write ``key`` of environment or object ``ident``."""
    if ident < len(tape.id_kind) and tape.id_kind[ident] == K_ENV:
        names = tape.scopes[tape.id_a[ident]].names
        if key in names:
            return {(ENV_SET, names.index(key))}
        if ident == tape.global_env and key in tape.key_ids:
            return {(GLOBAL_SET, tape.key_ids[key])}
        return set()
    out = set()
    if key in tape.key_ids:
        k = tape.key_ids[key]
        out.add((PROP_SET, k))
        out.add((PROP_DEL, k))
    if key.isdigit():
        out.add((ELEM_SET, int(key)))
    return out


def next_change(tape: Tape, i: int, ident: int, key: str, forward: bool = True) -> int:
    """The next (or previous) step that writes ``key`` of environment/object ``ident``; ``i`` if none."""
    i = _clamp(tape, i)
    wanted = _matches(tape, ident, key)
    if not wanted or not len(tape):
        return i
    op, oa, ob = tape.op, tape.oa, tape.ob
    ends = tape.ends
    if forward:
        rng = range(ends[i], len(op))
    else:
        start = ends[i - 1] if i > 0 else 0
        rng = range(start - 1, -1, -1)
    for p in rng:
        if oa[p] == ident and (op[p], ob[p]) in wanted:
            return _clamp(tape, bisect_right(ends, p))
    return i
