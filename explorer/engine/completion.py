"""Completion records (ES2024 6.2.4) that are not values: how a statement list tells its caller
that a ``return``, ``break`` or ``continue`` ends it."""

from __future__ import annotations


class Ret:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class Brk:
    __slots__ = ("label",)

    def __init__(self, label):
        self.label = label


class Cont:
    __slots__ = ("label",)

    def __init__(self, label):
        self.label = label


BREAK = Brk(None)
CONTINUE = Cont(None)
