"""Positions are UTF-16 offsets (esprima's, V8's): text quoted from the source must not shift after
characters outside the Basic Multilingual Plane."""

from __future__ import annotations

from explorer.trace import StepKind, record


def test_narration_quotes_whole_lines_after_emoji():
    source = "const s = '😀😀😀';\nconsole.log(s);\nfunction f(a) { return a + '🎉'; }\nf(s);\n"
    trace = record(source, filename="emoji.js")
    said = [trace.narration(i) for i in range(len(trace)) if trace.kind(i) == StepKind.STATEMENT]
    assert "Line 2 runs next: `console.log(s);`." in said
    assert "Line 4 runs next: `f(s);`." in said
    assert any("`return a + '🎉';`" in text for text in said)
