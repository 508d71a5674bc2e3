// Closures created in a loop: var shares one binding, let gets one per iteration.
var withVar = [];
for (var i = 0; i < 3; i++) {
  withVar.push(function () {
    return i;
  });
}
console.log(withVar.map(f => f()));

const withLet = [];
for (let j = 0; j < 3; j++) {
  withLet.push(() => j);
}
console.log(withLet.map(f => f()));

// The classic fix with an IIFE.
var fixed = [];
for (var k = 0; k < 3; k++) {
  (function (copy) {
    fixed.push(() => copy);
  })(k);
}
console.log(fixed.map(f => f()));
