// Objects are compared by reference; copies can be shallow or deep.
const a = { n: 1, inner: { m: 2 } };
const b = { n: 1, inner: { m: 2 } };
const c = a;
console.log(a === b, a === c, JSON.stringify(a) === JSON.stringify(b));
const shallow = { ...a };
const deep = JSON.parse(JSON.stringify(a));
a.inner.m = 99;
a.n = 50;
console.log(shallow.n, shallow.inner.m, deep.inner.m, deep.n);
c.added = true;
console.log(a.added);
