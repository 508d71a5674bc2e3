// Closures keep state alive across asynchronous callbacks.
function makeLogger(prefix) {
  let count = 0;
  return msg => {
    count++;
    console.log(`[${prefix} #${count}] ${msg}`);
  };
}
const log = makeLogger("timer");
for (let i = 1; i <= 3; i++) {
  setTimeout(() => log("fired after " + i * 60 + "ms"), i * 60);
}
function retry(task, times) {
  let attempt = 0;
  return new Promise((resolve, reject) => {
    const tryOnce = () => {
      attempt++;
      task(attempt).then(resolve, err => {
        console.log("attempt", attempt, "failed:", err.message);
        if (attempt < times) setTimeout(tryOnce, 5);
        else reject(err);
      });
    };
    tryOnce();
  });
}
retry(n => (n < 3 ? Promise.reject(new Error("not yet")) : Promise.resolve("ok on " + n)), 5).then(v =>
  console.log(v)
);
