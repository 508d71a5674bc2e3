"""Predict mode's questions, worked out from a recorded trace (no Qt).

A question is about one step: the window stops *before* it (at the step just before), asks, and
reveals by showing the step. The truth always comes from the trace: what the step printed, the value
it wrote, which names of a returning call's Local Memory stay in a backpack (``Binding.captured`` after
the return), which backpack a closure call runs with (the called function's ``scope``).

Kinds, and where they are asked by default:

- ``prints``: a step that prints to the console.
- ``value``: a write that changes a variable a closure uses (a binding of a backpack, or of a Local
  Memory some closure keeps), to a primitive; a first initialisation is not asked.
- ``lives-on``: a call that returns or stores a closure ends: which names of its Local Memory stay in
  the backpack? (the closure idea itself; the answer may be none, when the closure uses none of them).
- ``which-backpack``: a call of a closure that has siblings (other closures with the same backpack) or
  twins (the same code with another backpack), while there are at least two backpacks to choose from;
  each backpack once.

A file that has ``// predict`` comments chooses its own moments instead: every step of a marked line
that can be asked about (any write of a primitive there; with ``// predict: name`` only writes to
``name``). Each (kind, line) is asked a few times at most, so a loop does not ask a thousand times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from explorer.lesson.samples import PredictPoint, predict_points
from explorer.trace.model import Binding, MemoryState, Primitive, Ref, StepKind, Terms

KINDS = ("prints", "value", "lives-on", "which-backpack")
DEFAULT_PER_LINE = 3           # default questions of one kind on one line
MARKED_PER_LINE = 20           # questions of one kind on a line a // predict comment marks
SCAN_BACK = 20000              # steps a lives-on question looks back for the start of the call
MAX_TRIES = 40                 # steps of one kind on one line looked at without a question: enough
MAX_LOOKS = 4000               # states a quiz may read: a long run's quiz stays quick

# The question's words for a backpack and a Local Memory, in each terminology (as the narration says them).
_BACKPACK = {Terms.HARD_PARTS: "backpack", Terms.SPEC: "[[Environment]]", Terms.DEVTOOLS: "Closure scope"}
_LOCAL = {Terms.HARD_PARTS: "Local Memory", Terms.SPEC: "Environment Record", Terms.DEVTOOLS: "Local scope"}


@dataclass(frozen=True)
class Question:
    """One prediction to make before step ``step`` (a trace index; the window shows it as ``step + 1``)."""

    step: int
    kind: str                        # one of KINDS
    prompt: str                      # the question as the window words it
    answer: tuple[str, ...]          # prints: the lines printed; value: (the new value,);
                                     # lives-on: the names that stay; which-backpack: (the right choice,)
    explanation: str                 # the reveal, in the narration's words
    choices: tuple[str, ...] = ()    # lives-on: the Local Memory's names to tick; which-backpack: the backpacks
    env: int | None = None           # value: the environment written; lives-on: the Local Memory that survives;
                                     # which-backpack: the backpack the call uses
    name: str = ""                   # value: the variable written; which-backpack: how the closure is called
    options: tuple[int, ...] = ()    # which-backpack: the environment id of each of ``choices``
    marked: bool = False             # asked because a // predict comment marks its line

    @property
    def answer_text(self) -> str:
        """The answer as one line of words (the CLI's, and the reveal's)."""
        if self.kind == "lives-on":
            return ", ".join(self.answer) if self.answer else "(none)"
        return "\n".join(self.answer)

    def check(self, response) -> bool:
        """Is ``response`` right? prints/value: the text typed; lives-on: the names ticked;
        which-backpack: the environment id clicked (or the choice's words)."""
        if self.kind == "prints":
            return _same_print(str(response), "\n".join(self.answer))
        if self.kind == "value":
            return _same_value(str(response), self.answer[0])
        if self.kind == "lives-on":
            if isinstance(response, str):
                response = [n for n in re.split(r"[\s,]+", response) if n]
            return set(response) == set(self.answer)
        if self.kind == "which-backpack":
            if isinstance(response, int):
                return response == self.env
            return str(response).strip() == self.answer[0]
        return False

    def to_json(self) -> dict:
        data = {"step": self.step + 1, "kind": self.kind, "question": self.prompt,
                "answer": list(self.answer) if self.kind == "lives-on" else self.answer_text,
                "explanation": self.explanation}
        if self.choices:
            data["choices"] = list(self.choices)
        if self.marked:
            data["marked"] = True
        return data


# ------------------------------------------------------------------ answers


_PUNCTUATION = set("[]{}(),:;")


def _loose(text: str) -> str:
    """``text`` with runs of white space as one space, and none beside brackets, commas and colons (outside
    quotes): `[ 1, 2 ]` and `[1,2]` are the same print, `x y` and `xy` are not."""
    out: list[str] = []
    quote = None
    space = False
    for ch in text.strip():
        if quote:
            out.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch.isspace():
            space = True
            continue
        if space and out and out[-1] not in _PUNCTUATION and ch not in _PUNCTUATION:
            out.append(" ")
        space = False
        if ch in "'\"`":
            quote = ch
        out.append(ch)
    return "".join(out)


def _same_print(typed: str, printed: str) -> bool:
    """As Node prints it, white space aside (outside strings): a long array Node breaks over several lines
    may be typed on one."""
    return _loose(" ".join(typed.split("\n"))) == _loose(" ".join(printed.split("\n"))) and bool(typed.strip())


def _number(text: str) -> float | None:
    try:
        return float(text.replace("_", ""))
    except ValueError:
        return None


def _same_value(typed: str, truth: str) -> bool:
    """The value a binding row shows: numbers by value (`1` and `1.0`), strings with any quotes or none."""
    typed = typed.strip()
    if typed == truth:
        return True
    a, b = _number(typed), _number(truth)
    if a is not None and b is not None:
        return a == b
    if len(truth) >= 2 and truth[0] == truth[-1] and truth[0] in "'\"`":
        inner = truth[1:-1]
        if typed == inner:
            return True
        if len(typed) >= 2 and typed[0] == typed[-1] and typed[0] in "'\"`":
            return typed[1:-1] == inner
    return False


# ------------------------------------------------------------------ reading a state


def _code(source_lines: list[str], step) -> str:
    """The code a step points at, as the narration quotes it (first line, shortened)."""
    r = step.range
    if r is None or not 0 < r.start_line <= len(source_lines):
        return ""
    if r.start_line == r.end_line:
        text = source_lines[r.start_line - 1][r.start_column:r.end_column]
    else:
        text = source_lines[r.start_line - 1][r.start_column:] + " …"
    text = text.strip().rstrip(";")
    return text if len(text) <= 50 else text[:49].rstrip() + "…"


def _holder_names(state: MemoryState, env_id: int) -> list[str]:
    """How the program reaches the closures that hold an environment: the variables they are stored in
    (``counter``, or ``clicks.increment`` for an object's property), else their function names."""
    view = state.environments.get(env_id)
    if view is None:
        return []
    places: list[tuple[str, object]] = [(b.name, b.value) for b in state.global_memory]
    for env in state.environments.values():
        if env.id != env_id and env.on_stack and env.kind != "global":
            places.extend((b.name, b.value) for b in env.bindings)
    for name, value in list(places):
        obj = state.heap.get(value.id) if isinstance(value, Ref) else None
        if obj is not None and obj.kind == "object":
            places.extend((f"{name}.{p.key}", p.value) for p in obj.properties if p.value is not None)
    names: list[str] = []
    for fid in view.held_by:
        stored = [name for name, value in places if value == Ref(fid)]
        if stored:
            names.extend(stored)
        elif fid in state.heap and state.heap[fid].name:
            names.append(state.heap[fid].name)
    return list(dict.fromkeys(names))


def _bindings(state: MemoryState, env_id: int) -> tuple[Binding, ...]:
    """An environment's bindings (Global Memory's for the global environment)."""
    env = state.environments.get(env_id)
    if env is None:
        return ()
    return state.global_memory if env.kind == "global" else env.bindings


def _call_env_ids(state: MemoryState) -> list[int]:
    """The environments of the running call (its function Local Memory and the blocks inside it)."""
    if len(state.stack) < 2:
        return []
    ids = []
    for eid in state.stack[-1].env_chain:
        view = state.environments.get(eid)
        if view is None:
            break
        ids.append(eid)
        if view.kind == "function":
            break
    return ids


def _closures_of(state: MemoryState) -> dict[int, int]:
    """Living closures (functions whose backpack is not Global Memory) -> their backpack's environment id."""
    out = {}
    for obj in state.heap.values():
        if obj.kind == "function" and obj.scope is not None and obj.scope in state.environments:
            env = state.environments[obj.scope]
            if env.kind != "global" and not env.paused:
                out[obj.id] = obj.scope
    return out


# ------------------------------------------------------------------ the questions


class _Asker:
    def __init__(self, trace, terms: Terms, points: tuple[PredictPoint, ...]):
        self.trace = trace
        self.terms = Terms(terms)
        self.lines = trace.source.split("\n")
        self.points: dict[int, set[str | None]] = {}
        for p in points:
            self.points.setdefault(p.line, set()).add(p.name)
        self.marked_mode = bool(self.points)
        self.looks = 0
        self.asked_backpacks: set[int] = set()   # by default a backpack is asked about once

    def state(self, i: int) -> MemoryState:
        self.looks += 1
        return self.trace.state_at(i)

    def allowed(self, line: int | None) -> bool:
        return not self.marked_mode or (line is not None and line in self.points)

    def names_for(self, line: int | None) -> set[str | None]:
        return self.points.get(line, {None}) if self.marked_mode else {None}

    # -- prints
    def prints(self, i: int, step) -> Question | None:
        printed = tuple(line.text for line in self.trace.console if line.step == i)
        if not printed:
            return None
        code = _code(self.lines, step)
        prompt = f"What will `{code}` print?" if code.startswith("console.") else (
            f"Line {step.range.start_line}: what will the console print?" if step.range else
            "What will the console print?")
        return Question(i, "prints", prompt, printed, self.trace.narration(i, self.terms),
                        marked=self.marked_mode)

    # -- value
    def value(self, i: int, step) -> Question | None:
        after = self.state(i)
        wanted = self.names_for(step.range.start_line if step.range else None)
        for change in after.changed:
            if change.target != "env":
                continue
            env = after.environments.get(change.id)
            if env is None or (env.kind == "global" and not self.marked_mode):
                continue
            binding = next((b for b in _bindings(after, env.id) if b.name == change.key), None)
            if binding is None or not isinstance(binding.value, Primitive):
                continue
            if None not in wanted and binding.name not in wanted:
                continue
            if not self.marked_mode:
                if not (binding.captured or env.held_by):
                    continue
                old = next((b for b in _bindings(self.state(i - 1), env.id) if b.name == binding.name), None)
                if old is None or not isinstance(old.value, Primitive) or old.value.type in ("undefined",
                                                                                           "uninitialized"):
                    continue
            code = _code(self.lines, step)
            lead = f"`{code}` runs: " if code and code != binding.name else ""
            prompt = f"{lead}`{binding.name}` will become ?"
            return Question(i, "value", prompt, (binding.value.text,), self.trace.narration(i, self.terms),
                            env=env.id, name=binding.name, marked=self.marked_mode)
        return None

    # -- lives-on
    def lives_on(self, i: int, step) -> Question | None:
        if i == 0:
            return None
        before = self.state(i - 1)
        ids = _call_env_ids(before)
        if not ids:
            return None
        after = self.state(i)
        if any(after.environments[e].on_stack or after.environments[e].paused for e in ids if e in after.environments):
            return None     # not an end: a generator or async call pauses, or the call goes on
        if not any(f in after.heap for f in self.functions_made_by_call(i - 1, before, ids)):
            return None     # no function made by this call outlives it: nothing to ask
        survivors = [after.environments[e] for e in ids if e in after.environments and after.environments[e].held_by]
        names = [b.name for e in ids for b in before.environments[e].bindings]
        kept = [b.name for env in survivors for b in env.bindings if b.captured]
        fn = before.stack[-1].name
        local = _LOCAL[self.terms]
        prompt = (f"{fn} ends now. Which names of its {local} stay in the {_BACKPACK[self.terms]}? "
                  f"Tick them.")
        function_env = next((e for e in reversed(ids) if before.environments[e].kind == "function"), ids[-1])
        env = function_env if function_env in after.environments or not survivors else survivors[0].id
        return Question(i, "lives-on", prompt, tuple(n for n in names if n in kept),
                        self.trace.narration(i, self.terms), choices=tuple(dict.fromkeys(names)), env=env,
                        name=fn, marked=self.marked_mode)

    def functions_made_by_call(self, last: int, state: MemoryState, ids: list[int]) -> list[int]:
        """The functions the call running at step ``last`` has made: those in its state that were not in
        the heap when the call began (a function that closes over nothing shows no scope, so its scope
        cannot tell)."""
        depth = self.trace.step(last).depth
        j = last
        while j > 0 and last - j < SCAN_BACK and self.trace.step(j).depth >= depth:
            j -= 1
        functions = [f for f, obj in state.heap.items() if obj.kind in ("function", "class") and obj.source]
        if last - j >= SCAN_BACK:   # a very long call: the functions that close over its memory
            return [f for f in functions if state.heap[f].scope in ids]
        began = self.state(j).heap
        return [f for f in functions if f not in began]

    # -- which-backpack
    def which_backpack(self, i: int, step) -> Question | None:
        if i == 0 or i + 1 >= len(self.trace) or self.trace.kind(i + 1) != StepKind.CONTEXT_CREATED:
            return None
        entered = self.state(i + 1)
        fid = entered.stack[-1].function if entered.stack else None
        before = self.state(i - 1)
        closures = _closures_of(before)
        if fid is None or fid not in closures:
            return None
        fn = before.heap[fid]
        env = closures[fid]
        siblings = [f for f, e in closures.items() if e == env and f != fid]
        twins = [f for f, e in closures.items() if e != env and before.heap[f].source == fn.source]
        options = list(dict.fromkeys(e for e in closures.values()
                                     if before.environments[e].held_by and not before.environments[e].on_stack))
        if env not in options:
            options.append(env)
        if not self.marked_mode and (not (siblings or twins) or len(options) < 2 or env in self.asked_backpacks):
            return None
        self.asked_backpacks.add(env)
        labels = [self.backpack_label(before, e) for e in options]
        code = _code(self.lines, step) or f"{fn.name}()"
        prompt = f"`{code}` is called. Which {_BACKPACK[self.terms]} will it use? Click it."
        right = labels[options.index(env)]
        view = before.environments[env]
        values = ", ".join(f"`{b.name}` is {b.value.text}" for b in view.bindings
                           if b.captured and isinstance(b.value, Primitive))
        where = f", where {values}" if values else ""
        explanation = (f"{self.trace.narration(i, self.terms)} It runs with {right}{where}: "
                       f"the {_BACKPACK[self.terms]} it got when {view.owner} made it.")
        return Question(i, "which-backpack", prompt, (right,), explanation, choices=tuple(labels), env=env,
                        name=code, options=tuple(options), marked=self.marked_mode)

    def backpack_label(self, state: MemoryState, env_id: int) -> str:
        view = state.environments[env_id]
        holders = [f"`{h}`" for h in _holder_names(state, env_id)]
        if len(holders) > 2:
            holders = [holders[0], holders[1] + " …"]
        who = " and ".join(holders) if holders else "a function"
        return f"the {_BACKPACK[self.terms]} of {who} (from {view.owner})"


_ASKERS = {
    StepKind.CONSOLE: ("prints", _Asker.prints),
    StepKind.ASSIGNED: ("value", _Asker.value),
    StepKind.DECLARED: ("value", _Asker.value),
    StepKind.RETURN: ("lives-on", _Asker.lives_on),
    StepKind.CALL: ("which-backpack", _Asker.which_backpack),
}


def _kinds_and_places(trace):
    """(step kind, place key) of every step: from the trace's compact arrays when it has them (a million steps
    in a fraction of a second), else through its public API. Steps at one place share one source range."""
    tape = getattr(trace, "tape", None)
    if tape is not None and hasattr(tape, "kinds") and hasattr(tape, "locs"):
        kinds = list(StepKind)
        return ((kinds[k], loc) for k, loc in zip(tape.kinds, tape.locs))
    return ((trace.kind(i), i) for i in range(len(trace)))


def questions(trace, points: Iterable[PredictPoint] | None = None, terms: Terms = Terms.HARD_PARTS,
              max_looks: int = MAX_LOOKS) -> list[Question]:
    """The questions predict mode asks over ``trace``, in step order. ``points``: the file's ``// predict``
    comments (read from the trace's source when None); with none, the default moments are asked."""
    if points is None:
        points = predict_points(trace.source)
    asker = _Asker(trace, terms, tuple(points))
    per_line = MARKED_PER_LINE if asker.marked_mode else DEFAULT_PER_LINE
    asked: dict[tuple[str, int | None], int] = {}
    tried: dict[tuple[str, int | None], int] = {}
    line_of: dict[object, int | None] = {}
    out: list[Question] = []
    for i, (step_kind, place) in enumerate(_kinds_and_places(trace)):
        entry = _ASKERS.get(step_kind)
        if entry is None:
            continue
        kind, ask = entry
        if kind == "value" and step_kind == StepKind.DECLARED and not asker.marked_mode:
            continue
        line = line_of.get(place, -1)
        if line == -1:
            rng = trace.step(i).range
            line = line_of[place] = rng.start_line if rng else None
        key = (kind, line)
        # a place asked enough, or tried often without a question (a loop's writes no closure uses)
        if not asker.allowed(line) or asked.get(key, 0) >= per_line or tried.get(key, 0) >= MAX_TRIES:
            continue
        if asker.looks >= max_looks and kind != "prints":
            continue
        question = ask(asker, i, trace.step(i))
        tried[key] = tried.get(key, 0) + 1
        if question is not None:
            asked[key] = asked.get(key, 0) + 1
            out.append(question)
    return out


def quiz_text(qs: list[Question], title: str = "") -> str:
    """The questions as a worksheet: one block per question (its step counted from 1, as the window counts),
    the answer after each."""
    head = f"Predict: {title} ({len(qs)} question{'' if len(qs) == 1 else 's'})\n\n" if title else ""
    if not qs:
        return head + "No questions: nothing in this run is asked about in predict mode.\n"
    blocks = []
    for n, q in enumerate(qs, 1):
        lines = [f"{n}. step {q.step + 1} [{q.kind}] {q.prompt}"]
        if q.choices:
            lines.extend(f"   - {c}" for c in q.choices)
        answer = q.answer_text.replace("\n", "\n           ")
        lines.append(f"   answer: {answer}")
        blocks.append("\n".join(lines))
    return head + "\n\n".join(blocks) + "\n"


def quiz_json(qs: list[Question], filename: str = "") -> dict:
    """The questions as data (``closure-explorer quiz --format json``)."""
    return {"version": 1, "file": filename, "questions": [q.to_json() for q in qs]}


@dataclass(frozen=True)
class Result:
    """What became of a question: the learner's answer (None: revealed without one) and whether it was right."""

    response: object
    right: bool


class Quiz:
    """Predict mode's progress over one trace: which questions were answered, and how well. Stepping forward
    past an unanswered question stops before it; an answered question is never asked again."""

    def __init__(self, qs: list[Question]):
        self.questions = list(qs)
        self._by_step = {q.step: q for q in self.questions}
        self.results: dict[int, Result] = {}     # question step -> result

    def question_at(self, step: int) -> Question | None:
        return self._by_step.get(step)

    def stop_before(self, current: int, target: int) -> Question | None:
        """The first unanswered question on the way from ``current`` forward to ``target`` (inclusive)."""
        if target <= current:
            return None
        for q in self.questions:
            if current < q.step <= target and q.step not in self.results:
                return q
        return None

    def answer(self, question: Question, response) -> bool:
        """Mark ``response`` (None: the learner asked to be shown) and return whether it was right."""
        right = response is not None and question.check(response)
        self.results[question.step] = Result(response, right)
        return right

    def result(self, question: Question) -> Result | None:
        return self.results.get(question.step)

    @property
    def right(self) -> int:
        return sum(1 for r in self.results.values() if r.right)

    @property
    def asked(self) -> int:
        return len(self.results)

    def score_text(self) -> str:
        return f"{self.right} of {self.asked} predicted"
