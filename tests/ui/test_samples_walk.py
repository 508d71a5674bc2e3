"""Every sample, every step: what the memory panel draws agrees with ``trace.state_at(i)``."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import check_drawn
from explorer.ui.diagram import MemoryDiagram
from explorer.lesson import SAMPLES_DIR

trace_module = pytest.importorskip("explorer.trace")
SAMPLES = sorted(SAMPLES_DIR.glob("*.js"))


@pytest.fixture(scope="module")
def diagram():
    d = MemoryDiagram()
    d.set_animations(False)
    d.resize(700, 500)
    yield d
    d.deleteLater()


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_step_of_the_sample_is_drawn_as_recorded(qapp, diagram, path: Path):
    trace = trace_module.record(path.read_text(encoding="utf-8"), filename=path.name)
    assert len(trace) > 0
    for i in range(len(trace)):
        diagram.show_step(trace, i)
        check_drawn(diagram.drawn(), trace.state_at(i))
