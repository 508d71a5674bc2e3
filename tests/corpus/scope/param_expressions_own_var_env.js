function f(a, getA = () => a){ var a = 2; return [getA, () => a] }
const [g1, g2] = f(1); console.log(g1(), g2());
let x='outer'; function f2(a = x){ var x='inner'; return a }
console.log(f2());
function k(cb = () => y){ var y = 1; return cb() }
try { k(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Function("return typeof anonymous")());
function h(a, b = a) { var a; return [a, b]; }
console.log(h(5));
function h2(a, b = () => a) { a = 3; var a; return [a, b()]; }
console.log(h2(5));
function h3(a, b = () => a) { var a = 7; a = 3; return [a, b()]; }
console.log(h3(5));
