function mk(v){ let x = v; return () => x }
function pair(a, b){ return [a, b] }
const p = pair(mk(1), mk(2));
console.log(p[0]() + p[1]());
