// Interleaving of two independent promise chains.
Promise.resolve()
  .then(() => console.log("A1"))
  .then(() => console.log("A2"))
  .then(() => console.log("A3"));
Promise.resolve()
  .then(() => console.log("B1"))
  .then(() => console.log("B2"))
  .then(() => console.log("B3"));
Promise.resolve().then(() => {
  console.log("C1");
  return Promise.resolve("C-inner");
}).then(v => console.log("C2", v));
