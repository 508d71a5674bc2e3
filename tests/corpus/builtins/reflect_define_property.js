// Reflect.defineProperty answers false where Object.defineProperty throws
const fr = Object.freeze({ a: 1 });
console.log(Reflect.defineProperty(fr, 'a', { value: 2 }), Reflect.defineProperty(fr, 'b', { value: 2 }));
const nc = {};
Object.defineProperty(nc, 'k', { value: 1 });
console.log(Reflect.defineProperty(nc, 'k', { value: 3 }), Reflect.defineProperty(nc, 'k', { value: 1 }));
console.log(Reflect.defineProperty(nc, 'k', { get() {} }), Reflect.defineProperty({}, 'n', { value: 1 }));
try { Object.defineProperty(nc, 'k', { value: 3 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Reflect.defineProperty(1, 'k', {}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.getOwnPropertyNames(function f(a) {}));
console.log(Object.getOwnPropertyNames(function (a) { 'use strict'; }));
console.log(Object.getOwnPropertyNames(() => 1), Object.getOwnPropertyNames(class {}));
console.log(Object.getOwnPropertyNames(function* g() {}), Object.getOwnPropertyNames({ m() {} }.m));
function sloppy() {}
console.log(sloppy.arguments, sloppy.caller, Object.getOwnPropertyDescriptor(sloppy, 'caller'));
console.log(Object.getOwnPropertyNames(new Function('a', 'return a')));
