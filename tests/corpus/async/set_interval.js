// setInterval repeats until clearInterval stops it.
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log("tick", ticks);
  if (ticks === 3) {
    clearInterval(id);
    console.log("stopped");
    setTimeout(() => console.log("after interval, ticks =", ticks), 30);
  }
}, 10);
console.log("interval started");
