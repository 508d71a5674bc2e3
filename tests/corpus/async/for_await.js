// for await over async generators and over arrays of promises.
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function* ticker(limit) {
  for (let i = 1; i <= limit; i++) {
    await sleep(5);
    yield `tick ${i}`;
  }
}
async function main() {
  for await (const t of ticker(3)) {
    console.log(t);
  }
  const promises = [sleep(20).then(() => "slow"), Promise.resolve("fast"), "plain"];
  for await (const v of promises) {
    console.log("value:", v);
  }
  const asyncIterable = {
    [Symbol.asyncIterator]() {
      let n = 0;
      return {
        next: async () => (n < 2 ? { value: n++, done: false } : { value: undefined, done: true }),
      };
    },
  };
  for await (const n of asyncIterable) console.log("manual async iterator", n);
}
main().then(() => console.log("done"));
