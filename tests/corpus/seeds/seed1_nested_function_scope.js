function outer() {
	let couter = 0;
	function incrementCounter() {
		counter++
	}
	incrementCounter()
}
outer()
