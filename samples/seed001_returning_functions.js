// Title: Returning Functions
// Group: From the documents
// Source: 001_a8fd6c14645b9459.txt, "Returning Functions", example 1
// Summary: A function returns another function; the returned function is stored in Global Memory and no longer needs createFunction.
// Watch: createFunction() gets an execution context whose Local Memory holds multiplyBy2; it is destroyed when createFunction returns.
// Watch: generatedFunc in Global Memory now holds the multiplyBy2 definition. multiplyBy2 uses no outer variable, so its backpack keeps nothing.
// Watch: generatedFunc(3) gets its own execution context with num = 3 and returns 6 into result.

function createFunction() {
	function multiplyBy2(num) {
		return num*2
	}
	return multiplyBy2
}

const generatedFunc = createFunction()  // predict
const result = generatedFunc(3) // 6

// Added for Closure Explorer: show the value
console.log(result)  // predict
