// Array.from, Array.of, Array.isArray and the Array constructor.
console.log(Array.from("abc"), Array.from(new Set([1, 1, 2])));
console.log(Array.from({ length: 4 }, (_, i) => i * i));
console.log(Array.from({ length: 2, 0: "x", 1: "y" }), Array.from(new Map([[1, 2]])));
console.log(Array.of(3), Array.of(1, 2, 3), Array(3).length, Array(1, 2));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("abc"));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
console.log([...Array(3).keys()]);
