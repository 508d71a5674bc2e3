// Catching inside a loop lets the loop keep going.
const inputs = ['{"a":1}', "not json", "[1,2]", "", "42"];
const results = [];
for (const text of inputs) {
  try {
    const value = JSON.parse(text);
    results.push(typeof value);
  } catch (e) {
    results.push(e.name);
    continue;
  } finally {
    results.push("|");
  }
}
console.log(results.join(" "));

let attempts = 0;
function flaky() {
  attempts++;
  if (attempts < 3) throw new Error("attempt " + attempts + " failed");
  return "succeeded on attempt " + attempts;
}
while (true) {
  try {
    console.log(flaky());
    break;
  } catch (e) {
    console.log(e.message);
  }
}
