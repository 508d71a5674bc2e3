"""A plain install (a wheel, not ``pip install -e``) carries the samples, the themes and the icons.

``samples/`` and ``resources/`` sit at the top of the project and are installed inside the package.
The wheel is built as ``pip install .`` builds it, from a copy of the project, installed into a fresh
virtual environment (its dependencies are borrowed from the test's environment through a .pth file,
so nothing is downloaded but the build backend), and its ``closure-explorer`` command is run from
there, outside the project: the app must find its data in the installed package, never in the source
tree. Building fetches the build backend (setuptools) from the package index, as ``pip install .`` does.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from explorer import compiled
from explorer.lesson import SAMPLES_DIR

ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = ROOT / "resources"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]

# Run by the installed package's Python: what the window would use, as JSON.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import explorer
from explorer.lesson import DEFAULT_SAMPLE, SAMPLES_DIR, is_sample, list_samples
from explorer.ui.theme import ICONS_DIR, THEME_KEYS, THEMES_DIR, icon, load_theme
print(json.dumps({
    "package": explorer.__file__,
    "dirs": [str(SAMPLES_DIR), str(THEMES_DIR), str(ICONS_DIR)],
    "default_sample": is_sample(DEFAULT_SAMPLE) and DEFAULT_SAMPLE.is_file(),
    "samples": {group: [s.path.name for s in samples] for group, samples in list_samples().items()},
    "themes": {key: [load_theme(key).name, len(load_theme(key).stylesheet())] for key in THEME_KEYS},
    "icon_drawn": not icon("step_over", "#000000").isNull(),
}))
"""


def _pip(*args: str, cwd: Path) -> None:
    # building the wheel compiles the recorder's optional core (setup.py): minutes on a busy machine
    done = subprocess.run([*PIP, *args], cwd=cwd, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel_install(tmp_path_factory) -> tuple[Path, Path]:
    """The wheel, and the fresh virtual environment it is installed in."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a copy, so the build leaves no build/ folder in the working tree
    for folder in ("explorer", "samples", "resources"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    _pip("wheel", "--no-deps", "--wheel-dir", str(tmp / "dist"), str(src), cwd=tmp)
    (wheel,) = (tmp / "dist").glob("*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = _venv_python(venv)
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    # the dependencies (PySide6, esprima, ...) come from this environment; the project itself does not
    ours = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (purelib / "borrowed_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    _pip("--python", str(python), "install", "--no-deps", "--no-index", str(wheel), cwd=tmp)
    return wheel, venv


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _command(venv: Path) -> str | None:
    return shutil.which("closure-explorer", path=os.pathsep.join([str(venv / "bin"), str(venv / "Scripts")]))


def _run_installed(venv: Path, *args: str) -> subprocess.CompletedProcess:
    """Run in the fresh environment with the cwd outside the project (and no PYTHONPATH leading back to it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(list(args), cwd=venv.parent, env=env, capture_output=True, text=True, timeout=180,
                          check=False)


def test_the_wheel_holds_every_sample_theme_and_icon_but_not_the_test_data(wheel_install):
    wheel, _ = wheel_install
    names = set(zipfile.ZipFile(wheel).namelist())
    samples = {f"explorer/samples/{p.name}" for p in SAMPLES_DIR.glob("*.js")}
    resources = {f"explorer/resources/{p.relative_to(RESOURCES_DIR).as_posix()}"
                 for p in RESOURCES_DIR.rglob("*") if p.is_file()}
    assert len(samples) >= 20 and samples <= names
    assert resources and resources <= names
    assert not [n for n in names if n.startswith("explorer/samples/expected/")]


def _installed_sample(venv: Path, name: str) -> Path:
    done = _run_installed(venv, str(_venv_python(venv)), "-c",
                          f"from explorer.lesson import SAMPLES_DIR; print(SAMPLES_DIR / {name!r})")
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def test_the_installed_command_runs_an_installed_sample(wheel_install):
    _, venv = wheel_install
    script = _command(venv)
    assert script, "the wheel installs no closure-explorer command"
    sample = _installed_sample(venv, "pattern_memoize.js")
    assert sample.resolve().is_relative_to(venv.resolve()) and sample.is_file()
    done = _run_installed(venv, script, "run", str(sample))
    assert done.returncode == 0, done.stderr
    assert done.stdout == (SAMPLES_DIR / "expected" / "pattern_memoize.out").read_text(encoding="utf-8")


def test_the_installed_command_exports_a_step_of_an_installed_sample(wheel_install):
    _, venv = wheel_install
    sample = _installed_sample(venv, "seed001_retaining_function_memory.js")
    svg = venv.parent / "step.svg"
    done = _run_installed(venv, _command(venv), "export", str(sample), "--step", "12", "--out", str(svg))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("step 12 of ") and "Backpack" in svg.read_text(encoding="utf-8")
    listed = _run_installed(venv, _command(venv), "trace", str(sample))
    assert listed.returncode == 0 and listed.stdout.startswith("#1 L- program-start")


def test_the_installed_app_lists_its_samples_and_loads_its_themes_and_icons(wheel_install):
    _, site = wheel_install
    done = _run_installed(site, str(_venv_python(site)), "-c", PROBE)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    for path in (seen["package"], *seen["dirs"]):
        assert Path(path).resolve().is_relative_to(site.resolve()), f"{path} is not from the installed package"
    assert seen["default_sample"]
    listed = sorted(name for names in seen["samples"].values() for name in names)
    assert listed == sorted(p.name for p in SAMPLES_DIR.glob("*.js"))
    assert all(seen["samples"].values()), seen["samples"]
    names = {p.stem: json.loads(p.read_text(encoding="utf-8"))["name"] for p in (RESOURCES_DIR / "themes").glob("*.json")}
    assert {key: name for key, (name, _) in seen["themes"].items()} == names
    assert all(size > 0 for _, size in seen["themes"].values()), "a style sheet is empty"
    assert seen["icon_drawn"]


def test_the_installed_command_says_which_recorder_it_runs(wheel_install):
    """With a C compiler where the wheel was built, the wheel carries the compiled core and uses it (unless
    the build was told to stay pure Python: CLOSURE_EXPLORER_PURE, as when the whole suite runs pure)."""
    _, venv = wheel_install
    done = _run_installed(venv, _command(venv), "--version")
    assert done.returncode == 0, done.stderr
    version, path = done.stdout.strip().split(", ", 1)
    assert version == "closure-explorer 0.1.0"
    if (shutil.which("cc") or shutil.which("gcc")) and not compiled.pure_forced():
        assert path == "recorder: compiled core (Cython)"
    else:
        assert path == "recorder: pure Python (the compiled core is not built)"
