// Ternaries, short-circuit evaluation as control flow, and early returns.
function grade(score) {
  return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
}
console.log([95, 85, 72, 10].map(grade).join(""));

let calls = [];
const t = () => { calls.push("t"); return true; };
const f = () => { calls.push("f"); return false; };
f() && t();
t() || f();
t() && f() || t();
console.log(calls.join(""));

function firstPositive(list) {
  for (const n of list) {
    if (n > 0) return n;
  }
  return -1;
}
console.log(firstPositive([-3, -1, 4, 5]), firstPositive([]));
