"""One self-contained web page that replays a recording: code, memory diagram, narration, console, controls.

A student opens it from an e-mail or a course page, with no app, no network
and no other file: everything is in the one HTML file. The diagrams are the
SVGs the window's ``MemoryDiagram`` draws; a diagram is stored once however
many steps show it, and the distinct ones are packed into one gzip stream
(the browser unpacks it with its ``DecompressionStream``), so a 300-step
lesson stays well under a few megabytes. The page has the window's keys.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import re
from pathlib import Path
from typing import Callable

from pygments.lexers import JavascriptLexer

from explorer.lesson import APP_NAME, console_lines
from explorer.trace.model import Terms

_XML_HEAD = re.compile(rb"^\s*<\?xml[^>]*\?>\s*", re.S)
_EMPTY_GROUP = re.compile(rb"<g [^>]*>\s*</g>\s*", re.S)


def _clean_svg(data: bytes) -> str:
    """Qt's SVG, ready to sit inline in a page: no XML declaration, no empty groups, sized by CSS."""
    data = _XML_HEAD.sub(b"", data)
    data = _EMPTY_GROUP.sub(b"", data)
    data = re.sub(rb'<svg width="[^"]*" height="[^"]*"', b"<svg", data, count=1)
    return data.decode("utf-8")


def _code_html(source: str, syntax: dict) -> list[str]:
    """Each source line as HTML with the theme's token colours (pygments lexes the file once)."""
    classes: dict = {}
    for k, name in enumerate(syntax):
        classes[name] = f"t{k}"
    lines: list[list[str]] = [[]]
    for ttype, value in JavascriptLexer(stripnl=False, ensurenl=False).get_tokens(source):
        t = ttype
        cls = None
        while t is not None:
            name = ".".join(t[:]) if t[:] else ""
            if name in classes:
                cls = classes[name]
                break
            t = t.parent
        for k, piece in enumerate(value.split("\n")):
            if k:
                lines.append([])
            if piece:
                text = html.escape(piece.replace("\t", "    "))
                lines[-1].append(f'<span class="{cls}">{text}</span>' if cls else text)
    want = source.count("\n") + 1
    return ["".join(parts) for parts in lines[:want]] + [""] * (want - len(lines))


def _syntax_css(syntax: dict) -> str:
    rules = []
    for k, (_name, spec) in enumerate(syntax.items()):
        parts = spec.split()
        rule = f"color:{parts[0]};"
        if "bold" in parts:
            rule += "font-weight:bold;"
        if "italic" in parts:
            rule += "font-style:italic;"
        rules.append(f".code .t{k}{{{rule}}}")
    return "\n".join(rules)


def _visual(lines: list[str], line: int, column: int) -> int:
    """A source column as a column of the page, where a tab shows as four spaces."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return len(text[:column].replace("\t", "    ")) + max(0, column - len(text))


def page_data(trace, steps: list[int], diagram, terms: Terms,
              progress: Callable[[int], None] | None = None) -> tuple[dict, list[str]]:
    """The page's steps and its distinct diagrams (SVG text), drawn by ``diagram``."""
    svgs: list[str] = []
    seen: dict[str, int] = {}
    rows = []
    tape = trace.tape
    lines = trace.source.split("\n")
    diagram.set_trace(trace)
    for n, i in enumerate(steps):
        if progress is not None:
            progress(n)
        diagram.show_step(trace, i)
        svg = _clean_svg(diagram.svg_bytes())
        k = seen.get(svg)
        if k is None:
            k = seen[svg] = len(svgs)
            svgs.append(svg)
        loc = tape.locs[i]
        r = tape.locations[loc].range if loc >= 0 else None
        where = None if r is None or r.piece != 0 else [r.start_line, _visual(lines, r.start_line, r.start_column),
                                        r.end_line, _visual(lines, r.end_line, r.end_column)]
        rows.append([where, trace.narration(i, terms), k, tape.depths[i]])
    console = [[step, stream, text] for step, stream, text in console_lines(trace)]
    data = {"first": steps[0], "count": len(trace), "steps": rows, "console": console}
    return data, svgs


_CSS = """
:root{--win:%(window)s;--text:%(window_text)s;--base:%(base)s;--mid:%(mid)s;--dim:%(placeholder)s;
--hl:%(highlight)s;--hltext:%(highlighted_text)s;--button:%(button)s;--btext:%(button_text)s;
--edbg:%(ed_background)s;--edtext:%(ed_text)s;--gutter:%(ed_gutter)s;--gtext:%(ed_gutter_text)s;
--gcur:%(ed_gutter_current)s;--curline:%(ed_current_line)s;--currange:%(ed_current_range)s;--err:%(ed_error)s;
--dbg:%(dg_background)s;--code:%(code_color)s}
*{box-sizing:border-box}
html,body{margin:0;height:100%%;background:var(--win);color:var(--text);
font-family:Inter,"Segoe UI","Helvetica Neue",Cantarell,"DejaVu Sans","Liberation Sans",sans-serif}
body{display:flex;flex-direction:column;padding:10px 14px;gap:8px}
.mono,.code,.console{font-family:"JetBrains Mono","Cascadia Code",Consolas,Menlo,"DejaVu Sans Mono","Liberation Mono",monospace}
header{display:flex;align-items:baseline;gap:12px}
header .app{font-weight:bold}
header .file{color:var(--dim)}
header .counter{margin-left:auto;font-weight:bold;font-size:1.1em}
main{flex:1;display:flex;gap:12px;min-height:0}
.panel{background:var(--edbg);border:1px solid var(--mid);border-radius:4px;overflow:auto}
.label{position:sticky;top:0;left:0;background:inherit;z-index:1;font-size:11px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;color:var(--dim);padding:6px 10px 2px}
#codepanel{flex:0 1 44%%;min-width:240px}
.code{font-size:14px;line-height:1.45;padding:4px 0 10px;color:var(--edtext)}
.code .ln{display:flex;position:relative;white-space:pre}
.code .no{flex:none;width:4ch;padding-right:1.2ch;text-align:right;color:var(--gtext);user-select:none}
.code .src{position:relative;z-index:0;flex:1}
.code .ln.cur{background:var(--curline)}
.code .ln.cur .no{color:var(--gcur);font-weight:bold;box-shadow:inset 4px 0 var(--gcur)}
.code .range{position:absolute;z-index:-1;top:1px;bottom:1px;background:var(--currange);border-radius:2px}
#diagrampanel{flex:1 1 56%%;background:var(--dbg)}
#diagram svg{display:block;max-width:100%%;height:auto}
#narration{font-size:18px;min-height:2.6em;line-height:1.4}
#narration code{font-family:inherit;font-family:"JetBrains Mono","DejaVu Sans Mono",monospace;color:var(--code)}
#consolepanel{max-height:22vh;min-height:3.2em}
.console{font-size:13px;padding:2px 10px 8px;white-space:pre-wrap;margin:0}
.console .err{color:var(--err)}
.console .future{display:none}
nav{display:flex;gap:6px;align-items:center}
nav button{background:var(--button);color:var(--btext);border:1px solid var(--mid);border-radius:4px;
padding:4px 10px;font-size:14px;cursor:pointer;min-width:2.6em}
nav button:focus-visible{outline:2px solid var(--hl)}
nav input[type=range]{flex:1;accent-color:var(--hl)}
nav .keys{color:var(--dim);font-size:12px}
footer{font-size:11px;color:var(--dim)}
#problem{color:var(--err)}
"""

_JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("lesson-data").textContent);
  var S = D.steps, n = S.length, cur = 0, playing = null, svgs = null;
  var $ = function (id) { return document.getElementById(id); };
  var lines = document.querySelectorAll("#code .ln");
  var slider = $("slider");
  slider.max = String(n - 1);
  function esc(t) { return t.replace(/[&<>]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;"}[c]; }); }
  function narrationHtml(t) {
    return esc(t).replace(/`([^`]*)`/g, "<code>$1</code>");
  }
  var consoleEl = $("console"), consoleLines = [];
  D.console.forEach(function (c) {
    c[2].split("\n").forEach(function (part) {
      var div = document.createElement("div");
      div.textContent = part === "" ? "\u00a0" : part;
      if (c[1] === "stderr" || c[1] === "error") div.className = "err";
      div.dataset.step = c[0];
      consoleEl.appendChild(div);
      consoleLines.push(div);
    });
  });
  var curLines = [];
  function show(k) {
    cur = Math.max(0, Math.min(n - 1, k));
    var s = S[cur], step = D.first + cur, where = s[0];
    curLines.forEach(function (el) { el.classList.remove("cur"); var r = el.querySelector(".range"); if (r) r.remove(); });
    curLines = [];
    if (where) {
      for (var ln = where[0]; ln <= where[2]; ln++) {
        var el = lines[ln - 1];
        if (!el) continue;
        el.classList.add("cur");
        curLines.push(el);
        var text = el.querySelector(".src").textContent;
        var c0 = ln === where[0] ? where[1] : 0, c1 = ln === where[2] ? where[3] : text.length;
        if (c1 > c0) {
          var r = document.createElement("span");
          r.className = "range";
          r.style.left = c0 + "ch"; r.style.width = (c1 - c0) + "ch";
          el.querySelector(".src").prepend(r);
        }
      }
      if (curLines.length) {
        var box = $("codepanel"), top = curLines[0].offsetTop, h = box.clientHeight;
        if (top < box.scrollTop + 20 || top > box.scrollTop + h - 40) box.scrollTop = Math.max(0, top - h / 3);
      }
    }
    var label = "Step " + (step + 1) + " of " + D.count + (where ? " \u00b7 line " + where[0] : "");
    $("counter").textContent = label;
    $("narration").innerHTML = narrationHtml(s[1]);
    if (svgs) $("diagram").innerHTML = svgs[s[2]];
    $("diagram").dataset.diagram = s[2];
    var printed = 0;
    consoleLines.forEach(function (div) {
      var future = Number(div.dataset.step) > step;
      div.classList.toggle("future", future);
      if (!future) printed++;
    });
    $("consolelabel").textContent = printed ? "Console" : "Console (nothing printed yet)";
    slider.value = String(cur);
    document.body.dataset.step = String(step + 1);
  }
  function over(i) { var d = S[i][3], j = i + 1; while (j < n - 1 && S[j][3] > d) j++; return Math.min(j, n - 1); }
  function backOver(i) { var d = S[i][3], j = i - 1; while (j > 0 && S[j][3] > d) j--; return Math.max(j, 0); }
  function out(i) { var d = S[i][3], j = i + 1; while (j < n - 1 && S[j][3] >= d) j++; return Math.min(j, n - 1); }
  function play() {
    if (playing) { clearInterval(playing); playing = null; $("play").textContent = "\u25b6 Play"; return; }
    if (cur >= n - 1) show(0);
    $("play").textContent = "\u2016 Pause";
    playing = setInterval(function () { if (cur >= n - 1) play(); else show(cur + 1); }, 900);
  }
  $("first").onclick = function () { show(0); };
  $("back").onclick = function () { show(cur - 1); };
  $("play").onclick = play;
  $("fwd").onclick = function () { show(cur + 1); };
  $("last").onclick = function () { show(n - 1); };
  slider.oninput = function () { show(Number(slider.value)); };
  document.addEventListener("keydown", function (e) {
    var k = e.key, go = null;
    if (k === "F10" && e.shiftKey && e.ctrlKey) go = backOver(cur);
    else if (k === "F10" && e.shiftKey) go = cur - 1;
    else if (k === "F10") go = over(cur);
    else if (k === "F11" && e.shiftKey) go = out(cur);
    else if (k === "F11" || k === "ArrowRight" || k === "ArrowDown" || k === "PageDown") go = cur + 1;
    else if (k === "ArrowLeft" || k === "ArrowUp" || k === "PageUp") go = cur - 1;
    else if (k === "Home") go = 0;
    else if (k === "End") go = n - 1;
    else if (k === "F7" || (k === " " && e.target.tagName !== "BUTTON")) { e.preventDefault(); play(); return; }
    if (go === null || (e.target === slider && k.indexOf("Arrow") === 0)) return;
    e.preventDefault();
    show(go);
  });
  function unpack() {
    var bytes = Uint8Array.from(atob(document.getElementById("lesson-diagrams").textContent.trim()),
                                function (c) { return c.charCodeAt(0); });
    if (typeof DecompressionStream === "undefined") {
      $("problem").textContent = "This browser cannot unpack the diagrams (it has no DecompressionStream): " +
        "open the page in a current Firefox, Chrome, Edge or Safari.";
      return Promise.resolve();
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(function (t) { svgs = JSON.parse(t); show(cur); });
  }
  show(0);
  unpack().then(function () { document.body.dataset.ready = "1"; },
                function (err) { $("problem").textContent = "The diagrams could not be unpacked: " + err; });
})();
"""


def render_page(trace, data: dict, svgs: list[str], theme, terms: Terms) -> str:
    """The HTML text of the page."""
    pal, ed = theme.palette, theme.editor
    colors = {k: v for k, v in pal.items()}
    colors.update({f"ed_{k}": v for k, v in ed.items()})
    colors["dg_background"] = theme.diagram["background"]
    colors["code_color"] = theme.syntax.get("Name.Function", pal["link"]).split()[0]
    css = _CSS % colors + _syntax_css(theme.syntax)
    code_lines = _code_html(trace.source, theme.syntax)
    code = "\n".join(f'<div class="ln"><span class="no">{k}</span><span class="src">{text}</span></div>'
                     for k, text in enumerate(code_lines, start=1))
    packed = base64.b64encode(gzip.compress(json.dumps(svgs, ensure_ascii=False).encode("utf-8"), 9, mtime=0))
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    name = html.escape(trace.filename)
    first, last = data["first"] + 1, data["first"] + len(data["steps"])
    span = "" if (first, last) == (1, data["count"]) else f" (steps {first}-{last} of {data['count']})"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{APP_NAME}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src data:">
<title>{name}: a {APP_NAME} lesson</title>
<style>{css}</style>
</head>
<body data-theme="{theme.key}" data-terms="{terms.value}">
<header><span class="app">{APP_NAME}</span><span class="file">{name}{html.escape(span)}</span>
<span class="counter" id="counter" aria-live="polite"></span></header>
<main>
<section class="panel" id="codepanel" aria-label="Code"><div class="label">Code</div>
<div class="code" id="code">{code}</div></section>
<section class="panel" id="diagrampanel" aria-label="Memory"><div id="diagram" role="img" aria-label="memory diagram"></div></section>
</main>
<div id="narration" aria-live="polite"></div>
<section class="panel" id="consolepanel" aria-label="Console"><div class="label" id="consolelabel">Console</div>
<div class="console" id="console"></div></section>
<nav>
<button id="first" title="First step (Home)">|&#x25c0;</button>
<button id="back" title="Step back (Shift+F10, Left)">&#x25c0;</button>
<button id="play" title="Play / pause (F7, Space)">&#x25b6; Play</button>
<button id="fwd" title="Step forward (F11, Right)">&#x25b6;</button>
<button id="last" title="Last step (End)">&#x25b6;|</button>
<input type="range" id="slider" min="0" value="0" aria-label="step">
<span class="keys">Keys: &larr; &rarr; step, F10 over, Shift+F11 out, Home/End, F7 or Space play</span>
</nav>
<div id="problem" role="alert"></div>
<footer>Recorded by {APP_NAME} from {name}. This page works offline: it needs no other file.</footer>
<script type="application/json" id="lesson-data">{blob}</script>
<script type="application/octet-stream" id="lesson-diagrams">{packed.decode('ascii')}</script>
<script>{_JS}</script>
</body>
</html>
"""


def write_page(trace, path: Path, steps: list[int], *, theme: str = "light", terms: str = Terms.HARD_PARTS.value,
               scale: float = 1.0, progress: Callable[[int], None] | None = None) -> int:
    """Write the page of ``steps`` (0-based) of ``trace`` to ``path``; its size in bytes."""
    from explorer.ui.export import make_diagram
    from explorer.ui.theme import load_theme

    _app, diagram = make_diagram(theme, terms, scale)
    try:
        data, svgs = page_data(trace, steps, diagram, Terms(terms), progress)
    finally:
        diagram.deleteLater()
    text = render_page(trace, data, svgs, load_theme(theme), Terms(terms))
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


__all__ = ["write_page", "render_page", "page_data"]
