function f1() { for (let i = 0; i < 3; i++) { try { if (i === 1) return "ret" + i; } finally { if (i === 1) continue; } } return "end"; }
function f2() { outer: do { try { break outer; } finally { console.log("fin2"); } } while (false); return "after"; }
function f3() { let r = []; for (const x of [1, 2, 3]) { try { if (x === 2) throw x; r.push(x); } catch (e) { r.push("c" + e); continue; } finally { r.push("f" + x); } } return r; }
function f4() { try { return (() => { throw new Error("inner"); })(); } catch ({ message }) { return message; } finally { console.log("f4 fin"); } }
function f5(x) { switch (x) { case 0: { let y = "zero"; return y; } case 1: case 2: return "one-two"; default: case 3: return "three-or-default"; } }
console.log(f1(), f2(), f3(), f4(), [0, 1, 2, 3, 4].map(f5));
function f6() { let i = 0; a: while (true) { b: { i++; if (i < 3) break b; break a; } console.log("b exited", i); } return i; }
console.log(f6());
function f7() { try { try { throw new Error("a"); } finally { console.log("inner fin"); } } catch (e) { return e.message; } }
console.log(f7(), (() => { try { return 1; } finally { return 2; } })());
let counter = 0; const gen = (function* () { try { while (true) yield ++counter; } finally { console.log("gen cleanup"); } })();
for (const v of gen) { if (v === 2) break; } console.log(counter);
const [first, ...others] = (function* () { yield 1; yield 2; yield 3; })(); console.log(first, others);
var x = "global"; function scopeTest() { console.log(x); var x = "local"; return x; } console.log(scopeTest());
const fnExpr = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }; console.log(fnExpr(5), typeof fact);
(function () { var a = b = 5; })(); console.log(typeof a, b);
console.log([1, 2, 3].map(parseInt), ["a", "b"].map((x, i, arr) => arr.length), Array.from({ length: 2 }));
