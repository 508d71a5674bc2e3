"""What the narration and the diagram's notes say matches what the trace holds (issue 13.12)."""

from __future__ import annotations

import re

from explorer.lesson import SAMPLES_DIR
from explorer.lesson.samples import read_sample
from explorer.trace import StepKind, Terms, record
from explorer.ui.diagram_layout import Layout
from explorer.ui.terms import LABELS

from trace_helpers import binding


def _layout() -> Layout:
    return Layout(LABELS[Terms.HARD_PARTS], lambda text, role="": 7.0 * len(text))


def _steps(t, kind):
    return [i for i in range(len(t)) if t.kind(i) == kind]


def test_a_closure_made_in_a_block_is_told_to_keep_that_block():
    t = record("function make() {\n  const label = 'x';\n  {\n    let secret = 42;\n    return () => secret;\n  }\n}\n"
               "const get = make();\nconsole.log(get());\n")
    i = _steps(t, StepKind.RETURN)[0]
    st = t.state_at(i)
    (block,) = [e for e in st.environments.values() if e.held_by and e.released_at is None and e.kind == "block"]
    assert binding(block, "secret").value.text == "42"
    assert t.narration(i) == ("make() returns an anonymous function. Its execution context is destroyed and its "
                              "Local Memory is released, but `secret` lives on in the backpack of `get`.")


def test_a_static_block_is_neither_a_call_nor_a_backpack():
    t = record("class A {\n  static count = 1;\n  static {\n    let y = 2;\n    A.count = y;\n  }\n}\n"
               "console.log(A.count);\n")
    lay = _layout()
    seen = False
    for i in range(1, len(t)):
        st = t.state_at(i)
        for e in st.environments.values():
            assert "A() call" not in e.owner, (i, e.owner)
        d = lay.build(st, t.state_at(i - 1))
        for b in d.boxes:
            labels = [sec.label for sec in b.sections]
            if "Block Memory (static block of class A)" in labels:      # its memory, in the running context
                seen = True
                assert b.kind == "global-context"
                assert [r.name for r in b.rows][labels.index("Block Memory (static block of class A)"):] == ["y"]
            assert not (b.kind == "backpack" and "static block" in b.subtitle), (i, b.subtitle)
    assert seen


def test_a_class_keeps_its_class_scope_and_is_drawn_linked_to_it():
    lay = _layout()
    # the class keeps its class scope (its [[Fields]]): where that scope is drawn as a backpack, the trace
    # names the class as its holder and the diagram draws the class's arrow to it
    t = record("class A {\n  static count = 1;\n  static {\n    A.count = 2;\n  }\n}\n"
               "async function f() { await 1; }\nf();\n")
    drawn = 0
    for i in range(len(t)):
        st = t.state_at(i)
        d = lay.build(st)
        for b in d.boxes:
            if b.kind == "backpack" and b.bag and st.environments[b.env_id].kind == "class":
                (a,) = st.environments[b.env_id].held_by
                assert st.heap[a].kind == "class"
                assert ("backpack", f"obj:{a}", "", b.key) in d.summary()["arrows"]
                drawn += 1
    assert drawn


def test_a_paused_async_call_is_not_told_to_live_on_as_a_backpack_and_its_job_points_at_the_await():
    src = "async function f() {\n  const v = await Promise.resolve(1);\n  return v;\n}\nf();\nconsole.log('sync');\n"
    t = record(src)
    q = next(i for i in _steps(t, StepKind.QUEUED) if "resume f()" in t.narration(i))
    assert t.step(q).range.start_line == 2          # the await, not the call on line 5
    lay = _layout()
    notes = []
    for i in range(1, len(t)):
        d = lay.build(t.state_at(i), t.state_at(i - 1))
        for b in d.boxes:
            if b.ghost and b.title == "f()":
                notes.append(b.note)
    assert notes[0] == "paused: left the call stack; its Local Memory waits to resume"
    assert all("Backpack" not in n for n in notes[:1])


def test_the_dim_note_is_about_variables_and_seed003_notes_say_what_the_diagram_dims():
    name = "seed003_counter_increment.js"
    t = record((SAMPLES_DIR / name).read_text(), filename=name)
    i = next(k for k in _steps(t, StepKind.RETURN) if t.narration(k).startswith("counter() returns"))
    st = t.state_at(i)
    d = _layout().build(st, t.state_at(i - 1))
    (pack,) = [b for b in d.boxes if b.kind == "backpack" and b.bag and not b.ghost]
    dim = [r.name for r in pack.rows if r.dim]
    bright = [r.name for r in pack.rows if not r.dim]
    assert bright == ["currentValue"] and sorted(dim) == ["increment", "initValue"]
    assert pack.note == "dimmed: variables no function uses (V8 drops them)"
    watch = " ".join(read_sample(SAMPLES_DIR / name).watch)
    stays = re.search(r"but (\w+) stays in the backpack", watch)
    assert stays and [stays.group(1)] == bright
    assert "initValue and increment are dimmed" in watch
    assert "`initValue` and `increment`, which no function uses, are dimmed: a real engine (V8) does not keep them" \
        in t.narration(i)


def test_a_bound_function_is_named_as_one():
    t = record("function greet(g) { return g + ' ' + this.name; }\nconst hi = greet.bind({ name: 'Ann' }, 'hi');\n"
               "console.log(hi());\n")
    i = next(k for k in _steps(t, StepKind.DECLARED) if "`hi`" in t.narration(k))
    assert t.narration(i) == ("`hi` is initialised to the bound function `bound greet` (it calls `greet` with its "
                              "`this` fixed) in Global Memory.")


def test_a_static_blocks_variables_are_told_as_the_static_blocks_not_a_calls():
    t = record("class A {\n  static count = 1;\n  static {\n    let y = 3;\n    A.count = y;\n  }\n}\n"
               "console.log(A.count);\n")
    texts = [t.narration(i) for i in range(len(t))]
    assert "`y` is initialised to 3 in the memory of the static block of class A." in texts
    assert any("the memory of the static block of class A (`y`) is released" in s for s in texts)
    assert not any("A()" in s for s in texts)


def test_a_new_function_bodys_steps_point_into_its_own_piece():
    t = record("const add = new Function('a', 'b', 'const c = a + b;\\nreturn c;');\nconsole.log(add(1, 2));\n")
    stmts = [i for i in _steps(t, StepKind.STATEMENT) if t.step(i).range.piece != 0]
    assert [t.narration(i) for i in stmts] == ["Line 3 of the Function code runs next: `const c = a + b;`.",
                                               "Line 4 of the Function code runs next: `return c;`."]
    assert all(t.pieces[t.step(i).range.piece][0] == "Function" for i in stmts)


def test_a_release_names_only_the_functions_that_die_at_that_step():
    t = record("function mk() { let n = 1; return () => n; }\nlet f = mk();\nlet g = f;\nf = null;\ng = null;\n")
    said = {t.narration(i): i for i in range(len(t))}
    assert not any("Nothing refers" in s for s in said if "`f` changes" in s)    # g still holds it
    (s,) = [s for s in said if "`g` changes" in s]
    assert s.endswith("Nothing refers to the arrow function from line 1 any more, so the backpack of the arrow "
                      "function from line 1 (`n`) is released.")
    i = said[s]
    dead = [o for o in t.state_at(i - 1).heap if o not in t.state_at(i).heap]
    assert [t.state_at(i - 1).heap[o].kind for o in dead] == ["function"]
