// Rejecting with a non-Error value and never handling it.
const handled = Promise.reject("handled reason");
handled.catch(reason => console.log("caught:", reason));
console.log("rejecting with a string");
Promise.reject("plain reason");
