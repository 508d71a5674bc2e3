"""Checks on the sample programs in ``samples/`` (not on the engine).

Every sample must carry the header the app reads (explorer.lesson's grammar, the one parser), have its
expected Node.js output stored in ``samples/expected/``, and the samples
taken from the tutorial documents must cover every code example of those
documents and print what the documents say they print.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest

from explorer.lesson import GROUPS, SAMPLES_DIR, Sample, list_samples, read_sample, without_predict_comments

ROOT = Path(__file__).resolve().parent.parent
EXPECTED_DIR = SAMPLES_DIR / "expected"
SEEDS_DIR = Path(os.environ.get("CLOSURE_EXPLORER_SEEDS", ROOT.parent / "shared" / "seeds"))

GROUP_OF_PREFIX = {"seed": "From the documents", "pattern": "Patterns", "pitfall": "Pitfalls"}

SOURCE_VALUE = re.compile(r'^(\d{3})_[0-9a-f]{16}\.txt, "([^"]+)", example (\d+)$')

# Every code example of every seed document, in document order:
# (document, topic as given in the Source line, block index among the
# document's fenced code blocks or None when the code is only in a picture,
# samples that show it).
DOC_EXAMPLES = [
    ("000_6a67bacebb9dcee4.txt", "Closures In Depth", 0, ["seed000_count_closure"]),
    ("001_a8fd6c14645b9459.txt", "Returning Functions", 0, ["seed001_returning_functions"]),
    (
        "001_a8fd6c14645b9459.txt",
        "Nested Function Scope",
        1,
        ["seed001_nested_function_scope", "seed001_nested_function_scope_fixed"],
    ),
    ("001_a8fd6c14645b9459.txt", "Retaining Function Memory", 2, ["seed001_retaining_function_memory"]),
    ("001_a8fd6c14645b9459.txt", "Multiple Closure Instances", 3, ["seed001_multiple_closure_instances"]),
    ("002_a6300fb5c05857af.txt", "Let's look at an example", 0, ["seed002_foo_bar_baz"]),
    ("002_a6300fb5c05857af.txt", "Let's look at another example", 1, ["seed002_set_counter"]),
    ("003_3010180b8234598b.txt", "Let's consider the following code", 0, ["seed003_counter_increment"]),
    ("004_6eef8c8ba225c6c5.txt", "Basic Example", 0, ["seed004_basic_closure"]),
    ("004_6eef8c8ba225c6c5.txt", "Data Privacy", 1, ["seed004_data_privacy"]),
]

# The samples that keep the document's code verbatim (the corrected twin does not).
FAITHFUL = {
    "seed000_count_closure": ("000_6a67bacebb9dcee4.txt", 0),
    "seed001_returning_functions": ("001_a8fd6c14645b9459.txt", 0),
    "seed001_nested_function_scope": ("001_a8fd6c14645b9459.txt", 1),
    "seed001_retaining_function_memory": ("001_a8fd6c14645b9459.txt", 2),
    "seed001_multiple_closure_instances": ("001_a8fd6c14645b9459.txt", 3),
    "seed002_foo_bar_baz": ("002_a6300fb5c05857af.txt", 0),
    "seed002_set_counter": ("002_a6300fb5c05857af.txt", 1),
    "seed003_counter_increment": ("003_3010180b8234598b.txt", 0),
    "seed004_basic_closure": ("004_6eef8c8ba225c6c5.txt", 0),
    "seed004_data_privacy": ("004_6eef8c8ba225c6c5.txt", 1),
}

# What the document samples print (the values the documents state).
DOCUMENTED_STDOUT = {
    "seed000_count_closure": "[Function (anonymous)]\n1\n2\n3\n1\n",
    "seed001_returning_functions": "6\n",  # const result = generatedFunc(3) // 6
    "seed001_nested_function_scope": "",
    "seed001_nested_function_scope_fixed": "1\n",
    "seed001_retaining_function_memory": "",  # counter is only in the backpack
    "seed001_multiple_closure_instances": "",
    "seed002_foo_bar_baz": "1\n",  # "The number 1 is logged."
    "seed002_set_counter": "2\n",  # "2 will be logged"; "This time 4 is printed" is its `// Try: increment()`
    "seed003_counter_increment": "currentValue = 1\ncurrentValue = 3\ncurrentValue = 6\n",
    "seed004_basic_closure": "I am from the outer scope\n",
    "seed004_data_privacy": "1\n0\n0\n",
}

# Samples that end in an uncaught error, with the key error line.
DOCUMENTED_ERRORS = {
    "seed001_nested_function_scope": "ReferenceError: counter is not defined",
}


# -- helpers ---------------------------------------------------------------


def sample_paths() -> list[Path]:
    return sorted(SAMPLES_DIR.glob("*.js"))


def sample_names() -> list[str]:
    return [p.stem for p in sample_paths()]


def sample_of(name: str) -> Sample:
    return read_sample(SAMPLES_DIR / f"{name}.js")


def header_of(name: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for key, value in sample_of(name).fields:
        result.setdefault(key, []).append(value)
    return result


def code_of(name: str) -> str:
    """The sample's code as its author wrote it: without the `// predict` markers predict mode reads."""
    return without_predict_comments(sample_of(name).code)


def group_for(name: str) -> str:
    return GROUP_OF_PREFIX[name.split("_", 1)[0].rstrip("0123456789")]


def fenced_blocks(document: str) -> list[str]:
    """The contents of the ``` fenced blocks of a seed document, in order."""
    blocks, current = [], None
    for line in document.splitlines():
        if current is None:
            if line.lstrip().startswith("```"):
                current = []
        elif line.strip() == "```":
            blocks.append("\n".join(current))
            current = None
        else:
            current.append(line)
    return blocks


def contains_lines(haystack: str, needle: str) -> bool:
    """Does haystack contain needle's lines, consecutively (ignoring indentation
    and trailing spaces)?  The first line may be the end of a longer line, so
    a returned function definition (``return function(){``) matches the
    document's ``function(){``."""
    hay = [l.strip() for l in haystack.splitlines()]
    need = [l.strip() for l in needle.strip("\n").splitlines()]
    for i in range(len(hay) - len(need) + 1):
        if hay[i].endswith(need[0]) and hay[i + 1:i + len(need)] == need[1:]:
            return True
    return False


def expected_out(name: str) -> str:
    return (EXPECTED_DIR / f"{name}.out").read_text(encoding="utf-8")


needs_seeds = pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason=f"seed documents not found at {SEEDS_DIR}")


# -- headers ---------------------------------------------------------------


def test_there_are_samples_in_every_group():
    groups = [sample_of(n).group for n in sample_names()]
    for group in GROUPS:
        assert group in groups, f"no sample in group {group!r}"


@pytest.mark.parametrize("name", sample_names())
def test_header_is_well_formed(name):
    """The house style on top of the grammar: `// Key: value` lines from line 1 on, in a fixed order
    (Watch lines, then any Try lines), one blank line, then the code."""
    sample = sample_of(name)
    lines = sample.text.split("\n")
    assert lines[0].startswith("// Title: "), "the first line must be the Title"
    n = len(sample.fields)
    assert sample.field_lines == tuple(range(1, n + 1)), "the header lines must come first, one after another"
    assert all(lines[i - 1].startswith(f"// {key}: ") for i, (key, _) in zip(sample.field_lines, sample.fields))
    assert lines[n] == "" and lines[n + 1].strip(), "the header must be followed by one blank line, then code"
    keys = [k for k, _ in sample.fields]
    is_document = group_for(name) == "From the documents"
    fixed = ["Title", "Group", "Source", "Summary"] if is_document else ["Title", "Group", "Summary"]
    assert keys[: len(fixed)] == fixed, f"header order must be {fixed} then Watch lines, got {keys}"
    rest = keys[len(fixed):]
    watch = rest[: len(rest) - rest.count("Try")]
    assert watch and all(k == "Watch" for k in watch), "at least one Watch line must follow the Summary"
    assert all(k == "Try" for k in rest[len(watch):]), "Try lines come last"
    assert sample.code.strip(), "the sample has no code"


@pytest.mark.parametrize("name", sample_names())
def test_group_matches_file_name(name):
    header = header_of(name)
    assert header["Group"] == [group_for(name)]
    assert header["Group"][0] in GROUPS


@pytest.mark.parametrize("name", [n for n in sample_names() if n.startswith("seed")])
def test_document_sample_source_names_its_document(name):
    (source,) = header_of(name)["Source"]
    match = SOURCE_VALUE.match(source)
    assert match, f'Source must look like 001_<16 hex>.txt, "Topic": {source!r}'
    assert name.startswith(f"seed{match.group(1)}_"), "the file name must start with its document's number"


def test_titles_are_unique():
    titles = [header_of(n)["Title"][0] for n in sample_names()]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("name", [n for n in sample_names() if not n.startswith("seed")])
def test_gallery_samples_are_small(name):
    lines = code_of(name).strip("\n").split("\n")
    assert 10 <= len(lines) <= 40, f"{len(lines)} lines of code"


def test_readme_lists_every_sample():
    readme = (SAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    for name in sample_names():
        header = header_of(name)
        row = f"| `{name}.js` | {header['Title'][0]} | {header['Group'][0]} |"
        assert row in readme, f"README.md lacks the row {row}"


@pytest.mark.parametrize("name", sample_names())
def test_sample_parses_as_a_script(name):
    esprima = pytest.importorskip("esprima")
    esprima.parseScript((SAMPLES_DIR / f"{name}.js").read_text(encoding="utf-8"))


# -- expected output -------------------------------------------------------


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_has_expected_output(name):
    assert (EXPECTED_DIR / f"{name}.out").is_file()
    err = EXPECTED_DIR / f"{name}.err"
    if name in DOCUMENTED_ERRORS:
        assert err.is_file()
    if err.is_file():
        lines = err.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 and lines[0].strip(), ".err holds exactly one error line"


def test_no_orphan_expected_files():
    names = set(sample_names())
    for path in EXPECTED_DIR.iterdir():
        if path.suffix in (".out", ".err"):
            assert path.stem in names, f"{path.name} has no sample"


def test_regenerate_script_exists():
    assert (EXPECTED_DIR / "regenerate.py").is_file()


# -- coverage of the documents and their stated output ----------------------


@pytest.mark.parametrize("document,topic,block,names", DOC_EXAMPLES)
def test_every_document_example_has_a_sample(document, topic, block, names):
    for name in names:
        assert (SAMPLES_DIR / f"{name}.js").is_file(), f"missing sample {name}.js"
        assert header_of(name)["Source"][0].startswith(f'{document}, "{topic}", example ')


def test_the_documents_samples_are_listed_in_the_documents_order():
    """000 first, then 001's samples in the order 001 shows its examples, ... (Source's "example N")."""
    in_order = [name for _doc, _topic, _block, names in DOC_EXAMPLES for name in names]
    listed = [s.path.stem for s in list_samples()["From the documents"]]
    assert listed == in_order
    for document in dict.fromkeys(doc for doc, *_ in DOC_EXAMPLES):
        names = [name for doc, _t, _b, ns in DOC_EXAMPLES if doc == document for name in ns]
        assert [sample_of(name).order for name in names] == list(range(1, len(names) + 1)), document


def test_every_seed_document_is_covered():
    covered = {document for document, *_ in DOC_EXAMPLES}
    assert covered == {f"{n:03d}" + s for n, s in [
        (0, "_6a67bacebb9dcee4.txt"),
        (1, "_a8fd6c14645b9459.txt"),
        (2, "_a6300fb5c05857af.txt"),
        (3, "_3010180b8234598b.txt"),
        (4, "_6eef8c8ba225c6c5.txt"),
    ]}
    if SEEDS_DIR.is_dir():
        assert covered == {p.name for p in SEEDS_DIR.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(DOCUMENTED_STDOUT))
def test_document_samples_print_what_the_documents_state(name):
    assert expected_out(name) == DOCUMENTED_STDOUT[name]


@pytest.mark.parametrize("name", sorted(DOCUMENTED_ERRORS))
def test_faithful_nested_function_scope_throws(name):
    assert (EXPECTED_DIR / f"{name}.err").read_text(encoding="utf-8").strip() == DOCUMENTED_ERRORS[name]


def test_only_the_documented_samples_end_in_an_error():
    errs = {p.stem for p in EXPECTED_DIR.glob("*.err")}
    assert errs == set(DOCUMENTED_ERRORS)


def test_the_seed_samples_mark_moments_for_predict_mode():
    seeds = [n for n in sample_names() if n.startswith("seed") and n not in DOCUMENTED_ERRORS]
    assert all(sample_of(n).predict for n in seeds), [n for n in seeds if not sample_of(n).predict]


def test_nested_function_scope_typo_is_kept_and_fixed_in_the_twin():
    faithful = code_of("seed001_nested_function_scope")
    fixed = code_of("seed001_nested_function_scope_fixed")
    assert "let couter = 0;" in faithful and "counter++" in faithful
    assert "let counter = 0;" in fixed and "couter" not in fixed.replace("`couter`", "")


def test_the_documents_console_exercises_are_try_lines_that_print_what_the_text_says():
    """"Try to invoke the increment() function again. This time 4 is printed." / "type counter and press
    enter": the console entries of the samples' `// Try:` lines, run after the program."""
    from explorer.engine import run_source

    wanted = {
        "seed002_set_counter": {"increment()": "4\nundefined", "counter": "Uncaught ReferenceError: counter is not defined"},
        "seed002_foo_bar_baz": {"console.log(x)": "Uncaught ReferenceError: x is not defined", "baz()": "1\nundefined"},
        "seed004_data_privacy": {"counter.count": "undefined", "counter.increment()": "1"},
        "seed001_multiple_closure_instances": {"myNewFunction()": "undefined", "counter":
                                               "Uncaught ReferenceError: counter is not defined"},
    }
    for name, expected in wanted.items():
        sample = read_sample(SAMPLES_DIR / f"{name}.js")
        assert set(expected) <= set(sample.tries), name
        code = code_of(name)
        assert code.count("\nincrement()") <= 1
        for entry, shown in expected.items():
            (result,) = run_source(sample.text, entries=[entry]).entries
            assert "\n".join(t for _s, t in result.printed) == shown, (name, entry)


def test_count_closure_is_rebuilt_from_the_text():
    code = code_of("seed000_count_closure")
    assert re.search(r"function count\(\)\s*\{\s*var count = 0;", code)
    assert "return ++count;" in code


@needs_seeds
@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_document_code_is_kept_verbatim(name):
    document, block = FAITHFUL[name]
    blocks = fenced_blocks((SEEDS_DIR / document).read_text(encoding="utf-8"))
    assert contains_lines(code_of(name), blocks[block]), f"{name}.js does not contain block {block} of {document}"


@needs_seeds
@pytest.mark.parametrize("document,topic,block,names", DOC_EXAMPLES)
def test_source_topic_appears_in_the_document(document, topic, block, names):
    assert topic in (SEEDS_DIR / document).read_text(encoding="utf-8")


@needs_seeds
def test_seed003_output_block_matches_the_stored_output():
    blocks = fenced_blocks((SEEDS_DIR / "003_3010180b8234598b.txt").read_text(encoding="utf-8"))
    assert expected_out("seed003_counter_increment") == blocks[1].strip() + "\n"


@needs_seeds
def test_every_fenced_code_block_is_listed():
    listed = {(document, block) for document, _, block, _ in DOC_EXAMPLES}
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for index, block in enumerate(fenced_blocks(path.read_text(encoding="utf-8"))):
            if "function" in block:  # code, not a printed output
                assert (path.name, index) in listed, f"{path.name} block {index} has no sample"


# -- the stored output is what Node prints now -------------------------------


def _regenerate_module():
    spec = importlib.util.spec_from_file_location("samples_regenerate", EXPECTED_DIR / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (os.environ.get("NODE") or shutil.which("node")), reason="Node.js not installed")
@pytest.mark.parametrize("name", sample_names())
def test_stored_output_matches_node(name):
    regenerate = _regenerate_module()
    stdout, error = regenerate.run_sample(regenerate.find_node(), SAMPLES_DIR / f"{name}.js")
    assert stdout == expected_out(name), "run samples/expected/regenerate.py"
    err = EXPECTED_DIR / f"{name}.err"
    stored = err.read_text(encoding="utf-8").strip() if err.is_file() else None
    assert error == stored
