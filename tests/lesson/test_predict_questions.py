"""Predict mode's questions (explorer.lesson.predict): each kind is asked before the right step, its
answer is the trace's truth (checked against a second witness: Node's output, the closures' own
captured names, the called context's environment chain), and a file's `// predict` comments choose
the moments."""

from __future__ import annotations

from functools import cache

import pytest

from explorer.lesson import SAMPLES_DIR, read_sample
from explorer.lesson.predict import KINDS, Question, questions
from explorer.trace import Primitive, Ref, StepKind, record

EXPECTED = SAMPLES_DIR / "expected"


@cache
def sample_trace(name: str):
    sample = read_sample(SAMPLES_DIR / f"{name}.js")
    return record(sample.text, filename=sample.path.name)


@cache
def sample_questions(name: str) -> tuple[Question, ...]:
    return tuple(questions(sample_trace(name)))


def of_kind(qs, kind):
    return [q for q in qs if q.kind == kind]


ALL_SAMPLES = sorted(p.stem for p in SAMPLES_DIR.glob("*.js"))


# ------------------------------------------------------------------ prints


def test_prints_is_asked_before_every_console_output_and_its_answers_are_what_node_prints():
    """seed003 prints three lines from one console.log: three questions, and their answers put together
    are Node's stdout for the sample."""
    trace = sample_trace("seed003_counter_increment")
    prints = of_kind(sample_questions("seed003_counter_increment"), "prints")
    assert [q.step for q in prints] == [line.step for line in trace.console]
    assert all(trace.kind(q.step) == StepKind.CONSOLE for q in prints)
    node = (EXPECTED / "seed003_counter_increment.out").read_text(encoding="utf-8")
    assert "".join(q.answer_text + "\n" for q in prints) == node
    assert prints[0].prompt == "What will `console.log('currentValue = ' + currentValue)` print?"


def test_a_printed_answer_is_compared_as_node_prints_it():
    trace = record("const a = [1, 2];\nconsole.log(a);\nconsole.log('x y');\n")
    first, second = of_kind(questions(trace), "prints")
    assert first.answer == ("[ 1, 2 ]",)
    assert first.check("[ 1, 2 ]") and first.check("[1,2]") and first.check("  [1, 2]\n")
    assert not first.check("[1, 2, 3]") and not first.check("1, 2") and not first.check("")
    assert second.check("x y") and not second.check("xy") and not second.check("'x y'")


def test_an_output_node_breaks_over_lines_may_be_typed_on_one():
    trace = record("const o = { first: 'a long string value', second: 'another long value', third: [1, 2, 3] };\n"
                   "console.log(o);\n")
    (q,) = of_kind(questions(trace), "prints")
    assert q.answer_text.count("\n") == 4, "Node prints this object over several lines"
    assert q.check("{ first: 'a long string value', second: 'another long value', third: [ 1, 2, 3 ] }")
    assert not q.check("{ first: 'a long string value', second: 'another long value' }")


# ------------------------------------------------------------------ value


@pytest.mark.parametrize("name", ["seed001_multiple_closure_instances", "seed003_counter_increment",
                                  "seed002_set_counter", "pattern_private_counter_object"])
def test_value_is_asked_before_a_write_to_a_backpack_and_answered_by_the_state_after_it(name):
    trace = sample_trace(name)
    values = of_kind(sample_questions(name), "value")
    assert values
    for q in values:
        assert trace.kind(q.step) in (StepKind.ASSIGNED, StepKind.DECLARED)
        before, after = trace.state_at(q.step - 1), trace.state_at(q.step)
        assert any(c.target == "env" and c.id == q.env and c.key == q.name for c in after.changed)
        written = next(b for b in after.environments[q.env].bindings if b.name == q.name)
        assert isinstance(written.value, Primitive) and q.answer == (written.value.text,)
        assert written.captured or after.environments[q.env].held_by, "a variable a closure uses"
        old = next(b for b in before.environments[q.env].bindings if b.name == q.name)
        if not q.marked:
            assert old.value.type not in ("undefined", "uninitialized"), "a first initialisation is not asked"


def test_seed001s_counters_are_asked_with_the_values_its_comments_state():
    """The document's comments say `counter = 1`, `counter = 2`, then 1 and 2 again in another backpack."""
    values = of_kind(sample_questions("seed001_multiple_closure_instances"), "value")
    assert [(q.name, q.answer[0]) for q in values] == [("counter", "1"), ("counter", "2")] * 2
    assert values[0].env == values[1].env != values[2].env == values[3].env, "two calls of outer, two backpacks"
    assert values[0].prompt == "`counter++` runs: `counter` will become ?"


def test_a_value_answer_is_a_value_as_the_diagram_shows_it():
    trace = record("function make() {\n  let s = 'a';\n  return () => { s = s + 'b'; n = 1.5 };\n}\n"
                   "let n = 0;\nconst f = make();\nf();\n")
    (q,) = of_kind(questions(trace), "value")
    assert q.name == "s" and q.answer == ("'ab'",)
    assert q.check("'ab'") and q.check('"ab"') and q.check("ab") and q.check(" 'ab' ")
    assert not q.check("'a'") and not q.check("b") and not q.check("")
    number = Question(1, "value", "", ("2",), "")
    assert number.check("2") and number.check("2.0") and not number.check("3") and not number.check("two")


# ------------------------------------------------------------------ lives-on


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_lives_on_answers_are_the_names_the_kept_closures_really_use(name):
    """The names that stay are the ones the closures holding the Local Memory capture (HeapObject.captured),
    and the question is asked at the return that leaves the Local Memory alive."""
    trace = sample_trace(name)
    for q in of_kind(sample_questions(name), "lives-on"):
        assert trace.kind(q.step) == StepKind.RETURN
        before, after = trace.state_at(q.step - 1), trace.state_at(q.step)
        assert q.env in before.environments and before.environments[q.env].on_stack
        survivor = after.environments.get(q.env)
        assert survivor is None or not survivor.on_stack
        used = set()
        for fid in (survivor.held_by if survivor else ()):
            used |= set(after.heap[fid].captured)
        assert set(q.answer) == used & set(q.choices)
        assert set(q.choices) >= {b.name for b in before.environments[q.env].bindings}


def test_lives_on_in_seed002_keeps_num_and_counter_but_not_count():
    (q,) = of_kind(sample_questions("seed002_set_counter"), "lives-on")
    assert q.choices == ("num", "counter", "count") and q.answer == ("num", "counter")
    assert q.prompt == "setCounter() ends now. Which names of its Local Memory stay in the backpack? Tick them."
    assert q.check(["counter", "num"]) and q.check("num, counter")
    assert not q.check(["num"]) and not q.check(["num", "counter", "count"]) and not q.check([])
    assert "`num` and `counter` live on in the backpack of `increment`" in q.explanation


def test_a_returned_function_that_uses_nothing_keeps_nothing():
    """seed001's createFunction returns multiplyBy2, which uses none of its names: the answer is none, and
    the Local Memory is released at that return."""
    trace = sample_trace("seed001_returning_functions")
    (q,) = of_kind(sample_questions("seed001_returning_functions"), "lives-on")
    assert q.name == "createFunction()" and q.choices == ("multiplyBy2",) and q.answer == ()
    assert q.check([]) and q.check("") and not q.check(["multiplyBy2"])
    assert q.answer_text == "(none)" and "released" in q.explanation
    assert q.env not in trace.state_at(q.step).environments or not trace.state_at(q.step).environments[q.env].held_by


def test_a_call_that_makes_no_closure_asks_nothing():
    trace = record("function add(a, b) {\n  const s = a + b;\n  return s;\n}\nadd(1, 2);\n")
    assert of_kind(questions(trace), "lives-on") == []


# ------------------------------------------------------------------ which-backpack


def test_which_backpack_is_asked_when_a_twin_exists_and_answered_by_the_called_context():
    trace = sample_trace("seed001_multiple_closure_instances")
    (q,) = of_kind(sample_questions("seed001_multiple_closure_instances"), "which-backpack")
    assert trace.kind(q.step) == StepKind.CALL and "anotherFunction()" in q.prompt
    assert len(q.options) == 2 and q.env in q.options
    entered = trace.state_at(q.step + 1)
    local = entered.environments[entered.stack[-1].env_chain[0]]
    assert local.parent == q.env, "the new Local Memory's outer environment is the backpack asked about"
    before = trace.state_at(q.step - 1)
    stored = next(b.value for b in before.global_memory if b.name == "anotherFunction")
    assert isinstance(stored, Ref) and before.heap[stored.id].scope == q.env
    assert q.check(q.env) and not q.check(next(o for o in q.options if o != q.env))
    assert q.answer[0] == q.choices[q.options.index(q.env)] and "`anotherFunction`" in q.answer[0]
    assert "counter` is 0" in q.explanation


def test_siblings_with_two_backpacks_are_asked_once_per_backpack():
    qs = of_kind(sample_questions("pattern_private_counter_object"), "which-backpack")
    assert len(qs) == 2 and qs[0].env != qs[1].env
    assert "clicks.increment()" in qs[0].prompt and "visits.increment()" in qs[1].prompt


def test_a_closure_without_twins_or_siblings_is_not_asked_about_by_default():
    trace = record("function make() {\n  let n = 0;\n  return () => ++n;\n}\nconst f = make();\nf();\nf();\n")
    assert of_kind(questions(trace), "which-backpack") == []


# ------------------------------------------------------------------ // predict comments


MARKED = """function make(start) {
  let n = start;
  let unused = 'x';
  return () => {
    n = n + 1;   // predict: n
    return n;
  };
}
const a = make(10);   // predict
const b = make(20);
// predict
console.log(a(), b());
a();
"""


def test_predict_comments_choose_the_moments_instead_of_the_defaults():
    trace = record(MARKED)
    qs = questions(trace)
    lines = {q.step: trace.step(q.step).range.start_line for q in qs}
    assert set(lines.values()) == {5, 9, 12}, "only the marked lines"
    kinds = [(lines[q.step], q.kind) for q in qs]
    assert (9, "lives-on") in kinds and (12, "prints") in kinds
    assert all(q.marked for q in qs)
    values = of_kind(qs, "value")
    assert [q.answer[0] for q in values] == ["11", "21", "12"], "every write of n on line 5"
    assert all(q.name == "n" for q in values)
    (lives,) = of_kind(qs, "lives-on")
    assert lives.choices == ("start", "n", "unused") and lives.answer == ("n",)
    (printed,) = of_kind(qs, "prints")
    assert printed.answer == ("11 21",)


def test_without_predict_comments_the_same_program_gets_the_default_questions():
    trace = record(MARKED.replace("// predict: n", "").replace("// predict", ""))
    kinds = {q.kind for q in questions(trace)}
    assert kinds == {"prints", "value", "lives-on", "which-backpack"}
    assert not any(q.marked for q in questions(trace))


def test_a_named_predict_point_asks_only_about_that_name():
    trace = record("let x = 1;\nlet y = 2;\nx = 5; y = 6; // predict: y\n")
    (q,) = questions(trace)
    assert (q.kind, q.name, q.answer) == ("value", "y", ("6",))


# ------------------------------------------------------------------ every sample


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_every_sample_gets_questions_in_step_order_with_known_kinds(name):
    qs = sample_questions(name)
    assert [q.step for q in qs] == sorted(q.step for q in qs)
    assert all(q.kind in KINDS and q.prompt and q.explanation and q.step >= 1 for q in qs)
    assert all(q.check(q.env if q.kind == "which-backpack" else list(q.answer) if q.kind == "lives-on"
                       else q.answer_text) for q in qs), "the truth is marked right"


def test_a_long_loop_is_asked_a_few_times_not_a_thousand():
    trace = record("let total = 0;\nfunction add(n) { return () => { total += n; console.log(total); }; }\n"
                   "const f = add(1);\nfor (let i = 0; i < 1000; i++) f();\n")
    qs = questions(trace)
    assert len(of_kind(qs, "prints")) == 3


# ------------------------------------------------------------------ the quiz's progress


def test_the_quiz_stops_before_the_first_unanswered_question_and_never_asks_twice():
    from explorer.lesson.predict import Quiz

    quiz = Quiz(list(sample_questions("seed002_set_counter")))
    first, second = quiz.questions[:2]
    assert quiz.stop_before(0, first.step - 1) is None, "not reached yet"
    assert quiz.stop_before(0, 10_000) is first, "a jump far ahead stops at the first question"
    assert quiz.stop_before(first.step, first.step - 1) is None, "stepping back never asks"
    assert quiz.answer(first, ["num", "counter"]) is True
    assert quiz.stop_before(first.step - 1, first.step) is None, "answered: not asked again"
    assert quiz.stop_before(first.step - 1, 10_000) is second
    assert quiz.answer(second, "3") is False
    assert quiz.result(second).response == "3" and not quiz.result(second).right
    assert quiz.score_text() == "1 of 2 predicted"
    third = quiz.questions[2]
    assert quiz.answer(third, None) is False, "shown without an answer counts as not predicted"
    assert (quiz.right, quiz.asked) == (1, 3)
