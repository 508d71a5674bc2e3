// Parameters are captured just like local variables.
function makeAccumulator(total) {
  return function (amount) {
    total += amount;
    return total;
  };
}
const acc = makeAccumulator(100);
console.log(acc(10), acc(20), acc(-50));

function rememberArgs() {
  const saved = arguments;
  return () => Array.from(saved).join("+");
}
console.log(rememberArgs(1, 2, 3)());
