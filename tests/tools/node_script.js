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

vm.runInThisContext(source, { filename, displayErrors: true });
