// direct eval sees and extends the caller's scope; indirect eval runs globally
var where = 'global';
function direct() {
  var where = 'local';
  eval('var added = where + "!"');
  return [eval('where'), added, typeof added];
}
console.log(direct());
function indirect() {
  var where = 'local';
  return [(0, eval)('where'), globalThis.eval('typeof where'), eval?.('where')];
}
console.log(indirect());
function strictEval() {
  'use strict';
  eval('var hidden = 1');
  return typeof hidden;
}
console.log(strictEval());
function sloppyWithStrictCode() {
  eval('"use strict"; var inner = 2');
  return typeof inner;
}
console.log(sloppyWithStrictCode());
console.log(eval('let a = 1; const b = 2; a + b'), typeof a, typeof b);
(0, eval)('var madeGlobal = 42; function madeFn() { return madeGlobal; }');
console.log(madeGlobal, madeFn(), Object.getOwnPropertyDescriptor(globalThis, 'madeGlobal'));
console.log(delete globalThis.madeGlobal, typeof madeGlobal);
