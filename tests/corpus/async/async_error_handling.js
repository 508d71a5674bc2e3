// try/catch works with await; rejected awaits throw.
async function mayFail(shouldFail) {
  await null;
  if (shouldFail) throw new Error("failed on purpose");
  return "succeeded";
}
async function run() {
  try {
    console.log(await mayFail(false));
    console.log(await mayFail(true));
    console.log("not reached");
  } catch (e) {
    console.log("caught:", e.message);
  } finally {
    console.log("cleanup");
  }
  const results = await Promise.allSettled([mayFail(true), mayFail(false)]);
  console.log(results.map(r => r.status));
  const fallback = await mayFail(true).catch(() => "fallback value");
  console.log(fallback);
}
run().then(() => console.log("run finished"));
