"""Helpers for the trace tests: record a sample once, find steps and memory by name."""

from __future__ import annotations

from functools import cache
from explorer.lesson import SAMPLES_DIR
from explorer.trace import Primitive, Ref, StepKind, record

SAMPLES = SAMPLES_DIR


@cache
def recorded(name: str):
    return record((SAMPLES / name).read_text(), filename=name)


def steps_of(trace, kind: StepKind, text: str = "") -> list[int]:
    """Indices of the steps of ``kind`` whose narration contains ``text``."""
    return [i for i in range(len(trace)) if trace.kind(i) == kind and text in trace.narration(i)]


def global_value(state, name: str):
    for b in state.global_memory:
        if b.name == name:
            return b.value
    raise KeyError(name)


def envs_owned(state, owner_prefix: str) -> list:
    return [e for e in state.environments.values() if e.owner.startswith(owner_prefix)]


def binding(env, name: str):
    for b in env.bindings:
        if b.name == name:
            return b
    raise KeyError(name)


def num(text: str) -> Primitive:
    return Primitive("number", text)


UNINIT = Primitive("uninitialized", "<uninitialized>")
UNDEF = Primitive("undefined", "undefined")


__all__ = ["recorded", "steps_of", "global_value", "envs_owned", "binding", "num", "UNINIT", "UNDEF", "Ref"]
