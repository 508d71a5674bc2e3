// The arguments object of a regular function.
function show() {
  console.log(arguments.length, arguments[0], arguments[2]);
  console.log(Array.isArray(arguments), typeof arguments);
  return Array.prototype.slice.call(arguments).join("-");
}
console.log(show("a", "b", "c"));

function sloppyLink(a) {
  arguments[0] = "changed";
  return a;
}
console.log(sloppyLink("original"));

function strictNoLink(a) {
  "use strict";
  arguments[0] = "changed";
  return a;
}
console.log(strictNoLink("original"));

function outer() {
  const arrow = () => arguments[0];
  return arrow("ignored");
}
console.log(outer("from outer"));
