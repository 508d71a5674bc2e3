"""The tricky parts of JavaScript's semantics, each checked against Node's output.

Every case is a small program and the exact stdout Node 20 prints for it (the
literal below, copied from Node). ``test_semantics`` runs our engine and compares
with the literal; ``test_literals_are_nodes`` runs Node live (when ``node`` is on
PATH) and checks the literals are still what Node prints, so the table can be
trusted without Node.

Areas: coercions (``==``, ``+``, relational operators with strings, objects, null,
undefined, NaN, BigInt), hoisting (var, functions, functions in blocks in sloppy
mode), the temporal dead zone (let/const/class, typeof, default parameters), closures
over loop variables, ``this`` in every call form, getters/setters, labels,
generators' return/throw, the event loop (timers 0 vs 1 vs promises vs
queueMicrotask vs await vs nested timers vs setInterval/clearInterval, tick
counting), number formatting, destructuring/spread, classes, strict vs sloppy
mode, property order, array holes, optional chaining, and the error messages
learners meet most.
"""
from __future__ import annotations

import concurrent.futures
import importlib.util
from pathlib import Path

import pytest

from explorer.engine import run_source

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("semantics_oracle", ROOT / "tests" / "tools" / "make_expected.py")
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)

# name: (program, Node 20's stdout)
CASES = {
    'coercion_loose_equality': (r'''
const vals = [0, -0, 1, "", "0", "1", " \t\n", "abc", null, undefined, NaN, [], [0], [1, 2], {}, true, false, "true", 0n, 1n];
const names = ["0", "-0", "1", '""', '"0"', '"1"', '" \\t\\n"', '"abc"', "null", "undefined", "NaN", "[]", "[0]", "[1,2]", "{}", "true", "false", '"true"', "0n", "1n"];
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(10) + " ==";
  for (let j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? " T" : " .";
  console.log(row);
}
console.log(null == 0, null >= 0, undefined == 0, NaN == NaN, [] == ![], "" == [], [[]] == 0, ({}) == "[object Object]");
''',
        '0          == T T . T T . T . . . . T T . . . T . T .\n-0         == T T . T T . T . . . . T T . . . T . T .\n1          == . . T . . T . . . . . . . . . T . . . T\n""         == T T . T . . . . . . . T . . . . T . T .\n"0"        == T T . . T . . . . . . . T . . . T . T .\n"1"        == . . T . . T . . . . . . . . . T . . . T\n" \\t\\n"    == T T . . . . T . . . . . . . . . T . T .\n"abc"      == . . . . . . . T . . . . . . . . . . . .\nnull       == . . . . . . . . T T . . . . . . . . . .\nundefined  == . . . . . . . . T T . . . . . . . . . .\nNaN        == . . . . . . . . . . . . . . . . . . . .\n[]         == T T . T . . . . . . . T . . . . T . T .\n[0]        == T T . . T . . . . . . . T . . . T . T .\n[1,2]      == . . . . . . . . . . . . . T . . . . . .\n{}         == . . . . . . . . . . . . . . T . . . . .\ntrue       == . . T . . T . . . . . . . . . T . . . T\nfalse      == T T . T T . T . . . . T T . . . T . T .\n"true"     == . . . . . . . . . . . . . . . . . T . .\n0n         == T T . T T . T . . . . T T . . . T . T .\n1n         == . . T . . T . . . . . . . . . T . . . T\nfalse true false false true true true true\n'),
    'coercion_plus': (r'''
const vals = [1, "2", true, null, undefined, [], [1, 2], {}, NaN, -0, 10n, Symbol.iterator, function f() {}, { valueOf() { return 42; } }, { toString() { return "ts"; } }, { [Symbol.toPrimitive](h) { return h; } }];
for (const a of vals) {
  const out = [];
  for (const b of vals) {
    try { const r = a + b; out.push(typeof r === "string" ? JSON.stringify(r) : String(r)); }
    catch (e) { out.push(e.constructor.name); }
  }
  console.log(out.join(" | "));
}
console.log([] + [], [] + {}, 1 + - "1", "3" - 1, "3" * "4", true + true, +[], +{}, +"", +" 12 ", +"1e3", +"0x10", +"0b11", +"1_000", -"", 1 / -0);
''',
        '2 | "12" | 2 | 1 | NaN | "1" | "11,2" | "1[object Object]" | NaN | 1 | TypeError | TypeError | "1function f() {}" | 43 | "1ts" | "1default"\n"21" | "22" | "2true" | "2null" | "2undefined" | "2" | "21,2" | "2[object Object]" | "2NaN" | "20" | "210" | TypeError | "2function f() {}" | "242" | "2ts" | "2default"\n2 | "true2" | 2 | 1 | NaN | "true" | "true1,2" | "true[object Object]" | NaN | 1 | TypeError | TypeError | "truefunction f() {}" | 43 | "truets" | "truedefault"\n1 | "null2" | 1 | 0 | NaN | "null" | "null1,2" | "null[object Object]" | NaN | 0 | TypeError | TypeError | "nullfunction f() {}" | 42 | "nullts" | "nulldefault"\nNaN | "undefined2" | NaN | NaN | NaN | "undefined" | "undefined1,2" | "undefined[object Object]" | NaN | NaN | TypeError | TypeError | "undefinedfunction f() {}" | NaN | "undefinedts" | "undefineddefault"\n"1" | "2" | "true" | "null" | "undefined" | "" | "1,2" | "[object Object]" | "NaN" | "0" | "10" | TypeError | "function f() {}" | "42" | "ts" | "default"\n"1,21" | "1,22" | "1,2true" | "1,2null" | "1,2undefined" | "1,2" | "1,21,2" | "1,2[object Object]" | "1,2NaN" | "1,20" | "1,210" | TypeError | "1,2function f() {}" | "1,242" | "1,2ts" | "1,2default"\n"[object Object]1" | "[object Object]2" | "[object Object]true" | "[object Object]null" | "[object Object]undefined" | "[object Object]" | "[object Object]1,2" | "[object Object][object Object]" | "[object Object]NaN" | "[object Object]0" | "[object Object]10" | TypeError | "[object Object]function f() {}" | "[object Object]42" | "[object Object]ts" | "[object Object]default"\nNaN | "NaN2" | NaN | NaN | NaN | "NaN" | "NaN1,2" | "NaN[object Object]" | NaN | NaN | TypeError | TypeError | "NaNfunction f() {}" | NaN | "NaNts" | "NaNdefault"\n1 | "02" | 1 | 0 | NaN | "0" | "01,2" | "0[object Object]" | NaN | 0 | TypeError | TypeError | "0function f() {}" | 42 | "0ts" | "0default"\nTypeError | "102" | TypeError | TypeError | TypeError | "10" | "101,2" | "10[object Object]" | TypeError | TypeError | 20 | TypeError | "10function f() {}" | TypeError | "10ts" | "10default"\nTypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError | TypeError\n"function f() {}1" | "function f() {}2" | "function f() {}true" | "function f() {}null" | "function f() {}undefined" | "function f() {}" | "function f() {}1,2" | "function f() {}[object Object]" | "function f() {}NaN" | "function f() {}0" | "function f() {}10" | TypeError | "function f() {}function f() {}" | "function f() {}42" | "function f() {}ts" | "function f() {}default"\n43 | "422" | 43 | 42 | NaN | "42" | "421,2" | "42[object Object]" | NaN | 42 | TypeError | TypeError | "42function f() {}" | 84 | "42ts" | "42default"\n"ts1" | "ts2" | "tstrue" | "tsnull" | "tsundefined" | "ts" | "ts1,2" | "ts[object Object]" | "tsNaN" | "ts0" | "ts10" | TypeError | "tsfunction f() {}" | "ts42" | "tsts" | "tsdefault"\n"default1" | "default2" | "defaulttrue" | "defaultnull" | "defaultundefined" | "default" | "default1,2" | "default[object Object]" | "defaultNaN" | "default0" | "default10" | TypeError | "defaultfunction f() {}" | "default42" | "defaultts" | "defaultdefault"\n [object Object] 0 2 12 2 0 NaN 0 12 1000 16 3 NaN -0 -Infinity\n'),
    'coercion_relational': (r'''
const pairs = [["10", "9"], ["10", 9], ["a", "b"], ["B", "a"], ["", 0], [null, 0], [undefined, 0], [NaN, NaN], [[2], 10], [[2], "10"],
  [{}, {}], ["abc", "ab"], [true, 0], [1n, 2], ["2", 1n], [null, undefined], [-0, 0], [Infinity, "Infinity"], ["  5 ", 5], [[], 0]];
for (const [a, b] of pairs) {
  console.log(String(a) + " ? " + String(b), a < b, a <= b, a > b, a >= b);
}
console.log(["b", "a", "C", "á", "10", "9", "1"].sort(), [10, 9, 1, 100, -1].sort(), [10, 9, 1, 100, -1].sort((x, y) => x - y));
''',
        "10 ? 9 true true false false\n10 ? 9 false false true true\na ? b true true false false\nB ? a true true false false\n ? 0 false true false true\nnull ? 0 false true false true\nundefined ? 0 false false false false\nNaN ? NaN false false false false\n2 ? 10 true true false false\n2 ? 10 false false true true\n[object Object] ? [object Object] false true false true\nabc ? ab false false true true\ntrue ? 0 false false true true\n1 ? 2 true true false false\n2 ? 1 false false true true\nnull ? undefined false false false false\n0 ? 0 false true false true\nInfinity ? Infinity false true false true\n  5  ? 5 false true false true\n ? 0 false true false true\n[\n  '1', '10', '9',\n  'C', 'a',  'b',\n  'á'\n] [ -1, 1, 10, 100, 9 ] [ -1, 1, 9, 10, 100 ]\n"),
    'hoisting': (r'''
console.log(typeof hoisted, typeof notYet, v);
var v = 1;
function hoisted() { return "hoisted"; }
var notYet = function () {};
console.log(hoisted(), typeof notYet);
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
var v;
console.log(v);
function inner() {
  console.log(typeof x, x);
  if (false) { var x = 5; }
  return x;
}
console.log(inner());
console.log(typeof blockFn);
{
  console.log(typeof blockFn);
  function blockFn() { return "block"; }
}
console.log(typeof blockFn, blockFn());
if (true) { function inIf() { return "if"; } }
console.log(inIf());
console.log(typeof neverRuns);
if (false) { function neverRuns() {} }
console.log(typeof neverRuns);
console.log(globalThis.v, "hoisted" in globalThis, "notYet" in globalThis);
''',
        'function undefined undefined\nhoisted function\n2\n1\nundefined undefined\nundefined\nundefined\nfunction\nfunction block\nif\nundefined\nundefined\n1 true true\n'),
    'tdz': (r'''
function probe(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); } }
probe("let", () => { a; let a = 1; });
probe("const", () => { b; const b = 1; });
probe("class", () => { new C(); class C {} });
probe("typeof in TDZ", () => { typeof t; let t; });
probe("typeof undeclared", () => typeof totallyUndeclared);
probe("closure before init", () => { const f = () => late; const r = f; let late = 5; return r(); });
probe("closure after init", () => { const f = () => late; let late = 5; return f(); });
probe("self reference", () => { let s = s + 1; });
probe("default refers to later", (() => { function f(a = b, b = 2) { return [a, b]; } return () => f(); })());
probe("default refers to earlier", (() => { function f(a = 1, b = a + 1) { return [a, b]; } return () => f(); })());
probe("default sees param scope", (() => { const x = "outer"; function f(a = () => x, x = "param") { return a(); } return () => f(); })());
probe("switch case TDZ", () => { switch (1) { case 0: let q = 1; break; case 1: return q; } });
probe("for-let TDZ", () => { for (let i = i; i < 1; i++) {} });
probe("class extends itself", () => { class X extends X {} });
probe("const assign", () => { const k = 1; k = 2; });
probe("const in for-of", () => { const out = []; for (const e of [1, 2]) out.push(e); return out; });
''',
        "let ReferenceError: Cannot access 'a' before initialization\nconst ReferenceError: Cannot access 'b' before initialization\nclass ReferenceError: Cannot access 'C' before initialization\ntypeof in TDZ ReferenceError: Cannot access 't' before initialization\ntypeof undeclared undefined\nclosure before init 5\nclosure after init 5\nself reference ReferenceError: Cannot access 's' before initialization\ndefault refers to later ReferenceError: Cannot access 'b' before initialization\ndefault refers to earlier [ 1, 2 ]\ndefault sees param scope param\nswitch case TDZ ReferenceError: Cannot access 'q' before initialization\nfor-let TDZ ReferenceError: Cannot access 'i' before initialization\nclass extends itself ReferenceError: Cannot access 'X' before initialization\nconst assign TypeError: Assignment to constant variable.\nconst in for-of [ 1, 2 ]\n"),
    'closures_over_loops': (r'''
const fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log("var", fs.map((f) => f()));
const gs = [];
for (let j = 0; j < 3; j++) gs.push(() => j);
console.log("let", gs.map((f) => f()));
const hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k++; }
console.log("let mutated", hs.map((f) => f()));
const ins = [];
for (const key in { a: 1, b: 2 }) ins.push(() => key);
console.log("for-in", ins.map((f) => f()));
const ofs = [];
for (const x of ["x", "y"]) ofs.push(() => x);
console.log("for-of", ofs.map((f) => f()));
const ws = [];
let w = 0;
while (w < 3) { let copy = w; ws.push(() => copy + ":" + w); w++; }
console.log("while", ws.map((f) => f()));
const iife = [];
for (var n = 0; n < 3; n++) iife.push(((m) => () => m)(n));
console.log("iife", iife.map((f) => f()));
const inc = [];
for (let c = 0; c < 3; inc.push(() => c), c++);
console.log("closure in update", inc.map((f) => f()));
function counter() { let count = 0; return { inc: () => ++count, get: () => count }; }
const c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
''',
        "var [ 3, 3, 3 ]\nlet [ 0, 1, 2 ]\nlet mutated [ 1, 3 ]\nfor-in [ 'a', 'b' ]\nfor-of [ 'x', 'y' ]\nwhile [ '0:3', '1:3', '2:3' ]\niife [ 0, 1, 2 ]\nclosure in update [ 1, 2, 3 ]\n2 1\n"),
    'this_binding': (r'''
function who() { return this === undefined ? "undefined" : this === globalThis ? "global" : this.name ?? typeof this; }
function strictWho() { "use strict"; return this === undefined ? "undefined" : this === null ? "null" : this === globalThis ? "global" : typeof this === "object" ? this.name : typeof this; }
const o = { name: "o", who, strictWho, arrow: () => this === globalThis ? "global" : "other", nested() { return (() => this.name)(); } };
console.log(who(), strictWho(), o.who(), o.strictWho(), o["who"](), (o.who)(), (0, o.who)(), (o.who = o.who)());
console.log(who.call({ name: "call" }), who.apply({ name: "apply" }), who.bind({ name: "bind" })(), who.bind({ name: "b1" }).bind({ name: "b2" })());
console.log(who.call(5), strictWho.call(5), who.call(null), strictWho.call(null), who.call("s"), strictWho.call("s"));
console.log(o.arrow(), o.nested(), o.arrow.call({ name: "x" }));
function Ctor() { this.name = "constructed"; this.seen = who.call(this); }
console.log(new Ctor().seen, new (who.bind({ name: "ignored" }))() instanceof who);
class K { m() { return this; } static s() { return this === K; } }
const m = new K().m;
console.log(m(), K.s(), [1].map(function () { return this; }, { name: "thisArg" })[0].name);
const obj = { name: "getter", get g() { return this.name; } };
console.log(obj.g, Object.create(obj, { name: { value: "child" } }).g);
console.log([who][0](), `${who()}`, typeof (() => this)());
setTimeout(function () { console.log("timer this", this === globalThis); }, 0);
''',
        'global undefined o o o o global global\ncall apply bind b1\nobject number global null object string\nglobal o global\nconstructed true\nundefined true thisArg\ngetter child\nobject global object\ntimer this true\n'),
    'getters_setters': (r'''
const o = {
  _v: 1,
  get v() { console.log("get"); return this._v; },
  set v(x) { console.log("set", x); this._v = x * 2; },
  get onlyGet() { return "g"; },
  set onlySet(x) { this.stored = x; },
};
o.v = 5;
console.log(o.v, o.onlySet, (o.onlyGet = 3), o.onlyGet);
o.onlySet = 9;
console.log(o.stored, Object.keys(o));
const child = Object.create(o);
child.v = 7;
console.log(Object.hasOwn(child, "_v"), child._v, o._v);
class Temp {
  #c = 0;
  get f() { return this.#c * 9 / 5 + 32; }
  set f(x) { this.#c = (x - 32) * 5 / 9; }
  static get unit() { return "C"; }
}
const t = new Temp();
t.f = 212;
console.log(t.f, Temp.unit, Object.getOwnPropertyNames(Temp.prototype), JSON.stringify(t));
const d = {};
Object.defineProperty(d, "x", { get() { return 1; }, configurable: true });
d.x = 2;
console.log(d.x, Object.getOwnPropertyDescriptor(d, "x").set);
try { "use strict"; (function () { "use strict"; d.x = 3; })(); } catch (e) { console.log(e.name, e.message); }
class Base { get n() { return "base"; } }
class Sub extends Base { get n() { return "sub+" + super.n; } }
console.log(new Sub().n, Object.getOwnPropertyDescriptor(Base.prototype, "n").get.name);
console.log(o);
''',
        "set 5\nget\n10 undefined 3 g\n9 [ '_v', 'v', 'onlyGet', 'onlySet', 'stored' ]\nset 7\ntrue 14 10\n212 C [ 'constructor', 'f' ] {}\n1 undefined\nTypeError Cannot set property x of #<Object> which has only a getter\nsub+base get n\n{\n  _v: 10,\n  v: [Getter/Setter],\n  onlyGet: [Getter],\n  onlySet: [Setter],\n  stored: 9\n}\n"),
    'labels': (r'''
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log("pair", i, j);
  }
}
block: {
  console.log("in block");
  if (true) break block;
  console.log("never");
}
let n = 0;
loop: while (true) {
  n++;
  switch (n) {
    case 1: continue loop;
    case 3: break loop;
  }
  console.log("n", n);
}
lbl: for (const x of [1, 2, 3]) {
  try { if (x === 2) continue lbl; console.log("try", x); }
  finally { console.log("finally", x); if (x === 3) break lbl; }
}
a: b: c: for (;;) { break b; }
console.log("done", n);
''',
        'pair 0 0\npair 1 0\nin block\nn 2\ntry 1\nfinally 1\nfinally 2\ntry 3\nfinally 3\ndone 3\n'),
    'generators_return_throw': (r'''
function* g() {
  try {
    const a = yield 1;
    console.log("got", a);
    yield 2;
    yield 3;
  } catch (e) {
    console.log("caught", e);
    yield "from catch";
  } finally {
    console.log("cleanup");
    yield "from finally";
  }
  return "end";
}
let it = g();
console.log(it.next("ignored"), it.next("A"), it.throw("boom"), it.next(), it.next(), it.next());
it = g();
console.log(it.next(), it.return("early"), it.next(), it.next());
it = g();
console.log(it.return("before start"), it.next());
it = g();
try { it.throw(new Error("unstarted")); } catch (e) { console.log("rethrown", e.message); }
console.log(it.next());
function* h() { try { yield 1; } finally { return "finally wins"; } }
it = h(); it.next();
console.log(it.return("x"), it.next());
function* inner() { try { yield "i1"; yield "i2"; } finally { console.log("inner closed"); } }
function* outer() { const r = yield* inner(); console.log("delegate result", r); yield "o"; }
it = outer();
console.log(it.next(), it.return("stop"), it.next());
const spread = [...(function* () { yield* [1, 2]; yield* "ab"; return "ignored"; })()];
console.log(spread);
for (const v of g()) { if (v === 2) break; console.log("loop", v); }
const gen = g();
console.log(typeof gen.next, gen[Symbol.iterator]() === gen, Object.prototype.toString.call(gen), String(g).slice(0, 12));
''',
        "got A\ncaught boom\ncleanup\n{ value: 1, done: false } { value: 2, done: false } { value: 'from catch', done: false } { value: 'from finally', done: false } { value: 'end', done: true } { value: undefined, done: true }\ncleanup\n{ value: 1, done: false } { value: 'from finally', done: false } { value: 'early', done: true } { value: undefined, done: true }\n{ value: 'before start', done: true } { value: undefined, done: true }\nrethrown unstarted\n{ value: undefined, done: true }\n{ value: 'finally wins', done: true } { value: undefined, done: true }\ninner closed\n{ value: 'i1', done: false } { value: 'stop', done: true } { value: undefined, done: true }\n[ 1, 2, 'a', 'b' ]\nloop 1\ngot undefined\ncleanup\nfunction true [object Generator] function* g(\n"),
    'event_loop_order': (r'''
console.log("1 sync");
setTimeout(() => console.log("timeout 0"), 0);
setTimeout(() => console.log("timeout 1"), 1);
setTimeout(() => {
  console.log("timeout 10");
  Promise.resolve().then(() => console.log("micro inside timeout 10"));
  setTimeout(() => console.log("nested timeout 0 from 10"), 0);
  queueMicrotask(() => console.log("queueMicrotask inside timeout 10"));
}, 10);
setTimeout(() => console.log("timeout 5"), 5);
Promise.resolve().then(() => console.log("promise 1")).then(() => console.log("promise 2"));
queueMicrotask(() => console.log("queueMicrotask"));
(async () => {
  console.log("async start");
  await null;
  console.log("after await 1");
  await new Promise((r) => setTimeout(r, 0));
  console.log("after await timeout");
})();
new Promise((resolve) => { console.log("executor"); resolve(); }).then(() => console.log("executor then"));
const thenable = { then(res) { console.log("thenable then called"); res("thenable value"); } };
Promise.resolve(thenable).then((v) => console.log(v));
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log("interval", ticks);
  if (ticks === 3) { clearInterval(id); console.log("cleared"); }
}, 4);
const cancelled = setTimeout(() => console.log("never"), 2);
clearTimeout(cancelled);
setTimeout(() => console.log("timeout 0 again"), 0);
setTimeout((a, b) => console.log("args", a, b), 3, "x", "y");
console.log("2 sync end");
''',
        '1 sync\nasync start\nexecutor\n2 sync end\npromise 1\nqueueMicrotask\nafter await 1\nexecutor then\nthenable then called\npromise 2\nthenable value\ntimeout 0\ntimeout 1\ntimeout 0 again\nafter await timeout\nargs x y\ninterval 1\ntimeout 5\ninterval 2\ntimeout 10\nmicro inside timeout 10\nqueueMicrotask inside timeout 10\nnested timeout 0 from 10\ninterval 3\ncleared\n'),
    'number_formatting': (r'''
const xs = [0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e21, 1e-7, 1.5e-7, 123e-20, 1e20, 123456789012345680000, 2 ** 53, 2 ** 53 + 2, 2 ** 64,
  -1e-7, 5e-324, 1.7976931348623157e308, Number.EPSILON, 0.000001, 0.0000001, 1234.5678, 100, 1e100, -1e21, 4.35, 0.5, 1.005, 25, 1.45, NaN, Infinity, -Infinity];
for (const x of xs) console.log(String(x), x.toFixed(2), x.toPrecision(4), x.toExponential(3), x.toString(2).slice(0, 24), x.toString(36).slice(0, 16));
console.log([0.1 * 3, 0.7 + 0.1, 9.95.toFixed(1), (1.005).toFixed(2), (1e21).toFixed(2), (123.456).toFixed(10), (0).toFixed(0), (-1.5).toFixed(0)]);
console.log([(255).toString(16), (-255).toString(2), (0.5).toString(2), (1 / 3).toString(3), (3.14).toString(8)]);
console.log(parseInt("08"), parseInt("0x1A"), parseInt("1e3"), parseFloat("1e3"), parseFloat(".5abc"), Number("12px"), Number(""), Number(" \n"), Number("0b101"), Number(null), Number([5]), Number("-0"));
console.log(1e21 + "", 1e-7 + "", -0 + "", [-0] + "", `${-0}`, JSON.stringify(-0), Object.is(-0 * 1, -0), (-0).toString(), 0 / -5);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE, 2 ** -1074, 9007199254740993, 0.1 + 0.7);
console.log(-0, [-0], { z: -0 }, new Map([[-0, -0]]));
''',
        "0 0.00 0.000 0.000e+0 0 0\n0 0.00 0.000 0.000e+0 0 0\n1 1.00 1.000 1.000e+0 1 1\n-1 -1.00 -1.000 -1.000e+0 -1 -1\n0.1 0.10 0.1000 1.000e-1 0.0001100110011001100110 0.3lllllllllm\n0.2 0.20 0.2000 2.000e-1 0.0011001100110011001100 0.77777777778\n0.30000000000000004 0.30 0.3000 3.000e-1 0.0100110011001100110011 0.asssssssssv\n0.3333333333333333 0.33 0.3333 3.333e-1 0.0101010101010101010101 0.c\n0.6666666666666666 0.67 0.6667 6.667e-1 0.1010101010101010101010 0.o\n1e+21 1e+21 1.000e+21 1.000e+21 110110001101011100100110 5v1j4f4ds7c000\n1e-7 0.00 1.000e-7 1.000e-7 0.0000000000000000000000 0.000061oezo085t\n1.5e-7 0.00 1.500e-7 1.500e-7 0.0000000000000000000000 0.000092imhi0c8q\n1.23e-18 0.00 1.230e-18 1.230e-18 0.0000000000000000000000 0.000000000005tt\n100000000000000000000 100000000000000000000.00 1.000e+20 1.000e+20 101011010111100011101011 l3r41ifs0p800\n123456789012345680000 123456789012345683968.00 1.235e+20 1.235e+20 110101100010100111010011 q1ysz911igw00\n9007199254740992 9007199254740992.00 9.007e+15 9.007e+15 100000000000000000000000 2gosa7pa2gw\n9007199254740994 9007199254740994.00 9.007e+15 9.007e+15 100000000000000000000000 2gosa7pa2gy\n18446744073709552000 18446744073709551616.00 1.845e+19 1.845e+19 100000000000000000000000 3w5e11264sg00\n-1e-7 -0.00 -1.000e-7 -1.000e-7 -0.000000000000000000000 -0.000061oezo085\n5e-324 0.00 4.941e-324 4.941e-324 0.0000000000000000000000 0.00000000000000\n1.7976931348623157e+308 1.7976931348623157e+308 1.798e+308 1.798e+308 111111111111111111111111 1a1e4vngaiqo0000\n2.220446049250313e-16 0.00 2.220e-16 2.220e-16 0.0000000000000000000000 0.0000000000t84r\n0.000001 0.00 0.000001000 1.000e-6 0.0000000000000000000100 0.0001ogs5wo29m8\n1e-7 0.00 1.000e-7 1.000e-7 0.0000000000000000000000 0.000061oezo085t\n1234.5678 1234.57 1235 1.235e+3 10011010010.100100010101 ya.kfv9yqdpm\n100 100.00 100.0 1.000e+2 1100100 2s\n1e+100 1e+100 1.000e+100 1.000e+100 100100100100110101101001 2hqbczu2ow600000\n-1e+21 -1e+21 -1.000e+21 -1.000e+21 -11011000110101110010011 -5v1j4f4ds7c000\n4.35 4.35 4.350 4.350e+0 100.01011001100110011001 4.cllllllllk\n0.5 0.50 0.5000 5.000e-1 0.1 0.i\n1.005 1.00 1.005 1.005e+0 1.0000000101000111101011 1.06ha2voha2i\n25 25.00 25.00 2.500e+1 11001 p\n1.45 1.45 1.450 1.450e+0 1.0111001100110011001100 1.g777777777\nNaN NaN NaN NaN NaN NaN\nInfinity Infinity Infinity Infinity Infinity Infinity\n-Infinity -Infinity -Infinity -Infinity -Infinity -Infinity\n[\n  0.30000000000000004,\n  0.7999999999999999,\n  '9.9',\n  '1.00',\n  '1e+21',\n  '123.4560000000',\n  '0',\n  '-2'\n]\n[ 'ff', '-11111111', '0.1', '0.1', '3.10753412172702437' ]\n8 26 1 1000 0.5 NaN 0 0 5 0 5 -0\n1e+21 1e-7 0 0 0 0 true 0 -0\n9007199254740991 5e-324 1.7976931348623157e+308 5e-324 9007199254740992 0.7999999999999999\n-0 [ -0 ] { z: -0 } Map(1) { 0 => -0 }\n"),
    'destructuring_and_spread': (r'''
const { a = 1, b: { c = 2, ...restB } = {}, ...rest } = { b: { c: undefined, d: 4, e: 5 }, f: 6, g: 7 };
console.log(a, c, restB, rest);
const [x, , y = "dflt", ...zs] = "hello";
console.log(x, y, zs);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
const fn = ({ name = "anon", tags: [first, ...others] = [] } = {}, ...more) => [name, first, others, more.length];
console.log(fn(), fn({ name: "n", tags: ["t1", "t2", "t3"] }, 1, 2));
const merged = { ...{ a: 1, b: 2 }, ...null, ...undefined, ..."hi", ...[9], b: 3 };
console.log(merged, [..."ab", ...new Set([1, 1, 2]), ...new Map([[1, 2]])], Math.max(...[1, 5, 3], ...[]));
try { const [z] = null; } catch (e) { console.log(e.name, e.message); }
try { const { z } = undefined; } catch (e) { console.log(e.name, e.message); }
try { [...{}]; } catch (e) { console.log(e.name, e.message); }
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);
const { length, [0]: firstChar } = "xyz";
console.log(length, firstChar);
''',
        "1 2 { d: 4, e: 5 } { f: 6, g: 7 }\nh l [ 'l', 'o' ]\n2 1\n[ 'anon', undefined, [], 0 ] [ 'n', 't1', [ 't2', 't3' ], 2 ]\n{ '0': 9, '1': 'i', a: 1, b: 3 } [ 'a', 'b', 1, 2, [ 1, 2 ] ] 5\nTypeError null is not iterable\nTypeError Cannot destructure property 'z' of 'undefined' as it is undefined.\nTypeError {} is not iterable\none 1\ntwo 2\n3 x\n"),
    'classes': (r'''
class Animal {
  static count = 0;
  #secret = "s";
  name;
  constructor(name) { this.name = name; Animal.count++; }
  speak() { return `${this.name} makes a sound`; }
  get secret() { return this.#secret; }
  static create(n) { return new this(n); }
  #priv() { return "private " + this.name; }
  callPriv() { return this.#priv(); }
  static { this.initialized = true; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = "dog"; }
  speak() { return super.speak() + " (woof)"; }
  toString() { return "Dog:" + this.name; }
}
const d = Dog.create("Rex");
console.log(d.speak(), d.secret, d.callPriv(), `${d}`, Animal.count, Animal.initialized, d instanceof Animal);
console.log(Object.keys(d), d, typeof Animal, Object.getPrototypeOf(Dog) === Animal, Dog.name, Dog.length);
try { Animal("x"); } catch (e) { console.log(e.name, e.message); }
try { class B extends Animal { constructor() { this.x = 1; } } new B(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyNames(Animal), Object.getOwnPropertyNames(Dog.prototype));
''',
        "Rex makes a sound (woof) s private Rex Dog:Rex 1 true true\n[ 'name', 'kind' ] Dog { name: 'Rex', kind: 'dog' } function true Dog 1\nTypeError Class constructor Animal cannot be invoked without 'new'\nReferenceError Must call super constructor in derived class before accessing 'this' or returning from derived constructor\n[ 'length', 'name', 'prototype', 'create', 'count', 'initialized' ] [ 'constructor', 'speak', 'toString' ]\n"),
    'promise_tick_counting': (r'''
const log = [];
async function a1() { log.push("a1 start"); await a2(); log.push("a1 end"); }
async function a2() { log.push("a2"); }
async function returnsPromise() { return Promise.resolve("rp"); }
a1();
returnsPromise().then((v) => log.push(v));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
new Promise((r) => r(Promise.resolve("nested"))).then((v) => log.push(v));
const thenable = { then(r) { log.push("thenable.then"); r("thenable"); } };
(async () => { log.push(await thenable); })();
Promise.reject(new Error("late catch")).catch((e) => log.push("caught " + e.message));
Promise.resolve(1).finally(() => log.push("finally")).then((v) => log.push("after finally " + v));
(async () => { try { await Promise.reject(new Error("awaited")); } catch (e) { log.push("async caught " + e.message); } })();
Promise.any([Promise.reject(1), Promise.resolve(2)]).then((v) => log.push("any " + v));
Promise.any([Promise.reject(1)]).catch((e) => log.push(e.constructor.name + " " + e.errors));
setTimeout(() => console.log(log.join("\n")), 0);
''',
        'a1 start\na2\na1 end\np1\nthenable.then\ncaught late catch\nfinally\nasync caught awaited\np2\nthenable\nany 2\nAggregateError 1\nrp\np3\nnested\np4\nafter finally 1\n'),
    'strict_and_sloppy': (r'''
function sloppy() { undeclaredSloppy = 1; return typeof undeclaredSloppy; }
function strict() { "use strict"; try { undeclaredStrict = 1; } catch (e) { return e.name + ": " + e.message; } }
console.log(sloppy(), strict(), globalThis.undeclaredSloppy);
const frozen = Object.freeze({ a: 1 });
function sloppyWrite() { frozen.a = 2; frozen.b = 3; delete frozen.a; return JSON.stringify(frozen); }
function strictWrite() { "use strict"; const out = []; for (const f of [() => { frozen.a = 2; }, () => { frozen.b = 3; }, () => { delete frozen.a; }, () => { "abc".length = 1; }, () => { undefined.x = 1; }, () => { NaN = 1; }]) { try { f(); out.push("ok"); } catch (e) { out.push(e.message); } } return out; }
console.log(sloppyWrite(), strictWrite());
function aliasing(a) { arguments[0] = "changed via arguments"; return a; }
function noAliasing(a) { "use strict"; arguments[0] = "changed"; return a; }
console.log(aliasing("orig"), noAliasing("orig"));
console.log((function () { return typeof this; })(), (function () { "use strict"; return typeof this; })());
console.log(delete Object.prototype, (function () { "use strict"; try { delete Object.prototype; } catch (e) { return e.message; } })());
''',
        'number ReferenceError: undeclaredStrict is not defined 1\n{"a":1} [\n  "Cannot assign to read only property \'a\' of object \'#<Object>\'",\n  \'Cannot add property b, object is not extensible\',\n  "Cannot delete property \'a\' of #<Object>",\n  "Cannot assign to read only property \'length\' of string \'abc\'",\n  "Cannot set properties of undefined (setting \'x\')",\n  "Cannot assign to read only property \'NaN\' of object \'#<Object>\'"\n]\nchanged via arguments orig\nobject undefined\nfalse Cannot delete property \'prototype\' of function Object() { [native code] }\n'),
    'object_key_order': (r'''
const o = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "01": "lead", 1.5: "frac", [Symbol("s")]: "sym", 4294967295: "max", 4294967294: "top" };
console.log(Object.keys(o), JSON.stringify(o));
console.log(Reflect.ownKeys(o).map(String));
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
const seen = [];
for (const k in child) seen.push(k);
console.log(seen, Object.keys(child), "inherited" in child, Object.hasOwn(child, "inherited"));
const arr = [1, 2, 3];
arr.extra = "x";
arr[-1] = "neg";
for (const k in arr) seen.push("arr:" + k);
console.log(seen, Object.entries(arr));
delete o.b; o.b = "re-added";
console.log(Object.keys(o));
console.log(Object.getOwnPropertyNames("ab"), Object.keys([, 1]), Object.assign({}, "xy"));
''',
        '[ \'2\', \'10\', \'4294967294\', \'b\', \'a\', \'-1\', \'01\', \'1.5\', \'4294967295\' ] {"2":"two","10":"ten","4294967294":"top","b":1,"a":2,"-1":"neg","01":"lead","1.5":"frac","4294967295":"max"}\n[\n  \'2\',          \'10\',\n  \'4294967294\', \'b\',\n  \'a\',          \'-1\',\n  \'01\',         \'1.5\',\n  \'4294967295\', \'Symbol(s)\'\n]\n[ \'own\', \'inherited\' ] [ \'own\' ] true false\n[\n  \'own\',\n  \'inherited\',\n  \'arr:0\',\n  \'arr:1\',\n  \'arr:2\',\n  \'arr:extra\',\n  \'arr:-1\'\n] [\n  [ \'0\', 1 ],\n  [ \'1\', 2 ],\n  [ \'2\', 3 ],\n  [ \'extra\', \'x\' ],\n  [ \'-1\', \'neg\' ]\n]\n[ \'2\', \'10\', \'4294967294\', \'a\', \'-1\', \'01\', \'1.5\', \'4294967295\', \'b\' ]\n[ \'0\', \'1\', \'length\' ] [ \'1\' ] { \'0\': \'x\', \'1\': \'y\' }\n'),
    'array_holes': (r'''
const h = [1, , 3, , 5];
console.log(h.length, 1 in h, h.indexOf(undefined), h.includes(undefined), h.findIndex((x) => x === undefined));
console.log(h.map((x) => x * 2), h.filter(() => true), [...h], Array.from(h), h.join("-"), String(h));
let count = 0; h.forEach(() => count++);
console.log(count, h.reduce((a, b) => a + b), Object.keys(h), JSON.stringify(h));
console.log([, ,].length, [undefined].length, new Array(3), Array(3).fill(), Array.apply(null, Array(2)));
console.log(h.sort(), [3, undefined, 1, , 2].sort(), h.flat(), [[1, , 2]].flat());
const sparse = []; sparse[5] = "five";
console.log(sparse, sparse.length, sparse.entries().next().value);
''',
        "5 false -1 true 1\n[ 2, <1 empty item>, 6, <1 empty item>, 10 ] [ 1, 3, 5 ] [ 1, undefined, 3, undefined, 5 ] [ 1, undefined, 3, undefined, 5 ] 1--3--5 1,,3,,5\n3 9 [ '0', '2', '4' ] [1,null,3,null,5]\n2 1 [ <3 empty items> ] [ undefined, undefined, undefined ] [ undefined, undefined ]\n[ 1, 3, 5, <2 empty items> ] [ 1, 2, 3, undefined, <1 empty item> ] [ 1, 3, 5 ] [ 1, 2 ]\n[ <5 empty items>, 'five' ] 6 [ 0, undefined ]\n"),
    'optional_and_nullish': (r'''
const o = { a: { b: null, c: 0, f() { return this === o.a; } }, arr: [1], fn: null };
console.log(o?.a?.b, o.a.b?.x, o.x?.y.z.w, o.a.c ?? "dflt", o.a.b ?? "dflt", o.a.c || "or", o.arr?.[0], o.arr?.[5]);
console.log(o.a.f?.(), o.fn?.(), o.missing?.(), o.a?.["f"](), (o.a)?.f());
let calls = 0;
const side = () => { calls++; return null; };
side()?.x.y.z;
console.log(calls, null ?? undefined ?? 0, (null || undefined) ?? "x", 0 ?? "zero");
let a = null, b = 0, c = "set";
a ??= "a"; b ||= "b"; c &&= "c";
console.log(a, b, c);
try { o.fn(); } catch (e) { console.log(e.message); }
try { o.x.y; } catch (e) { console.log(e.message); }
try { o.a.b.c; } catch (e) { console.log(e.message); }
''',
        "null undefined undefined 0 dflt or 1 undefined\ntrue undefined undefined true true\n1 0 x 0\na b c\no.fn is not a function\nCannot read properties of undefined (reading 'y')\nCannot read properties of null (reading 'c')\n"),
    'common_error_messages': (r'''
const cases = [
  () => { const x = 1; x = 2; }, () => { null.f(); }, () => { undefined.f; }, () => { let o = {}; o.a.b; },
  () => { let o = {}; o.m(); }, () => { notDefined; }, () => { (1)(); }, () => { new (() => 1)(); },
  () => { new Math.max(); }, () => { [].reduce((a, b) => a); }, () => { "x".repeat(-1); }, () => { (1).toFixed(101); },
  () => { new Array(-1); }, () => { JSON.parse("{bad"); }, () => { JSON.parse(""); }, () => { BigInt(1.5); }, () => { 1n + 1; },
  () => { Symbol() + ""; }, () => { const o = {}; o.self = o; JSON.stringify(o); }, () => { Object.defineProperty(1, "x", {}); },
  () => { class A { constructor() { this.x; } } A(); }, () => { class A extends Object { constructor() { this.x = 1; } } new A(); },
  () => { ({}).x.y; }, () => { [].at.call(null); }, () => { new Set().add.call({}, 1); }, () => { "abc".foo(); },
  () => { decodeURIComponent("%"); }, () => { new Promise(); }, () => { Reflect.ownKeys(1); }, () => { x = y + 1; let y; },
  () => { structuredCloneX(); }, () => { (void 0).toString(); }, () => { Object.setPrototypeOf({}, 1); },
  () => { "use strict"; Object.freeze([1]).push(2); }, () => { [].length = -1; }, () => { new Map([1]); },
];
for (const f of cases) {
  try { f(); console.log("no error"); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
''',
        'TypeError: Assignment to constant variable.\nTypeError: Cannot read properties of null (reading \'f\')\nTypeError: Cannot read properties of undefined (reading \'f\')\nTypeError: Cannot read properties of undefined (reading \'b\')\nTypeError: o.m is not a function\nReferenceError: notDefined is not defined\nTypeError: 1 is not a function\nTypeError: (intermediate value) is not a constructor\nTypeError: Math.max is not a constructor\nTypeError: Reduce of empty array with no initial value\nRangeError: Invalid count value: -1\nRangeError: toFixed() digits argument must be between 0 and 100\nRangeError: Invalid array length\nSyntaxError: Expected property name or \'}\' in JSON at position 1\nSyntaxError: Unexpected end of JSON input\nRangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer\nTypeError: Cannot mix BigInt and other types, use explicit conversions\nTypeError: Cannot convert a Symbol value to a string\nTypeError: Converting circular structure to JSON\n    --> starting at object with constructor \'Object\'\n    --- property \'self\' closes the circle\nTypeError: Object.defineProperty called on non-object\nTypeError: Class constructor A cannot be invoked without \'new\'\nReferenceError: Must call super constructor in derived class before accessing \'this\' or returning from derived constructor\nTypeError: Cannot read properties of undefined (reading \'y\')\nTypeError: Cannot convert undefined or null to object\nTypeError: Method Set.prototype.add called on incompatible receiver #<Object>\nTypeError: "abc".foo is not a function\nURIError: URI malformed\nTypeError: Promise resolver undefined is not a function\nTypeError: Reflect.ownKeys called on non-object\nReferenceError: Cannot access \'y\' before initialization\nReferenceError: structuredCloneX is not defined\nTypeError: Cannot read properties of undefined (reading \'toString\')\nTypeError: Object prototype may only be an Object or null: 1\nTypeError: Cannot add property 1, object is not extensible\nRangeError: Invalid array length\nTypeError: Iterator value 1 is not an entry object\n'),
    'instanceof_protocol': (r'''
for (const h of [5, {}, "s", true]) {
  try { console.log(({}) instanceof { [Symbol.hasInstance]: h }); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
function F() {}
for (const p of [3, "str", undefined]) {
  F.prototype = p;
  try { console.log(({}) instanceof F); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
class A {}
class Odd { static [Symbol.hasInstance](x) { return x === 1; } }
const B = A.bind(null);
console.log(new A() instanceof B, 1 instanceof Odd, 2 instanceof Odd, [] instanceof Array, (() => {}) instanceof Function);
''',
        'TypeError: number 5 is not a function\nTypeError: object is not a function\nTypeError: string "s" is not a function\nTypeError: boolean true is not a function\nTypeError: Function has non-object prototype \'3\' in instanceof check\nTypeError: Function has non-object prototype \'str\' in instanceof check\nTypeError: Function has non-object prototype \'undefined\' in instanceof check\ntrue true false true true\n'),
}


@pytest.mark.parametrize("name", list(CASES))
def test_semantics(name):
    source, expected = CASES[name]
    r = run_source(source, filename=f"{name}.js")
    assert r.stderr == "" and r.exit_code == 0, r.stderr
    if r.stdout != expected:
        want, got = expected.splitlines(), r.stdout.splitlines()
        i = next((k for k in range(min(len(want), len(got))) if want[k] != got[k]), min(len(want), len(got)))
        pytest.fail(f"{name}: first difference at line {i + 1}\n  node:   {want[i] if i < len(want) else '<end>'!r}\n"
                    f"  engine: {got[i] if i < len(got) else '<end>'!r}", pytrace=False)


@pytest.mark.skipif(oracle.node_executable() is None, reason="node is not on PATH")
def test_literals_are_nodes(tmp_path):
    def one(item):
        name, (source, expected) = item
        p = tmp_path / f"{name}.js"
        p.write_text(source, encoding="utf-8")
        rec = oracle.run_node(p)
        return None if (rec["stdout"], rec["exit_code"]) == (expected, 0) else f"{name}: node prints {rec['stdout']!r}"

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        wrong = [w for w in pool.map(one, CASES.items()) if w]
    assert not wrong, "\n".join(wrong)


def test_reading_symbol_iterator_of_undefined():
    """V8 words a Symbol.iterator read on undefined/null as an iteration failure, not a generic property read."""
    r = run_source("try { undefined[Symbol.iterator]; } catch (e) { console.log(e.message); }")
    assert r.stdout == "undefined is not iterable (cannot read property Symbol(Symbol.iterator))\n"
