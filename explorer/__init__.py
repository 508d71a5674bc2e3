"""Closure Explorer: a JavaScript engine that records every step, and a window to explore the recording."""

__version__ = "0.1.0"
