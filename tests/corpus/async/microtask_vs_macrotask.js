// Microtasks (promises, queueMicrotask) run before the next timer.
console.log("1 sync");
setTimeout(() => console.log("5 timeout"), 0);
Promise.resolve().then(() => console.log("3 promise then"));
queueMicrotask(() => console.log("4 queueMicrotask"));
console.log("2 sync");
setTimeout(() => {
  console.log("6 second timeout");
  Promise.resolve().then(() => console.log("7 microtask from a timer"));
}, 0);
setTimeout(() => console.log("8 third timeout"), 0);
