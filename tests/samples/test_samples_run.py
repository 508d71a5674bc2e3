"""Every sample runs in our engine exactly as Node runs it, and teaches what its header says.

The expected output in samples/expected/ comes from Node (samples/expected/regenerate.py);
tests/test_samples_meta.py checks it still matches Node when Node is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.engine import run_source
from explorer.lesson import SAMPLES_DIR

SAMPLES = SAMPLES_DIR
FILES = sorted(SAMPLES.glob("*.js"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_sample_output_is_nodes(path: Path) -> None:
    """stdout byte for byte; an expected uncaught error appears as Node's key line on stderr."""
    result = run_source(path.read_text(encoding="utf-8"), filename=path.name)
    expected_out = (SAMPLES / "expected" / f"{path.stem}.out").read_text(encoding="utf-8")
    assert result.stdout == expected_out
    err_file = SAMPLES / "expected" / f"{path.stem}.err"
    if err_file.exists():
        key_line = err_file.read_text(encoding="utf-8").strip()
        assert result.exit_code == 1
        assert key_line in result.stderr.splitlines()
    else:
        assert result.exit_code == 0, result.stderr


def test_there_are_samples() -> None:
    assert len(FILES) >= 20
