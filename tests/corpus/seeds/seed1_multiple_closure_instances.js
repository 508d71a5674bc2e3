function outer() {
	let counter = 0
	function incrementCounter() { counter++ }
	return incrementCounter
}

const myNewFunction = outer()
myNewFunction() // counter = 1
myNewFunction() // counter = 2

const anotherFunction = outer()
anotherFunction() // counter = 1, this is a different counter 
anotherFunction() // counter = 2, in a different backpack (closure)
