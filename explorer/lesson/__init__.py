"""What teaching adds to a trace, without Qt: sample headers (title, source document, what to
watch, `// Try:` exercises, `// predict` points) and what the window and the CLI share about them."""

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
]
