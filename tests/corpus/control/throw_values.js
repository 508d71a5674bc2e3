// Anything can be thrown; catch gets exactly that value.
const things = [
  () => { throw "a string"; },
  () => { throw 42; },
  () => { throw { code: "E_OBJ" }; },
  () => { throw null; },
  () => { throw new RangeError("out of range"); },
];
for (const thrower of things) {
  try {
    thrower();
  } catch (e) {
    console.log(typeof e, e instanceof Error, e && e.code, String(e));
  }
}

function rethrow() {
  try {
    throw new Error("first");
  } catch (e) {
    throw new Error("second, after " + e.message);
  }
}
try {
  rethrow();
} catch (e) {
  console.log(e.message);
}
