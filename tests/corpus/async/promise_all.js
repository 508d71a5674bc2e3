// Promise.all waits for everything, keeps order, and fails fast.
const delay = (ms, value) => new Promise(resolve => setTimeout(() => resolve(value), ms));
Promise.all([delay(30, "slow"), delay(10, "fast"), 42, Promise.resolve("now")]).then(values =>
  console.log("all:", values)
);
Promise.all([delay(10, "a"), Promise.reject(new Error("b failed")), delay(5, "c")])
  .then(() => console.log("not reached"))
  .catch(e => console.log("all rejected:", e.message));
Promise.all([]).then(v => console.log("empty all:", v));
