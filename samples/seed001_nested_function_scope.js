// Title: Nested Function Scope (as written in the document)
// Group: From the documents
// Source: 001_a8fd6c14645b9459.txt, "Nested Function Scope", example 2
// Summary: The document's code declares couter but increments counter, so the program stops with a ReferenceError.
// Watch: outer() creates an execution context; its Local Memory holds couter (spelled without the n) and incrementCounter.
// Watch: incrementCounter() runs in its own execution context. It looks for counter in its Local Memory, then in outer's Local Memory, then in Global Memory: nowhere.
// Watch: The error is uncaught: see seed001_nested_function_scope_fixed.js for the corrected spelling.

function outer() {
	let couter = 0;
	function incrementCounter() {
		counter++
	}
	incrementCounter()
}
outer()
