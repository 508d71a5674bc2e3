// Rejecting with a non-Error value and never handling it.
console.log("rejecting with a string");
Promise.reject("plain reason");
