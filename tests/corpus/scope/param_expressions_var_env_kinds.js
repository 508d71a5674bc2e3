function f(a, getA = () => a){ var a = 2; return [getA(), a, (() => a)()]; }
console.log(f(1));
function* g(x, gx = () => x) { var x = 'body'; yield gx(); yield x; }
console.log([...g('param')]);
async function af(x, gx = () => x) { var x = 'body'; await null; return [gx(), x]; }
af('param').then(v => console.log(v));
class C { constructor(a, f = () => a) { var a = 9; this.r = [f(), a]; } m(b, f = () => b) { var b; return [f(), b]; } }
console.log(new C(1).r, new C(1).m(5));
function fd(a, f = () => a) { function a() { return 'fn'; } return [typeof f(), typeof a]; }
console.log(fd(1));
function lets(a, f = () => a) { let b = a + 1; var a = 10; return [f(), a, b]; }
console.log(lets(1));
function args(a, f = () => arguments.length) { var a = 3; return [f(), arguments[0], a]; }
console.log(args(1, undefined, 3));
function blk(a, f = () => a) { { function a() {} } return [typeof f(), typeof a]; }
console.log(blk(1));
function noParamRef(a = 1) { var b = 2; return a + b; }
console.log(noParamRef());
function thisy(a, f = () => this.v) { var a; return [f(), a]; }
console.log(thisy.call({ v: 'T' }, 4));
let x = 'outer';
function shadow(a = x) { var x = 'inner'; return [a, x]; }
console.log(shadow());
function tdz(a = b, b) { var b; return [a, b]; }
try { tdz(); } catch (e) { console.log(e.name + ': ' + e.message); }
const arrow = (a, f = () => a) => { var a = 'var'; return [f(), a]; };
console.log(arrow('p'));
