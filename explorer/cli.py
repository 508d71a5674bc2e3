"""The command line: ``closure-explorer [FILE.js]`` opens the window; ``run``, ``trace``, ``export`` work without one."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

from .engine import DEFAULT_MAX_STEPS

def cmd_run(args) -> int:
    from .engine import run_source
    from .files import FileProblem, read_source

    try:
        source = read_source(args.file)
    except FileProblem as e:
        print(f"closure-explorer: {e}", file=sys.stderr)
        return 2
    entries = args.then or ()
    result = run_source(source, filename=args.file, max_steps=args.max_steps, entries=entries)
    sys.stdout.write(result.stdout)
    sys.stdout.flush()
    sys.stderr.write(result.stderr)
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
    try:
        return _dispatch(list(sys.argv[1:] if argv is None else argv))
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
        log = Path(tempfile.gettempdir()) / "closure-explorer-error.log"
        log.write_text(traceback.format_exc(), encoding="utf-8")
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
        p.add_argument("--max-steps", type=int, default=DEFAULT_MAX_STEPS,
                       help=f"stop a run after this many steps (default {DEFAULT_MAX_STEPS:,})")
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
