"""What teaching adds to a trace, without Qt: the slides of a lesson export (line, narration, console so far)."""

from .slides import APP_NAME, Slide, console_lines, merge_runs, parse_range, read_ms, slide

__all__ = ["APP_NAME", "Slide", "slide", "console_lines", "read_ms", "parse_range", "merge_runs"]
