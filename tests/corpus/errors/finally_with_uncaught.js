// finally runs even when the error escapes and stops the program.
function work() {
  try {
    console.log("working");
    throw new Error("escaped from try");
  } finally {
    console.log("finally still runs");
  }
}
work();
console.log("never printed");
