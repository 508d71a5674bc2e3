// Functions created in the same call share one "backpack";
// functions from different calls do not.
function outer() {
  let counter = 0;
  function increment() {
    counter++;
    return counter;
  }
  function peek() {
    return counter;
  }
  return [increment, peek];
}
const [inc1, peek1] = outer();
const [inc2, peek2] = outer();
inc1();
inc1();
inc2();
console.log(peek1(), peek2());
console.log(inc1(), peek1());
