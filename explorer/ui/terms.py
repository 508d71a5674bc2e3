"""The words the window uses, in each terminology set (DESIGN.md, "Vocabulary")."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.trace.model import Terms


@dataclass(frozen=True)
class Labels:
    menu_name: str
    global_memory: str
    local_memory: str
    block_memory: str
    execution_context: str          # prefix of a context's title: "Execution Context: outer()"
    global_context: str
    call_stack: str
    backpack: str
    backpacks: str
    heap: str
    creation: str
    execution: str
    not_kept: str
    released: str
    uninitialized: str
    timers: str
    microtasks: str
    survives: str                   # note on a context that returned while a closure keeps its memory
    released_local: str             # note on a context that returned and whose memory is garbage
    global_note: str                # under the Global Execution Context's title


LABELS: dict[Terms, Labels] = {
    Terms.HARD_PARTS: Labels(
        menu_name="Hard Parts",
        global_memory="Global Memory",
        local_memory="Local Memory",
        block_memory="Block Memory",
        execution_context="Execution Context",
        global_context="Global Execution Context",
        call_stack="Call Stack",
        backpack="Backpack",
        backpacks="Backpacks",
        heap="Objects",
        creation="creation phase",
        execution="execution phase",
        not_kept="not kept",
        released="released: nothing refers to it any more",
        uninitialized="<uninitialized>",
        timers="Timer queue",
        microtasks="Microtask queue",
        survives="left the call stack: its Local Memory lives on as a Backpack",
        released_local="left the call stack: its Local Memory is released",
        global_note="its memory is Global Memory (above)",
    ),
    Terms.SPEC: Labels(
        menu_name="Specification",
        global_memory="Global Environment Record",
        local_memory="Function Environment Record",
        block_memory="Declarative Environment Record",
        execution_context="Execution Context",
        global_context="Global Execution Context",
        call_stack="Execution Context Stack",
        backpack="[[Environment]]",
        backpacks="Closed-over environments",
        heap="Objects",
        creation="instantiation",
        execution="evaluation",
        not_kept="not referenced",
        released="unreachable: garbage",
        uninitialized="<uninitialized>",
        timers="Timer queue",
        microtasks="Job queue (PromiseJobs)",
        survives="popped: its Environment Record stays reachable",
        released_local="popped: its Environment Record is unreachable",
        global_note="its bindings are in the Global Environment Record (above)",
    ),
    Terms.DEVTOOLS: Labels(
        menu_name="DevTools",
        global_memory="Global",
        local_memory="Local",
        block_memory="Block",
        execution_context="Call frame",
        global_context="(anonymous) global code",
        call_stack="Call Stack",
        backpack="Closure",
        backpacks="Closures",
        heap="Heap",
        creation="entering",
        execution="running",
        not_kept="optimized out",
        released="garbage collected",
        uninitialized="<uninitialized>",
        timers="Timers",
        microtasks="Microtasks",
        survives="frame popped: its Local scope lives on as a Closure",
        released_local="frame popped: its Local scope is garbage collected",
        global_note="its variables are in the Global scope (above)",
    ),
}


def labels(terms: Terms) -> Labels:
    return LABELS[terms]
