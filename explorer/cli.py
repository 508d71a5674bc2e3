"""The command line: ``closure-explorer [FILE.js]`` opens the window; ``run``, ``trace``, ``export`` work without one."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
import traceback
from pathlib import Path

from .engine import DEFAULT_MAX_STEPS, Hooks
from .engine.utf16 import as_printed

RUN_TIMEOUT = 300.0    # seconds; `run` records nothing, so it has no step limit unless one is asked for
EXIT_STOPPED = 3     # as for a step limit


class _Streaming(Hooks):
    """Prints the program's console output as it is produced (Node does not hold it back)."""

    def __init__(self):
        self.interp = None
        self.live = True
        self.written = {"stdout": 0, "stderr": 0}

    def program_start(self, interp, global_env) -> None:
        self.interp = interp

    def program_end(self, outcome: str, error) -> None:
        self.live = False       # console entries run afterwards are printed with their echo

    def console(self, stream: str, text: str) -> None:
        if self.live:
            out = sys.stdout if stream == "stdout" else sys.stderr
            out.write(text + "\n")
            out.flush()
            self.written[stream] += len(text) + 1


def _end_on_interrupt(signum, frame) -> None:
    """Ctrl-C: what was printed stays printed, the run ends now (the engine's thread with it)."""
    for out in (sys.stdout, sys.stderr):
        try:
            out.flush()
        except (OSError, ValueError):
            pass
    os._exit(130)


def cmd_run(args) -> int:
    from .engine import run_source
    from .files import FileProblem, read_source

    try:
        source = read_source(args.file)
    except FileProblem as e:
        print(f"closure-explorer: {e}", file=sys.stderr)
        return 2
    entries = args.then or ()
    hooks = _Streaming()
    cancel = threading.Event()
    timer = threading.Timer(args.timeout, cancel.set) if args.timeout and args.timeout > 0 else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    on_main = threading.current_thread() is threading.main_thread()
    interrupt = signal.signal(signal.SIGINT, _end_on_interrupt) if on_main else None
    try:
        result = run_source(source, filename=args.file, max_steps=args.max_steps or 10**18, entries=entries,
                            hooks=hooks, cancel=cancel)
    finally:
        if timer is not None:
            timer.cancel()
        if on_main:
            signal.signal(signal.SIGINT, interrupt)
    sys.stdout.write(result.stdout[hooks.written["stdout"]:])
    sys.stdout.flush()
    if result.outcome == "cancelled":
        node = hooks.interp.current_node if hooks.interp is not None else None
        line = node.loc.start.line if node is not None else 0
        print(f"Stopped after {args.timeout:g} seconds (--timeout): the program may never finish "
              f"(it was running line {line}).", file=sys.stderr)
        return EXIT_STOPPED
    sys.stderr.write(result.stderr[hooks.written["stderr"]:])
    for entry in result.entries:
        for n, line in enumerate(entry.lines()):
            stream = sys.stderr if n > entry.code.count("\n") and entry.printed[
                n - entry.code.count("\n") - 1][0] == "stderr" else sys.stdout
            stream.write(line + "\n")
            stream.flush()
    if len(result.entries) < len(entries):
        print("closure-explorer: the console entries did not run: the program did not finish", file=sys.stderr)
    if any(e.error for e in result.entries):
        return result.exit_code or 1
    return result.exit_code


class _Printed:
    """A text stream that writes a JavaScript string's surrogates as Node does (a pair joined, a lone
    one as U+FFFD): UTF-8 has no encoding for them."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(as_printed(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _quiz_parser() -> argparse.ArgumentParser:
    from .trace.model import Terms

    p = argparse.ArgumentParser(
        prog="closure-explorer quiz",
        description="The questions predict mode asks about a program, in order, with their answers: a worksheet. "
                    "Steps are counted from 1, as the window counts them.",
        epilog="exit codes: 0 done, 1 uncaught error or syntax error, 2 not supported / unreadable file, "
               "3 step limit reached")
    p.add_argument("file", help="the .js program")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text: a worksheet, each question with its step, kind and answer; json: the same as data")
    p.add_argument("--terms", choices=[t.value for t in Terms], default=Terms.HARD_PARTS.value,
                   help="the words the questions use")
    p.add_argument("--max-steps", type=int, default=DEFAULT_MAX_STEPS,
                   help=f"stop a run after this many steps (default {DEFAULT_MAX_STEPS:,})")
    return p


def cmd_quiz(args) -> int:
    import json

    from .engine.errors import NotSupported, SourceError
    from .files import FileProblem, read_source
    from .lesson import questions, quiz_json, quiz_text
    from .trace import record
    from .trace.model import Terms

    try:
        source = read_source(args.file)
    except FileProblem as e:
        print(f"closure-explorer: {e}", file=sys.stderr)
        return 2
    name = Path(args.file).name
    try:
        trace = record(source, filename=name, max_steps=args.max_steps)
    except SourceError as e:
        print(f"{args.file}:{e.line}:{(e.column or 0) + 1}: {e}", file=sys.stderr)
        return 2 if isinstance(e, NotSupported) else 1
    qs = questions(trace, terms=Terms(args.terms))
    if args.format == "json":
        json.dump(quiz_json(qs, name), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(quiz_text(qs, name))
    sys.stdout.flush()
    if trace.error_message and trace.outcome.value != "completed":
        print(trace.error_message, file=sys.stderr)
    return {"completed": 0, "uncaught-error": 1, "step-limit": 3}.get(trace.outcome.value, 1)


def main(argv: list[str] | None = None) -> int:
    """Dispatch; no Python traceback reaches the user (an engine bug is logged to a file instead)."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printed(sys.stdout), _Printed(sys.stderr)
    try:
        return _guarded(list(sys.argv[1:] if argv is None else argv))
    finally:
        sys.stdout, sys.stderr = streams


def _guarded(argv: list[str]) -> int:
    try:
        return _dispatch(argv)
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        # past the address-space cap, somewhere the engine's own checks do not reach (the run itself ends
        # such a case with its "Out of memory" message)
        print("closure-explorer: out of memory: the program needs more memory than a run is given.", file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 - the last line of defence
        fd, log = tempfile.mkstemp(prefix="closure-explorer-error-", suffix=".log")   # one log per run
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(traceback.format_exc())
        print(f"closure-explorer: internal error; the details are in {log}. "
              "Please report it with the program that caused it.", file=sys.stderr)
        return 70


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in ("trace", "export", "run", "quiz"):
        from .engine.memory import DEFAULT_MAX_HEAP_MB, limit_address_space

        # whatever one step allocates (a built-in making gigabytes), the process stays near the memory budget
        limit_address_space(DEFAULT_MAX_HEAP_MB)
    if argv and argv[0] == "trace":
        from .trace.cli_trace import trace_command

        return trace_command(argv[1:])
    if argv and argv[0] == "quiz":
        return cmd_quiz(_quiz_parser().parse_args(argv[1:]))
    if argv and argv[0] == "export":
        from .ui.export import export_command

        return export_command(argv[1:])
    if argv and argv[0] == "run":
        p = argparse.ArgumentParser(prog="closure-explorer run",
                                    description="Run a JavaScript file as Node would (as a classic script).")
        p.add_argument("file")
        p.add_argument("--max-steps", type=int, default=None,
                       help="stop a run after this many steps (default: no limit, as in Node)")
        p.add_argument("--timeout", type=float, default=RUN_TIMEOUT,
                       help=f"stop a run after this many seconds (default {RUN_TIMEOUT:g}; 0: never)")
        p.add_argument("--then", action="append", metavar="CODE",
                       help="a console entry run after the program, as Node's REPL runs it (repeatable)")
        return cmd_run(p.parse_args(argv[1:]))
    p = argparse.ArgumentParser(
        prog="closure-explorer",
        description="See how JavaScript closures work. Commands: run FILE.js, trace FILE.js, export FILE.js, "
                    "quiz FILE.js; "
                    "with only a FILE.js (or nothing) the window opens.")
    p.add_argument("file", nargs="?", help="a .js file to open in the window")
    ns = p.parse_args(argv)
    from .ui.app import run_app

    return run_app(ns.file)
