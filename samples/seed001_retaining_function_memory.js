// Title: Retaining Function Memory
// Group: From the documents
// Source: 001_a8fd6c14645b9459.txt, "Retaining Function Memory", example 4
// Summary: incrementCounter is returned out of outer and keeps counter in its backpack between calls.
// Watch: outer() creates an execution context whose Local Memory holds counter = 0 and incrementCounter.
// Watch: When outer() returns, its execution context is destroyed, but counter survives in the backpack ([[scope]]) attached to incrementCounter, now stored in Global Memory as myNewFunction.
// Watch: Each myNewFunction() call gets a new execution context with an empty Local Memory; counter++ finds counter in the backpack: 1, then 2.
// Watch: The program prints nothing: counter lives only in the backpack, so watch it there.

function outer() {
	let counter = 0
	function incrementCounter() { counter++ }  // predict: counter
	return incrementCounter
}

const myNewFunction = outer()  // predict
myNewFunction() // counter = 1
myNewFunction() // counter = 2
