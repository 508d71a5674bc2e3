// Infinite recursion hits the call stack limit; it can be caught.
function forever(n) {
  return forever(n + 1) + 1;
}
try {
  forever(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name);
  console.log(e.message);
}
const countDown = n => (n === 0 ? "reached zero" : countDown(n - 1));
console.log(countDown(500));
console.log("still running");
