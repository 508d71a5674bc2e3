// A closure that holds a timer id: only the last call within the window runs.
function debounce(fn, wait) {
  let timer = null;
  return function (...args) {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, wait);
  };
}
const log = debounce(msg => console.log("debounced:", msg), 20);
log("a");
log("b");
log("c");
setTimeout(() => log("d"), 60);
console.log("scheduled");
