console.log(typeof g, typeof h);
lbl: function g(){ return 'g'; }
a: b: function h(){ return 'h'; }
console.log(g(), h(), Object.keys(globalThis).filter(k => k === 'g' || k === 'h'));
function outer() { x: function inner() { return 'inner'; } return inner(); }
console.log(outer());
{ y: function inBlock() { return 'blk'; } }
console.log(inBlock());
