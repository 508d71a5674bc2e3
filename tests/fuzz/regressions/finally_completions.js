// Found writing the semantics tests: a return (or break) in a finally block replaces
// generator.return()'s completion, as it replaces a throw; and an error that passes through
// a finally block is reported where it was thrown (fuzz seed 1474), not at the last
// statement of the finally block.
function* h() { try { yield 1; } finally { return "finally wins"; } }
let it = h(); it.next();
console.log(it.return("x"), it.next());
function* h2() { for (;;) { try { yield 1; } finally { break; } } return "after loop"; }
it = h2(); it.next();
console.log(it.return("y"), it.next());
function* h3() { try { yield 1; } finally { console.log("cleanup only"); } }
it = h3(); it.next();
console.log(it.return("z"));
function f() {
  try {
    throw new Error("from try");
  } finally {
    console.log("in finally");
  }
}
f();
