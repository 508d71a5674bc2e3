// The classic counter: each call to makeCounter gets its own count.
function makeCounter() {
  let count = 0;
  return function () {
    count += 1;
    return count;
  };
}
const a = makeCounter();
const b = makeCounter();
console.log(a(), a(), a());
console.log(b(), b());
console.log(a());
