"""Where the learner was: the file left last (and its step), and the folder the file dialogs start in.

Kept in the window's settings: ``last/path``, ``last/step``, ``last/digest`` (the text's hash when it was
the file's: a changed file opens at its first step) and ``dialogs/folder``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Places:
    def __init__(self, settings, is_sample):
        self.settings = settings
        self.is_sample = is_sample

    # -- the file left last
    def remember_last(self, path: str | None, step: int, text: str, saved: bool) -> None:
        """``saved``: the text is the file's (unsaved edits are the recovery file's business)."""
        s = self.settings
        s.setValue("last/path", path or "")
        s.setValue("last/step", step if saved else 0)
        s.setValue("last/digest", digest(text) if saved and path else "")

    def last_path(self) -> str | None:
        path = str(self.settings.value("last/path", "") or "")
        return path if path and Path(path).is_file() else None

    def last_step(self, text: str) -> int | None:
        """The step the file was left on, if ``text`` (the file now) is what it was then."""
        if digest(text) != str(self.settings.value("last/digest", "")):
            return None
        try:
            return max(0, int(self.settings.value("last/step", 0)))
        except (TypeError, ValueError):
            return None

    # -- the file dialogs' folder
    def dialog_folder(self, path: str | None) -> str:
        """The open file's folder (not a sample's: it may be inside the installed package), else the folder
        used last, else the home folder."""
        if path and not self.is_sample(path):
            return str(Path(path).parent)
        last = str(self.settings.value("dialogs/folder", "") or "")
        return last if last and Path(last).is_dir() else str(Path.home())

    def remember_folder(self, path: str) -> None:
        self.settings.setValue("dialogs/folder", str(Path(path).resolve().parent))
