const o = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.log(o);
const p = { [Symbol.for('nodejs.util.inspect.custom')]() { throw new TypeError('nope'); } };
try { console.log(p); } catch (e) { console.log('caught', e.message); }
Promise.reject(o);
