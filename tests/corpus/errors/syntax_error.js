// A syntax error anywhere stops the whole script before it runs,
// so even the first line prints nothing.
console.log("this line is never printed");
function broken() {
  const x = ;
  return x;
}
