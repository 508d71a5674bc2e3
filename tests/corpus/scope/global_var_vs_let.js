// Top-level var and function declarations become properties of globalThis;
// top-level let and const do not.
var viaVar = 1;
let viaLet = 2;
const viaConst = 3;
function viaFunction() {}
console.log(globalThis.viaVar, globalThis.viaLet, globalThis.viaConst);
console.log(typeof globalThis.viaFunction);
console.log(this.viaVar, this === globalThis);
console.log(Object.prototype.hasOwnProperty.call(globalThis, "viaVar"));
console.log(delete globalThis.viaVar, viaVar);
globalThis.fromGlobal = "hi";
console.log(fromGlobal);
