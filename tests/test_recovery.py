"""Unsaved edits written by a thread of their own: a burst of typing is one write, the latest text wins."""

from __future__ import annotations

import json
import time

from explorer.recovery import RecoveryWriter, read_recovery


def test_a_burst_of_typing_is_written_once_with_the_last_text(tmp_path, monkeypatch):
    path = tmp_path / "recovery.json"
    writer = RecoveryWriter(path, delay=1.0)       # a burst on a busy machine still falls within one delay
    writes = []
    real = writer._write
    monkeypatch.setattr(writer, "_write", lambda job: (writes.append(job), real(job)))
    text = ""
    for ch in "let typed = 'every key';":
        text += ch
        writer.keep("/somewhere/mine.js", text)
    assert not path.exists()                       # not on the typist's thread, and not yet
    deadline = time.monotonic() + 15
    while read_recovery(path) != ("/somewhere/mine.js", text) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(writes) == 1 and read_recovery(path) == ("/somewhere/mine.js", text)
    assert json.loads(path.read_text(encoding="utf-8"))["time"] > 0
    writer.clear()
    assert writer.flush() and not path.exists() and read_recovery(path) is None
    writer.keep(None, "again")
    writer.close()                                 # close writes what is pending
    assert read_recovery(path) == (None, "again")


def test_without_a_path_nothing_is_written(tmp_path):
    writer = RecoveryWriter(None)
    writer.keep(None, "text")
    writer.clear()
    assert writer.flush() and list(tmp_path.iterdir()) == []


def test_a_damaged_recovery_file_is_not_offered(tmp_path):
    path = tmp_path / "recovery.json"
    path.write_text("{not json", encoding="utf-8")
    assert read_recovery(path) is None
    path.write_text(json.dumps({"path": None}), encoding="utf-8")
    assert read_recovery(path) is None
