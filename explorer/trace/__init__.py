"""The recording of a run: steps, the memory at any step, narration, navigation.

Pure data: nothing here imports Qt. ``record(source)`` runs a program and
returns a ``Trace``; the views read ``trace.state_at(i)``.
"""

from .model import (
    Binding,
    Change,
    ConsoleLine,
    ContextView,
    Entry,
    EnvironmentView,
    HeapObject,
    MemoryState,
    Outcome,
    Phase,
    Primitive,
    Property,
    QueuedJob,
    Ref,
    SourceRange,
    Step,
    StepKind,
    Terms,
)
from .recorder import Recorder, record
from .trace import Trace

__all__ = [
    "record", "Trace", "Recorder", "Binding", "Change", "ConsoleLine", "ContextView", "Entry", "EnvironmentView",
    "HeapObject", "MemoryState", "Outcome", "Phase", "Primitive", "Property", "QueuedJob", "Ref",
    "SourceRange", "Step", "StepKind", "Terms",
]
