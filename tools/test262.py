#!/usr/bin/env python3
"""Run test262's scope, function and declaration directories in Closure Explorer's engine.

Each test runs as a classic script (as test262 intends: ``flags: [module]`` tests are skipped),
with the harness prepended: ``assert.js`` and ``sta.js`` always, then the files its frontmatter
``includes`` (only those this runner knows: ``propertyHelper.js``, ``compareArray.js``,
``fnGlobalObject.js``...). A test without ``onlyStrict``/``noStrict``/``raw`` runs twice, once
sloppy and once with ``"use strict";`` first; each run counts. A ``negative`` test passes when it
fails in the expected phase (parse: the program is a syntax error / refused before running;
resolution or runtime: an uncaught error) with the expected error type. ``async`` tests wait for
``$DONE`` (doneprintHandle.js): they pass when it printed ``Test262:AsyncTestComplete``.

``tools/test262_skips.txt`` lists, one a line, ``skip PATTERN reason`` (not run, not counted: a
directory, a file, or ``feature:NAME``) and ``fail FILE reason`` (run and counted; known to fail, and
why). The runner exits 1 when a test fails that is not listed, or a listed one passes.

Usage::

    python tools/test262.py --test262 PATH/TO/test262 [DIR ...] [--jobs 2] [--failures out.txt]

PATH is a checkout (the ``test/`` and ``harness/`` directories); DIRs are relative to
``test/`` and default to the directories named in issue 16.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import sys
import time
from pathlib import Path

DIRS = ("language/function-code", "language/block-scope", "language/identifier-resolution",
        "language/global-code", "language/rest-parameters", "language/statements/function",
        "language/statements/variable", "language/statements/let", "language/statements/const",
        "language/expressions/function", "language/expressions/arrow-function")
ALWAYS = ("assert.js", "sta.js")
MAX_STEPS = 3_000_000
SKIPS = Path(__file__).with_name("test262_skips.txt")

_FRONT = re.compile(r"/\*---(.*?)---\*/", re.S)


def frontmatter(text: str) -> dict:
    """The few YAML fields the runner needs (flags, includes, features, negative phase/type)."""
    m = _FRONT.search(text)
    meta: dict = {"flags": [], "includes": [], "features": [], "negative": None}
    if not m:
        return meta
    body = m.group(1)
    for key in ("flags", "includes", "features"):
        inline = re.search(rf"^\s*{key}:\s*\[(.*?)\]", body, re.M | re.S)
        if inline:
            meta[key] = [x.strip() for x in inline.group(1).split(",") if x.strip()]
            continue
        block = re.search(rf"^\s*{key}:\s*\n((?:\s+-\s*.+\n?)+)", body, re.M)
        if block:
            meta[key] = [line.strip()[1:].strip() for line in block.group(1).splitlines() if line.strip()]
    neg = re.search(r"^\s*negative:\s*\n\s+phase:\s*(\w+)\s*\n\s+type:\s*(\w+)", body, re.M)
    if neg is None:
        neg = re.search(r"^\s*negative:\s*\n\s+type:\s*(\w+)\s*\n\s+phase:\s*(\w+)", body, re.M)
        if neg is not None:
            meta["negative"] = (neg.group(2), neg.group(1))
    else:
        meta["negative"] = (neg.group(1), neg.group(2))
    return meta


def load_skips() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(skip patterns with reasons, known failures: file -> reason)."""
    skips, known = [], {}
    for line in SKIPS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        what, _, rest = line.partition(" ")
        pattern, _, reason = rest.strip().partition(" ")
        if what == "skip":
            skips.append((pattern, reason.strip()))
        elif what == "fail":
            known[pattern] = reason.strip()
    return skips, known


def skip_reason(rel: str, meta: dict, skips, harness: Path) -> str | None:
    if "module" in meta["flags"]:
        return "module code (this engine runs classic scripts)"
    for name in meta["includes"]:
        if not (harness / name).exists():
            return f"harness file {name} missing"
    for pattern, reason in skips:
        if pattern.startswith("feature:"):
            if pattern[8:] in meta["features"]:
                return reason
        elif rel == pattern or rel.startswith(pattern.rstrip("/") + "/"):
            return reason
    return None


def run_one(job) -> tuple[str, str, str]:
    """(test id, "pass"/"fail", detail) for one test in one mode."""
    rel, mode, source, negative, is_async = job
    try:
        r = run_script(source, rel.rsplit("/", 1)[-1])
    except Exception as e:  # noqa: BLE001 - an engine crash is a failure to report, not to hide
        return f"{rel} [{mode}]", "fail", f"internal error: {type(e).__name__}: {e}"
    tid = f"{rel} [{mode}]"
    if negative is not None:
        phase, kind = negative
        err = r.error or ""
        if phase in ("parse", "early"):
            ok = r.outcome == "syntax-error" and err.startswith(kind)
        else:
            ok = r.outcome == "uncaught-error" and err.split(":", 1)[0].strip() == kind
        return tid, "pass" if ok else "fail", f"expected {phase} {kind}; got {r.outcome}: {err}"
    if is_async:
        ok = r.exit_code == 0 and "Test262:AsyncTestComplete" in r.stdout
        return tid, "pass" if ok else "fail", (r.stdout + r.stderr).strip()[:300]
    ok = r.exit_code == 0 and r.outcome == "completed"
    return tid, "pass" if ok else "fail", f"{r.outcome}: {(r.error or r.stderr).strip()[:300]}"


def run_script(source: str, filename: str):
    """``run_source`` with test262's host object ``$262`` (``global``, ``evalScript``) in the realm."""
    from explorer.engine.errors import NotSupported, SourceError
    from explorer.engine.interpreter import Interpreter, RunResult

    try:
        interp = Interpreter(source, filename=filename, max_steps=MAX_STEPS)
    except SourceError as e:
        outcome = "not-supported" if isinstance(e, NotSupported) else "syntax-error"
        return RunResult("", str(e), 2 if outcome == "not-supported" else 1, outcome,
                         str(e) if outcome == "not-supported" else f"SyntaxError: {e.message}", e.line, e.column)
    realm = interp.realm
    host = realm.new_object()

    def eval_script(this, args):
        src = args[0] if args and type(args[0]) is str else ""
        return interp.eval_in_env(src, interp.global_env, strict=False, label="script", repl=True)

    realm.method(host, "evalScript", eval_script, 1)
    realm.value(host, "global", realm.global_object)
    realm.define_global("$262", host)
    return interp.run()


def collect(root: Path, dirs, skips):
    harness = root / "harness"
    cache: dict[str, str] = {}

    def h(name):
        if name not in cache:
            cache[name] = (harness / name).read_text(encoding="utf-8")
        return cache[name]

    jobs, skipped = [], []
    for d in dirs:
        for path in sorted((root / "test" / d).rglob("*.js")):
            if "_FIXTURE" in path.name:
                continue
            rel = path.relative_to(root / "test").as_posix()
            text = path.read_text(encoding="utf-8")
            meta = frontmatter(text)
            why = skip_reason(rel, meta, skips, harness)
            if why is not None:
                skipped.append((rel, why))
                continue
            flags = meta["flags"]
            is_async = "async" in flags
            includes = [] if "raw" in flags else [*ALWAYS, *(["doneprintHandle.js"] if is_async else []),
                                                   *meta["includes"]]
            prefix = "".join(h(n) + "\n" for n in dict.fromkeys(includes))
            modes = ["default"] if "raw" in flags else (
                ["strict"] if "onlyStrict" in flags else ["sloppy"] if "noStrict" in flags else ["sloppy", "strict"])
            for mode in modes:
                src = ('"use strict";\n' if mode == "strict" else "") + prefix + text
                jobs.append((rel, mode, src, meta["negative"], is_async))
    return jobs, skipped


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=list(DIRS))
    ap.add_argument("--test262", default=os.environ.get("TEST262", "test262"), help="a test262 checkout")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--failures", help="write the failing tests and why to this file")
    args = ap.parse_args(argv)
    root = Path(args.test262)
    if not (root / "harness" / "assert.js").exists():
        print(f"no test262 checkout at {root} (give --test262 PATH)", file=sys.stderr)
        return 2
    skips, known = load_skips()
    jobs, skipped = collect(root, args.dirs, skips)
    start = time.time()
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(run_one, jobs, chunksize=8))
    failed = [(tid, detail) for tid, status, detail in results if status != "pass"]
    passed = len(results) - len(failed)
    files = {j[0] for j in jobs}
    bad_files = {tid.rsplit(" [", 1)[0] for tid, _ in failed}
    print(f"test262: {passed}/{len(results)} runs pass ({100 * passed / max(1, len(results)):.1f} %); "
          f"{len(files) - len(bad_files)}/{len(files)} files pass in every mode "
          f"({100 * (len(files) - len(bad_files)) / max(1, len(files)):.1f} %); {len(skipped)} files skipped; "
          f"{time.time() - start:.0f} s")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as f:
            for tid, detail in sorted(failed):
                f.write(f"{tid}\n    {detail}\n")
    unexpected = sorted((tid, d) for tid, d in failed if tid.rsplit(" [", 1)[0] not in known)
    fixed = sorted(k for k in known if k in files and k not in bad_files)
    for tid, detail in unexpected[:40]:
        print(f"FAIL {tid}: {detail[:160]}")
    for k in fixed:
        print(f"PASSES NOW (listed as failing): {k}")
    return 0 if not unexpected and not fixed else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
