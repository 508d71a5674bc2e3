// Arrays with more than six numbers are grouped into aligned columns.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i));
console.log(Array.from({ length: 12 }, (_, i) => i * i * i));
console.log([1.5, -2, 300, 4000, 5, 6.25, -70, 8, 9]);
console.log(Array.from({ length: 10 }, (_, i) => "item" + i));
