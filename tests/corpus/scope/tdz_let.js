// The temporal dead zone: a let binding exists before its line runs,
// but reading it throws.
try {
  console.log(value);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let value = 5;
console.log(value);

function later() {
  return laterValue;
}
try {
  later();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let laterValue = "ready";
console.log(later());
