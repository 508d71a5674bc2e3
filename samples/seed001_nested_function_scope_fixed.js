// Title: Nested Function Scope (corrected)
// Group: From the documents
// Source: 001_a8fd6c14645b9459.txt, "Nested Function Scope", example 3
// Summary: The document's example with the typo fixed: a function called in the same call where it was defined updates counter.
// Watch: outer() creates an execution context whose Local Memory holds counter = 0 and incrementCounter.
// Watch: incrementCounter() is called inside outer(): it finds counter in outer's Local Memory (its [[scope]]) and changes it to 1.
// Watch: When outer() returns nothing holds incrementCounter, so no backpack survives: the Local Memory is released.

// Corrected twin: the document declares `couter` but increments `counter`.
// Only that spelling is changed here.
function outer() {
	let counter = 0;
	function incrementCounter() {
		counter++  // predict: counter
	}
	incrementCounter()
	// Added for Closure Explorer: show the value
	console.log(counter)  // predict
}
outer()
