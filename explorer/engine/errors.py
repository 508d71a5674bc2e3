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


def source_error_report(exc: SourceError, source: str, filename: str) -> tuple[str, str]:
    """What ``closure-explorer run`` prints for a program that cannot run, and its outcome.

    A syntax error is shown as Node shows it (the file and line, the line, a caret, the message);
    a construct we refuse says so in one line.
    """
    if isinstance(exc, NotSupported):
        return str(exc) + "\n", "not-supported"
    lines = source.splitlines()
    line = lines[exc.line - 1] if 0 < exc.line <= len(lines) else ""
    return f"{filename}:{exc.line}\n{line}\n{' ' * exc.column}^\n\nSyntaxError: {exc.message}\n", "syntax-error"


DEFAULT_MAX_STEPS = 1_000_000
"""How many steps a run may take before it stops with the step limit (every caller's default)."""


class StepLimitReached(Exception):
    """The run took more steps than allowed (not catchable by JavaScript)."""


class Cancelled(Exception):
    """The run was cancelled from another thread (not catchable by JavaScript)."""


class HeapLimitReached(Exception):
    """The program made more objects than allowed (not catchable by JavaScript)."""


class UnhandledRejection(Exception):
    """A promise rejected with no handler once the microtasks ran: ends the run as Node does."""

    def __init__(self, exc):
        super().__init__()
        self.exc = exc
