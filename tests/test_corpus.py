"""Differential tests: our engine against Node on the corpus in tests/corpus.

Each ``tests/corpus/<area>/<name>.js`` is run by ``explorer.engine.run_source``
and compared with what Node prints for the same file run as a classic script
(``tests/tools/node_script.js``). With ``node`` on PATH the oracle is run live
(once per file per session, in a thread pool); without it the stored
``<name>.expected.json`` is used. See tests/corpus/README.md.
"""
from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import pytest

_TOOLS = Path(__file__).resolve().parent / "tools" / "make_expected.py"
_spec = importlib.util.spec_from_file_location("corpus_oracle", _TOOLS)
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)

CORPUS_DIR = oracle.CORPUS_DIR
PROGRAMS = oracle.corpus_files()
MIN_PROGRAMS = 200


def _rel(path: Path) -> str:
    return path.relative_to(CORPUS_DIR).as_posix()


@pytest.fixture(scope="session")
def node_results(request) -> dict:
    """Live Node results for the corpus programs selected in this session.

    Empty when node is not on PATH: the tests then use the stored files.
    """
    node = oracle.node_executable()
    if node is None:
        return {}
    wanted = set()
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and isinstance(callspec.params.get("program"), Path):
            wanted.add(callspec.params["program"])
    if not wanted:
        wanted = set(PROGRAMS)
    return oracle.run_many(sorted(wanted), node)


def _expected(program: Path, node_results: dict) -> tuple[dict, str]:
    if oracle.node_executable() is not None:
        rec = node_results.get(program)
        if rec is None:  # not selected at collection time; run it now
            rec = node_results[program] = oracle.run_node(program)
        return rec, "node"
    return oracle.load_expected(program), "stored expected file"


def _diff(expected: str, actual: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile="node stdout",
            tofile="engine stdout",
        )
    )


def _known_failures() -> dict:
    """tests/corpus/known_failures.txt: programs we knowingly get wrong, with the reason."""
    known = {}
    for line in (CORPUS_DIR / "known_failures.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            path, _, reason = line.partition("  ")
            known[path.strip()] = reason.strip()
    return known


KNOWN_FAILURES = _known_failures()


def _param(p: Path):
    reason = KNOWN_FAILURES.get(_rel(p))
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(p, marks=marks, id=_rel(p))


@pytest.mark.parametrize("program", [_param(p) for p in PROGRAMS])
def test_program(program: Path, node_results: dict) -> None:
    expected, source_of_truth = _expected(program, node_results)

    try:
        from explorer.engine import run_source
    except ImportError as exc:  # the engine is not written yet
        problem = f"cannot import explorer.engine.run_source: {exc}"
    else:
        problem = None
    if problem:
        pytest.fail(problem, pytrace=False)

    source = program.read_text(encoding="utf-8")
    result = run_source(source, filename=program.name)

    if result.stdout != expected["stdout"]:
        pytest.fail(
            f"stdout differs from {source_of_truth} for {_rel(program)}:\n"
            + _diff(expected["stdout"], result.stdout)
            + f"\n--- engine stderr ---\n{result.stderr}",
            pytrace=False,
        )
    assert result.exit_code == expected["exit_code"], (
        f"exit code {result.exit_code}, {source_of_truth} says {expected['exit_code']}\n"
        f"--- engine stderr ---\n{result.stderr}"
    )
    if expected["error_line"]:
        lines = [line.rstrip() for line in result.stderr.splitlines()]
        assert expected["error_line"].rstrip() in lines, (
            f"expected the line {expected['error_line']!r} in the engine's stderr:\n{result.stderr}"
        )


def test_corpus_size_and_expected_files() -> None:
    assert len(PROGRAMS) >= MIN_PROGRAMS, f"only {len(PROGRAMS)} corpus programs"
    missing = [_rel(p) for p in PROGRAMS if not oracle.expected_path(p).is_file()]
    assert not missing, f"programs without an expected file: {missing}"
    for p in PROGRAMS:
        record = oracle.load_expected(p)
        assert set(record) == {"stdout", "exit_code", "error_line"}, _rel(p)
        assert isinstance(record["stdout"], str) and isinstance(record["exit_code"], int), _rel(p)
    orphans = [
        f.relative_to(CORPUS_DIR).as_posix()
        for f in CORPUS_DIR.rglob("*.expected.json")
        if not f.with_name(f.name[: -len(".expected.json")] + ".js").is_file()
    ]
    assert not orphans, f"expected files without a program: {orphans}"


@pytest.mark.skipif(oracle.node_executable() is None, reason="node is not on PATH")
def test_stored_expected_files_match_node(node_results: dict) -> None:
    """The committed expected files must agree with the live oracle."""
    stale = []
    for program in PROGRAMS:
        rec = node_results.get(program)
        if rec is None:
            rec = node_results[program] = oracle.run_node(program)
        if oracle.public(rec) != oracle.load_expected(program):
            stale.append(_rel(program))
    assert not stale, (
        "expected files out of date (run python tests/tools/make_expected.py): " + ", ".join(stale)
    )
