const wm = new WeakMap();
function mk(){ let n = 0; return () => ++n }
const key = {};
wm.set(key, mk());
console.log(wm.get(key)(), wm.get(key)());
