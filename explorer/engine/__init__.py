"""The JavaScript engine: parse, analyse, compile to closures, run with hooks. No Qt here."""

from .errors import Cancelled, JSSyntaxError, NotSupported, SourceError, StepLimitReached
from .hooks import Hooks
from .interpreter import DEFAULT_MAX_STEPS, Interpreter, RunResult, parse, run_source

__all__ = [
    "Cancelled",
    "DEFAULT_MAX_STEPS",
    "Hooks",
    "Interpreter",
    "JSSyntaxError",
    "NotSupported",
    "RunResult",
    "SourceError",
    "StepLimitReached",
    "parse",
    "run_source",
]
