// catch handles rejections; finally runs either way and passes values through.
Promise.reject(new Error("bad"))
  .then(() => console.log("skipped"))
  .catch(e => {
    console.log("caught:", e.message);
    return "recovered";
  })
  .finally(() => console.log("finally 1"))
  .then(v => console.log("after finally:", v));

Promise.resolve("ok")
  .finally(() => "finally return value is ignored")
  .then(v => console.log("value kept:", v));

Promise.resolve()
  .then(() => {
    throw new TypeError("thrown in then");
  })
  .catch(e => console.log("caught:", e.name, e.message))
  .finally(() => {
    throw new Error("finally can replace the outcome");
  })
  .catch(e => console.log("caught:", e.message));
