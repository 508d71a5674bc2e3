// Calling a variable that holds undefined.
let callback;
function register(fn) {
  callback = fn;
}
console.log("typeof callback:", typeof callback);
callback();
