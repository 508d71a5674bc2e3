// fill and copyWithin modify arrays in place.
console.log(new Array(3).fill(0));
console.log([1, 2, 3, 4, 5].fill(9, 1, 3));
console.log([1, 2, 3, 4, 5].fill(7, -2));
const shared = new Array(2).fill([]);
shared[0].push("same object");
console.log(shared);
console.log([1, 2, 3, 4, 5].copyWithin(0, 3));
console.log([1, 2, 3, 4, 5].copyWithin(1, 0, 2));
console.log([1, 2, 3, 4, 5].copyWithin(-2, 0));
