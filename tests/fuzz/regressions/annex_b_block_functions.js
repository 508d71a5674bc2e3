// Fuzz seed 12. A function declared in a block (sloppy mode) inside a function with
// parameters crashed the engine (IndexError: its var copy was written into the block's
// environment); a plain block function was not visible in its function afterwards; and
// generators and async functions were wrongly copied to the var scope (Annex B is for
// plain functions only).
for (let i = 0; i < 3; i++) {
  function f(p22, p23, p24) {
    if (true) {
      function* gen25(limit) {}
    }
    return typeof gen25;
  }
  console.log(f());
}
function g(a, b) {
  console.log(typeof h);
  if (a) {
    function h() { return a + b; }
  }
  return typeof h === "function" ? h() : "none";
}
console.log(g(1, 2), g(0, 1));
function outer() {
  { let q = 1; { function inner() { return q; } } }
  return inner();
}
console.log(outer());
{ function* blockGen() {} async function blockAsync() {} }
console.log(typeof blockGen, typeof blockAsync);
