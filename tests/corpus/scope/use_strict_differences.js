// A few things that behave differently in strict mode.
function sloppyThis() {
  return typeof this;
}
function strictThis() {
  "use strict";
  return typeof this;
}
console.log(sloppyThis(), strictThis());
console.log(sloppyThis.call(5), strictThis.call(5));

function strictAssign() {
  "use strict";
  try {
    undeclaredStrict = 1;
  } catch (e) {
    return e.name + ": " + e.message;
  }
  return "no error";
}
console.log(strictAssign());

function strictFrozen() {
  "use strict";
  const o = Object.freeze({ a: 1 });
  try {
    o.a = 2;
  } catch (e) {
    return e.name;
  }
  return "no error";
}
function sloppyFrozen() {
  const o = Object.freeze({ a: 1 });
  o.a = 2;
  return o.a;
}
console.log(strictFrozen(), sloppyFrozen());
