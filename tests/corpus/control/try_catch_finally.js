// try / catch / finally order.
function attempt(shouldThrow) {
  const log = [];
  try {
    log.push("try");
    if (shouldThrow) throw new Error("boom");
    log.push("try end");
  } catch (e) {
    log.push("catch " + e.message);
  } finally {
    log.push("finally");
  }
  log.push("after");
  return log.join(" > ");
}
console.log(attempt(false));
console.log(attempt(true));

try {
  try {
    throw new TypeError("inner");
  } finally {
    console.log("inner finally runs first");
  }
} catch (e) {
  console.log("outer caught", e.name, e.message);
}
