// Rest parameters collect the remaining arguments into a real array.
function sum(...numbers) {
  return numbers.reduce((a, b) => a + b, 0);
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));

function tag(first, ...others) {
  return first + ":" + others.length + ":" + Array.isArray(others);
}
console.log(tag("a"), tag("a", "b", "c"));

const last = (...xs) => xs[xs.length - 1];
console.log(last(7, 8, 9));
console.log(sum.length, tag.length);
