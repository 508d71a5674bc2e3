// hoisting: function declarations in blocks (sloppy)
console.log(typeof f1);
{ function f1() { return 1; } }
console.log(typeof f1);
if (true) { function f2() { return "a"; } } else { function f2() { return "b"; } }
console.log(f2());
console.log(typeof undeclaredThing, delete globalThis.nope);
function args(a, b) { arguments[0] = 9; b = 7; return [a, arguments[1], arguments.length]; }
console.log(args(1, 2), args(1));
function rec(n, acc = n * 2, f = () => acc) { return n <= 0 ? f() : rec(n - 1, acc + n); }
console.log(rec(3));
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } }
function sw(x) { switch (x) { case 1: let y = "one"; case 2: y = (y || "") + "two"; return y; default: return "d"; } }
console.log(sw(1)); try { sw(2); } catch (e) { console.log(e.message); }
function tf() { try { return "try"; } finally { console.log("fin"); } }
function tf2() { try { throw 1; } catch { return "c"; } finally { return "f"; } }
console.log(tf(), tf2());
var fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); console.log(fs.map(f => f()));
var gs = []; for (let i = 0; i < 3; i++) gs.push(() => i); console.log(gs.map(f => f()));
var hs = []; for (const k in {a: 1, b: 2}) hs.push(() => k); console.log(hs.map(f => f()));
console.log("abc".padStart(6, "12"), "abc".at(-1), "a-b-c".replaceAll("-", "+"), "x".padEnd(3, ""));
console.log((1.005).toFixed(2), (123.456).toPrecision(4), (0.000001234).toPrecision(2), (1e21).toFixed(2), (-1.5).toFixed(0), (255).toString(16), (0.1).toFixed(20));
console.log(typeof Object.groupBy, Array.from({length: 3}, (_, i) => i * i), Array.from("héllo", c => c.toUpperCase()));
const tp = { [Symbol.toPrimitive](hint) { return hint === "number" ? 42 : "str:" + hint; } };
console.log(+tp, `${tp}`, tp + "", tp * 2);
