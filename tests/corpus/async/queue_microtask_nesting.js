// Microtasks scheduled by microtasks still run before any timer.
setTimeout(() => console.log("timer"), 0);
queueMicrotask(() => {
  console.log("micro 1");
  queueMicrotask(() => {
    console.log("micro 1.1");
    queueMicrotask(() => console.log("micro 1.1.1"));
  });
});
queueMicrotask(() => console.log("micro 2"));
console.log("sync");
