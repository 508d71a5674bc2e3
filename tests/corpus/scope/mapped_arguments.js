// Mapped arguments (sloppy mode, simple parameters): an index and its parameter are one variable.
function both(a, b) {
  arguments[0] = 9;
  console.log(a, arguments[0]);
  a = 5;
  console.log(a, arguments[0], arguments.length);
  b = 7;                      // not passed: not mapped
  console.log(b, arguments[1]);
  return arguments;
}
console.log(both(1));

function readers(a, b) {
  a = 5;
  console.log(Array.prototype.slice.call(arguments), [...arguments], Array.from(arguments));
  console.log(JSON.stringify(arguments), Object.values(arguments), Object.entries(arguments));
  console.log(Array.prototype.join.call(arguments, "-"), Array.prototype.indexOf.call(arguments, 5));
  for (const k in arguments) console.log("in", k, arguments[k]);
  console.log(Object.getOwnPropertyDescriptor(arguments, "0"));
  console.log(Object.assign({}, arguments), { ...arguments });
  Array.prototype.reverse.call(arguments);
  console.log(a, b, arguments);
}
readers(1, 2);

function defined(a) {
  Object.defineProperty(arguments, "0", { value: 3 });
  console.log(a, arguments[0]);
  Object.defineProperty(arguments, "0", { writable: false });   // ends the mapping
  a = 4;
  console.log(a, arguments[0]);
  arguments[0] = 8;                                               // read-only now
  console.log(a, arguments[0], Object.getOwnPropertyDescriptor(arguments, "0"));
}
defined(1);

function deleted(a) {
  delete arguments[0];
  arguments[0] = 2;
  console.log(a, arguments[0]);
  a = 3;
  console.log(a, arguments[0]);
}
deleted(1);

function twice(a, a) {        // the name maps to the last parameter only
  console.log(a, arguments[0], arguments[1]);
  arguments[0] = 10;
  console.log(a, arguments[0], arguments[1]);
  arguments[1] = 11;
  console.log(a, arguments[0], arguments[1]);
}
twice(1, 2);

function getter(a) {
  Object.defineProperty(arguments, "0", { get() { return "G"; } });
  a = 6;
  console.log(a, arguments[0]);
}
getter(1);

function later(a) {
  return () => { a = a * 2; return arguments[0]; };   // the arrow's arguments is later's
}
const dbl = later(21);
console.log(dbl(), dbl());

function strict(a) { "use strict"; a = 2; return arguments[0]; }
function withDefault(a = 0) { a = 2; return arguments[0]; }
console.log(strict(1), withDefault(1));

// length is an ordinary own property of arguments: an index written past it leaves it as it is
function pastLength(a, b) { arguments[1] = 4; arguments[3] = "x"; return [b, arguments.length, Object.keys(arguments)]; }
console.log(pastLength(1));
function setLength() { arguments.length = 5; return [arguments.length, Array.from(arguments)]; }
console.log(setLength(1, 2), Object.getOwnPropertyDescriptor((function () { return arguments; })(1), "length"));
function frozen() { Object.freeze(arguments); arguments.length = 9; arguments[0] = 7; return [arguments.length, arguments[0], Object.isFrozen(arguments)]; }
console.log(frozen(1));
function deletedLength(a) { delete arguments.length; return [arguments.length, Reflect.ownKeys(arguments)]; }
console.log(deletedLength(1), (function () { return Reflect.ownKeys(arguments); })(1, 2));
function pushed() { "use strict"; Array.prototype.push.call(arguments, 3); return [arguments.length, [...arguments]]; }
console.log(pushed(1, 2));
