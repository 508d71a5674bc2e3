// Title: setCounter
// Group: From the documents
// Source: 002_a6300fb5c05857af.txt, "Let's look at another example", example 2
// Summary: The count function remembers both counter and the argument num, so each call adds 2: 2, then 4.
// Watch: setCounter(2) creates an execution context whose Local Memory holds num = 2, counter = 0 and count.
// Watch: After setCounter returns, increment in Global Memory carries a backpack ([[scope]]) with num and counter.
// Watch: Each increment() call updates counter in the backpack: 2 now, 4 when you call increment() again in the console. Global Memory never gets a counter.
// Try: increment()
// Try: counter

const setCounter = function (num) {
  let counter = 0

  const count = function () {
    counter += num;  // predict
    console.log(counter)  // predict
  }

  return count
}

const increment = setCounter(2)  // predict
increment()
