"""``trace --format opt`` in Python Tutor's own front-end: every sample renders at every step without an error.

Python Tutor's code is not part of this project. Point $CLOSURE_EXPLORER_OPT_DIR at a
checkout's ``v5-unity`` folder (it holds ``iframe-embed.html`` and ``build/iframe-embed.bundle.js``);
without it, or without Chromium, this test skips and says why. The page is served from
localhost and its request for a trace is answered with ours, as a user pressing
Next would see it.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import threading
import urllib.parse
from pathlib import Path

import pytest
from browser import Browser, BrowserError, find_chromium

from explorer.lesson import SAMPLES_DIR
from explorer.trace import record
from explorer.trace.export import to_opt

OPT_DIR = os.environ.get("CLOSURE_EXPLORER_OPT_DIR", "")
CHROMIUM, WHY_NOT = find_chromium()


def _opt_missing() -> str:
    if not OPT_DIR:
        return "set $CLOSURE_EXPLORER_OPT_DIR to Python Tutor's v5-unity folder to test traces in its front-end"
    if not (Path(OPT_DIR) / "build" / "iframe-embed.bundle.js").exists():
        return f"{OPT_DIR} has no build/iframe-embed.bundle.js"
    return ""


pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason=WHY_NOT),
              pytest.mark.skipif(bool(_opt_missing()), reason=_opt_missing() or "-")]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=OPT_DIR))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _serve_trace(browser: Browser, payload: dict) -> None:
    """Answer the front-end's JSONP request for a trace with ``payload`` (and its logging call with nothing)."""
    session = browser.session

    def handler(method, params):
        if method != "Fetch.requestPaused":
            return
        url = params["request"]["url"]
        body = ""
        if "exec_js_jsonp" in url:
            callback = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)["callback"][0]
            body = f"{callback}({json.dumps(payload)});"
        browser.send(session, "Fetch.fulfillRequest", requestId=params["requestId"], responseCode=200,
                     responseHeaders=[{"name": "Content-Type", "value": "application/javascript"}],
                     body=base64.b64encode(body.encode("utf-8")).decode("ascii"))

    browser.on(handler)
    browser.page("Fetch.enable", patterns=[{"urlPattern": "*exec_js_jsonp*"}, {"urlPattern": "*web_exec_js*"}])


def step_through(browser: Browser, base: str, payload: dict, run: int) -> list[tuple[int, list[str]]]:
    """Load the trace and press Forward through every step; (step, errors) for each step that raised."""
    browser.errors.clear()
    code = urllib.parse.quote(payload["code"])
    # a new query each time: a change of the #hash alone would keep the page (and the last program) loaded
    browser.goto(f"{base}/iframe-embed.html?run={run}#code={code}&py=js&curInstr=0&cumulative=false",
                 "document.querySelector('#jmpStepFwd') !== null && "
                 "document.querySelector('#curInstr').textContent.startsWith('Step 1 of')")
    total = len(payload["trace"])
    # Forward pressed through every step in the page itself (one round trip per program, not per step);
    # an error raised while drawing step k is noted with k
    bad = browser.eval("""(() => {
        const errors = []; let k = 0;
        const note = e => errors.push([k, String(e.message || e.reason || e)]);
        window.addEventListener('error', note);
        window.addEventListener('unhandledrejection', note);
        const forward = document.querySelector('#jmpStepFwd');
        for (k = 1; k < %d; k++) forward.click();
        window.removeEventListener('error', note);
        return errors; })()""" % total)
    if browser.errors:
        bad.append((-1, list(browser.errors)))
    return bad


MAX_STEPS = 400      # a longer run stops there (its last entry is then Python Tutor's "instruction limit reached")
EXTRA = {   # what the samples may not show: shadowed block names, a top-level loop's bindings, TDZ, exceptions
    "shadow_and_loop.js": "function f() {\n  let x = 1;\n  {\n    let x = 2;\n    console.log(x);\n  }\n  return x;\n}\n"
                          "f();\nfor (let i = 0; i < 2; i++) {\n  setTimeout(() => console.log(i), 0);\n}\n",
    "tdz_and_errors.js": "let a = 1;\ntry {\n  b;\n} catch (e) {\n  console.log(e.message);\n}\nlet b = 2;\nnull.x;\n",
    "with_console_entries.js": ("let n = 0;\nfunction bump(k) {\n  n += k;\n  return () => n;\n}\nbump(1);\n",
                                ("bump(2)", "bump(3)()", "missing()")),
}


def test_every_sample_renders_at_every_step_in_python_tutor(server):
    browser = Browser(CHROMIUM, 1280, 900, timeout=120)
    try:
        payload: dict = {}
        _serve_trace(browser, payload)         # the requests are answered with what the dict holds at the time
        programs = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES_DIR.glob("*.js"))}
        programs.update(EXTRA)
        failures = {}
        for run, (name, program) in enumerate(programs.items()):
            source, entries = program if isinstance(program, tuple) else (program, ())
            trace = record(source, filename=name, max_steps=MAX_STEPS, entries=entries)
            payload.clear()
            payload.update(to_opt(trace))
            try:
                bad = step_through(browser, server, payload, run)
            except BrowserError as exc:
                shown = browser.eval("document.body.innerText.slice(0, 300)")
                failures[name] = [(0, [f"{exc}: the page shows {shown!r}"])]
                continue
            counter = browser.eval("document.querySelector('#curInstr').textContent")
            limit = trace.outcome.value == "step-limit" and "limit reached" in counter
            if not (counter.startswith(f"Step {len(payload['trace'])} of") or "terminated" in counter or limit):
                bad.append((len(payload["trace"]), [f"the last step shows {counter!r}"]))
            if bad:
                failures[name] = bad[:3]
        assert failures == {}
    finally:
        browser.close()
