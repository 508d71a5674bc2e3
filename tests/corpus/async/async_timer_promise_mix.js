// A small event-loop puzzle mixing timers, promises and await.
console.log("A");
setTimeout(() => {
  console.log("B");
  Promise.resolve().then(() => console.log("C"));
}, 0);
(async () => {
  console.log("D");
  await new Promise(resolve => setTimeout(resolve, 10));
  console.log("E");
  await null;
  console.log("F");
})();
Promise.resolve().then(() => {
  console.log("G");
  setTimeout(() => console.log("H"), 0);
});
console.log("I");
