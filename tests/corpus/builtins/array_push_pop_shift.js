// push, pop, shift, unshift, concat, reverse.
const q = [2, 3];
console.log(q.push(4, 5), q);
console.log(q.pop(), q);
console.log(q.unshift(0, 1), q);
console.log(q.shift(), q);
console.log([].pop(), [].shift());
console.log([1].concat(2, [3, [4]]), q.concat());
const r = [1, 2, 3];
console.log(r.reverse(), r);
console.log(Object.keys(["a", "b"]), [..."ab"].entries().next().value);
