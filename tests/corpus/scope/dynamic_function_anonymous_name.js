const f = new Function('a', 'b', 'return a + b');
console.log(f.name, f(1, 2), String(f));
console.log(new Function("return typeof anonymous")());
const g = Function('return this === globalThis')();
console.log(g);
try { new Function('throw new Error("x")')(); } catch (e) { console.log(e.message); }
const h = new Function('n', 'return n <= 1 ? 1 : n * arguments.callee(n - 1)');
console.log(h(5), h.name);
var anonymous = 'outer'; console.log(new Function("return anonymous")());
