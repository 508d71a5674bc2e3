// A function expression assigned to var: the name is hoisted, the function is not.
console.log(typeof add);
try {
  add(1, 2);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
var add = function (a, b) {
  return a + b;
};
console.log(add(1, 2));

try {
  multiply(2, 3);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const multiply = (a, b) => a * b;
console.log(multiply(2, 3));
