"""Autoplay's pace: from one step every 3 s (time to read a narration) to 20 steps a second, and by line."""

from __future__ import annotations

PACES = (1 / 3, 1 / 2, 1, 2, 3, 4, 6, 8, 12, 20)     # steps per second; the speed slider is an index into it
DEFAULT_PACE = 4


def pace_text(pace: float) -> str:
    return f"1 step / {round(1 / pace)} s" if pace < 1 else f"Speed {pace:g}/s"


def nearest(pace: float) -> int:
    """The slider position of the pace closest to ``pace`` (a setting from an older version: any number)."""
    return min(range(len(PACES)), key=lambda i: abs(PACES[i] - pace))


def reading_ms(text: str) -> int:
    """How long a narration takes to read: about 3.5 words a second for someone learning, and a second more."""
    return 1000 + round(len(text.split()) * 1000 / 3.5)


def interval_ms(index: int, by_line: bool, narration: str = "") -> int:
    """The pause before the next step: the pace's, and by line at least the time to read the narration."""
    ms = max(30, round(1000 / PACES[index]))
    return max(ms, reading_ms(narration)) if by_line else ms
