// Rest gathers, spread scatters: forwarding arguments.
function logger(prefix, ...parts) {
  console.log(prefix, ...parts);
  return parts.length;
}
function wrap(...args) {
  return logger("[wrap]", ...args);
}
console.log(wrap("a", 1, true));
console.log(wrap());
const apply = (fn, ...args) => fn(...args);
console.log(apply(Math.pow, 2, 8));
const argsToArray = function () {
  return [...arguments];
};
console.log(argsToArray(1, "two", null));
