#!/usr/bin/env python3
"""Run the corpus through Node and store what it printed.

For every ``tests/corpus/**/<name>.js`` this runs ``node_script.js`` (the
classic-script oracle) and writes ``<name>.expected.json`` next to it::

    {"stdout": "...", "exit_code": 0, "error_line": null}

``error_line`` is null unless the program died of an uncaught exception or an
unhandled rejection; then it is the key line of Node's stderr report: the
first non-blank line after the caret (``^``) line, e.g. ``TypeError: bad``,
``abc`` for ``throw "abc"`` or ``UnhandledPromiseRejection: ...``.

Usage::

    python tests/tools/make_expected.py            # regenerate every file
    python tests/tools/make_expected.py FILE...    # only these programs
    python tests/tools/make_expected.py --check    # compare, write nothing

The functions here are also used by ``tests/test_corpus.py``.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
TESTS_DIR = TOOLS_DIR.parent
CORPUS_DIR = TESTS_DIR / "corpus"
NODE_SCRIPT = TOOLS_DIR / "node_script.js"
NODE_TIMEOUT = 20.0  # seconds; every program should finish well within 1 s
SLOW = 2.0  # wall clock incl. Node start-up; a warning only (a loaded machine is slower)

_CARET = re.compile(r"^\s*\^+\s*$")


def corpus_files(root: Path = CORPUS_DIR) -> list[Path]:
    """Every corpus program, sorted by relative path."""
    return sorted(root.rglob("*.js"), key=lambda p: p.relative_to(root).as_posix())


def expected_path(js: Path) -> Path:
    return js.with_name(js.stem + ".expected.json")


def node_executable() -> str | None:
    return shutil.which("node")


def error_line_from_stderr(stderr: str) -> str | None:
    """The key line of Node's report of an uncaught error.

    Node prints ``file:line``, the source line, a caret line, (a blank line,)
    then the error: the first non-blank line after the caret is the one to
    keep. Without a caret line, fall back to the first line that looks like
    ``SomeError: message``.
    """
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if _CARET.match(line):
            for after in lines[i + 1:]:
                if after.strip():
                    return after.rstrip()
            break
    for line in lines:
        if re.match(r"^[A-Za-z_$][\w$]*(Error|Rejection)\b", line):
            return line.rstrip()
    return None


def run_node(js: Path, node: str | None = None) -> dict:
    """Run one program in the oracle; return the expected-file record.

    The record also carries two private keys, ``_stderr`` and ``_seconds``,
    that are not written to disk.
    """
    node = node or node_executable()
    if node is None:
        raise RuntimeError("node is not on PATH")
    start = time.monotonic()
    proc = subprocess.run(
        [node, str(NODE_SCRIPT), str(js)],
        cwd=str(js.parent),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=NODE_TIMEOUT,
        env={**os.environ, "NODE_DISABLE_COLORS": "1", "NO_COLOR": "1", "FORCE_COLOR": "0"},
    )
    seconds = time.monotonic() - start
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    error_line = error_line_from_stderr(stderr) if proc.returncode != 0 else None
    return {
        "stdout": stdout,
        "exit_code": proc.returncode,
        "error_line": error_line,
        "_stderr": stderr,
        "_seconds": seconds,
    }


def public(record: dict) -> dict:
    return {k: record[k] for k in ("stdout", "exit_code", "error_line")}


def run_many(files: list[Path], node: str | None = None, workers: int | None = None) -> dict[Path, dict]:
    """Run many programs in a thread pool (each one is its own process)."""
    node = node or node_executable()
    workers = workers or min(16, (os.cpu_count() or 2) * 2)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_node, js, node): js for js in files}
        return {futures[f]: f.result() for f in concurrent.futures.as_completed(futures)}


def load_expected(js: Path) -> dict:
    return json.loads(expected_path(js).read_text(encoding="utf-8"))


def dump_expected(record: dict) -> str:
    return json.dumps(public(record), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="programs to run (default: the whole corpus)")
    parser.add_argument("--check", action="store_true", help="only compare with the stored files")
    args = parser.parse_args(argv)

    if node_executable() is None:
        print("node is not on PATH", file=sys.stderr)
        return 2
    files = [f.resolve() for f in args.files] if args.files else corpus_files()
    results = run_many(files)
    problems = 0
    for js in files:
        rec = results[js]
        rel = js.relative_to(CORPUS_DIR).as_posix() if CORPUS_DIR in js.parents else str(js)
        if rec["_seconds"] > SLOW:
            print(f"SLOW {rel}: {rec['_seconds']:.2f}s", file=sys.stderr)
        text = dump_expected(rec)
        target = expected_path(js)
        if args.check:
            old = target.read_text(encoding="utf-8") if target.exists() else None
            if old != text:
                problems += 1
                print(f"DIFFERS {rel}", file=sys.stderr)
        else:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
                print(f"wrote {rel}  (exit {rec['exit_code']})")
        if rec["exit_code"] != 0 and rec["error_line"] is None:
            problems += 1
            print(f"NO ERROR LINE {rel}:\n{rec['_stderr']}", file=sys.stderr)
    if not args.files and not args.check:
        known = {expected_path(js) for js in files}
        for stale in CORPUS_DIR.rglob("*.expected.json"):
            if stale not in known:
                print(f"stale expected file (no program): {stale}", file=sys.stderr)
                problems += 1
    print(f"{len(files)} programs, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
