// Node oracle for the differential corpus.
//
// Usage: node tests/tools/node_script.js path/to/program.js
//
// Runs the file the way a browser runs a classic <script>: not as a CommonJS
// module and not as an ES module. Top-level `var` and function declarations
// become properties of globalThis, top-level `this` is globalThis, and the
// Node module wrapper's `require`, `module`, `exports`, `__filename` and
// `__dirname` are not in scope. Sloppy mode unless the file says "use strict".
//
// Uncaught exceptions and unhandled rejections are left to Node's defaults:
// the error is printed on stderr (source line, caret, then the error itself)
// and the process exits with code 1.
//
// Timers run on a virtual clock. Real Node timers order callbacks by wall
// clock time, and each setTimeout call reads the clock again, so on a busy
// machine a 30 ms timer created a moment before a 5 ms one can fire first.
// Here setTimeout/setInterval/clearTimeout/clearInterval are replaced by a
// queue ordered by (virtual due time, creation order). Each callback still
// runs as its own macrotask (one per setImmediate turn), so promise jobs and
// queueMicrotask callbacks run between timers exactly as with real timers.
// When nothing is under load, Node gives the same order. Like Node, a delay
// below 1 ms counts as 1 ms. Like a browser, timer ids are positive integers
// and callbacks run with `this` set to globalThis. No real time passes.
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const arg = process.argv[2];
if (!arg) {
  process.stderr.write('usage: node node_script.js FILE.js\n');
  process.exit(2);
}
const filename = path.resolve(arg);
const source = fs.readFileSync(filename, 'utf8');

installVirtualTimers(globalThis);
vm.runInThisContext(source, { filename, displayErrors: true });

function installVirtualTimers(global) {
  const realSetImmediate = global.setImmediate;
  const pending = new Map(); // id -> timer record, for every timer not yet cleared
  let now = 0;
  let nextId = 1;
  let nextSeq = 1;
  let pumpScheduled = false;

  function normaliseDelay(delay) {
    const ms = Number(delay);
    if (!(ms >= 1 && ms <= 2147483647)) return 1; // NaN, negative, 0, too big
    return Math.trunc(ms);
  }

  function add(callback, delay, args, repeat) {
    if (typeof callback !== 'function') {
      throw new TypeError('The "callback" argument must be of type function');
    }
    const ms = normaliseDelay(delay);
    const timer = { id: nextId++, callback, args, ms, repeat, due: now + ms, seq: nextSeq++ };
    pending.set(timer.id, timer);
    schedulePump();
    return timer.id;
  }

  function clear(id) {
    pending.delete(Number(id));
  }

  function schedulePump() {
    if (!pumpScheduled && pending.size > 0) {
      pumpScheduled = true;
      realSetImmediate(runNextTimer);
    }
  }

  function runNextTimer() {
    pumpScheduled = false;
    let next = null;
    for (const timer of pending.values()) {
      if (next === null || timer.due < next.due || (timer.due === next.due && timer.seq < next.seq)) {
        next = timer;
      }
    }
    if (next === null) return;
    if (next.due > now) now = next.due;
    if (!next.repeat) pending.delete(next.id);
    // Schedule the next turn first: if the callback throws, Node's
    // uncaught-exception handling ends the process anyway.
    schedulePump();
    try {
      next.callback.apply(global, next.args);
    } finally {
      if (next.repeat && pending.get(next.id) === next) {
        // Re-arm after the callback, as Node does: timers the callback
        // created with the same delay come first.
        next.due = now + next.ms;
        next.seq = nextSeq++;
        schedulePump();
      }
    }
  }

  global.setTimeout = function setTimeout(callback, delay, ...args) {
    return add(callback, delay, args, false);
  };
  global.setInterval = function setInterval(callback, delay, ...args) {
    return add(callback, delay, args, true);
  };
  global.clearTimeout = function clearTimeout(id) {
    clear(id);
  };
  global.clearInterval = function clearInterval(id) {
    clear(id);
  };
}
