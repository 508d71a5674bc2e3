"""Does what the diagram drew agree with the trace's memory state? Used on fake and real traces."""

from __future__ import annotations

from explorer.trace.model import Primitive, Ref
from explorer.ui.diagram_layout import Layout


def shown(value, heap) -> str:
    if isinstance(value, Primitive):
        return "<uninitialized>" if value.type == "uninitialized" else value.text
    assert isinstance(value, Ref)
    obj = heap[value.id]
    return obj.label or obj.name


def check_drawn(drawn: dict, state) -> None:
    boxes = [b for b in drawn["boxes"] if not b["ghost"]]
    by_key = {b["key"]: b for b in boxes}
    heap = state.heap

    def same(row_text: str, value) -> bool:
        want = shown(value, heap)
        return row_text == want or row_text.endswith(want) or row_text.lstrip("ƒ ") == want.lstrip("ƒ ")

    # Global Memory: one row per binding, in order, with its value
    g = by_key["global"]
    assert [name for name, _ in g["rows"]] == [b.name for b in state.global_memory]
    for (name, text), b in zip(g["rows"], state.global_memory):
        assert same(text, b.value), (name, text, b.value)

    # the call stack: one box per context, newest first, each with its own local memory
    ctx_boxes = [b for b in boxes if b["kind"] in ("context", "global-context")]
    assert len(ctx_boxes) == len(state.stack)
    owned = set()
    owner_box = {}                 # env id -> the key of the context box that shows it
    for box, ctx in zip(ctx_boxes, reversed(state.stack)):
        if ctx.function is not None:
            assert box["title"].endswith(ctx.name), (box["title"], ctx.name)
        rows = dict(box["rows"])
        for env_id in Layout.own_envs(ctx, state):
            owned.add(env_id)
            owner_box.setdefault(env_id, box["key"])
            for b in state.environments[env_id].bindings:
                assert b.name in rows, (b.name, box["title"])

    # backpacks: every environment that outlives its context, once, kept rows bright, the others dim
    backpacks = {e.id: e for e in state.environments.values()
                 if e.kind != "global" and e.id not in owned and e.released_at is None}
    drawn_backpacks = {b["key"] for b in boxes if b["kind"] == "backpack"}
    assert drawn_backpacks == {f"env:{i}" for i in backpacks}
    for env_id, env in backpacks.items():
        box = by_key[f"env:{env_id}"]
        assert [n for n, _ in box["rows"]] == [b.name for b in env.bindings]
        if env.paused:   # a paused call's own memory: titled so, all of it in use, and not drawn as a bag
            assert box["title"].endswith("(paused)") and not box["dim"] and not box["bag"], box["title"]
        else:
            assert box["bag"]
            assert set(box["dim"]) == {b.name for b in env.bindings if not b.captured}
        for (name, text), b in zip(box["rows"], env.bindings):
            assert same(text, b.value), (name, text)

    # arrows: every function shown in a row that closes over a backpack points at that backpack
    arrows = set((a[0], a[1], a[2], a[3]) for a in drawn["arrows"])
    for (kind, src, row, dst) in arrows:
        assert src in by_key or src.startswith("ghost:"), src
        assert dst in by_key, dst
        if kind == "ref":
            obj_id = int(dst.split(":")[1])
            assert by_key[dst]["title"] == (heap[obj_id].label or heap[obj_id].kind)
    for box in boxes:
        if box["kind"] not in ("global", "context", "global-context", "backpack"):
            continue
        env_rows = _bindings_of(box, state, owned)
        for b in env_rows:
            if isinstance(b.value, Ref):
                obj = heap.get(b.value.id)
                if obj is not None and obj.kind == "function" and obj.scope in backpacks \
                        and f"env:{obj.scope}" != box["key"]:
                    assert ("backpack", box["key"], b.name, f"env:{obj.scope}") in arrows, (box["key"], b.name)

    # queues: one row per job, in order, naming the function it will call; an arrow from that row to the memory
    # the function will use (its backpack, a running context's, Global Memory; for an await's job the paused
    # call's own memory) or, from a promise's resolve or reject, to that promise; none from other built-ins
    expected_callbacks = set()
    timers = [q for q in state.queues if q.kind in ("timer", "interval")]
    micro = [q for q in state.queues if q.kind not in ("timer", "interval")]
    for key, jobs in (("queue:micro", micro), ("queue:timers", timers)):
        if not jobs:
            assert key not in by_key, key
            continue
        rows = by_key[key]["rows"]
        assert [name for name, _ in rows] == [f"{n}. {job.label}" for n, job in enumerate(jobs, 1)]
        for (name, text), job in zip(rows, jobs):
            fn = heap.get(job.callback) if job.callback is not None else None
            if fn is None:
                assert text == "", (name, text)
                continue
            assert same(text, Ref(fn.id)), (name, text, fn.label)
            if job.resumes is None and fn.source is None:
                if fn.settles is not None:
                    expected_callbacks.add(("callback", key, name, f"obj:{fn.settles}"))
                    assert by_key[f"obj:{fn.settles}"]["title"] == heap[fn.settles].label
                continue
            scope = job.resumes if job.resumes in state.environments else fn.scope
            env = state.environments.get(scope) if scope is not None else None
            if scope is None or (env is not None and env.kind == "global"):
                expected_callbacks.add(("callback", key, name, "global"))
            elif scope in backpacks:
                expected_callbacks.add(("callback", key, name, f"env:{scope}"))
            elif scope in owner_box:
                expected_callbacks.add(("callback", key, name, owner_box[scope]))
    assert {a for a in arrows if a[0] == "callback"} == expected_callbacks


def _bindings_of(box, state, owned):
    if box["kind"] == "global":
        return list(state.global_memory)
    if box["kind"] == "backpack":
        return list(state.environments[int(box["key"].split(":")[1])].bindings)
    k = int(box["key"].split(":")[1])
    ctx = state.stack[k]
    out = []
    for env_id in Layout.own_envs(ctx, state):
        out.extend(state.environments[env_id].bindings)
    return out
