// Where awaits fall relative to other microtasks and timers.
const log = (msg) => console.log(msg);
async function a1() {
  log("a1 start");
  await a2();
  log("a1 end");
}
async function a2() {
  log("a2");
}
log("script start");
setTimeout(() => log("setTimeout"), 0);
a1();
new Promise(resolve => {
  log("promise executor");
  resolve();
}).then(() => log("promise then 1")).then(() => log("promise then 2"));
queueMicrotask(() => log("queueMicrotask"));
log("script end");
