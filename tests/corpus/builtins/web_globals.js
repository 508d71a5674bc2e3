console.log(btoa('hello'), atob('aGVsbG8='));
console.log(global === globalThis);
const s = structuredClone({a: [1, {b: 2}], d: new Map([[1, 2]]), s: new Set([1]), dt: new Date(0)});
console.log(s);
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const h = setImmediate(() => console.log('never')); clearImmediate(h);
Promise.resolve().then(() => console.log('micro'));
try { atob('***'); } catch (e) { console.log(e.name, e.message); }
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(() => 1); } catch (e) { console.log(e.name, e.message); }
