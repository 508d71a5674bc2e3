"""A fresh Linux machine without one of the X11 libraries Qt's xcb plugin needs: one clear message, exit 2.

Qt itself would print a long warning and abort the process; the check runs before Qt is loaded.
The missing library is faked: an ``ldd`` first on PATH reports it "not found".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import platform_check
from explorer.platform_check import check_window_platform, xcb_plugin

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or xcb_plugin() is None,
                                reason="the xcb plugin is a Linux matter")


def _fake_ldd(folder: Path, missing: list[str]) -> Path:
    """An ldd that answers as the real one does when ``missing`` cannot be found."""
    folder.mkdir(exist_ok=True)
    lines = ["\tlinux-vdso.so.1 (0x00007ffc)", "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f00)"]
    lines += [f"\t{name} => not found" for name in missing]
    script = folder / "ldd"
    script.write_text("#!/bin/sh\ncat <<'END'\n" + "\n".join(lines) + "\nEND\n", encoding="utf-8")
    script.chmod(0o755)
    return folder


def _start_window(tmp_path: Path, missing: list[str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["PATH"] = f"{_fake_ldd(tmp_path / 'bin', missing)}{os.pathsep}{env.get('PATH', '')}"
    env["DISPLAY"] = ":99"
    return subprocess.run([sys.executable, "-m", "explorer"], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_a_missing_library_is_named_with_the_commands_that_install_it(tmp_path):
    done = _start_window(tmp_path, ["libxcb-cursor.so.0"])
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[:5] == [
        "Closure Explorer cannot open its window: Qt's X11 platform plugin (xcb) needs this library, "
        "which is not installed:",
        "  libxcb-cursor.so.0",
        "Install it and start Closure Explorer again:",
        "  Debian, Ubuntu:  sudo apt install libxcb-cursor0",
        "  Fedora:          sudo dnf install xcb-util-cursor",
    ]
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr and done.stdout == ""


def test_several_missing_libraries_share_one_command_per_system(tmp_path):
    done = _start_window(tmp_path, ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                    "libxcb-randr.so.0", "libxcb-shape.so.0"])
    assert done.returncode == 2
    err = done.stderr
    assert "  libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1, libxcb-randr.so.0, libxcb-shape.so.0" in err
    assert ("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-randr0 libxcb-shape0\n") in err
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms libxcb\n" in err


def test_without_ldd_the_linker_cache_is_asked(monkeypatch):
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: None)
    monkeypatch.setattr(platform_check, "find_library", lambda name: None if name == "xcb-icccm" else f"lib{name}.so")
    message = check_window_platform({"DISPLAY": ":0"}, "linux")
    assert message is not None and "  libxcb-icccm.so.4\n" in message and "apt install libxcb-icccm4\n" in message


def test_no_check_off_linux_offscreen_or_on_wayland(monkeypatch):
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: ["libxcb-cursor.so.0"])
    assert check_window_platform({"DISPLAY": ":0"}, "darwin") is None
    assert check_window_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert check_window_platform({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux") is None
    assert check_window_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert check_window_platform({"DISPLAY": ":0"}, "linux") is not None


def test_no_display_is_said_plainly(monkeypatch):
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: [])
    message = check_window_platform({}, "linux")
    assert message is not None and "there is no display" in message
    assert check_window_platform({"DISPLAY": ":0"}, "linux") is None


def test_the_commands_without_a_window_still_work_when_a_library_is_missing(tmp_path):
    program = tmp_path / "p.js"
    program.write_text("const add = a => b => a + b;\nconsole.log(add(2)(3));\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PATH"] = f"{_fake_ldd(tmp_path / 'bin', ['libxcb-cursor.so.0'])}{os.pathsep}{env.get('PATH', '')}"
    env["DISPLAY"] = ":99"
    run = subprocess.run([sys.executable, "-m", "explorer", "run", str(program)], env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    assert (run.returncode, run.stdout) == (0, "5\n")
    png = tmp_path / "d.png"
    export = subprocess.run([sys.executable, "-m", "explorer", "export", str(program), "--out", str(png)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert export.returncode == 0, export.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
