// What V8 says when a destructuring source is undefined or null: the source expression is named,
// a nested pattern fails at its first property read, a parameter is described by its type
const o = {};
const cases = [
  () => { const { a: { b } } = {}; },
  () => { const { a: { b } } = { a: null }; },
  () => { const { a: { b: { c } } } = { a: {} }; },
  () => { const [{ x }] = []; },
  () => { const [[y]] = []; },
  () => { function f({ a }) {} f(); },
  () => { function f({ a: { b } }) {} f({}); },
  () => { const { a } = undefined; },
  () => { let q; ({ a: q } = null); },
  () => { let q; ({ a: { b: q } } = {}); },
  () => { const { a: { b } = undefined } = {}; },
  () => { undefined[Symbol.iterator]; },
  () => { const o = null; o[Symbol.iterator](); },
  () => { const o = null; o[Symbol.asyncIterator]; },
  () => { const o = null; o[Symbol('z')]; },
  () => { [{ a: { b } }] = [{}]; var b; },
  () => { const { a } = o.missing; },
  () => { const { a } = o['missing']; },
  () => { const { a } = (() => undefined)(); },
  () => { const f = () => null; const { a } = f(); },
  () => { let a; ({ a } = o.missing); },
  () => { function f({ a }) {} f(null); },
  () => { const [{ x } = undefined] = []; },
];
for (const [i, f] of cases.entries()) {
  try { f(); console.log(i, 'ok'); } catch (e) { console.log(i, e.constructor.name + ': ' + e.message); }
}
