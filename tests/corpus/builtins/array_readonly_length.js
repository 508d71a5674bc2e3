'use strict';
const a = [1, 2]; Object.defineProperty(a, 'length', { writable: false });
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => a.push(3)); t(() => { a[2] = 3; }); t(() => a.pop()); t(() => a.unshift(0)); t(() => a.shift());
t(() => a.splice(0, 1)); t(() => { a.length = 0; }); t(() => { a[0] = 9; return a; }); t(() => a.fill(7));
t(() => Object.getOwnPropertyDescriptor(a, 'length')); t(() => Object.isFrozen(a)); t(() => a.concat([5]));
t(() => Object.defineProperty(a, 'length', { value: 5 })); t(() => Object.defineProperty(a, 'length', { value: 2 }));
t(() => Reflect.set(a, 'length', 0)); t(() => a);
