#!/usr/bin/env python3
"""Rebuild the expected output of every sample by running it in Node.js.

Each ``samples/<name>.js`` is run as a *classic script* (like a browser
``<script>``: top-level ``var`` and ``function`` become properties of
``globalThis``) through ``vm.runInThisContext``.  Its stdout is written to
``samples/expected/<name>.out``.  If the run ends in an uncaught error, the
key error line (e.g. ``ReferenceError: counter is not defined``) is written
to ``samples/expected/<name>.err``; otherwise any stale ``.err`` is removed.

Usage::

    python samples/expected/regenerate.py            # rewrite every file
    python samples/expected/regenerate.py NAME ...   # only these samples
    python samples/expected/regenerate.py --check    # compare, change nothing

Node is taken from ``$NODE`` or the ``PATH``.  ``--check`` exits with
status 1 when a stored file differs from what Node prints now.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

EXPECTED_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = EXPECTED_DIR.parent

# Run the file given as the first argument as a classic script.
RUNNER = (
    "require('vm').runInThisContext("
    "require('fs').readFileSync(process.argv[1], 'utf8'),"
    " {filename: process.argv[1]})"
)

TIMEOUT_SECONDS = 30

_CARET_LINE = re.compile(r"^\s*\^+\s*$")
_ERROR_LINE = re.compile(r"^(Uncaught )?[A-Za-z_$][\w$]*(Error|Exception)\b")


def find_node() -> str:
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        raise SystemExit("regenerate.py: Node.js not found (set $NODE or put node on PATH)")
    return node


def key_error_line(stderr: str) -> str:
    """The one line naming the uncaught error, from Node's stderr report.

    Node prints: ``file:line``, the source line, a caret line, a blank line,
    then the error (``ReferenceError: counter is not defined``) and its
    stack.  We keep only that error line.
    """
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if _CARET_LINE.match(line):
            for following in lines[i + 1:]:
                if following.strip():
                    return following.rstrip()
    for line in lines:
        if _ERROR_LINE.match(line):
            return line.rstrip()
    meaningful = [l.rstrip() for l in lines if l.strip() and not l.startswith("Node.js v")]
    return meaningful[-1] if meaningful else "uncaught error"


def run_sample(node: str, sample: Path) -> tuple[str, str | None]:
    """Run one sample; return (stdout, key error line or None)."""
    proc = subprocess.run(
        [node, "-e", RUNNER, sample.name],
        cwd=sample.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_SECONDS,
    )
    error = key_error_line(proc.stderr) if proc.returncode != 0 else None
    return proc.stdout, error


def expected_files(sample: Path) -> tuple[Path, Path]:
    return EXPECTED_DIR / (sample.stem + ".out"), EXPECTED_DIR / (sample.stem + ".err")


def all_samples() -> list[Path]:
    return sorted(SAMPLES_DIR.glob("*.js"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="sample names (with or without .js)")
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on a difference")
    args = parser.parse_args(argv)

    if args.names:
        samples = [SAMPLES_DIR / (n if n.endswith(".js") else n + ".js") for n in args.names]
        missing = [s.name for s in samples if not s.is_file()]
        if missing:
            raise SystemExit("regenerate.py: no such sample: " + ", ".join(missing))
    else:
        samples = all_samples()

    node = find_node()
    differences = 0
    for sample in samples:
        stdout, error = run_sample(node, sample)
        out_path, err_path = expected_files(sample)
        wanted = {out_path: stdout, err_path: None if error is None else error + "\n"}
        for path, content in wanted.items():
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current == content:
                continue
            if args.check:
                differences += 1
                print(f"differs: {path.relative_to(SAMPLES_DIR)}")
            elif content is None:
                path.unlink()
                print(f"removed  {path.relative_to(SAMPLES_DIR)}")
            else:
                path.write_text(content, encoding="utf-8", newline="\n")
                print(f"wrote    {path.relative_to(SAMPLES_DIR)}")
        status = f"uncaught {error}" if error else "ok"
        print(f"{sample.name}: {status}")
    if args.check and differences:
        print(f"{differences} expected file(s) differ from Node's output", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
