"""Where the project's data folders are: ``samples/`` and ``resources/`` (no Qt here).

In the source tree (and so in an editable install) they are at the top level, beside
``explorer/`` and ``pyproject.toml``, as the design card lays the project out. A wheel or a
plain ``pip install .`` installs them inside the package, as ``explorer/samples`` and
``explorer/resources`` (pyproject.toml maps those package names onto the top-level folders).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def data_folder(name: str) -> Path:
    """The folder ``name`` (``"samples"`` or ``"resources"``) of this copy of Closure Explorer."""
    top = PACKAGE.parent
    if (top / "pyproject.toml").is_file() and (top / name).is_dir():
        return top / name          # the source tree, or an editable install of it
    return PACKAGE / name          # installed package data


RESOURCES_DIR = data_folder("resources")   # themes and icons (the samples folder is explorer.lesson.SAMPLES_DIR)
