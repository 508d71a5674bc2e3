// Building a promise whose resolve function is kept in a closure.
function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const d = deferred();
d.promise.then(v => console.log("resolved later with", v));
setTimeout(() => d.resolve("the value"), 10);
const d2 = deferred();
d2.promise.catch(e => console.log("rejected later:", e.message));
d2.reject(new Error("nope"));
console.log("handlers attached");
