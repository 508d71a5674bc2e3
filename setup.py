"""What pyproject.toml cannot say: the package list, and the optional compiled core.

Packages: every package found under explorer/, plus the top-level data folders samples/ and resources/
installed as explorer.samples and explorer.resources (their folders and files are mapped in pyproject.toml).

The compiled core: the recorder modules listed in explorer/compiled.py are compiled with Cython (their
.pxd files add the C types) when Cython and a C compiler are there. Without either, or when a module
fails to build, the install goes on and those modules run as plain Python, as packages with optional
speed-ups do. ``CLOSURE_EXPLORER_PURE=1`` at install time skips the build.
"""

import importlib.util
import json
import os
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent


def _compiled():
    """explorer/compiled.py, read without importing the package (nothing is installed yet)."""
    spec = importlib.util.spec_from_file_location("_explorer_compiled", HERE / "explorer" / "compiled.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _say(text):
    print(f"closure-explorer: {text}", file=sys.stderr)


def _extensions():
    compiled = _compiled()
    if compiled.pure_forced():
        _say(f"{compiled.PURE_ENV} is set: the recorder stays pure Python")
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        _say("Cython is not installed: the recorder stays pure Python")
        return []
    from setuptools import Extension

    exts = [Extension(m, [str(Path(*m.split(".")).with_suffix(".py"))]) for m in compiled.MODULES]
    try:
        return cythonize(exts, quiet=True, language_level=3,
                         compiler_directives={"annotation_typing": False, "binding": True,
                                              "boundscheck": False, "wraparound": True,
                                              "initializedcheck": False, "cdivision": True})
    except Exception as exc:  # noqa: BLE001 - a Cython failure leaves the pure-Python modules, which work
        _say(f"Cython could not translate the recorder ({exc}): it stays pure Python")
        return []


class OptionalBuildExt(build_ext):
    """Builds what it can; a missing compiler or a failed module leaves that module pure Python. Writes
    the hashes of the sources each module was built from beside explorer/compiled.py, so a compiled
    module is never used with a source it was not built from."""

    def finalize_options(self):
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1      # the modules compile independently

    def run(self):
        self.built = []
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - no compiler at all (distutils' CCompilerError and kin)
            _say(f"the compiled core could not be built ({exc}): the recorder stays pure Python")
            self.built = []
        self._write_hashes()

    def copy_extensions_to_source(self):
        self.extensions = [e for e in self.extensions if e.name in self.built]   # a failed one has nothing to copy
        super().copy_extensions_to_source()

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001 - this module stays pure Python
            _say(f"{ext.name} could not be compiled ({exc}): it stays pure Python")
            return
        self.built.append(ext.name)

    def _write_hashes(self):
        compiled = _compiled()
        hashes = {m: compiled.source_hash(m, HERE) for m in self.built}
        text = json.dumps(hashes, indent=1, sort_keys=True) + "\n"
        places = [Path(self.build_lib) / "explorer"]
        if self.inplace or getattr(self, "editable_mode", False):
            places.append(HERE / "explorer")
        for d in places:
            d.mkdir(parents=True, exist_ok=True)
            (d / compiled.SOURCES_FILE).write_text(text, encoding="utf-8")


setup(packages=find_packages(include=["explorer", "explorer.*"]) + ["explorer.samples", "explorer.resources"],
      ext_modules=_extensions(),
      cmdclass={"build_ext": OptionalBuildExt})
