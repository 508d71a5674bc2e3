"""The memory diagram draws what the trace's state holds: boxes, rows, backpacks and arrows."""

from __future__ import annotations

from dataclasses import replace

import pytest

import fake_trace
from checks import check_drawn
from explorer.trace.model import Binding, EnvironmentView, HeapObject, MemoryState, Primitive, Ref, SourceRange, Terms
from explorer.ui.diagram import MemoryDiagram


@pytest.fixture
def diagram(qtbot):
    d = MemoryDiagram()
    d.set_animations(False)
    d.resize(700, 600)
    qtbot.addWidget(d)
    return d


def test_every_step_of_seed001_agrees_with_the_state(diagram):
    trace = fake_trace.retaining_function_memory()
    for i in range(len(trace)):
        diagram.show_step(trace, i)
        check_drawn(diagram.drawn(), trace.state_at(i))


def test_backpack_appears_when_outer_returns_and_counter_is_kept(diagram):
    trace = fake_trace.retaining_function_memory()
    returned = next(s.index for s in trace.steps if s.kind.value == "return")
    diagram.show_step(trace, returned)
    drawn = diagram.drawn()
    backpack = next(b for b in drawn["boxes"] if b["kind"] == "backpack")
    assert backpack["title"] == "Backpack"
    assert ("counter", "0") in backpack["rows"]
    assert backpack["dim"] == ["incrementCounter"]
    ghost = next(b for b in drawn["boxes"] if b["ghost"])
    assert ghost["title"] == "outer()" and ghost["subtitle"].startswith("Execution Context")
    assert "lives on" in ghost["note"]


def test_tdz_binding_is_shown_as_uninitialized(diagram):
    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 0)
    g = diagram.drawn()["boxes"][0]
    assert ("myNewFunction", "<uninitialized>") in g["rows"]


def test_changed_binding_is_highlighted(diagram):
    trace = fake_trace.retaining_function_memory()
    i = next(i for i in range(len(trace)) if trace.state_at(i).changed
             and trace.state_at(i).changed[0].key == "myNewFunction")
    diagram.show_step(trace, i)
    assert diagram.drawn()["boxes"][0]["changed"] == ["myNewFunction"]


def test_calling_the_closure_links_its_context_to_the_backpack(diagram):
    trace = fake_trace.retaining_function_memory()
    i = next(s.index for s in trace.steps if s.kind.value == "call" and s.index > 6)
    diagram.show_step(trace, i)
    arrows = diagram.drawn()["arrows"]
    assert ("scope", "ctx:1:myNewFunction()", "", "env:2") in arrows
    assert ("backpack", "global", "myNewFunction", "env:2") in arrows


def _shared_state() -> MemoryState:
    """createCounter(): three methods in one object, one shared backpack; a second call, a second backpack."""
    fns = {}
    heap = {}
    envs = {1: EnvironmentView(1, "global", "global", None, (), True, ())}
    globals_ = []
    for call, env_id in ((1, 2), (2, 3)):
        props = []
        for n, name in enumerate(("increment", "decrement", "getCount")):
            fid = 100 * call + n
            fns[fid] = HeapObject(fid, "function", f"ƒ {name}", name=name, scope=env_id, captured=("count",))
            from explorer.trace.model import Property
            props.append(Property(name, Ref(fid)))
        oid = 50 + call
        heap[oid] = HeapObject(oid, "object", "Object", properties=tuple(props))
        envs[env_id] = EnvironmentView(env_id, "function", f"createCounter() call #{call}", 1,
                                       (Binding("count", "let", fake_trace.num(0), True),), False, tuple(
                                           100 * call + n for n in range(3)))
        globals_.append(Binding(f"counter{call}", "const", Ref(oid)))
    heap.update(fns)
    from explorer.trace.model import ContextView, Phase
    ctx = ContextView("Global", None, Phase.EXECUTION, fake_trace.UNDEF, None, (1,), None)
    return MemoryState(0, tuple(globals_), (ctx,), envs, heap)


class _OneState(fake_trace.FakeTrace):
    def __init__(self, state):
        from explorer.trace.model import Step, StepKind
        super().__init__("", [(Step(0, StepKind.STATEMENT, None, 1, {}), state)])


def test_shared_backpack_is_drawn_once_with_an_arrow_from_each_method(diagram):
    state = _shared_state()
    diagram.show_step(_OneState(state), 0)
    drawn = diagram.drawn()
    check_drawn(drawn, replace(state, step=0))
    backpacks = [b for b in drawn["boxes"] if b["kind"] == "backpack"]
    assert len(backpacks) == 2                        # two calls, two backpacks
    to_first = [a for a in drawn["arrows"] if a[0] == "backpack" and a[3] == "env:2"]
    assert sorted(a[2] for a in to_first) == ["decrement", "getCount", "increment"]
    assert {a[1] for a in to_first} == {"obj:51"}
    refs = [a for a in drawn["arrows"] if a[0] == "ref"]
    assert ("ref", "global", "counter1", "obj:51") in refs


def test_terminology_changes_the_labels(diagram):
    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 10)
    diagram.set_terms(Terms.SPEC)
    titles = [b["title"] for b in diagram.drawn()["boxes"]]
    assert "Global Environment Record" in titles and "[[Environment]]" in titles
    diagram.set_terms(Terms.DEVTOOLS)
    titles = [b["title"] for b in diagram.drawn()["boxes"]]
    assert "Global" in titles and "Closure" in titles


def test_objects_and_queues_are_drawn(diagram):
    trace = fake_trace.objects_and_errors()
    diagram.show_step(trace, 4)
    drawn = diagram.drawn()
    team = next(b for b in drawn["boxes"] if b["key"] == "obj:20")
    assert ("owner", "'Ada'") in team["rows"]
    assert ("ref", "obj:20", "members", "obj:21") in drawn["arrows"]
    members = next(b for b in drawn["boxes"] if b["key"] == "obj:21")
    assert members["rows"] == [("0", "'Bo'"), ("1", "'Cy'")]
    queue = next(b for b in drawn["boxes"] if b["kind"] == "queue")
    assert queue["rows"] == [("1. setTimeout callback (10 ms)", "ƒ later")]
    # later() closes over the global scope: its job points at Global Memory
    assert ("callback", "queue:timers", "1. setTimeout callback (10 ms)", "global") in drawn["arrows"]
    check_drawn(drawn, trace.state_at(4))


def _queued_state() -> MemoryState:
    """Four jobs: callbacks closing over a backpack, over a running context's Local Memory and over the global
    scope, and one with no script function (a built-in's job)."""
    from explorer.trace.model import ContextView, Phase, QueuedJob

    envs = {
        1: EnvironmentView(1, "global", "global", None, (), True, ()),
        2: EnvironmentView(2, "function", "download() call #1", 1,
                           (Binding("received", "let", fake_trace.num(1), True),), False, (30,)),
        3: EnvironmentView(3, "function", "download() call #2", 1,
                           (Binding("received", "let", fake_trace.num(0), True),), True, (31,)),
    }
    src = SourceRange(1, 0, 1, 10)      # a script function has a source; a built-in has none
    heap = {
        30: HeapObject(30, "function", "ƒ receiveChunk", name="receiveChunk", source=src, scope=2,
                       captured=("received",)),
        31: HeapObject(31, "function", "ƒ receiveChunk", name="receiveChunk", source=src, scope=3,
                       captured=("received",)),
        32: HeapObject(32, "function", "ƒ finished", name="finished", source=src, scope=None),
        40: HeapObject(40, "function", "ƒ download", name="download", source=src, scope=None),
    }
    glob = ContextView("Global", None, Phase.EXECUTION, fake_trace.UNDEF, None, (1,), None)
    running = ContextView("download()", 20, Phase.EXECUTION, fake_trace.UNDEF, None, (3, 1), 40)
    queues = (
        QueuedJob("timer", 1, "setTimeout callback (10 ms)", 10.0, callback=30),
        QueuedJob("microtask", 2, "then callback", callback=32),
        QueuedJob("timer", 3, "setTimeout callback (10 ms)", 20.0, callback=31),
        QueuedJob("microtask", 4, "resolve thenable", callback=None),
    )
    return MemoryState(0, (Binding("download", "function", Ref(40)),), (glob, running), envs, heap, queues)


def test_each_queued_job_points_at_the_memory_its_callback_will_use(diagram):
    """A timer or promise job names the function it will call; its arrow leads to that function's backpack,
    to the Local Memory of the call still running that made it, or to Global Memory; a built-in's job has none."""
    state = _queued_state()
    diagram.show_step(_OneState(state), 0)
    drawn = diagram.drawn()
    check_drawn(drawn, replace(state, step=0))
    timers = next(b for b in drawn["boxes"] if b["key"] == "queue:timers")
    micro = next(b for b in drawn["boxes"] if b["key"] == "queue:micro")
    assert timers["rows"] == [("1. setTimeout callback (10 ms)", "ƒ receiveChunk"),
                              ("2. setTimeout callback (10 ms)", "ƒ receiveChunk")]
    assert micro["rows"] == [("1. then callback", "ƒ finished"), ("2. resolve thenable", "")]
    callbacks = sorted(a for a in drawn["arrows"] if a[0] == "callback")
    assert callbacks == [
        ("callback", "queue:micro", "1. then callback", "global"),
        ("callback", "queue:timers", "1. setTimeout callback (10 ms)", "env:2"),
        ("callback", "queue:timers", "2. setTimeout callback (10 ms)", "ctx:1:download()"),
    ]
    # the arrow says where the function's variables are: the backpack needs no "kept by" note as well
    backpack = next(b for b in drawn["boxes"] if b["key"] == "env:2")
    assert not backpack["note"].startswith("kept by")
    # the arrows have room between the columns, and the columns keep it from step to step
    assert diagram._drawing.wide_gap
    assert diagram._drawing.box("env:2").x - (diagram._drawing.box("global").x + diagram._drawing.box("global").w) \
        == diagram._drawing.gap


def test_jobs_point_at_a_paused_calls_memory_and_at_the_promise_a_resolve_settles(diagram):
    """A fake state: an await's job leads to the paused call's Local Memory (env 3), not to its function's
    backpack (env 2); a timer calling a promise's resolve leads to that promise; console.log's job has no arrow."""
    from explorer.trace.model import ContextView, Phase, QueuedJob

    envs = {
        1: EnvironmentView(1, "global", "global", None, (), True, ()),
        2: EnvironmentView(2, "function", "makeLoader() call #1", 1,
                           (Binding("cache", "const", Ref(41), True),), False, (30,)),
        3: EnvironmentView(3, "function", "load() call #1", 1,
                           (Binding("key", "param", Primitive("string", "'apple'")),), False, ()),
    }
    heap = {
        30: HeapObject(30, "function", "ƒ load", name="load", source=SourceRange(1, 0, 1, 10), scope=2,
                       captured=("cache",)),
        33: HeapObject(33, "function", "ƒ resolve", name="resolve", settles=40),
        34: HeapObject(34, "function", "ƒ log", name="log"),
        40: HeapObject(40, "promise", "Promise", state="pending"),
        41: HeapObject(41, "object", "Object"),
    }
    glob = ContextView("Global", None, Phase.EXECUTION, fake_trace.UNDEF, None, (1,), None)
    queues = (
        QueuedJob("microtask", 1, "resume load()", callback=30, resumes=3),
        QueuedJob("microtask", 2, "then callback (log)", callback=34),
        QueuedJob("timer", 3, "setTimeout callback (10 ms)", 10.0, callback=33),
    )
    state = MemoryState(0, (Binding("load", "const", Ref(30)),), (glob,), envs, heap, queues)
    diagram.show_step(_OneState(state), 0)
    drawn = diagram.drawn()
    check_drawn(drawn, state)
    assert sorted(a for a in drawn["arrows"] if a[0] == "callback") == [
        ("callback", "queue:micro", "1. resume load()", "env:3"),
        ("callback", "queue:timers", "1. setTimeout callback (10 ms)", "obj:40"),
    ]
    micro = next(b for b in drawn["boxes"] if b["key"] == "queue:micro")
    assert micro["rows"] == [("1. resume load()", "ƒ load"), ("2. then callback (log)", "ƒ log")]


def test_timer_callbacks_of_var_and_let_loops_point_at_one_shared_i_or_at_one_i_each(diagram):
    """pitfall_var_vs_let_loop: the var loop's three callbacks all lead to Global Memory's single i; the let
    loop's lead to three backpacks holding 0, 1 and 2; the IIFE's to three backpacks holding kCopy 0, 1, 2."""
    record = pytest.importorskip("explorer.trace").record
    path = _sample("pitfall_var_vs_let_loop")
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)
    i = next(i for i in range(len(trace)) if len(trace.state_at(i).queues) == 9 and not
             trace.state_at(i).stack[1:])
    diagram.show_step(trace, i)
    drawn = diagram.drawn()
    check_drawn(drawn, trace.state_at(i))
    by_key = {b["key"]: b for b in drawn["boxes"]}
    to = {a[2]: a[3] for a in drawn["arrows"] if a[0] == "callback" and a[1] == "queue:timers"}
    targets = [to[f"{n}. setTimeout callback (1 ms)"] for n in range(1, 10)]
    assert targets[:3] == ["global"] * 3
    assert [by_key[t]["rows"] for t in targets[3:6]] == [[("i", "0")], [("i", "1")], [("i", "2")]]
    assert [by_key[t]["rows"] for t in targets[6:]] == [[("kCopy", "0")], [("kCopy", "1")], [("kCopy", "2")]]
    assert len(set(targets[3:])) == 6


def _queued_step(trace, label: str) -> tuple[int, object]:
    """The first step that queues a job labelled ``label``, and that job as the trace gives it."""
    for i in range(len(trace)):
        if trace.kind(i).value == "queued":
            job = next((j for j in trace.state_at(i).queues if j.label == label), None)
            if job is not None:
                return i, job
    raise LookupError(label)


def test_an_awaits_job_points_at_the_paused_calls_memory_and_a_timers_resolve_at_its_promise(diagram):
    """pattern_async_await: the timer that calls delay's resolve points at the Promise it will settle (drawn for
    it); 'resume load()' points at load()'s own paused Local Memory, where the trace says it carries on, not at
    load's backpack (makeLoader's)."""
    record = pytest.importorskip("explorer.trace").record
    path = _sample("pattern_async_await")
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)

    i, job = _queued_step(trace, "setTimeout callback (10 ms)")
    state = trace.state_at(i)
    diagram.show_step(trace, i)
    drawn = diagram.drawn()
    check_drawn(drawn, state)
    resolve = state.heap[job.callback]
    timers = next(b for b in drawn["boxes"] if b["key"] == "queue:timers")
    assert timers["rows"] == [("1. setTimeout callback (10 ms)", "ƒ resolve")]
    to = {a[2]: a[3] for a in drawn["arrows"] if a[0] == "callback"}
    assert to["1. setTimeout callback (10 ms)"] == f"obj:{resolve.settles}"
    promise = next(b for b in drawn["boxes"] if b["key"] == f"obj:{resolve.settles}")
    assert promise["title"] == "Promise" and ("[[PromiseState]]", "pending") in promise["rows"]

    i, job = _queued_step(trace, "resume load()")
    state = trace.state_at(i)
    diagram.show_step(trace, i)
    drawn = diagram.drawn()
    check_drawn(drawn, state)
    to = {a[2]: a[3] for a in drawn["arrows"] if a[0] == "callback"}
    load = state.heap[job.callback]
    assert to["1. resume load()"] == f"env:{job.resumes}" != f"env:{load.scope}"
    paused = next(b for b in drawn["boxes"] if b["key"] == f"env:{job.resumes}")
    assert ("key", "'apple'") in paused["rows"]


def test_a_built_in_callback_is_named_without_an_arrow(diagram):
    """`.then(console.log)`: the job names log; a built-in has no variables to point at and settles nothing."""
    record = pytest.importorskip("explorer.trace").record
    trace = record("Promise.resolve(1).then(console.log);\n")
    i = _queued_step(trace, "then callback (log)")[0]
    diagram.show_step(trace, i)
    drawn = diagram.drawn()
    check_drawn(drawn, trace.state_at(i))
    micro = next(b for b in drawn["boxes"] if b["key"] == "queue:micro")
    assert micro["rows"] == [("1. then callback (log)", "ƒ log")]
    assert not [a for a in drawn["arrows"] if a[0] == "callback"]


def test_long_arrays_are_cut_with_a_count(diagram):
    from explorer.trace.model import ContextView, Phase
    arr = HeapObject(7, "array", "Array(1000)", elements=tuple(fake_trace.num(n * n) for n in range(1000)))
    ctx = ContextView("Global", None, Phase.EXECUTION, fake_trace.UNDEF, None, (1,), None)
    g = (Binding("squares", "const", Ref(7)),)
    state = MemoryState(0, g, (ctx,), {1: EnvironmentView(1, "global", "global", None, g, True, ())}, {7: arr})
    diagram.show_step(_OneState(state), 0)
    box = next(b for b in diagram.drawn()["boxes"] if b["key"] == "obj:7")
    assert len(box["rows"]) == 11 and box["rows"][-1] == ("…", "990 more")


def test_hovering_a_function_reports_its_source(diagram, qtbot):
    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 10)
    with qtbot.waitSignal(diagram.functionHovered) as blocker:
        diagram.set_hovered_function(11)
    assert blocker.args[0].start_line == 12
    with qtbot.waitSignal(diagram.functionHovered) as blocker:
        diagram.set_hovered_function(None)
    assert blocker.args[0] is None


def test_zoom_and_fit(diagram):
    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 3)
    fitted = diagram.zoom
    diagram.zoom_in()
    assert not diagram.auto_fit and diagram.zoom > fitted
    diagram.reset_zoom()
    assert diagram.zoom == 1.0
    diagram.fit()
    assert diagram.auto_fit


def test_the_automatic_fit_keeps_text_readable_and_scrolls(diagram, qtbot):
    from explorer.ui.diagram import READABLE_ZOOM, WIDTH_FIT_ZOOM

    trace = fake_trace.retaining_function_memory()
    diagram.resize(290, 150)                     # far too small for the whole diagram at a readable size
    diagram.show()
    diagram.show_step(trace, len(trace) - 1)
    assert diagram.auto_fit and diagram.zoom >= min(READABLE_ZOOM, WIDTH_FIT_ZOOM)
    assert diagram.overflows()                   # so the panel scrolls instead
    diagram.fit(whole=True)                      # the fit action still shows all of it, however small
    assert diagram.fit_mode == "whole" and diagram.zoom < WIDTH_FIT_ZOOM and not diagram.overflows()
    diagram.fit()
    assert diagram.fit_mode == "readable" and diagram.zoom >= WIDTH_FIT_ZOOM


def test_a_scrolled_diagram_keeps_the_changed_row_in_view(diagram, qtbot):
    trace = fake_trace.retaining_function_memory()
    diagram.resize(700, 160)
    for i in range(len(trace)):
        diagram.show_step(trace, i)
        rect = diagram.focus_rect()
        if rect is not None and diagram.overflows():
            visible = diagram.mapToScene(diagram.viewport().rect()).boundingRect()
            assert visible.intersects(rect), i


def test_arrows_from_different_boxes_into_one_box_land_apart(diagram):
    trace = fake_trace.retaining_function_memory()
    for i in range(len(trace)):
        diagram.show_step(trace, i)
        ends = {}
        for a in diagram._arrows:
            ends.setdefault((a.arrow.dst, a.side()), {})[a.arrow.src] = a.path().currentPosition().y()
        for by_source in ends.values():
            ys = sorted(by_source.values())
            assert all(b - a > 3 for a, b in zip(ys, ys[1:])), (i, by_source)


@pytest.mark.parametrize("terms", list(Terms))
def test_notes_on_returned_contexts_use_the_chosen_words(diagram, terms):
    from explorer.ui.terms import labels

    trace = fake_trace.retaining_function_memory()
    diagram.set_terms(terms)
    returned = next(s.index for s in trace.steps if s.kind.value == "return")
    diagram.show_step(trace, returned)
    ghost = next(b for b in diagram.drawn()["boxes"] if b["ghost"])
    assert ghost["note"] == labels(terms).survives
    glob = next(b for b in diagram.drawn()["boxes"] if b["kind"] == "global-context")
    assert glob["subtitle"] == labels(terms).global_note


def test_export_png_and_svg(diagram, tmp_path):
    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 7)
    png, svg = tmp_path / "d.png", tmp_path / "d.svg"
    assert diagram.export_png(str(png)) and png.read_bytes()[:4] == b"\x89PNG"
    assert diagram.export_svg(str(svg))
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Backpack" in text


def test_animation_runs_and_settles(qtbot):
    d = MemoryDiagram()
    qtbot.addWidget(d)
    d.resize(700, 500)
    trace = fake_trace.retaining_function_memory()
    d.show_step(trace, 1)
    d.show_step(trace, 2)          # outer() pushed: animated in
    assert d._anim is not None
    qtbot.waitUntil(lambda: d._anim.state() == d._anim.State.Stopped, timeout=2000)
    item = d._items["ctx:1:outer()"]
    box = item.box
    assert (item.pos().x(), item.pos().y()) == (box.x, box.y) and item.opacity() == 1.0


def test_boxes_and_arrows_that_look_the_same_stay_between_steps_and_changed_ones_are_new(diagram):
    """A step redraws only what changed: an unchanged box keeps its item (and the pixmap painted for it)."""
    trace = fake_trace.retaining_function_memory()
    kept = 0
    for i in range(len(trace) - 1):
        diagram.show_step(trace, i)
        before = dict(diagram._items)
        arrows = list(diagram._arrows)
        diagram.show_step(trace, i + 1)
        for key, item in diagram._items.items():
            old = before.get(key)
            looks_same = old is not None and not item.box.ghost and replace(
                old.box, origin=item.box.origin) == item.box
            assert (item is old) == looks_same, (i, key)
            kept += looks_same
            assert (item.pos().x(), item.pos().y()) == (item.box.x, item.box.y)
        assert all(item.scene() is diagram.scene() for item in diagram._items.values())
        if [a.arrow for a in arrows] == [a.arrow for a in diagram._arrows] and all(
                a.src is diagram._items.get(a.arrow.src) and a.dst is diagram._items.get(a.arrow.dst) for a in arrows):
            assert diagram._arrows == arrows
        check_drawn(diagram.drawn(), trace.state_at(i + 1))
    assert kept


def test_a_new_theme_or_new_words_paint_every_box_again(diagram):
    from explorer.ui.theme import load_theme

    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 3)
    painted = list(diagram._items.values())
    diagram.set_theme(load_theme("dark"))
    assert not any(item is old for item in diagram._items.values() for old in painted)
    painted = list(diagram._items.values())
    diagram.set_terms(Terms.SPEC)
    assert not any(item is old for item in diagram._items.values() for old in painted)


def _sample(stem: str):
    from explorer.lesson import list_samples

    return next(s.path for group in list_samples().values() for s in group if s.path.stem == stem)


def test_sizes_and_zoom_hold_still_from_step_to_step(qtbot):
    """A deeper call stack or a wider backpack later on must not shrink the whole diagram mid-lesson."""
    record = pytest.importorskip("explorer.trace").record
    d = MemoryDiagram()
    qtbot.addWidget(d)
    d.set_animations(False)
    d.resize(900, 560)
    d.show()
    path = _sample("pattern_currying")
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)
    zooms, global_widths = set(), set()
    for i in range(len(trace)):
        d.show_step(trace, i)
        zooms.add(round(d.zoom, 6))
        global_widths.add(d._drawing.box("global").w)
    assert len(zooms) == 1 and len(global_widths) == 1


def test_an_exception_is_drawn_while_it_leaves_the_contexts_and_when_uncaught(diagram):
    from explorer.trace.model import StepKind

    record = pytest.importorskip("explorer.trace").record
    source = "function outer() {\n  function inner() { counter++ }\n  inner()\n}\nouter()\n"
    trace = record(source)
    kinds = [trace.step(i).kind for i in range(len(trace))]
    thrown = kinds.index(StepKind.THROWN)
    for i in range(thrown, len(trace)):
        diagram.show_step(trace, i)
        drawn = diagram.drawn()
        check_drawn(drawn, trace.state_at(i))
        keys = [b["key"] for b in drawn["boxes"]]
        box = next(b for b in drawn["boxes"] if b["kind"] == "exception")
        assert box["subtitle"] == "counter is not defined"
        live = [k for k in keys if k.startswith("ctx:")]
        assert keys.index("exception") == keys.index(live[0]) - 1   # on top of the contexts it has not left yet
    assert box["title"] == "Uncaught ReferenceError"
    diagram.show_step(trace, thrown)
    assert next(b for b in diagram.drawn()["boxes"] if b["kind"] == "exception")["title"] == "Thrown: ReferenceError"
    diagram.show_step(trace, thrown - 1)
    assert not any(b["kind"] == "exception" for b in diagram.drawn()["boxes"])


def test_a_caught_exception_leaves_no_exception_box(diagram):
    from explorer.trace.model import StepKind

    record = pytest.importorskip("explorer.trace").record
    trace = record("try {\n  null.x\n} catch (e) {\n  console.log(e.message)\n}\n")
    caught = next(i for i in range(len(trace)) if trace.step(i).kind == StepKind.CAUGHT)
    for i in range(caught, len(trace)):
        diagram.show_step(trace, i)
        assert not any(b["kind"] == "exception" for b in diagram.drawn()["boxes"]), i


def test_a_runaway_recursion_is_shown_without_a_long_wait(qtbot):
    """The survey of a new trace has a time budget: steps with thousands of contexts must not freeze the window."""
    import time

    record = pytest.importorskip("explorer.trace").record
    trace = record("function f() { return g() }\nfunction g() { return f() }\nf()\n")
    d = MemoryDiagram()
    qtbot.addWidget(d)
    d.set_animations(False)
    started = time.monotonic()
    d.show_step(trace, 0)
    assert time.monotonic() - started < 5
    d.show_step(trace, len(trace) - 1)
    assert next(b for b in d.drawn()["boxes"] if b["kind"] == "exception")["title"] == "Uncaught RangeError"


def test_an_exported_picture_has_no_empty_column(diagram, tmp_path):
    """Before any backpack exists the right column is empty: a picture for a slide leaves it out."""
    import math

    trace = fake_trace.retaining_function_memory()
    diagram.show_step(trace, 0)
    drawn = diagram._scene.itemsBoundingRect()
    rect = diagram.export_rect()
    assert rect.left() == 0 and rect.top() == 0
    assert rect.right() <= drawn.right() + 2 * diagram.metrics.margin < diagram._scene.sceneRect().right()
    assert diagram.render_image(scale=1.0).width() == math.ceil(rect.width())


def test_a_generator_shows_its_state_and_while_suspended_points_at_its_paused_memory(diagram):
    """pattern_generator: the Generator box says what the trace says ([[GeneratorState]]) and, while suspended,
    an arrow leaves that row for the paused call's memory, drawn as 'Local/Block Memory (paused)'."""
    record = pytest.importorskip("explorer.trace").record
    path = _sample("pattern_generator")
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)
    seen = set()
    for i in range(len(trace)):
        state = trace.state_at(i)
        gens = [h for h in state.heap.values() if h.kind == "generator"]
        if not gens:
            continue
        diagram.show_step(trace, i)
        drawn = diagram.drawn()
        by_key = {b["key"]: b for b in drawn["boxes"]}
        arrows = {(a[1], a[3]) for a in drawn["arrows"] if a[0] == "backpack"}
        for g in gens:
            box = by_key.get(f"obj:{g.id}")
            if box is None:
                continue
            seen.add(g.state)
            assert ("[[GeneratorState]]", g.state) in box["rows"]
            if g.state == "suspended":
                assert state.environments[g.scope].paused
                assert (f"obj:{g.id}", f"env:{g.scope}") in arrows
                assert by_key[f"env:{g.scope}"]["title"].endswith("Memory (paused)")
            else:
                assert g.scope is None and not any(src == f"obj:{g.id}" for src, _ in arrows)
    assert seen == {"suspended", "running", "closed"}


def test_the_fitted_zoom_holds_still_when_the_diagram_is_a_little_taller_than_the_panel(qtbot):
    """pitfall_var_vs_let_loop scrolls at some steps in panels of these sizes: the vertical scroll bar must not
    make the fitted zoom flip between two values from step to step (it did while the bar's width was taken off
    twice)."""
    from PySide6.QtWidgets import QApplication

    record = pytest.importorskip("explorer.trace").record
    path = _sample("pitfall_var_vs_let_loop")
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)
    for size in ((760, 420), (700, 600)):
        d = MemoryDiagram()
        d.set_animations(False)
        qtbot.addWidget(d)
        d.resize(*size)
        d.show()
        zooms = set()
        for i in range(len(trace)):
            d.show_step(trace, i)
            QApplication.processEvents()
            zooms.add(round(d.zoom, 4))
        assert len(zooms) == 1, (size, sorted(zooms))


def test_hovering_an_awaits_callback_lights_the_paused_memory_its_job_leads_to(diagram):
    record = pytest.importorskip("explorer.trace").record
    path = _sample("pattern_async_await")
    trace = record(path.read_text(encoding="utf-8"), filename=path.name)
    i, job = _queued_step(trace, "resume load()")
    diagram.show_step(trace, i)
    diagram.set_hovered_function(job.callback)
    lit = {item.box.key for item in diagram._items.values() if item.emphasis}
    assert f"env:{job.resumes}" in lit                        # where the job's arrow leads
    assert f"env:{trace.state_at(i).heap[job.callback].scope}" in lit    # and load's own backpack
    diagram.set_hovered_function(None)
    assert not any(item.emphasis for item in diagram._items.values())
