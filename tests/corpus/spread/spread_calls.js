// Spreading arrays and other iterables into function calls.
function sum3(a, b, c) {
  return a + b + c;
}
const nums = [1, 2, 3];
console.log(sum3(...nums));
console.log(Math.max(...nums, 10, ...[20, 5]));
console.log(sum3(..."abc"));
console.log(Math.min(...new Set([7, 3, 9])));
function count(...args) {
  return args.length;
}
console.log(count(...[], ...[1], ...[2, 3]));
console.log(new Date(...[Date.UTC(2020, 0, 2)]).toISOString());
