// Lookup walks outwards through every enclosing scope.
const a = "A";
function one() {
  const b = "B";
  function two() {
    const c = "C";
    function three() {
      const d = "D";
      return a + b + c + d;
    }
    return three();
  }
  return two();
}
console.log(one());

function counterScope() {
  let x = 0;
  function bump() {
    x++;
    function report() {
      return "x is " + x;
    }
    return report();
  }
  bump();
  return bump();
}
console.log(counterScope());
