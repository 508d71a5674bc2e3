"""A real browser for tests: headless Chromium driven over the DevTools protocol through a pipe.

No websocket library and no driver download: Chromium's ``--remote-debugging-pipe``
reads commands (JSON, each ended by a NUL byte) on its fd 3 and answers on fd 4.
Tests that need it call ``find_chromium()`` and skip with its reason when there is none.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import resource
import shutil
import subprocess
import tempfile
import threading
import time

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
KEY_CODES = {"F7": 118, "F10": 121, "F11": 122, "ArrowRight": 39, "ArrowLeft": 37, "Home": 36, "End": 35,
             " ": 32}


def find_chromium() -> tuple[str | None, str]:
    """(path, why not): the browser to use, from $CHROMIUM or the PATH."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return (explicit, "") if os.path.exists(explicit) else (None, f"$CHROMIUM={explicit} does not exist")
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path, ""
    return None, "no Chromium installed (apt-get install chromium, or set $CHROMIUM): the page is not tested in a browser"


class BrowserError(Exception):
    pass


class Browser:
    """One headless Chromium with one page; ``errors`` collects the page's uncaught exceptions and console errors."""

    def __init__(self, executable: str, width: int = 1280, height: int = 800, timeout: float = 30.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="ce-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # the browser wants the pipe on its fds 3 and 4; above fd 9 first, so that neither overwrites the other
        high_r, high_w = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child_r, from_child_w))
        os.close(to_child_r)
        os.close(from_child_w)
        to_child_r, from_child_w = high_r, high_w
        args = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                f"--user-data-dir={self.profile}", "--remote-debugging-pipe", f"--window-size={width},{height}",
                "about:blank"]

        def onto_3_and_4() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)
            # a test that ran the CLI in this process capped its address space (explorer.engine.memory);
            # the browser reserves far more address space than it uses and would not start under that cap
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            resource.setrlimit(resource.RLIMIT_AS, (hard, hard))

        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=onto_3_and_4, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._next = 0
        self._replies: dict[int, queue.Queue] = {}
        self._lock = threading.Lock()
        self.errors: list[str] = []
        self._handlers = []
        self._unawaited: set[int] = set()       # commands sent by send() alone: their answers are dropped
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.page("Page.enable")
        self.page("Runtime.enable")
        self.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    # -- the pipe
    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_child, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    q = self._replies.get(msg["id"])
                    if q is not None:
                        q.put(msg)
                    if msg["id"] in self._unawaited:
                        self._unawaited.discard(msg["id"])
                        self._replies.pop(msg["id"], None)
                else:
                    self._event(msg)

    def _event(self, msg: dict) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            text = d.get("exception", {}).get("description") or d.get("text", "exception")
            self.errors.append(text)
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append("console.error: " + " ".join(str(a.get("value", a.get("description", "")))
                                                             for a in params.get("args", [])))
        if method == "Page.javascriptDialogOpening":      # an alert() would hold the page: note it and close it
            self.errors.append(f"{params.get('type')}: {params.get('message')}")
            self.send(msg.get("sessionId"), "Page.handleJavaScriptDialog", accept=True)
        for handler in list(self._handlers):
            handler(method, params)

    def send(self, session: str | None, method: str, wait: bool = False, **params) -> int:
        """Send a command; its answer is dropped unless ``wait`` (the reader thread may not wait for itself)."""
        with self._lock:
            self._next += 1
            mid = self._next
            self._replies[mid] = queue.Queue()
            if not wait:
                self._unawaited.add(mid)
            msg = {"id": mid, "method": method, "params": params}
            if session:
                msg["sessionId"] = session
            os.write(self._to_child, json.dumps(msg).encode("utf-8") + b"\0")
        return mid

    def call(self, method: str, session: str | None = None, **params):
        mid = self.send(session, method, wait=True, **params)
        q = self._replies[mid]
        try:
            reply = q.get(timeout=self.timeout)
        except queue.Empty:
            raise BrowserError(f"{method}: no answer in {self.timeout} s") from None
        finally:
            self._replies.pop(mid, None)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def page(self, method: str, **params):
        return self.call(method, session=self.session, **params)

    def on(self, handler) -> None:
        """``handler(method, params)`` for every event (called on the reader thread)."""
        self._handlers.append(handler)

    # -- what tests do
    def goto(self, url: str, ready: str = "document.readyState === 'complete'") -> None:
        self.page("Page.navigate", url=url)
        self.wait_for(ready)

    def eval(self, expression: str):
        r = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise BrowserError(f"{expression}: {r['exceptionDetails'].get('text')}")
        return r.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> None:
        end = time.monotonic() + (timeout or self.timeout)
        while time.monotonic() < end:
            try:
                if self.eval(f"!!({expression})"):
                    return
            except BrowserError:
                pass
            time.sleep(0.05)
        raise BrowserError(f"waited in vain for {expression}")

    def key(self, key: str, shift: bool = False, ctrl: bool = False) -> None:
        mods = (8 if shift else 0) | (2 if ctrl else 0)
        code = KEY_CODES.get(key, 0)
        for kind in ("rawKeyDown", "keyUp"):
            self.page("Input.dispatchKeyEvent", type=kind, key=key, code="Space" if key == " " else key,
                      windowsVirtualKeyCode=code, nativeVirtualKeyCode=code, modifiers=mods)

    def screenshot(self, path: str) -> None:
        data = self.page("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
