// Found writing the semantics tests: V8 words "X is not iterable" for array destructuring by
// context. A declaration names its initializer ("n is not iterable", "f is not a function
// or its return value is not iterable"); an assignment, a parameter, a nested pattern or a
// property initializer describe the value by its type ("object null is not iterable
// (cannot read property Symbol(Symbol.iterator))").
const n = null, o = {}, props = { n: null, five: 5 };
function f() { return null; }
const tests = [
  () => { const [z] = null; }, () => { const [z] = undefined; }, () => { const [z] = n; }, () => { const [z] = o; },
  () => { const [z] = {}; }, () => { const [z] = f(); }, () => { var [a] = 1n; }, () => { const [a] = true; },
  () => { let z; [z] = null; }, () => { let z; [z] = 5; }, () => { let z; [z] = {}; }, () => { const [[a]] = [null]; },
  () => { function g([a]) {} g(5); }, () => { function g([a] = null) {} g(); }, () => { let [a] = props.n; },
  () => { let [a] = props.five; }, () => { let [a] = props.missing; }, () => { const [a] = [1]; return a; },
  () => { const [a, ...r] = "xyz"; return r; },
];
for (const t of tests) {
  try { console.log("ok", t()); } catch (e) { console.log(e.constructor.name, e.message); }
}
