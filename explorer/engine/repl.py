"""Console entries: more code run in the same realm after the program, as Node's REPL runs it.

An entry is a script of its own, run after the program and its event loop have finished (or after
the program's uncaught error): its ``let``/``const``/``class`` join Global Memory, a name an earlier
script declared is a SyntaxError, its value is shown as the REPL shows it, and the event loop then
runs whatever it queued. Errors end the entry, never the realm.

An entry's code is a *piece* of its own (``interp.pieces``, labelled "console"), as code given to
``eval`` is: its nodes' ``loc.source`` says so, the trace's steps in it point into that text, and a
stack frame in it is named ``REPLn:line:column`` as Node's REPL names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .deepstack import in_roomy_frame, on_deep_stack
from .errors import Cancelled, HeapLimitReached, NotSupported, SourceError, StepLimitReached, UnhandledRejection
from .memory import MemoryBudget, out_of_memory_message
from .parser import parse_script
from .runtime import ExecutionContext, Phase
from .scope import pattern_names
from .values import UNDEFINED, JSError, JSThrow

_NAMELESS_FRAME = re.compile(r"    at [^ ()]+:\d+:\d+")


@dataclass(frozen=True)
class EntryResult:
    index: int                              # 0 for the first entry
    code: str
    printed: tuple[tuple[str, str], ...]    # in order: (stdout|stderr, text) output, (result|error, text) what
                                            # the REPL shows for it (error: an uncaught error, its own or a job's)
    error: bool                             # it (or a job it queued) ended in an uncaught error

    @property
    def value(self) -> str:
        """What the REPL showed after the entry's synchronous output: its value or its error."""
        return next((t for s, t in self.printed if s in ("result", "error")), "")

    def lines(self) -> list[str]:
        """What a REPL transcript shows: ``> code`` (``... `` before further lines), then what it printed."""
        head = self.code.split("\n")
        return ["> " + head[0]] + ["... " + x for x in head[1:]] + [t for _s, t in self.printed]


def can_run_entries(interp) -> bool:
    """Entries run after a program that completed or ended in an uncaught error (its realm is intact)."""
    return interp.outcome in ("completed", "uncaught-error")


def run_entry(interp, code: str) -> EntryResult:
    """Run ``code`` in ``interp``'s realm after its program (``Interpreter.run`` first)."""
    return on_deep_stack(lambda: in_roomy_frame(lambda: _run_entry(interp, code)))


def _run_entry(interp, code: str) -> EntryResult:
    index = interp.entries_run
    interp.entries_run += 1
    text, problem, declared = _parse_entry(code)
    interp.entry_declared = declared        # (its var names, its function names): globals it makes
    printed: list = []
    interp.echo = printed
    hooks = interp.hooks
    hooks.entry_start(index, code)
    errors = []

    def shown(text: str, error: bool) -> None:
        printed.append(("error" if error else "result", text))
        errors.append(error)
        hooks.entry_result(text, error)

    interp.memory = MemoryBudget(interp.max_heap_mb)
    interp.memory.activate()
    try:
        if not can_run_entries(interp):
            shown("The program did not finish, so there is nothing to continue: "
                  f"{interp.outcome or 'it did not run'}.", True)
            return _result(index, code, printed, errors)
        if problem is not None:
            hint = (" (the console takes a top-level await in an expression: declare first, then "
                    "`x = await ...`)" if "await" in code and "await" in problem.message else "")
            shown(f"Uncaught SyntaxError: {problem.message}{hint}", True)
            return _result(index, code, printed, errors)
        awaited = _awaiting(text) if problem is None else None
        run = _compile(interp, awaited or text, index)
        if _guarded(interp, run, shown, awaited is None):
            while not _guarded(interp, interp.event_loop, shown, False):
                pass     # a job that threw is reported; the event loop goes on with the others
            if awaited is not None:
                _show_awaited(interp, run.value, shown)
    finally:
        MemoryBudget.deactivate()
        interp.echo = None
        interp.stack.clear()
        hooks.entry_end()
    return _result(index, code, printed, errors)


def _awaiting(text: str) -> str | None:
    """An expression entry with a top-level ``await`` (which Node's REPL allows): the same expression in
    an async arrow function called at once, whose promise the console then shows settled; else None."""
    if "await" not in text:
        return None
    try:
        parse_script(text)
        return None                  # `await` is only a name here, or inside a function
    except SourceError:
        pass
    expression = text.strip().rstrip(";")
    wrapped = f"(async () => (\n{expression}\n))()"
    try:
        parse_script(wrapped)
    except SourceError:
        return None
    return wrapped


def _show_awaited(interp, promise, shown) -> None:
    """What the REPL shows once an awaited entry's promise settled (its rejection was reported as uncaught)."""
    state = getattr(getattr(promise, "internal", None), "state", None)
    if state == "fulfilled":
        shown(interp.inspect(promise.internal.result), False)
    elif state == "pending":
        shown("The awaited promise never settled (Node's REPL would still be waiting).", True)


def _result(index, code, printed, errors) -> EntryResult:
    return EntryResult(index, code, tuple(printed), any(errors))


def _parse_entry(code: str):
    """Check ``code`` parses: (the text to run, None, the var and function names it declares at its top
    level) or (code, the SourceError, ((), ())). ``{ a: 1 }`` is an object, as Node's REPL reads it (the
    text is then ``({ a: 1 })``)."""
    stripped = code.strip()
    if stripped.startswith("{") and stripped.rstrip(";").endswith("}"):
        try:
            return "(" + code + ")", None, _declared(parse_script("(" + code + ")"))
        except SourceError:
            pass
    try:
        return code, None, _declared(parse_script(code))
    except SourceError as e:
        if _awaiting(code) is not None:
            return code, None, ((), ())
        return code, e, ((), ())


def _declared(program) -> tuple[tuple[str, ...], tuple[str, ...]]:
    var_names, functions = [], []
    for s in program.body:
        if s.type == "VariableDeclaration" and s.kind == "var":
            for d in s.declarations:
                var_names.extend(pattern_names(d.id, []))
        elif s.type == "FunctionDeclaration" and s.id is not None:
            functions.append(s.id.name)
    return tuple(var_names), tuple(functions)


def _compile(interp, text: str, index: int):
    """The function running the entry: a script context around the code, compiled against the global
    environment by the engine's one machinery for code run in a live scope (``eval_in_env``, in its
    REPL mode: the entry's let/const/class stay in Global Memory). The code is a piece of its own,
    labelled "console" (the same text typed again is the same piece)."""
    genv = interp.global_env
    realm = interp.realm
    hooks = interp.hooks
    known = next((i for i, (label, t) in enumerate(interp.pieces) if label == "console" and t == text), None)
    interp.entry_pieces[index] = known if known is not None else len(interp.pieces)

    def run():
        ctx = ExecutionContext(None, genv, realm.global_object, None, None, [], 1)
        genv.ctx = ctx
        interp.stack.clear()
        interp.stack.append(ctx)
        hooks.context_enter(ctx)
        ctx.phase = Phase.EXECUTION
        hooks.context_execute(ctx)
        value = run.value = interp.eval_in_env(text, genv, strict=False, label="console", repl=True)
        interp.stack.pop()
        hooks.context_exit(ctx, UNDEFINED, False)
        return value
    run.value = UNDEFINED
    return run


def _guarded(interp, run, shown, show_value: bool) -> bool:
    """Run ``run``; show its value (``show_value``) or its uncaught error. False when it threw."""
    realm = interp.realm
    try:
        try:
            value = run()
        except UnhandledRejection as u:
            raise u.exc
    except JSThrow as e:
        value = e.js_value(realm)
        if isinstance(e, JSError) or getattr(e, "fresh", False):
            interp.hooks.thrown(value, interp.current_node)
        interp.stack.clear()
        shown("Uncaught " + _without_repl_frames(interp.inspect(value)), True)
        return False
    except StepLimitReached:
        interp.stack.clear()
        interp.outcome = "step-limit"
        node = interp.current_node
        line = node.loc.start.line if node is not None else 0
        shown(f"Stopped after {interp.max_steps:,} steps: the entry may never finish "
              f"(it was running line {line}).", True)
        return True
    except Cancelled:
        raise
    except NotSupported as e:
        interp.stack.clear()
        shown(f"Not supported yet: {e.message}", True)
        return False
    except RecursionError:
        interp.stack.clear()
        shown("Uncaught RangeError: Maximum call stack size exceeded", True)
        return False
    except (HeapLimitReached, MemoryError):
        interp.stack.clear()
        interp.outcome = "out-of-memory"
        node = interp.current_node
        shown(out_of_memory_message(interp.max_heap_mb, node.loc.start.line if node is not None else None), True)
        return True
    if show_value:
        shown(interp.inspect(value), False)
    return True


def _without_repl_frames(text: str) -> str:
    """Node's REPL leaves out an error's last frame without a function name (the entry's top level:
    ``at REPL3:1:1``) and every frame below it."""
    lines = text.split("\n")
    frames = [i for i, line in enumerate(lines) if line.startswith("    at ")]
    nameless = [i for i in frames if _NAMELESS_FRAME.fullmatch(lines[i])]
    if not nameless:
        return text
    cut = nameless[-1]
    end = cut
    while end < len(lines) and lines[end].startswith("    at "):
        end += 1
    return "\n".join(lines[:cut] + lines[end:])
