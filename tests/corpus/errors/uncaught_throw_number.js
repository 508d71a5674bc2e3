// Throwing a number that nobody catches.
function check(code) {
  if (code !== 0) throw code;
  return "ok";
}
console.log(check(0));
console.log("about to throw 42");
check(42);
