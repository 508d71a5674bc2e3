// What `this` is in each way of calling a function.
var label = "global";
function whoAmI() {
  return this === undefined ? "undefined" : this.label;
}
const obj = { label: "obj", whoAmI };
const other = { label: "other" };

console.log("plain call:", whoAmI());
console.log("method call:", obj.whoAmI());
console.log("call:", whoAmI.call(other));
console.log("apply:", whoAmI.apply(other, []));
console.log("bound:", whoAmI.bind(other)());

const detached = obj.whoAmI;
console.log("detached:", detached());

function Maker() {
  this.label = "constructed";
}
console.log("new:", new Maker().label);

function strictWho() {
  "use strict";
  return this === undefined ? "undefined" : this.label;
}
console.log("strict plain:", strictWho());
console.log("strict method:", ({ label: "m", strictWho }).strictWho());
