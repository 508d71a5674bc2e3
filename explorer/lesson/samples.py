"""The sample programs and the one grammar of their header comments.

A sample starts with header lines, ``// Key: value``, one per line::

    // Title: Retaining Function Memory
    // Group: From the documents
    // Source: 001_a8fd6c14645b9459.txt, "Retaining Function Memory"
    // Summary: one line saying what it shows
    // Watch: what to look at in the memory panel (one or more lines)
    // Try: increment()          (console exercises, zero or more lines)

The header is the run of comment and blank lines at the top of the file; the code follows.
On a line of code, a comment ``// predict`` or ``// predict: name`` marks a moment where
predict mode asks (a ``// predict`` comment alone on its line marks the next line of code).
Any file has a header, possibly empty: the same grammar serves samples and the learner's files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import esprima

from explorer.data import data_folder

# The one place the samples folder is named: samples/ at the top of the project, installed as package data.
SAMPLES_DIR = data_folder("samples")
DEFAULT_SAMPLE = SAMPLES_DIR / "seed001_retaining_function_memory.js"
GROUPS = ("From the documents", "Patterns", "Pitfalls")
HEADER_KEYS = ("Title", "Group", "Source", "Summary", "Watch", "Try")

_HEADER = re.compile(r"^//\s*(" + "|".join(HEADER_KEYS) + r"):\s*(.*\S)\s*$")
_PREDICT = re.compile(r"^\s*predict\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?$")


@dataclass(frozen=True, slots=True)
class PredictPoint:
    """A ``// predict`` comment: ask at the steps of ``line``; ``name`` narrows it to that variable."""

    line: int                     # 1-based line of code it marks
    name: str | None = None       # the ``: name`` part, if any


@dataclass(frozen=True)
class Sample:
    """What a file's header says about it (a sample's, or any file's: then most fields are empty)."""

    path: Path
    title: str
    group: str
    summary: str = ""
    source: str = ""
    order: int = 0                                          # Source's "example N": its place in its document
    watch: tuple[str, ...] = ()
    tries: tuple[str, ...] = ()                             # `// Try:` console exercises, in file order
    fields: tuple[tuple[str, str], ...] = ()                # every header field in file order (key, value)
    field_lines: tuple[int, ...] = ()                       # the 1-based line of each of ``fields``
    code_line: int = 1                                      # the 1-based line where the code starts
    text: str = field(default="", repr=False, compare=False)

    @property
    def code(self) -> str:
        """The source after the header's fields and the blank lines that follow them."""
        lines = self.text.split("\n")
        start = self.field_lines[-1] if self.field_lines else 0
        while start < len(lines) and not lines[start].strip():
            start += 1
        return "\n".join(lines[start:])

    @property
    def predict(self) -> tuple[PredictPoint, ...]:
        """The ``// predict`` points of the file, in line order."""
        return predict_points(self.text)


def parse_sample(path: Path | str, text: str) -> Sample:
    """Read the header of ``text`` (the file at ``path``). Never fails: a file without a header gets
    its file name as title and the group *Patterns*."""
    path = Path(path)
    fields: list[tuple[str, str]] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), 1):
        match = _HEADER.match(line)
        if match is None:
            if line.strip() and not line.lstrip().startswith("//"):
                break
            continue
        fields.append((match.group(1), match.group(2)))
        lines.append(number)
    first: dict[str, str] = {}
    for key, value in fields:
        first.setdefault(key, value)
    group = first.get("Group", "")
    if group not in GROUPS:
        group = "Patterns"
    return Sample(
        path=path,
        title=first.get("Title", path.stem),
        group=group,
        summary=first.get("Summary", ""),
        source=first.get("Source", ""),
        order=_example_number(first.get("Source", "")),
        watch=tuple(v for k, v in fields if k == "Watch"),
        tries=tuple(v for k, v in fields if k == "Try"),
        fields=tuple(fields),
        field_lines=tuple(lines),
        code_line=first_code_line(text),
        text=text,
    )


def _example_number(source: str) -> int:
    """``001_….txt, "Topic", example 3`` -> 3 (0 without one)."""
    match = re.search(r",\s*example\s+(\d+)\s*$", source)
    return int(match.group(1)) if match else 0


def read_sample(path: Path | str) -> Sample:
    """The sample at ``path`` (read as UTF-8; OSError and UnicodeDecodeError are the caller's)."""
    return parse_sample(path, Path(path).read_text(encoding="utf-8"))


def first_code_line(text: str) -> int:
    """The 1-based line where the code starts, after the header comments and blank lines."""
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            return n
    return 1


def _predict_comments(text: str) -> tuple[list[tuple[int, int, str | None]], set[int]]:
    """The ``// predict`` comments as (line, column, name), and the lines that hold code."""
    try:
        tokens = esprima.tokenize(text, {"comment": True, "loc": True})
    except Exception:  # esprima raises its own Error, and sometimes an assertion, on broken text
        return [], set()
    code_lines: set[int] = set()
    comments: list[tuple[int, int, str | None]] = []
    for token in tokens:
        if token.type == "LineComment":
            match = _PREDICT.match(token.value)
            if match is not None:
                comments.append((token.loc.start.line, token.loc.start.column, match.group(1)))
        elif token.type != "BlockComment":
            code_lines.update(range(token.loc.start.line, token.loc.end.line + 1))
    return comments, code_lines


@lru_cache(maxsize=64)
def predict_points(text: str) -> tuple[PredictPoint, ...]:
    """The ``// predict`` comments of a source text, found by esprima's tokenizer (so a ``// predict``
    inside a string or a template is not one). A text esprima cannot tokenize has none."""
    comments, code_lines = _predict_comments(text)
    points: list[PredictPoint] = []
    for line, _column, name in comments:
        target = line if line in code_lines else min((n for n in code_lines if n > line), default=None)
        if target is not None:
            points.append(PredictPoint(target, name))
    return tuple(sorted(set(points), key=lambda p: (p.line, p.name or "")))


def without_predict_comments(text: str) -> str:
    """``text`` without its ``// predict`` markers (a line that held only the marker goes): the code as its
    author wrote it, for a worksheet or for comparing a sample with its document."""
    comments, code_lines = _predict_comments(text)
    if not comments:
        return text
    lines = text.split("\n")
    drop = set()
    for line, column, _name in comments:
        lines[line - 1] = lines[line - 1][:column].rstrip()
        if line not in code_lines and not lines[line - 1].strip():
            drop.add(line - 1)
    return "\n".join(line for n, line in enumerate(lines) if n not in drop)


def list_samples(directory: Path = SAMPLES_DIR) -> dict[str, list[Sample]]:
    """Samples by group, in the order of GROUPS. The documents' samples come in the documents' order: by
    document (its number), then in the order the document shows them (Source's ``example N``); the others by
    file name."""
    groups: dict[str, list[Sample]] = {g: [] for g in GROUPS}
    if not directory.is_dir():
        return groups
    for path in sorted(directory.glob("*.js")):
        try:
            sample = read_sample(path)
        except (OSError, UnicodeDecodeError):
            continue
        groups[sample.group].append(sample)
    groups[GROUPS[0]].sort(key=lambda s: (s.source.split(",")[0], s.order or 1_000, s.path.name))
    return groups


def is_sample(path: str | Path | None) -> bool:
    """Is ``path`` one of the samples (a file in the samples folder)?"""
    if not path:
        return False
    try:
        return Path(path).resolve().parent == SAMPLES_DIR.resolve()
    except OSError:
        return False
