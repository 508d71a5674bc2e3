// Title: foo, bar and baz
// Group: From the documents
// Source: 002_a6300fb5c05857af.txt, "Let's look at an example", example 1
// Summary: bar uses foo's variable x, so foo's scope sticks around after foo has finished and baz() still prints 1.
// Watch: const baz = foo() creates an execution context for foo; its Local Memory holds x = 1 and bar.
// Watch: foo returns bar and its execution context is destroyed, but x survives in bar's backpack ([[scope]]). Global Memory has baz, but no x.
// Watch: baz() runs bar in a new execution context; console.log(x) finds x in the backpack and logs 1.
// Try: console.log(x)
// Try: baz()

const foo = function () {
  const x = 1

  const bar = function () {
    // predict
    console.log(x) //notice this inner function using the outer function's variable
  }

  return bar
}

// predict
const baz = foo() //out here, x doesn't exist
baz() //but when we invoke baz, we're printing x!
