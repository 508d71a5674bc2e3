// Array destructuring: positions, holes, defaults and swapping.
const [first, second] = [10, 20, 30];
console.log(first, second);
const [, , third] = [10, 20, 30];
console.log(third);
const [x = 1, y = 2, z = 3] = [undefined, null];
console.log(x, y, z);
let p = "left";
let q = "right";
[p, q] = [q, p];
console.log(p, q);
const [c1, c2, c3] = "hey";
console.log(c1, c2, c3);
const [m] = new Map([["k", "v"]]);
console.log(m);
const [s1, s2] = new Set(["a", "b", "a"]);
console.log(s1, s2);
