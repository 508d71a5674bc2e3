"""Before Qt starts: can the window open at all? (No Qt is imported here.)

On Linux, Qt draws through its xcb platform plugin, a shared library that needs a dozen X11
libraries. When one is missing Qt prints a long warning and aborts the process (a core dump):
no Python code gets a chance to explain. So before the window is made, ``check_window_platform``
asks the dynamic linker (``ldd`` on the plugin, in a subprocess; ``ctypes.util.find_library``
when there is no ``ldd``) which of those libraries cannot be found, and returns one message that
names them with the commands that install them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from ctypes.util import find_library
from pathlib import Path

# The libraries Qt 6's xcb plugin loads, with the packages that hold them: (Debian/Ubuntu, Fedora).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """Where PySide6's xcb plugin is, found without importing (and so loading) Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs that the dynamic linker cannot find, in ldd's order."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None and (done.returncode == 0 or "not found" in done.stdout):
            return list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))
    # no ldd (or it failed): ask the linker's cache about each library the plugin is known to need
    missing = []
    for soname in XCB_LIBRARIES:
        name = soname[3:].split(".so")[0]
        if find_library(name) is None:
            missing.append(soname)
    return missing


def _uses_xcb(env) -> bool:
    """Would Qt pick the xcb plugin? (Not offscreen, not a Wayland session that Qt would use first.)"""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        plugin = xcb_plugin()
        if plugin is not None and (plugin.parent / "libqwayland.so").is_file():
            return False    # Qt tries Wayland first on a Wayland session (and xcb only if that fails)
    return True


def install_lines(missing: list[str]) -> list[str]:
    """The commands that install ``missing`` on Debian/Ubuntu and on Fedora."""
    known = [XCB_LIBRARIES[lib] for lib in missing if lib in XCB_LIBRARIES]
    if not known:
        return []
    debian = " ".join(dict.fromkeys(d for d, _f in known))
    fedora = " ".join(dict.fromkeys(f for _d, f in known))
    return [f"  Debian, Ubuntu:  sudo apt install {debian}",
            f"  Fedora:          sudo dnf install {fedora}"]


def window_problem_message(missing: list[str]) -> str:
    lines = ["Closure Explorer cannot open its window: Qt's X11 platform plugin (xcb) needs "
             + ("this library, which is" if len(missing) == 1 else "these libraries, which are")
             + " not installed:",
             "  " + ", ".join(missing),
             "Install " + ("it" if len(missing) == 1 else "them") + " and start Closure Explorer again:"]
    lines += install_lines(missing) or ["  (install the package that provides "
                                        + ("it" if len(missing) == 1 else "each") + " with your system's package manager)"]
    unknown = [lib for lib in missing if lib not in XCB_LIBRARIES]
    if unknown and len(unknown) < len(missing):
        lines.append("  and the packages that provide " + ", ".join(unknown))
    lines.append("The commands that need no window work as they are: closure-explorer run / trace / export FILE.js.")
    lines.append("More in README.md, \"If the window does not open\".")
    return "\n".join(lines)


def check_window_platform(env=None, platform: str | None = None) -> str | None:
    """None when the window can open as far as we can tell; otherwise the message to print."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or not _uses_xcb(env):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None             # not a PySide6 wheel layout we know: let Qt speak for itself
    missing = missing_libraries(plugin)
    if missing:
        return window_problem_message(missing)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return ("Closure Explorer cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY "
                "is set). Start it from a desktop session, or use the commands that need no window: "
                "closure-explorer run / trace / export FILE.js.")
    return None
