// An exception unwinds through several calls until something catches it,
// running every finally on the way out.
function level3(n) {
  if (n > 2) throw new Error("too deep at " + n);
  return n;
}
function level2(n) {
  try {
    return level3(n + 1);
  } finally {
    console.log("level2 cleanup");
  }
}
function level1(n) {
  try {
    return level2(n + 1);
  } catch (e) {
    console.log("level1 caught:", e.message);
    return -1;
  } finally {
    console.log("level1 cleanup");
  }
}
console.log(level1(0));
console.log(level1(5));
