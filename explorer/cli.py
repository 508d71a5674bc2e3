"""The command line, every subcommand of it: its arguments, how it reads a program, its exit codes.

``closure-explorer [FILE.js]`` opens the window; ``run``, ``trace`` and ``export`` work without one.
Each subcommand has its parser here (``build_parser``), reads its program with ``read_program`` and
ends with a code from ``EXIT`` (README's table). What a subcommand *does* lives with what it draws or
prints (``explorer.trace.export`` for the trace's formats, ``explorer.ui.export`` for pictures); this
module only parses, reads, dispatches and turns problems into one line on stderr and an exit code.
"""

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

PROG = "closure-explorer"

# README's table, the one every subcommand follows.
EXIT_OK = 0            # the program ran to its end (export: the picture is written)
EXIT_JS_ERROR = 1      # an uncaught JavaScript error or a syntax error (export: the file could not be written)
EXIT_UNUSABLE = 2      # not supported, an unreadable file, or a command line that makes no sense
EXIT_STEP_LIMIT = 3    # the step limit was reached (an endless loop?)
EXIT_INTERNAL = 70     # a bug in Closure Explorer (the details go to a log file)

EXIT = {"completed": EXIT_OK, "uncaught-error": EXIT_JS_ERROR, "syntax-error": EXIT_JS_ERROR,
        "not-supported": EXIT_UNUSABLE, "step-limit": EXIT_STEP_LIMIT}

SUBCOMMANDS = ("run", "trace", "export", "quiz")

# `run` records nothing, so it has no step limit unless one is asked for: a time limit instead
RUN_TIMEOUT = 300.0

# past this many steps `trace --format json` leaves each step's state and narration out unless --full asks for
# them: a million steps with both is 1.7 GB written over many minutes
LONG_JSON_STEPS = 100_000


class Stop(Exception):
    """End a subcommand with ``code`` after printing ``message`` (if any) to stderr."""

    def __init__(self, code: int, message: str = "", bare: bool = False):
        super().__init__(message)
        self.code = code
        self.message = message
        self.bare = bare      # printed as it is (a report shaped as Node's), without the command's name


# ------------------------------------------------------------------ reading a program

def read_program(path: str) -> str:
    """The text of a .js file, or ``Stop(2)`` with a sentence saying what is wrong with the file."""
    from .files import FileProblem, read_source

    try:
        return read_source(path)
    except FileProblem as exc:
        raise Stop(EXIT_UNUSABLE, str(exc)) from None


def source_problem(exc, source: str, filename: str) -> Stop:
    """A program that cannot run (syntax error, not supported) as ``run`` reports it, for every subcommand."""
    from .engine.errors import source_error_report

    text, outcome = source_error_report(exc, source, filename)
    return Stop(EXIT[outcome], text.rstrip("\n"), bare=True)


def record_program(path: str, *, filename: str | None = None, max_steps: int = DEFAULT_MAX_STEPS, entries=()):
    """Read and record a program (and console entries after it); a file or source problem becomes ``Stop``."""
    from .engine.errors import SourceError
    from .trace import record

    source = read_program(path)
    name = path if filename is None else filename
    try:
        return record(source, filename=name, max_steps=max_steps, entries=tuple(entries))
    except SourceError as exc:
        raise source_problem(exc, source, name) from None


# ------------------------------------------------------------------ the parsers

def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is not a positive number")
    return n


def _add_max_steps(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-steps", type=_positive, default=DEFAULT_MAX_STEPS, metavar="N",
                   help=f"stop the run after N steps (default {DEFAULT_MAX_STEPS:,}); exit code 3")


def _terms_choices() -> list[str]:
    from .trace.model import Terms

    return [t.value for t in Terms]


def build_parser(command: str) -> argparse.ArgumentParser:
    """The parser of one subcommand (``""``: the window)."""
    epilog = ("exit codes: 0 done, 1 uncaught error or syntax error, 2 not supported / unreadable file / "
              "bad arguments, 3 step limit reached")
    if command == "run":
        p = argparse.ArgumentParser(prog=f"{PROG} run", epilog=epilog,
                                    description="Run a JavaScript file as Node would (as a classic script), "
                                                "printing its output as it comes; Ctrl+C ends it (exit code 130).")
        p.add_argument("file", help="the .js program")
        p.add_argument("--max-steps", type=_positive, default=None, metavar="N",
                       help="stop the run after N steps (default: no limit, as in Node); exit code 3")
        p.add_argument("--timeout", type=float, default=RUN_TIMEOUT, metavar="SECONDS",
                       help=f"stop the run after this many seconds (default {RUN_TIMEOUT:g}; 0: never); exit code 3")
        p.add_argument("--then", action="append", metavar="CODE",
                       help="a console entry run after the program, as Node's REPL runs it (repeatable)")
        return p
    if command == "trace":
        p = argparse.ArgumentParser(prog=f"{PROG} trace", epilog=epilog,
                                    description="Record a JavaScript program and print every step "
                                                "(steps are counted from 1, as the window counts them).")
        p.add_argument("file", help="the .js program")
        p.add_argument("--format", choices=("text", "json", "opt"), default="text",
                       help="text: one line per step; json: the whole trace with states (docs/trace-format.md); "
                            "opt: Online Python Tutor's format")
        _add_max_steps(p)
        p.add_argument("--terms", choices=_terms_choices(), default="hard-parts",
                       help="the words the narration uses (text format)")
        p.add_argument("--no-states", action="store_true", help="json: leave out the memory state of each step")
        p.add_argument("--then", action="append", metavar="CODE",
                       help="a console entry run after the program and recorded as more steps (repeatable)")
        p.add_argument("--full", action="store_true",
                       help=f"json: keep each step's state and narration in a run of more than {LONG_JSON_STEPS:,} "
                            "steps (gigabytes, minutes)")
        return p
    if command == "export":
        from .ui.theme import THEME_KEYS

        p = argparse.ArgumentParser(
            prog=f"{PROG} export", epilog=epilog,
            description="Draw steps of a program without a window: a picture, numbered frames, a GIF, a video "
                        "(.mp4/.webm) or a one-file web page (.html) a student can step through.")
        p.add_argument("file", help="the .js program")
        p.add_argument("--step", type=int, default=None,
                       help="the step to draw in a .png/.svg, counted from 1 as the window shows it (default: the last)")
        p.add_argument("--steps", help="a range A-B of steps (A or B left out: from the first / to the last); "
                                       "default: the whole run")
        p.add_argument("--out", help="the file to write: .png or .svg (one step), .gif, .mp4, .webm or .html (a range)")
        p.add_argument("--out-dir", help="a folder for numbered PNG frames of the range")
        p.add_argument("--layout", choices=("lesson", "diagram"), default="lesson",
                       help="lesson: code, diagram, narration, console and step counter (default); diagram: the "
                            "memory diagram alone")
        p.add_argument("--size", help="every frame this size in pixels, e.g. 1920x1080 (default: the largest diagram "
                                      "of the range decides, at full resolution)")
        p.add_argument("--merge-identical", action="store_true",
                       help="show neighbouring steps whose diagrams are identical as one frame")
        p.add_argument("--pace", default="900",
                       help="GIF/video: 'read' (each step as long as its narration takes to read) or milliseconds "
                            "per step (default 900)")
        p.add_argument("--frame-ms", type=_positive, default=None, help=argparse.SUPPRESS)   # the older --pace MS
        p.add_argument("--theme", choices=THEME_KEYS, default="light")
        p.add_argument("--terms", choices=_terms_choices(), default="hard-parts",
                       help="the words on the boxes and in the narration (default: hard-parts)")
        p.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 1.5 for slides seen from afar")
        _add_max_steps(p)
        return p
    if command == "quiz":
        p = argparse.ArgumentParser(
            prog=f"{PROG} quiz", epilog=epilog,
            description="The questions predict mode asks about a program, in order, with their answers: a "
                        "worksheet. Steps are counted from 1, as the window counts them.")
        p.add_argument("file", help="the .js program")
        p.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: a worksheet, each question with its step, kind and answer; json: the same as data")
        p.add_argument("--terms", choices=_terms_choices(), default="hard-parts", help="the words the questions use")
        _add_max_steps(p)
        return p
    p = argparse.ArgumentParser(
        prog=PROG, epilog=epilog,
        description="See how JavaScript closures work. Commands: run FILE.js, trace FILE.js, export FILE.js, "
                    "quiz FILE.js "
                    "(each with --help); with only a FILE.js (or nothing) the window opens.")
    p.add_argument("file", nargs="?", help="a .js file to open in the window")
    p.add_argument("--version", action=_Version, help="print the version and whether the recorder runs compiled "
                                                      "or as pure Python, and exit")
    return p


class _Version(argparse.Action):
    """``--version``: which recorder this install runs is asked only when it is wanted (it imports it)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__
        from .compiled import describe

        print(f"{PROG} {__version__}, {describe()}")
        parser.exit()


# ------------------------------------------------------------------ the subcommands

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

    source = read_program(args.file)
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
        return EXIT_STEP_LIMIT
    sys.stderr.write(result.stderr[hooks.written["stderr"]:])
    for entry in result.entries:
        for n, line in enumerate(entry.lines()):
            stream = sys.stderr if n > entry.code.count("\n") and entry.printed[
                n - entry.code.count("\n") - 1][0] == "stderr" else sys.stdout
            stream.write(line + "\n")
            stream.flush()
    if len(result.entries) < len(entries):
        print(f"{PROG} run: the console entries did not run: the program did not finish", file=sys.stderr)
    if any(e.error for e in result.entries):
        return result.exit_code or EXIT_JS_ERROR
    return result.exit_code


def cmd_trace(args) -> int:
    import json

    from .trace.export import text_lines, to_opt, write_json
    from .trace.model import Terms

    trace = record_program(args.file, max_steps=args.max_steps, entries=args.then or ())
    out = sys.stdout
    if args.format == "text":
        for line in text_lines(trace, Terms(args.terms)):
            out.write(line + "\n")
    elif args.format == "json":
        full = args.full or len(trace) <= LONG_JSON_STEPS
        if not full:
            print(f"{PROG} trace: the run has {len(trace):,} steps, more than {LONG_JSON_STEPS:,}: each step's "
                  "state and narration are left out (--full keeps them).", file=sys.stderr)
        write_json(trace, out, states=full and not args.no_states, narration=full)
    else:
        json.dump(to_opt(trace), out, ensure_ascii=False)
        out.write("\n")
    out.flush()
    if trace.error_message and trace.outcome.value != "completed":
        print(trace.error_message, file=sys.stderr)
    code = EXIT.get(trace.outcome.value, EXIT_JS_ERROR)
    return code or (EXIT_JS_ERROR if any(e.error for e in trace.entries) else EXIT_OK)


def _export_options(args):
    """``export``'s look and pace as ``ExportOptions``, or ``Stop(2)`` for a value that makes no sense."""
    from .ui.export import ExportOptions
    from .ui.lesson_frame import parse_size

    opts = ExportOptions(layout=args.layout, theme=args.theme, terms=args.terms, scale=args.scale,
                         merge_identical=args.merge_identical)
    if args.size:
        try:
            opts.size = parse_size(args.size)
        except ValueError:
            raise Stop(EXIT_UNUSABLE, f"--size wants WIDTHxHEIGHT in pixels (16-8192), got {args.size!r}") from None
    if args.frame_ms is not None:
        opts.frame_ms = args.frame_ms
    elif args.pace == "read":
        opts.pace = "read"
    else:
        try:
            opts.frame_ms = int(args.pace)
        except ValueError:
            raise Stop(EXIT_UNUSABLE, f"--pace wants 'read' or milliseconds, got {args.pace!r}") from None
        if opts.frame_ms <= 0:
            raise Stop(EXIT_UNUSABLE, "--pace wants a positive number of milliseconds")
    return opts


def cmd_export(args) -> int:
    from .lesson import parse_range
    from .ui.export import VIDEO_HELP, ExportProblem, export_steps, kind_of, video_available

    if bool(args.out) == bool(args.out_dir):
        raise Stop(EXIT_UNUSABLE, "give --out FILE (.png, .svg, .gif, .mp4, .webm, .html) or --out-dir DIR for "
                                  "PNG frames")
    kind = "frames" if args.out_dir else kind_of(args.out)
    if kind is None:
        raise Stop(EXIT_UNUSABLE, "--out must end in .png, .svg, .gif, .mp4, .webm or .html")
    if kind in ("png", "svg") and args.steps is not None:
        raise Stop(EXIT_UNUSABLE, "a .png or .svg holds one step (--step N); for a range use --out-dir, .gif, "
                                  "a video or .html")
    opts = _export_options(args)
    if kind == "video" and not video_available():
        raise Stop(EXIT_UNUSABLE, VIDEO_HELP)
    trace = record_program(args.file, filename=os.path.basename(args.file), max_steps=args.max_steps)
    count = len(trace)
    if kind in ("png", "svg"):
        start = end = count if args.step is None else args.step
        if not 1 <= start <= count:
            raise Stop(EXIT_UNUSABLE, f"--step {start} is outside 1-{count}")
    else:
        try:
            start, end = parse_range(args.steps or "-", count)
        except ValueError:
            raise Stop(EXIT_UNUSABLE, f"--steps wants A-B, got {args.steps!r}") from None
        end = min(end, count)
        if not 1 <= start <= end:
            raise Stop(EXIT_UNUSABLE, f"--steps {args.steps} is outside 1-{count}")
    try:
        print(export_steps(trace, kind, args.out or args.out_dir, start - 1, end - 1, opts))
    except ExportProblem as exc:
        raise Stop(EXIT_JS_ERROR, str(exc)) from None
    return EXIT_OK


def cmd_quiz(args) -> int:
    import json

    from .lesson import questions, quiz_json, quiz_text
    from .trace.model import Terms

    name = Path(args.file).name
    trace = record_program(args.file, filename=name, max_steps=args.max_steps)
    qs = questions(trace, terms=Terms(args.terms))
    if args.format == "json":
        json.dump(quiz_json(qs, name), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(quiz_text(qs, name))
    sys.stdout.flush()
    if trace.error_message and trace.outcome.value != "completed":
        print(trace.error_message, file=sys.stderr)
    return EXIT.get(trace.outcome.value, EXIT_JS_ERROR)


def cmd_window(args) -> int:
    from .platform_check import check_window_platform

    problem = check_window_platform()     # before Qt loads: a missing X11 library makes Qt abort the process
    if problem:
        raise Stop(EXIT_UNUSABLE, problem, bare=True)
    from .ui.app import run_app

    return run_app(args.file)


COMMANDS = {"run": cmd_run, "trace": cmd_trace, "export": cmd_export, "quiz": cmd_quiz, "": cmd_window}


# ------------------------------------------------------------------ entry point

class _Printed:
    """A text stream that writes a JavaScript string's surrogates as Node does (a pair joined, a lone
    one as U+FFFD): UTF-8 has no encoding for them."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(as_printed(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    """Dispatch; no Python traceback reaches the user (a bug is logged to a file instead)."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printed(sys.stdout), _Printed(sys.stderr)
    try:
        return _guarded(list(sys.argv[1:] if argv is None else argv))
    finally:
        sys.stdout, sys.stderr = streams


def _guarded(argv: list[str]) -> int:
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else ""
    prog = f"{PROG} {command}".rstrip()
    try:
        try:
            args = build_parser(command).parse_args(argv[1:] if command else argv)
        except SystemExit as exc:          # --help (0) or a usage error (argparse printed it; 2)
            return EXIT_OK if exc.code in (0, None) else EXIT_UNUSABLE
        if not command:
            return COMMANDS[command](args)
        from .engine.memory import DEFAULT_MAX_HEAP_MB, capped_address_space

        # whatever one step allocates (a built-in making gigabytes), the process stays near the memory budget;
        # lifted afterwards, for a caller that runs a command in its own process (tests)
        with capped_address_space(DEFAULT_MAX_HEAP_MB):
            return COMMANDS[command](args)
    except Stop as stop:
        if stop.message:
            print(stop.message if stop.bare else f"{prog}: {stop.message}", file=sys.stderr)
        return stop.code
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        # past the address-space cap, somewhere the engine's own checks do not reach (the run itself ends
        # such a case with its "Out of memory" message)
        print(f"{prog}: out of memory: the program needs more memory than a run is given.", file=sys.stderr)
        return EXIT_JS_ERROR
    except Exception:  # noqa: BLE001 - the last line of defence
        fd, log = tempfile.mkstemp(prefix="closure-explorer-error-", suffix=".log")   # one log per run
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(traceback.format_exc())
        print(f"{prog}: internal error; the details are in {log}. "
              "Please report it with the program that caused it.", file=sys.stderr)
        return EXIT_INTERNAL
