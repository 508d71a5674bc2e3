// Only the first resolve/reject counts; resolving with a promise adopts it.
const p1 = new Promise((resolve, reject) => {
  resolve("first");
  resolve("second");
  reject(new Error("ignored"));
});
p1.then(v => console.log("p1:", v));

const p2 = new Promise((resolve, reject) => {
  throw new RangeError("executor threw");
});
p2.catch(e => console.log("p2:", e.name, e.message));

const inner = Promise.resolve("inner value");
console.log(Promise.resolve(inner) === inner);
new Promise(r => r(inner)).then(v => console.log("adopted:", v));

const thenable = { then(resolve) { resolve("from thenable"); } };
Promise.resolve(thenable).then(v => console.log(v));
Promise.reject("plain reason").catch(r => console.log("reason:", r));
