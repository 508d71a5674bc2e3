"""``closure-explorer trace FILE.js``: a recording on the command line (text, JSON, or OPT's format)."""

from __future__ import annotations

import argparse
import json
import sys

from ..engine.errors import SourceError
from .export import text_lines, to_opt, write_json
from .model import Terms
from .recorder import record

# past this many steps `--format json` leaves each step's state and narration out unless --full asks for them:
# a million steps with both is 1.7 GB written over many minutes
LONG_JSON_STEPS = 100_000


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="closure-explorer trace",
                                description="Record a JavaScript program and print every step.")
    p.add_argument("file", help="the .js file to run")
    p.add_argument("--format", choices=("text", "json", "opt"), default="text",
                   help="text: one line per step; json: the whole trace with states; opt: Online Python Tutor's format")
    p.add_argument("--max-steps", type=int, default=1_000_000, help="stop recording after this many steps")
    p.add_argument("--terms", choices=[t.value for t in Terms], default=Terms.HARD_PARTS.value,
                   help="the words the narration uses (text format)")
    p.add_argument("--no-states", action="store_true", help="json: leave out the memory state of each step")
    p.add_argument("--then", action="append", metavar="CODE",
                   help="a console entry run after the program and recorded as more steps (repeatable)")
    p.add_argument("--full", action="store_true",
                   help=f"json: keep each step's state and narration in a run of more than {LONG_JSON_STEPS:,} steps "
                        "(gigabytes, minutes)")
    return p


def trace_command(argv: list[str]) -> int:
    """Exit status: 0 completed, 1 uncaught error or syntax error, 2 bad usage, 3 step limit."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    try:
        with open(args.file, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        print(f"closure-explorer trace: {e}", file=sys.stderr)
        return 2
    try:
        trace = record(source, filename=args.file, max_steps=args.max_steps, entries=args.then or ())
    except SourceError as e:
        print(f"{args.file}:{e.line}:{e.column + 1}: {e}", file=sys.stderr)
        return 1
    out = sys.stdout
    if args.format == "text":
        for line in text_lines(trace, Terms(args.terms)):
            out.write(line + "\n")
    elif args.format == "json":
        full = args.full or len(trace) <= LONG_JSON_STEPS
        if not full:
            print(f"closure-explorer trace: the run has {len(trace):,} steps, more than {LONG_JSON_STEPS:,}: each "
                  "step's state and narration are left out (--full keeps them).", file=sys.stderr)
        write_json(trace, out, states=full and not args.no_states, narration=full)
    else:
        json.dump(to_opt(trace), out, ensure_ascii=False)
        out.write("\n")
    if trace.error_message and trace.outcome.value != "completed":
        print(trace.error_message, file=sys.stderr)
    code = {"completed": 0, "uncaught-error": 1, "step-limit": 3, "cancelled": 4, "preview": 5}[trace.outcome.value]
    return code or (1 if any(e.error for e in trace.entries) else 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(trace_command(sys.argv[1:]))
