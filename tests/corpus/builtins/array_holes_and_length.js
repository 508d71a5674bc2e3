// Sparse arrays and the length property.
const arr = [1, , 3];
console.log(arr.length, 1 in arr, arr[1]);
const big = [];
big[5] = "x";
console.log(big.length, Object.keys(big));
console.log(arr.indexOf(undefined), arr.includes(undefined));
console.log(arr.filter(() => true), Object.keys(arr));
try {
  new Array(-1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  [].length = 2 ** 32;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(new Array(2.0).length, Array.from(Array(2)));
