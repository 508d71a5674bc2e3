"""Problems found before a program runs: syntax errors and syntax we do not support yet."""

from __future__ import annotations


class SourceError(Exception):
    """A program that cannot run at all, with where (line 1-based, column 0-based)."""

    kind = "SyntaxError"

    def __init__(self, message: str, line: int, column: int):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return f"{self.kind}: {self.message} (line {self.line}, column {self.column + 1})"


class JSSyntaxError(SourceError):
    kind = "SyntaxError"


class NotSupported(SourceError):
    """Valid JavaScript the engine refuses up front rather than run wrongly."""

    kind = "NotSupported"

    def __str__(self) -> str:
        return f"not supported yet: {self.message} (line {self.line}, column {self.column + 1})"


class StepLimitReached(Exception):
    """The run took more steps than allowed (not catchable by JavaScript)."""


class Cancelled(Exception):
    """The run was cancelled from another thread (not catchable by JavaScript)."""


class HeapLimitReached(Exception):
    """The program made more objects than allowed (not catchable by JavaScript)."""
