"""The JavaScript engine: parse, analyse, compile to closures, run with hooks. No Qt here."""

import sys

# BigInts are Python ints: V8 prints one of any size, so Python's cap on int <-> str conversions
# (4,300 digits, a guard for servers parsing untrusted numbers) is lifted.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

from .errors import DEFAULT_MAX_STEPS, Cancelled, JSSyntaxError, NotSupported, SourceError, StepLimitReached
from .hooks import Hooks
from .interpreter import Interpreter, RunResult, run_source
from .parser import parse

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
