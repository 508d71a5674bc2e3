"""Closure Explorer: a JavaScript engine that records every step, and a window to explore the recording."""

__version__ = "0.1.0"

from . import compiled as _compiled

_compiled.install()     # before any recorder module is imported: compiled core or pure Python
