// An uncaught ReferenceError stops the script; output before it stays.
console.log("before the error");
function useMissing() {
  return missingVariable + 1;
}
useMissing();
console.log("never printed");
