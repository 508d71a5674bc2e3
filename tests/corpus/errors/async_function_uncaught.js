// An error thrown in an async function nobody awaits.
async function task() {
  console.log("task running");
  await null;
  throw new RangeError("async failure");
}
task();
console.log("task started");
