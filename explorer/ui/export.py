"""``closure-explorer export FILE.js --step N --out diagram.svg|png``: the memory panel drawn without a window."""

from __future__ import annotations

import argparse
import os
import sys


def export_command(argv: list[str]) -> int:
    from explorer.trace.model import Terms
    from explorer.ui.files import FileProblem, read_source
    from explorer.ui.theme import THEME_KEYS

    p = argparse.ArgumentParser(prog="closure-explorer export",
                                description="Draw the memory panel at one step of a program, as PNG or SVG.")
    p.add_argument("file", help="the .js program")
    p.add_argument("--step", type=int, default=None,
                   help="the step to draw, counted from 1 as the window shows it (default: the last step)")
    p.add_argument("--out", required=True, help="the picture to write: a name ending in .png or .svg")
    p.add_argument("--theme", choices=THEME_KEYS, default="light")
    p.add_argument("--terms", choices=[t.value for t in Terms], default=Terms.HARD_PARTS.value,
                   help="the words on the boxes (default: hard-parts)")
    args = p.parse_args(argv)
    kind = os.path.splitext(args.out)[1].lower()
    if kind not in (".png", ".svg"):
        print("closure-explorer export: --out must end in .png or .svg", file=sys.stderr)
        return 2
    try:
        source = read_source(args.file)
    except FileProblem as exc:
        print(f"closure-explorer export: {exc}", file=sys.stderr)
        return 2

    from explorer.engine.errors import SourceError
    from explorer.trace import record

    try:
        trace = record(source, filename=os.path.basename(args.file))
    except SourceError as exc:
        print(f"closure-explorer export: {exc}", file=sys.stderr)
        return 1
    step = len(trace) if args.step is None else args.step
    if not 1 <= step <= len(trace):
        print(f"closure-explorer export: --step must be between 1 and {len(trace)}", file=sys.stderr)
        return 2

    if os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from explorer.ui.diagram import MemoryDiagram
    from explorer.ui.theme import load_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    diagram = MemoryDiagram()
    diagram.set_animations(False)
    diagram.set_theme(load_theme(args.theme))
    diagram.set_terms(Terms(args.terms))
    diagram.show_step(trace, step - 1)
    ok = diagram.export_png(args.out) if kind == ".png" else diagram.export_svg(args.out)
    diagram.deleteLater()
    del app
    if not ok:
        print(f"closure-explorer export: cannot write {args.out}", file=sys.stderr)
        return 1
    print(f"step {step} of {len(trace)} drawn to {args.out}")
    return 0
