// Calling a variable that holds undefined.
let callback;
console.log("typeof callback:", typeof callback);
callback();
