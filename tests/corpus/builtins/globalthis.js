// globalThis is the global object in every environment.
var declared = "var on global";
console.log(globalThis.declared, typeof globalThis);
console.log(globalThis.globalThis === globalThis);
console.log(globalThis.Math === Math, globalThis.Array === Array);
globalThis.created = 123;
console.log(created);
console.log(typeof globalThis.parseInt, typeof globalThis.undefined);
console.log(globalThis.NaN, globalThis.Infinity);
function topThis() {
  return this;
}
console.log(topThis() === globalThis);
