// Promise.race settles with the first; Promise.any with the first success.
const delay = (ms, value, fail = false) =>
  new Promise((resolve, reject) =>
    setTimeout(() => (fail ? reject(new Error(value)) : resolve(value)), ms)
  );
Promise.race([delay(30, "tortoise"), delay(10, "hare")]).then(v => console.log("race:", v));
Promise.race([delay(20, "late"), delay(5, "early failure", true)]).catch(e =>
  console.log("race rejected:", e.message)
);
Promise.any([delay(5, "fails", true), delay(15, "succeeds"), delay(25, "later")]).then(v =>
  console.log("any:", v)
);
Promise.any([delay(5, "x", true), Promise.reject(new Error("y"))]).catch(e => {
  console.log(e.constructor.name, e.name, "|", e.message);
  console.log(e.errors.map(err => err.message));
  console.log(e instanceof AggregateError, e instanceof Error);
});
