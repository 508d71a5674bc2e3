// Holes in arrays are shown as empty items.
console.log([1, , 3]);
console.log([, , ,]);
const a = [];
a[3] = "x";
console.log(a);
console.log(new Array(5));
const b = [1, 2, 3];
delete b[1];
console.log(b, [undefined, , null]);
const c = [1];
c.length = 4;
console.log(c);
