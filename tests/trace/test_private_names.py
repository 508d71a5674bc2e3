"""Private names are not variables (issue 13.8): a class scope never lists `#count`; each instance
holds its own private field, drawn on the instance, and writing it is told as a private field."""

from __future__ import annotations

from explorer.trace import StepKind, Terms, record
from explorer.ui.diagram_layout import Layout
from explorer.ui.terms import LABELS

SRC = """class Counter {
  #count = 2;
  inc() { return ++this.#count; }
  static make() { return new Counter(); }
}
const c = new Counter();
c.inc();
console.log(c.inc());
"""


def test_no_scope_lists_a_private_name_at_any_step():
    t = record(SRC)
    seen_class_scope = False
    for i in range(len(t)):
        for e in t.state_at(i).environments.values():
            seen_class_scope |= e.kind == "class"
            assert all(not b.name.startswith("#") for b in e.bindings), (i, e.owner)
    assert seen_class_scope


def test_writing_a_private_field_is_told_with_its_value_and_the_instance_holds_it():
    t = record(SRC)
    assert [c.text for c in t.console] == ["4"]
    writes = [i for i in range(len(t)) if t.kind(i) == StepKind.PROPERTY_WRITTEN]
    assert [t.narration(i) for i in writes] == [
        "The private field `#count` of a Counter object is set to 3.",
        "The private field `#count` of a Counter object is set to 4.",
    ]
    for i, want in zip(writes, ("3", "4")):
        st = t.state_at(i)
        c = st.heap[next(b.value.id for b in st.global_memory if b.name == "c")]
        assert dict(c.internals)["#count"].text == want


def test_the_diagram_draws_the_field_on_the_instance_and_not_in_the_class_scope():
    t = record(SRC)
    lay = Layout(LABELS[Terms.HARD_PARTS], lambda text, role="": 7.0 * len(text))
    for i in range(len(t)):
        st = t.state_at(i)
        d = lay.build(st)
        for b in d.boxes:
            if b.kind in ("context", "global-context", "backpack", "global"):
                assert all(not r.name.startswith("#") for r in b.rows), (i, b.title)
        c = next((g.value for g in st.global_memory if g.name == "c" and hasattr(g.value, "id")), None)
        if c is None:
            continue
        box = d.box(f"obj:{c.id}")
        assert box is not None
        assert [r.text for r in box.rows if r.name == "#count"] == [dict(st.heap[c.id].internals)["#count"].text]
