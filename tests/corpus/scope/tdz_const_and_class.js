// const and class declarations also have a temporal dead zone.
function readConst() {
  try {
    return LIMIT;
  } catch (e) {
    return String(e);
  }
}
console.log(readConst());
const LIMIT = 3;
console.log(readConst());

try {
  new Shape();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
class Shape {}
console.log(typeof Shape);
