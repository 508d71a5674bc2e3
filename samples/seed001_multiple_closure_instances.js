// Title: Multiple Closure Instances
// Group: From the documents
// Source: 001_a8fd6c14645b9459.txt, "Multiple Closure Instances", example 5
// Summary: Two calls of outer give two functions, each with its own backpack and its own counter.
// Watch: Each outer() call creates a new execution context with a new Local Memory holding counter = 0.
// Watch: myNewFunction and anotherFunction in Global Memory carry different backpacks ([[scope]]): counting with one does not change the other.
// Watch: The program prints nothing: follow the two counter values in the two backpacks (1, 2 and again 1, 2).
// Try: myNewFunction()
// Try: anotherFunction
// Try: counter

function outer() {
	let counter = 0
	function incrementCounter() { counter++ }  // predict: counter
	return incrementCounter
}

const myNewFunction = outer()  // predict
myNewFunction() // counter = 1
myNewFunction() // counter = 2

const anotherFunction = outer()
// predict
anotherFunction() // counter = 1, this is a different counter
anotherFunction() // counter = 2, in a different backpack (closure)
