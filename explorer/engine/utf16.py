"""Source positions in UTF-16 code units, as esprima reports them (and V8 counts columns).

A Python string indexes code points, so after a character outside the Basic
Multilingual Plane (an emoji) a UTF-16 offset points one place too far per such
character. ``utf16_slicer`` converts once, where source text is sliced.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def utf16_slicer(source: str) -> Callable[[int, int], str]:
    """``cut(start, end)``: the text between two UTF-16 offsets of ``source``."""
    starts = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(source))]   # UTF-16 offsets of astral chars
    if not starts:
        return lambda start, end: source[start:end]

    def cut(start: int, end: int) -> str:
        return source[start - bisect_left(starts, start):end - bisect_left(starts, end)]
    return cut



def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (JavaScript's length of the same text)."""
    return len(text) + len(_ASTRAL.findall(text))


def as_printed(text: str) -> str:
    """Text as Node writes it out (UTF-8): a surrogate pair made of two code units becomes its
    character, a lone surrogate becomes U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
