// Only the first 100 items of a long array are printed.
const big = Array.from({ length: 150 }, (_, i) => i);
console.log(big);
console.log(Array.from({ length: 101 }, () => 0));
console.log("done");
