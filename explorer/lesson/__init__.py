"""What teaching adds to a trace, without Qt: sample headers (title, source document, what to
watch, `// Try:` exercises, `// predict` points), the questions predict mode asks and their answers
(`closure-explorer quiz`), what the window and the CLI share about them, and the slides of a lesson
export (line, narration, console so far)."""

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
    without_predict_comments,
)
from explorer.lesson.predict import KINDS, Question, Quiz, questions, quiz_json, quiz_text
from explorer.lesson.slides import APP_NAME, Slide, console_lines, merge_runs, parse_range, read_ms, slide

__all__ = [
    "KINDS",
    "Question",
    "Quiz",
    "questions",
    "quiz_json",
    "quiz_text",
    "without_predict_comments",
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
