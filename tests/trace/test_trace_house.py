"""The trace package keeps one job per class: no class in explorer/trace grows past ~800 lines
(the recorder's encoder, op log, heap mirror, collector, call stack and job queue each have a module)."""

import ast
from pathlib import Path

import explorer.trace

MAX_CLASS_LINES = 800


def test_no_class_in_the_trace_package_is_over_800_lines():
    too_long = []
    for path in sorted(Path(explorer.trace.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_CLASS_LINES:
                    too_long.append(f"{path.name}: {node.name} has {n} lines")
    assert not too_long, too_long



def test_a_labelled_top_level_function_is_a_function_in_global_memory():
    """The resolver says which globals a function declaration makes, labelled ones too (Node hoists
    ``lbl: function g(){}`` whole: ``typeof g`` is "function" before its line runs)."""
    from explorer.trace import record

    trace = record("console.log(typeof g);\nlbl: function g() { return 1 }\nvar v = 2;\n")
    kinds = {b.name: b.kind for b in trace.state_at(1).global_memory}
    assert kinds == {"g": "function", "v": "var"}
    assert trace.console[0].text == "function"
