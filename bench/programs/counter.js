// A closure counter called 100,000 times: every call reads and writes its backpack.
function makeCounter() {
  var count = 0;
  return function increment() {
    count = count + 1;
    return count;
  };
}
var counter = makeCounter();
for (var i = 0; i < 100000; i++) {
  counter();
}
console.log(counter());
