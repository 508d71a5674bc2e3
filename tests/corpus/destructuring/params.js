// Destructuring directly in function parameters.
function area({ width, height = width }) {
  return width * height;
}
console.log(area({ width: 3, height: 4 }), area({ width: 5 }));

function draw({ x = 0, y = 0, color = "black" } = {}) {
  return `${color} at ${x},${y}`;
}
console.log(draw(), draw({ x: 2 }), draw({ color: "red", y: 9 }));

const sumPair = ([a, b]) => a + b;
console.log(sumPair([4, 5]));

function first([head, ...rest], { verbose } = { verbose: false }) {
  return verbose ? `${head} then ${rest.length} more` : head;
}
console.log(first(["a", "b", "c"]), first(["a", "b", "c"], { verbose: true }));

try {
  area();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
