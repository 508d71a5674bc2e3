"""The one header grammar (explorer.lesson): what the samples browser, the sample note, the console's
exercises and predict mode read from a file's comments."""

from __future__ import annotations

from pathlib import Path

from explorer.lesson import (
    DEFAULT_SAMPLE,
    GROUPS,
    SAMPLES_DIR,
    PredictPoint,
    first_code_line,
    is_sample,
    list_samples,
    parse_sample,
    predict_points,
    read_sample,
    without_predict_comments,
)

HEADER = """// Title: Two counters
// Group: Pitfalls
// Summary: two calls, two backpacks
// Watch: the first backpack
// Watch: the second backpack
// Try: a()
// Try: b()

function make() {
  let n = 0;
  return () => ++n;   // predict
}
// predict: n
const a = make();
"""


def test_every_field_of_the_header_is_read_in_file_order():
    sample = parse_sample("two.js", HEADER)
    assert (sample.title, sample.group, sample.summary) == ("Two counters", "Pitfalls", "two calls, two backpacks")
    assert sample.watch == ("the first backpack", "the second backpack")
    assert sample.tries == ("a()", "b()")
    assert [k for k, _ in sample.fields] == ["Title", "Group", "Summary", "Watch", "Watch", "Try", "Try"]
    assert sample.field_lines == (1, 2, 3, 4, 5, 6, 7)
    assert sample.code_line == 9 and sample.code.startswith("function make()")


def test_predict_comments_mark_their_line_or_the_next_line_of_code():
    sample = parse_sample("two.js", HEADER)
    lines = HEADER.split("\n")
    assert sample.predict == (PredictPoint(11, None), PredictPoint(14, "n"))
    assert "() => ++n" in lines[10] and "const a = make()" in lines[13]


def test_a_predict_inside_a_string_or_a_block_comment_is_not_a_point():
    text = 'let s = "// predict";\n/* // predict */\nlet t = `\n// predict\n`;\nlet u = 1; // predicted\n'
    assert predict_points(text) == ()


def test_a_file_that_does_not_parse_has_no_predict_points_and_still_a_header():
    sample = parse_sample("broken.js", "// Title: Broken\nlet = ;\n// predict\n")
    assert sample.title == "Broken" and sample.predict == ()


def test_a_file_without_header_is_named_after_itself_in_patterns():
    sample = parse_sample(Path("/tmp/mine.js"), "let x = 1;\n")
    assert (sample.title, sample.group, sample.watch, sample.tries) == ("mine", "Patterns", (), ())
    assert first_code_line("// a\n\nlet x;\n") == 3


def test_an_unknown_group_falls_back_to_patterns_and_the_first_value_wins():
    sample = parse_sample("x.js", "// Group: Elsewhere\n// Title: One\n// Title: Two\nx;\n")
    assert (sample.group, sample.title) == ("Patterns", "One")


def test_list_samples_groups_every_file_of_the_samples_folder():
    groups = list_samples()
    assert tuple(groups) == GROUPS
    listed = sorted(s.path.name for samples in groups.values() for s in samples)
    assert listed == sorted(p.name for p in SAMPLES_DIR.glob("*.js"))
    assert all(s.group == group for group, samples in groups.items() for s in samples)


def test_the_default_sample_is_a_sample(tmp_path):
    assert DEFAULT_SAMPLE.is_file() and is_sample(DEFAULT_SAMPLE)
    other = tmp_path / DEFAULT_SAMPLE.name
    other.write_text("x;\n")
    assert not is_sample(other) and not is_sample(None)
    assert read_sample(DEFAULT_SAMPLE).title == "Retaining Function Memory"


def test_without_predict_comments_gives_back_the_code_as_written():
    assert without_predict_comments(HEADER) == HEADER.replace("   // predict", "").replace("// predict: n\n", "")
    untouched = "let s = '// predict';\n"
    assert without_predict_comments(untouched) == untouched
