let a = 1, b = 2;
function f(){ let a = 1, b = 2; return [() => a, () => b] }
const fs = f();
console.log(fs[0](), fs[1]());
