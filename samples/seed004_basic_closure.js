// Title: Basic Example
// Group: From the documents
// Source: 004_6eef8c8ba225c6c5.txt, "Basic Example", example 1
// Summary: innerFunction is returned and assigned to closure; it keeps access to outerVariable after outerFunction has finished.
// Watch: outerFunction() creates an execution context whose Local Memory holds outerVariable and innerFunction.
// Watch: When outerFunction returns, outerVariable survives in the backpack ([[scope]]) of innerFunction, now stored in Global Memory as closure.
// Watch: closure() runs in a new execution context and finds outerVariable in the backpack.

function outerFunction() {
  const outerVariable = 'I am from the outer scope';

  function innerFunction() {
    console.log(outerVariable);  // predict
  }

  return innerFunction;
}

const closure = outerFunction();  // predict
closure(); // "I am from the outer scope"
