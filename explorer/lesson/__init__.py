"""What teaching adds to a trace, without Qt: sample headers (title, source document, what to
watch, `// Try:` exercises, `// predict` points), the questions predict mode asks and their answers
(`closure-explorer quiz`), and what the window and the CLI share about them."""

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
]
