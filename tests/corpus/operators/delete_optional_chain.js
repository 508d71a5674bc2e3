let n = null; console.log(delete n?.x);
const o = {}; console.log(delete o.missing?.x);
const p = { a: { b: 1 } }; console.log(delete p.a?.b, p.a);
console.log(delete p?.a, p);
console.log(delete n?.[0]);
