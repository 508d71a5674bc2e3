"""Reading and writing the user's .js files, with errors a person can read."""

from __future__ import annotations

import os
import re
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024


class FileProblem(Exception):
    """A file that cannot be opened or saved; ``str()`` is the sentence to show."""


_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")


def read_source(path: str | os.PathLike) -> str:
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise FileProblem(f"“{name}” does not exist (any more).") from None
    except OSError as exc:
        raise FileProblem(f"“{name}” cannot be read: {exc.strerror or exc}.") from None
    if p.is_dir():
        raise FileProblem(f"“{name}” is a folder, not a JavaScript file.")
    if size > MAX_BYTES:
        raise FileProblem(f"“{name}” is {size / (1024 * 1024):.1f} MB: files larger than 5 MB are not opened.")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise FileProblem(f"“{name}” cannot be read: {exc.strerror or exc}.") from None
    head = data[:8192]
    # a NUL may sit inside a string literal; many, or NULs among other control bytes, mean binary
    if 0 in head and (head.count(0) * 20 > len(head) or _CONTROL.search(head) is not None):
        raise FileProblem(f"“{name}” looks like a binary file, not JavaScript source text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileProblem(f"“{name}” is not UTF-8 text (the first bad byte is on line {line}). "
                          "Save it as UTF-8 and open it again.") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_source(path: str | os.PathLike, text: str) -> None:
    p = Path(path)
    tmp = p.with_name(p.name + ".saving")
    try:
        tmp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(tmp, p)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise FileProblem(f"“{p.name}” could not be saved: {exc.strerror or exc}.") from None
