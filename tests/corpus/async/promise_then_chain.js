// then returns a new promise: values flow down the chain.
Promise.resolve(1)
  .then(v => {
    console.log("got", v);
    return v + 1;
  })
  .then(v => {
    console.log("got", v);
    return new Promise(resolve => setTimeout(() => resolve(v * 10), 10));
  })
  .then(v => {
    console.log("got", v, "after waiting");
  })
  .then(v => console.log("undefined passes along:", v));
const p = new Promise(resolve => {
  console.log("executor runs synchronously");
  resolve("value");
});
p.then(v => console.log("first listener", v));
p.then(v => console.log("second listener", v));
console.log("end of script");
