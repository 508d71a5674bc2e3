console.log(typeof g0); if (false) { function g0() {} } console.log(typeof g0);
function outerF() { console.log(typeof inner); { function inner() { return 1; } } console.log(typeof inner); { let inner = 5; { function inner2() {} } } return typeof inner2; }
console.log(outerF());
function shadow() { var r = []; { function f() { return "block"; } r.push(f()); } r.push(f()); return r; }
console.log(shadow());
function withParam(f) { { function f() { return "inner"; } } return typeof f; } console.log(withParam(1));
function letConflict() { let x = 1; { function x() {} } return typeof x; } console.log(letConflict());
try { blockFn(); } catch (e) { console.log(e.message); } { function blockFn() { return 1; } } console.log(blockFn());
function args2(a) { "use strict"; arguments[0] = 2; return a; } console.log(args2(1));
function args3(a = 0) { arguments[0] = 2; return a; } console.log(args3(1));
function args4(a) { a = 5; return arguments[0]; } console.log(args4(1), args4());
function args5(a, a2) { delete arguments[0]; arguments[0] = 9; return a; } console.log(args5(1));
function args6() { return Array.prototype.slice.call(arguments, 1); } console.log(args6(1, 2, 3), (function () { return arguments; })(1, "a"));
var v1 = 1; var v1; console.log(v1); function fd() { return 1; } var fd; console.log(typeof fd);
console.log(typeof hoisted, hoisted2()); var hoisted = function () {}; function hoisted2() { return "h2"; }
switch (2) { case 1: function sw() { return 1; } case 2: console.log(typeof sw); }
label1: label2: for (var i = 0; i < 2; i++) { for (;;) { continue label1; } }
console.log(i, delete Math.PI, (function () { return delete arguments; })(), delete [1][0]);
var undeclared_check = typeof notDefinedAnywhere === "undefined"; console.log(undeclared_check, this === globalThis, typeof this.v1);
console.log((function () { return this; }).call(5) instanceof Number, (function () { "use strict"; return this; }).call(5));
let gl = 1; { function gl() { return 2; } } console.log(typeof gl);
try { throw 1; } catch (cp) { { function cp() {} } console.log(typeof cp); } console.log(typeof cp);
function inFor() { for (let k = 0; k < 1; k++) { function k2() {} } return typeof k2; } console.log(inFor());
function nested() { { function n() { return 1; } { function n() { return 2; } } } return n(); } console.log(nested());
function afterLet() { { function q() {} } let q = 3; return q; } console.log(afterLet());
function constIn() { { const z = 1; { function z() {} } } return typeof z; } console.log(constIn());
function argsName() { { function arguments() {} } return typeof arguments; } console.log(argsName());
