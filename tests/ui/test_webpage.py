"""The one-file web page, loaded in headless Chromium: it shows step 1, the keys move it, and it says what the app says."""

from __future__ import annotations

import html
import re

import pytest
from browser import Browser, find_chromium

from explorer.cli import main
from explorer.lesson import DEFAULT_SAMPLE, console_lines
from explorer.trace import Terms, record
from explorer.ui.theme import THEME_KEYS

SAMPLES = DEFAULT_SAMPLE.parent


def export_command(argv: list[str]) -> int:
    return main(["export", *argv])
CHROMIUM, WHY_NOT = find_chromium()
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason=WHY_NOT)
READY = "document.body && document.body.dataset.ready === '1'"


def _words(svg: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip(WHY_NOT)
    b = Browser(CHROMIUM, 1280, 800)
    yield b
    b.close()


def _page(tmp_path, sample, *args) -> str:
    out = tmp_path / (sample.stem + "".join(a.strip("-") for a in args) + ".html")
    assert export_command([str(sample), "--out", str(out), *args]) == 0
    return out.as_uri()


def test_the_page_is_one_file_that_names_the_app_and_the_program(qapp, tmp_path):
    out = tmp_path / "lesson.html"
    assert export_command([str(DEFAULT_SAMPLE), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Closure Explorer" in text and DEFAULT_SAMPLE.name in text
    # nothing is fetched: no external script, style, image or link to follow for the page to work
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#|data:)""", text)
    assert "default-src 'none'" in text


@needs_browser
def test_the_page_starts_at_step_1_and_the_keys_move_it(qapp, tmp_path, browser):
    from explorer.ui.export import make_diagram

    sample = SAMPLES / "seed001_retaining_function_memory.js"
    trace = record(sample.read_text(encoding="utf-8"), filename=sample.name)
    browser.goto(_page(tmp_path, sample), READY)
    ev = browser.eval
    assert ev("document.getElementById('counter').textContent") == f"Step 1 of {len(trace)}"
    assert ev("document.getElementById('narration').textContent") == trace.narration(0).replace("`", "")
    _app, diagram = make_diagram("light", "hard-parts", 1.0)
    diagram.set_trace(trace)
    k = 15                       # 1-based: where counter becomes 1 in the backpack
    for _ in range(k - 1):
        browser.key("ArrowRight")
    step = k - 1
    r = trace.step(step).range
    assert ev("document.getElementById('counter').textContent") == f"Step {k} of {len(trace)} · line {r.start_line}"
    assert ev("document.getElementById('narration').textContent") == trace.narration(step).replace("`", "")
    assert ev("[...document.querySelectorAll('#code .ln.cur .no')].map(e => +e.textContent)") == \
        list(range(r.start_line, r.end_line + 1))
    diagram.show_step(trace, step)
    shown = ev("[...document.querySelectorAll('#diagram svg text')].map(t => t.textContent)")
    # the same words (drawing order follows the order boxes were made in, which depends on the steps shown before)
    assert sorted(shown) == sorted(_words(diagram.svg_bytes().decode("utf-8"))) and "Backpack" in shown
    # the app's keys: F10 steps over a call, Shift+F10 steps back, Alt+Home/End
    browser.key("Home")
    assert ev("document.body.dataset.step") == "1"
    over = trace.step_over(2)
    browser.key("ArrowRight")
    browser.key("ArrowRight")
    browser.key("F10")
    assert ev("document.body.dataset.step") == str(over + 1)
    browser.key("F10", shift=True)
    assert ev("document.body.dataset.step") == str(over)
    browser.key("End")
    assert ev("document.body.dataset.step") == str(len(trace))
    assert browser.errors == []


@needs_browser
def test_the_console_shows_what_was_printed_so_far(qapp, tmp_path, browser):
    sample = SAMPLES / "pattern_async_promises.js"
    trace = record(sample.read_text(encoding="utf-8"), filename=sample.name)
    browser.goto(_page(tmp_path, sample, "--theme", "dark", "--terms", "devtools"), READY)
    lines = console_lines(trace)
    for step in (0, len(trace) // 2, len(trace) - 1):
        browser.eval(f"document.getElementById('slider').value = {step};"
                     "document.getElementById('slider').dispatchEvent(new Event('input'))")
        shown = browser.eval("[...document.querySelectorAll('#console div')]"
                             ".filter(d => getComputedStyle(d).display !== 'none').map(d => d.textContent)")
        assert shown == [part for s, _k, t in lines if s <= step for part in t.split("\n")]
        assert browser.eval("document.getElementById('narration').textContent") == \
            trace.narration(step, Terms.DEVTOOLS).replace("`", "")
    assert browser.errors == []


@needs_browser
def test_every_sample_page_steps_to_its_end_without_an_error(qapp, tmp_path, browser):
    """Every sample; the themes and word sets on one of them. Each page is stepped through with the keys."""
    runs = [(s, "light", "hard-parts") for s in sorted(SAMPLES.glob("*.js"))]
    long_run = 400        # a longer sample's page holds its first steps (drawing 4,000 diagrams takes half a minute)
    runs += [(SAMPLES / "seed004_data_privacy.js", theme, terms.value) for theme in THEME_KEYS for terms in Terms]
    for sample, theme, terms in runs:
        trace = record(sample.read_text(encoding="utf-8"), filename=sample.name)
        browser.errors.clear()
        shown_steps = min(len(trace), long_run)
        browser.goto(_page(tmp_path, sample, "--theme", theme, "--terms", terms, "--steps", f"1-{shown_steps}"), READY)
        assert browser.eval("document.title").startswith(sample.name)
        # every step (the first 150 of a long run), forward with the arrow key's handler, then End and Home
        walk = min(shown_steps, 150)
        shown = browser.eval("""(() => { const seen = [];
            for (let k = 0; k < %d; k++) {
              if (k) document.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
              const svg = document.querySelector('#diagram svg');
              seen.push([+document.body.dataset.step, svg ? svg.querySelectorAll('text').length : 0]);
            }
            document.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true}));
            seen.push([+document.body.dataset.step, document.querySelector('#diagram svg text') ? 1 : 0]);
            document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Home', bubbles: true}));
            return seen; })()""" % walk)
        assert [k for k, _texts in shown] == [*range(1, walk + 1), shown_steps], sample.name
        assert all(texts > 0 for _k, texts in shown), sample.name
        assert browser.eval("document.body.dataset.step") == "1"
        assert browser.errors == [], (sample.name, theme, terms, browser.errors)


def test_a_300_step_lesson_stays_small(qapp, tmp_path):
    program = tmp_path / "loop.js"
    program.write_text("""
function makeAdder(n) { return function (x) { return x + n; }; }
const adders = [];
let total = 0;
for (let i = 0; i < 40; i++) {
  const add = makeAdder(i);
  adders.push(add);
  total = add(total);
}
console.log(total);
""", encoding="utf-8")
    trace = record(program.read_text(encoding="utf-8"))
    assert len(trace) >= 300
    out = tmp_path / "loop.html"
    assert export_command([str(program), "--steps", "1-300", "--out", str(out)]) == 0
    size = out.stat().st_size
    assert size < 3 * 1024 * 1024, size
