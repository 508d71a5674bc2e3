// if / else if / else with truthy and falsy values.
function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}
console.log([-5, 0, 3, 42].map(classify).join(" "));

const values = [0, "", null, undefined, NaN, false, "0", [], {}, -1];
for (const v of values) {
  if (v) console.log(JSON.stringify(v) ?? String(v), "is truthy");
  else console.log(String(v), "is falsy");
}
const label = values.length > 5 ? "many" : "few";
console.log(label);
