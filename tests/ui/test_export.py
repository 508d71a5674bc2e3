"""``closure-explorer export`` draws the memory panel of one step to a PNG or SVG file."""

from __future__ import annotations

import pytest

from explorer.lesson import DEFAULT_SAMPLE

pytest.importorskip("explorer.trace")


def test_export_svg_and_png(qapp, tmp_path, capsys):
    from explorer.cli import main

    svg = tmp_path / "d.svg"
    assert main(["export", str(DEFAULT_SAMPLE), "--step", "12", "--out", str(svg)]) == 0
    assert "Backpack" in svg.read_text(encoding="utf-8")
    png = tmp_path / "d.png"
    assert main(["export", str(DEFAULT_SAMPLE), "--out", str(png), "--theme", "dark", "--terms", "devtools"]) == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_export_refuses_bad_arguments(qapp, tmp_path, capsys):
    from explorer.cli import main

    assert main(["export", str(DEFAULT_SAMPLE), "--steps", "1-3", "--out", str(tmp_path / "d.png")]) == 2
    assert main(["export", str(DEFAULT_SAMPLE), "--out", str(tmp_path / "d.bmp")]) == 2
    assert main(["export", str(DEFAULT_SAMPLE), "--size", "wide", "--out", str(tmp_path / "d.gif")]) == 2
    assert main(["export", str(DEFAULT_SAMPLE), "--pace", "slow", "--out", str(tmp_path / "d.gif")]) == 2
    assert main(["export", str(DEFAULT_SAMPLE), "--steps", "5-1", "--out", str(tmp_path / "d.gif")]) == 2
    assert not any(tmp_path.iterdir())
    assert main(["export", str(DEFAULT_SAMPLE), "--step", "100000", "--out", str(tmp_path / "d.png")]) == 2
    bad = tmp_path / "bad.js"
    bad.write_text("let x = ;\n", encoding="utf-8")
    assert main(["export", str(bad), "--out", str(tmp_path / "d.png")]) == 1
    assert "SyntaxError" in capsys.readouterr().err
