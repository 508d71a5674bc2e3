"""What teaching adds to a trace, without Qt: sample headers (title, source document, what to
watch, `// Try:` exercises, `// predict` points) and what the window and the CLI share about them;
the slides of a lesson export (line, narration, console so far)."""

from explorer.lesson.samples import (
    DEFAULT_SAMPLE,
    GROUPS,
    SAMPLES_DIR,
    PredictPoint,
    Sample,
    first_code_line,
    is_sample,
    list_samples,
    parse_sample,
    predict_points,
    read_sample,
)
from explorer.lesson.slides import APP_NAME, Slide, console_lines, merge_runs, parse_range, read_ms, slide

__all__ = [
    "DEFAULT_SAMPLE",
    "GROUPS",
    "SAMPLES_DIR",
    "PredictPoint",
    "Sample",
    "first_code_line",
    "is_sample",
    "list_samples",
    "parse_sample",
    "predict_points",
    "read_sample",
    "APP_NAME",
    "Slide",
    "slide",
    "console_lines",
    "read_ms",
    "parse_range",
    "merge_runs",
]
