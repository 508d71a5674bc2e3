// Promise.allSettled reports every outcome.
const delay = (ms, value) => new Promise(resolve => setTimeout(() => resolve(value), ms));
Promise.allSettled([
  delay(10, "done"),
  Promise.reject(new Error("nope")),
  7,
]).then(results => {
  for (const r of results) {
    console.log(r.status, r.status === "fulfilled" ? r.value : r.reason.message);
  }
  console.log(results.map(r => Object.keys(r)));
});
