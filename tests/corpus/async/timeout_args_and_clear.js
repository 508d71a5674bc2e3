// setTimeout passes extra arguments; clearTimeout cancels.
setTimeout((a, b) => console.log("args:", a, b), 0, "x", 42);
const cancelled = setTimeout(() => console.log("never printed"), 10);
clearTimeout(cancelled);
const selfCancel = setTimeout(() => console.log("also never"), 30);
setTimeout(() => {
  clearTimeout(selfCancel);
  console.log("cancelled the 30ms timer from a 5ms timer");
}, 5);
clearTimeout(undefined);
clearTimeout(12345);
console.log("sync done");
